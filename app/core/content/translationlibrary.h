#pragma once

#include "contenttranslation.h"

#include <QList>
#include <QString>

// Finds the translations of content packs: "<pack-id>_<language>.ts" files
// (with an optional "<pack-id>_<language>.info" beside them) built into the
// program and in the user's content folder, which wins when both have one.
class TranslationLibrary
{
    Q_DECLARE_TR_FUNCTIONS(TranslationLibrary)

public:
    struct Entry
    {
        QString packId;
        QString language;
        QString tsPath;
        QString infoPath; // empty when there is none
    };

    static QString builtinFolder();
    void scan(const QString &userFolder);
    void addFolder(const QString &folder);

    QList<Entry> entries(const QString &packId) const;
    // The pack's own language first, then its translations, sorted.
    QStringList languages(const Article &pack) const;
    bool hasLanguage(const Article &pack, const QString &language) const;
    // The pack in `language`; nullopt (and *error) when its files are broken.
    std::optional<TranslatedPack> translate(const Article &pack, const QString &language, SourceError *error) const;

private:
    QList<Entry> m_entries;
};
