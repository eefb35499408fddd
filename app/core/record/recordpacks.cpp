#include "recordpacks.h"

using namespace Qt::StringLiterals;

RecordPacks::RecordPacks(const ContentLibrary &library, const TranslationLibrary &translations, const Article *only)
    : m_library(library)
    , m_translations(translations)
    , m_only(only)
{ }

const Article *RecordPacks::packFor(const HandoutRecord &record)
{
    const Article *pack = m_only ? m_only : m_library.pack(record.packId);
    if (!pack || pack->meta.id != record.packId)
        return nullptr;
    const QString key = pack->meta.id + u'/' + record.language;
    auto it = m_translated.find(key);
    if (it == m_translated.end()) {
        std::optional<TranslatedPack> translated;
        SourceError error;
        if (!m_translations.hasLanguage(*pack, record.language))
            m_warnings << u"pack '%1' has no '%2' translation now; its records in '%2' are left out"_s.arg(
                pack->meta.id, record.language);
        else if (!(translated = m_translations.translate(*pack, record.language, &error)))
            m_warnings << error.toString();
        it = m_translated.emplace(key, std::move(translated)).first;
    }
    return it->second ? &it->second->article : nullptr;
}
