#pragma once

#include "contenttranslation.h"
#include "translationlibrary.h"

#include <map>
#include <memory>

// The content packs in each handout language, each translated once and then
// kept, for the window and handout-cli alike: translating reads a Linguist
// file and matches it against the whole pack, so switching a handout back and
// forth, or a batch of handouts in one language, must not repeat it.
class TranslatedPackCache
{
public:
    // Translations are looked for in the program and in `userFolder`, when
    // they are first needed.
    explicit TranslatedPackCache(const QString &userFolder);

    // Where the translations are (scanned on first use).
    const TranslationLibrary &library();
    // The pack in `language`, translated on first request; nullptr (and
    // *error) when the translation's files are broken. The pack must have a
    // translation into `language` (see TranslationLibrary::hasLanguage).
    // With Wording::Plain, the pack's plain-language wording in `language`.
    std::shared_ptr<const TranslatedPack> translated(const Article &pack, const QString &language, SourceError *error,
                                                     Wording wording = Wording::Original);

private:
    QString m_userFolder;
    bool m_scanned = false;
    TranslationLibrary m_library;
    std::map<QString, std::shared_ptr<const TranslatedPack>> m_packs; // by "<pack id>/<language>/<wording>"
};
