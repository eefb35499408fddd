#include "translatedpackcache.h"

TranslatedPackCache::TranslatedPackCache(const QString &userFolder)
    : m_userFolder(userFolder)
{ }

const TranslationLibrary &TranslatedPackCache::library()
{
    if (!m_scanned) {
        m_library.scan(m_userFolder);
        m_scanned = true;
    }
    return m_library;
}

std::shared_ptr<const TranslatedPack> TranslatedPackCache::translated(const Article &pack, const QString &language,
                                                                      SourceError *error, Wording wording)
{
    std::shared_ptr<const TranslatedPack> &cached
        = m_packs[pack.meta.id + u'/' + language + u'/' + Wordings::name(wording)];
    if (!cached) {
        std::optional<TranslatedPack> translation = library().translate(pack, language, wording, error);
        if (!translation)
            return nullptr;
        cached = std::make_shared<const TranslatedPack>(std::move(*translation));
    }
    return cached;
}
