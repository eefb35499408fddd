#include "handoutjsonwriter.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// One table for both directions, so a kind cannot be written under a name the
// reader does not know.
const std::array<std::pair<BlockKind, QLatin1StringView>, 5> &kindNames()
{
    static const std::array<std::pair<BlockKind, QLatin1StringView>, 5> names {{
        {BlockKind::Paragraph, "paragraph"_L1},
        {BlockKind::SectionHeading, "section-heading"_L1},
        {BlockKind::Heading, "heading"_L1},
        {BlockKind::BulletItem, "bullet"_L1},
        {BlockKind::NumberedItem, "numbered"_L1},
    }};
    return names;
}

QJsonObject ratingsJson(const QMap<QString, QString> &ratings)
{
    QJsonObject out;
    for (auto it = ratings.begin(); it != ratings.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QJsonArray acknowledgedJson(const QList<AcknowledgedChange> &changes)
{
    QJsonArray out;
    for (const AcknowledgedChange &c : changes) {
        out.append(QJsonObject {
            {u"id"_s, c.passageId},
            {u"kind"_s, AcknowledgedChange::kindName(c.kind)},
            {u"time"_s, c.time.toUTC().toString(Qt::ISODate)},
            {u"clinician"_s, c.clinician},
            {u"wording"_s, c.wording},
        });
    }
    return out;
}

QJsonObject runJson(const TextRun &run)
{
    return {
        {u"text"_s, run.text},
        {u"bold"_s, run.bold},
        {u"italic"_s, run.italic},
        {u"underline"_s, run.underline},
    };
}

QJsonObject blockJson(const ContentBlock &block, const Article &article)
{
    QJsonArray runs;
    for (const TextRun &run : block.runs)
        runs.append(runJson(run));
    QJsonObject out {
        {u"kind"_s, HandoutJsonWriter::blockKindName(block.kind)},
        {u"level"_s, block.level},
        {u"runs"_s, runs},
    };
    if (!block.passageId.isEmpty()) {
        out.insert(u"passage"_s, block.passageId);
        // A passage the pack no longer has gets no hash: there is no source
        // text to record, and the reader treats the hash as optional.
        if (const Passage *passage = article.passage(block.passageId))
            out.insert(u"source"_s, HandoutJsonWriter::sourceHash(passage->text));
    }
    return out;
}

QJsonArray blocksJson(const QList<ContentBlock> &blocks, const Article &article)
{
    QJsonArray out;
    for (const ContentBlock &block : blocks)
        out.append(blockJson(block, article));
    return out;
}

QJsonObject sectionJson(const SectionContent &section, const Article &article)
{
    QJsonArray items;
    for (const ContentItem &item : section.items) {
        items.append(QJsonObject {
            {u"callout"_s, QJsonArray::fromStringList(PassageTagNames::names(item.callout))},
            {u"blocks"_s, blocksJson(item.blocks, article)},
        });
    }
    return {{u"id"_s, section.sectionId}, {u"items"_s, items}};
}

} // namespace

QString HandoutJsonWriter::handoutTypeId()
{
    return u"handout-composer/handout"_s;
}

QString HandoutJsonWriter::templateTypeId()
{
    return u"handout-composer/template"_s;
}

QString HandoutJsonWriter::blockKindName(BlockKind kind)
{
    for (const auto &[k, name] : kindNames()) {
        if (k == kind)
            return name;
    }
    Q_UNREACHABLE();
    return {};
}

bool HandoutJsonWriter::parseBlockKind(const QString &name, BlockKind *kind)
{
    for (const auto &[k, kindName] : kindNames()) {
        if (name == kindName) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString HandoutJsonWriter::sourceHash(const QString &passageText)
{
    return QString::fromLatin1(QCryptographicHash::hash(passageText.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QJsonObject HandoutJsonWriter::toJson(const HandoutContent &content, const PageOptions &page, const Article &article,
                                      bool asTemplate, const QString &templateName)
{
    QJsonArray sections;
    for (const SectionContent &section : content.sections)
        sections.append(sectionJson(section, article));

    QJsonObject root {
        {u"format"_s, asTemplate ? templateTypeId() : handoutTypeId()},
        {u"version"_s, Version},
        {u"pack"_s, QJsonObject {{u"id"_s, content.packId}, {u"version"_s, content.packVersion}}},
        {u"language"_s, content.language},
        {u"title"_s, content.title},
        {u"clinic"_s,
         QJsonObject {
             {u"name"_s, content.clinic.name},
             {u"phone"_s, content.clinic.phone},
             {u"address"_s, content.clinic.address},
             {u"crisis_line"_s, content.clinic.crisisLine},
         }},
        {u"wording"_s, Wordings::name(content.wording)},
        {u"include_summary"_s, content.includeSummary},
        {u"include_glossary"_s, content.includeGlossary},
        {u"include_teach_back"_s, content.includeTeachBack},
        {u"checklist_ratings"_s, ratingsJson(content.checklistRatings)},
        {u"page"_s,
         QJsonObject {
             {u"size"_s, PageOptions::pageSizeName(page.pageSize)},
             {u"large_print"_s, page.largePrint},
             {u"target"_s, page.pageTarget},
         }},
        {u"sections"_s, sections},
        {u"notes"_s, content.hasNotes ? QJsonValue(blocksJson(content.notes, article)) : QJsonValue(QJsonValue::Null)},
    };
    if (asTemplate && !templateName.isEmpty())
        root.insert(u"name"_s, templateName);
    if (!asTemplate) {
        // Like the personalization, they name the clinician: a template,
        // meant to be shared, holds neither.
        root.insert(u"acknowledged_changes"_s, acknowledgedJson(content.acknowledgedChanges));
        const Personalization &p = content.person;
        root.insert(u"personalization"_s,
                    QJsonObject {
                        {u"patient"_s, p.patient},
                        {u"date"_s, p.date},
                        {u"clinician"_s, p.clinician},
                        {u"next_appointment"_s, p.nextAppointment},
                        {u"contact"_s, p.contact},
                    });
    }
    return root;
}
