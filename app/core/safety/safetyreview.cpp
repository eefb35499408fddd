#include "safetyreview.h"

#include "handoutdocument.h"
#include "translationstatus.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

QString SafetyFinding::kindName(Kind kind)
{
    switch (kind) {
    case NoSections:
        return u"no-sections"_s;
    case PassageDeleted:
        return u"passage-deleted"_s;
    case PassageEdited:
        return u"passage-edited"_s;
    case PassageNotHighlighted:
        return u"passage-not-highlighted"_s;
    case NoSupervisionStatement:
        return u"no-supervision-statement"_s;
    case SummaryMissing:
        return u"summary-missing"_s;
    case TranslationDraft:
        return u"translation-draft"_s;
    case TranslationFallback:
        return u"translation-fallback"_s;
    case NoHelpLine:
        return u"no-help-line"_s;
    }
    return {};
}

std::optional<AcknowledgedChange::Kind> SafetyFinding::changeKind() const
{
    if (kind == PassageDeleted)
        return AcknowledgedChange::Removed;
    if (kind == PassageEdited)
        return AcknowledgedChange::Edited;
    return std::nullopt;
}

namespace {

// The confirmation that covers `finding`: same passage, same kind of change,
// same wording. The latest one wins.
const AcknowledgedChange *acknowledgementOf(const SafetyFinding &finding, const QList<AcknowledgedChange> &changes)
{
    const std::optional<AcknowledgedChange::Kind> kind = finding.changeKind();
    if (!kind)
        return nullptr;
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
        if (it->passageId == finding.passageId && it->kind == *kind && it->wording == finding.wordingHash)
            return &*it;
    }
    return nullptr;
}

// A removed or edited passage is a finding unless the handout records it as
// confirmed for this wording.
void addChange(SafetyReport *report, const SafetyFinding &finding, const QList<AcknowledgedChange> &changes)
{
    if (const AcknowledgedChange *change = acknowledgementOf(finding, changes))
        report->acknowledged << AcknowledgedFinding {finding, *change};
    else
        report->findings << finding;
}

} // namespace

QString SafetyReview::normalized(const QString &text)
{
    return text.simplified();
}

SafetyReport SafetyReview::review(const Article &article, const HandoutContent &content,
                                  const TranslationStatus *translation)
{
    SafetyReport report;
    report.language = article.meta.language;
    report.wording = Wordings::name(article.wording);
    if (translation && !translation->original) {
        report.draftTranslations = translation->draft;
        report.fallbackTranslations = translation->fallback;
        if (!translation->draft.isEmpty()) {
            report.findings << SafetyFinding {
                SafetyFinding::TranslationDraft,
                {},
                {},
                translation->wording == Wording::Plain
                    ? tr("%n text(s) in this handout are in a plain-language wording that no one has reviewed yet.",
                         nullptr, int(translation->draft.size()))
                    : tr("%n text(s) in this handout are translations that no one has reviewed yet.", nullptr,
                         int(translation->draft.size()))};
        }
        if (translation->draft.isEmpty() && translation->info.reviewer.trimmed().isEmpty()) {
            // Every text marked done, but no one named as reviewer: the page
            // then says the translation is not reviewed (TranslationStatus),
            // and the review must say the same (issue 19).
            report.findings << SafetyFinding {
                SafetyFinding::TranslationDraft,
                {},
                {},
                translation->wording == Wording::Plain
                    ? tr("Every text of the plain-language wording is marked done, but its .info file names no "
                         "reviewer, so the handout says it has not been reviewed.")
                    : tr("Every translated text is marked done, but the translation's .info file names no reviewer, "
                         "so the handout says it has not been reviewed.")};
        }
        if (!translation->fallback.isEmpty()) {
            report.findings << SafetyFinding {
                SafetyFinding::TranslationFallback,
                {},
                {},
                translation->wording == Wording::Plain
                    ? tr("%n text(s) are shown in the article's wording because their plain-language wording is "
                         "missing or out of date.",
                         nullptr, int(translation->fallback.size()))
                    : tr("%n text(s) are shown in the source language because their translation is missing or out "
                         "of date.",
                         nullptr, int(translation->fallback.size()))};
        }
    }
    // The "What to do" box prints only what was typed; without any line the
    // patient is left with no one to call.
    if (content.clinic.crisisLine.trimmed().isEmpty() && content.clinic.phone.trimmed().isEmpty()
        && content.person.contact.trimmed().isEmpty()) {
        report.findings << SafetyFinding {
            SafetyFinding::NoHelpLine,
            {},
            {},
            tr("The handout gives no crisis line and no number to call: add them in the clinic profile or the "
               "contact.")};
    }
    report.selectedSections = content.sectionIds();
    report.summaryPresent = content.includeSummary;
    if (report.selectedSections.isEmpty())
        report.findings << SafetyFinding {SafetyFinding::NoSections, {}, {}, tr("No section is selected yet.")};
    if (!content.includeSummary) {
        report.findings << SafetyFinding {
            SafetyFinding::SummaryMissing, {}, {}, tr("The “Safety and supervision” summary has been removed.")};
    }

    bool anySupervision = false;
    for (const SectionContent &section : content.sections) {
        const Section *source = article.section(section.sectionId);
        if (!source)
            continue;
        bool sectionSupervision = false;
        for (const Passage &passage : source->passages) {
            if (!passage.tags)
                continue;
            const QString where = source->title;
            bool present = false;
            bool intact = false;
            bool highlighted = false;
            QStringList handoutText;
            for (const ContentItem &item : section.items) {
                for (const ContentBlock &block : item.blocks) {
                    // A passage emptied of its text is removed.
                    if (block.passageId != passage.id || block.plainText().trimmed().isEmpty())
                        continue;
                    present = true;
                    handoutText << normalized(block.plainText());
                    if (normalized(block.plainText()) == normalized(passage.text)) {
                        intact = true;
                        highlighted = highlighted || (item.callout & passage.tags) == passage.tags;
                    }
                }
            }
            // The counts are of what the handout holds: they go down as
            // passages are removed, and the removed ones are listed apart.
            if (present) {
                if (passage.tags.testFlag(PassageTag::Risk))
                    report.riskPassages << passage.id;
                if (passage.tags.testFlag(PassageTag::Supervision)) {
                    report.supervisionPassages << passage.id;
                    sectionSupervision = true;
                }
            } else {
                report.removedPassages << passage.id;
            }
            const QString what = passage.tags.testFlag(PassageTag::Risk) ? tr("risk") : tr("supervision");
            const QString wording = AcknowledgedChange::wordingHash(passage.text, handoutText.join(u'\n'));
            if (!present) {
                addChange(&report,
                          {SafetyFinding::PassageDeleted, section.sectionId, passage.id,
                           tr("A %1 passage was removed from “%2”.").arg(what, where), wording},
                          content.acknowledgedChanges);
            } else if (!intact) {
                addChange(&report,
                          {SafetyFinding::PassageEdited, section.sectionId, passage.id,
                           tr("A %1 passage in “%2” was edited.").arg(what, where), wording},
                          content.acknowledgedChanges);
            } else if (!highlighted) {
                report.findings << SafetyFinding {SafetyFinding::PassageNotHighlighted, section.sectionId, passage.id,
                                                  tr("A %1 passage in “%2” is no longer in its box.").arg(what, where)};
            }
        }
        anySupervision = anySupervision || sectionSupervision;
        if (!sectionSupervision)
            report.sectionsWithoutSupervision << section.sectionId;
    }
    if (!report.selectedSections.isEmpty() && !anySupervision) {
        report.findings << SafetyFinding {
            SafetyFinding::NoSupervisionStatement,
            {},
            {},
            tr("None of the selected sections calls for medical guidance or supervision.")};
    }
    return report;
}

