#pragma once

#include "contentlibrary.h"
#include "handoutrecord.h"
#include "translationlibrary.h"

#include <QStringList>

#include <map>
#include <optional>

// The pack a record is compared with to find what changed since it was given:
// the one pack asked for, or else the record's own pack as installed now,
// always in the record's language (a corrected translation affects the
// handouts given in that language). Translations are read once each.
class RecordPacks
{
public:
    // `only`, when set, is the one pack to compare with. Both libraries must outlive this.
    RecordPacks(const ContentLibrary &library, const TranslationLibrary &translations, const Article *only = nullptr);

    // nullptr for a record of another pack, or in a language the pack no longer has.
    const Article *packFor(const HandoutRecord &record);
    // Why some records were left out, once per pack and language.
    QStringList warnings() const { return m_warnings; }

private:
    const ContentLibrary &m_library;
    const TranslationLibrary &m_translations;
    const Article *m_only;
    std::map<QString, std::optional<TranslatedPack>> m_translated;
    QStringList m_warnings;
};
