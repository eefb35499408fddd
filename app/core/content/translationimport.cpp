#include "translationimport.h"

#include <QHash>
#include <QSet>

TranslationImport TranslationImport::of(const Article &pack, const TsCatalog &inUse, const TsCatalog &returned,
                                        const QString &language)
{
    TranslationImport out;
    QSet<QString> current;
    for (const TsMessage &m : ContentTranslation::sourceMessages(pack))
        current.insert(m.key());
    TsCatalog merged = inUse;
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < merged.messages.size(); ++i)
        index.insert(merged.messages.at(i).key(), i);
    for (const TsMessage &m : returned.messages) {
        // A unit the agency's tool kept as no longer translated says nothing
        // about the text the pack has now.
        if (m.obsolete)
            continue;
        if (current.contains(m.key()))
            ++out.applied;
        else
            ++out.unknown;
        if (const auto it = index.constFind(m.key()); it != index.constEnd())
            merged.messages[*it] = m;
        else
            merged.messages << m;
    }
    out.catalog = ContentTranslation::refresh(pack, merged, language);
    out.coverage = coverageOf(out.catalog);
    return out;
}

TranslationCoverage TranslationImport::coverageOf(const TsCatalog &catalog)
{
    TranslationCoverage c;
    for (const TsMessage &m : catalog.messages) {
        if (m.obsolete)
            continue;
        ++c.total;
        switch (ContentTranslation::stateOf(&m, m.source)) {
        case TranslationState::Reviewed:
            ++c.reviewed;
            break;
        case TranslationState::Draft:
            ++c.draft;
            break;
        case TranslationState::Stale:
            ++c.stale;
            break;
        default:
            ++c.missing;
            break;
        }
    }
    return c;
}
