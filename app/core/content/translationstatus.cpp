#include "translationstatus.h"

#include "bidiisolation.h"
#include "safetysummary.h"
#include "wordstoknow.h"

using namespace Qt::StringLiterals;

TranslationStatus TranslationStatus::of(const TranslatedPack &pack, const HandoutContent &content)
{
    TranslationStatus status;
    status.language = pack.language;
    status.info = pack.info;
    status.wording = pack.wording;
    status.original = pack.language == pack.article.sourceLanguage() && pack.wording == Wording::Original;
    if (status.original)
        return status;
    const auto note = [&](const QString &context, const QString &id) {
        const QString key = context + u'/' + id;
        switch (pack.textState(context, id)) {
        case TranslationState::Draft:
            status.draft << key;
            break;
        case TranslationState::Stale:
        case TranslationState::Missing:
            status.fallback << key;
            break;
        default:
            break;
        }
    };
    const QStringList ids = content.sectionIds();
    for (const SectionContent &section : content.sections) {
        note(section.sectionId, ContentTranslation::TitleId);
        for (const ContentItem &item : section.items) {
            for (const ContentBlock &block : item.blocks) {
                if (!block.passageId.isEmpty())
                    note(section.sectionId, block.passageId);
            }
        }
    }
    if (content.includeSummary) {
        for (const SafetyPoint *point : SafetySummary::build(pack.article, ids).points)
            note(ContentTranslation::SafetyPointsContext, point->id);
    }
    for (auto it = pack.article.texts.values.cbegin(); it != pack.article.texts.values.cend(); ++it)
        note(ContentTranslation::HandoutTextContext, it.key());
    if (content.includeTeachBack) {
        for (const TeachBackPrompt *prompt : TeachBack::forSections(pack.article, ids))
            note(ContentTranslation::TeachBackContext, prompt->id);
    }
    if (content.includeGlossary) {
        for (const GlossaryEntry *entry : WordsToKnow::of(pack.article, content)) {
            note(ContentTranslation::GlossaryContext, entry->id + ContentTranslation::TermSuffix);
            note(ContentTranslation::GlossaryContext, entry->id + ContentTranslation::DefinitionSuffix);
        }
    }
    return status;
}

QStringList TranslationStatus::noteLines(const Article &translated) const
{
    if (original)
        return {};
    const auto text = [&](const QString &key, const QHash<QString, QString> &values = {}) {
        QString out = translated.texts.value(key);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            out.replace(u'{' + it.key() + u'}', it.value());
        return out;
    };
    QStringList lines;
    // The names come from a .info file, from outside: each in a bidi isolate,
    // so that a control in one cannot turn the rest of the line around.
    if (!info.translator.isEmpty()) {
        // "draft" is a code of the .info file; the page says it in the
        // handout's language when the pack has the words for it.
        const QString method = translated.texts.values.value(u"translation-method-"_s + info.method, info.method);
        lines << text(u"translation-by"_s,
                      {{u"translator"_s, BidiIsolation::isolated(info.translator)}, {u"method"_s, method}});
    }
    if (!draft.isEmpty() || info.reviewer.isEmpty())
        lines << text(u"translation-draft"_s);
    else
        lines << text(u"translation-reviewed"_s,
                      {{u"reviewer"_s, BidiIsolation::isolated(info.reviewer)},
                       {u"reviewed"_s, info.reviewed.toString(Qt::ISODate)}});
    if (!fallback.isEmpty())
        lines << text(u"translation-fallback"_s);
    return lines;
}