QJsonObject SafetyReport::toJson() const
{
    QJsonArray findingsJson;
    for (const SafetyFinding &f : findings) {
        QJsonObject o {{u"kind"_s, SafetyFinding::kindName(f.kind)}, {u"message"_s, f.message}};
        if (!f.sectionId.isEmpty())
            o.insert(u"section"_s, f.sectionId);
        if (!f.passageId.isEmpty())
            o.insert(u"passage"_s, f.passageId);
        findingsJson.append(o);
    }
    QJsonArray acknowledgedJson;
    for (const AcknowledgedFinding &a : acknowledged) {
        acknowledgedJson.append(QJsonObject {
            {u"kind"_s, SafetyFinding::kindName(a.finding.kind)},
            {u"message"_s, a.finding.message},
            {u"section"_s, a.finding.sectionId},
            {u"passage"_s, a.finding.passageId},
            {u"change"_s, AcknowledgedChange::kindName(a.change.kind)},
            {u"time"_s, a.change.time.toString(Qt::ISODate)},
            {u"clinician"_s, a.change.clinician},
        });
    }
    return {
        {u"selected_sections"_s, QJsonArray::fromStringList(selectedSections)},
        {u"risk_passages"_s, QJsonArray::fromStringList(riskPassages)},
        {u"supervision_passages"_s, QJsonArray::fromStringList(supervisionPassages)},
        {u"removed_passages"_s, QJsonArray::fromStringList(removedPassages)},
        {u"sections_without_supervision"_s, QJsonArray::fromStringList(sectionsWithoutSupervision)},
        {u"summary_present"_s, summaryPresent},
        {u"language"_s, language},
        {u"wording"_s, wording},
        {u"translation"_s,
         QJsonObject {{u"draft"_s, QJsonArray::fromStringList(draftTranslations)},
                      {u"fallback"_s, QJsonArray::fromStringList(fallbackTranslations)}}},
        {u"findings"_s, findingsJson},
        {u"acknowledged"_s, acknowledgedJson},
        {u"clean"_s, isClean()},
    };
}

SafetyReport SafetyReview::review(const HandoutDocument &document)
{
    const HandoutContent content = document.content();
    const TranslationStatus translation = TranslationStatus::of(document.pack(), content);
    return review(document.article(), content, &translation);
}
