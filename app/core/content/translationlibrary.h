#pragma once

#include "contenttranslation.h"
#include "wording.h"

#include <QList>
#include <QString>

// Finds the translations of content packs: "<pack-id>_<language>.ts" files
// (with an optional "<pack-id>_<language>.info" beside them) built into the
// program and in the user's content folder, which wins when both have one.
// Plain-language wordings are the same kind of file, in their own folders
// (translations/plain, and "plain" inside the user's content folder).
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
        Wording wording = Wording::Original;
    };

    static QString builtinFolder();
    static QString builtinPlainFolder();
    void scan(const QString &userFolder);
    void addFolder(const QString &folder, Wording wording = Wording::Original);

    QList<Entry> entries(const QString &packId) const;
    // The pack's own language first, then its translations, sorted.
    QStringList languages(const Article &pack) const;
    bool hasLanguage(const Article &pack, const QString &language) const;
    // The pack in `language`; nullopt (and *error) when its files are broken.
    std::optional<TranslatedPack> translate(const Article &pack, const QString &language, SourceError *error) const;
    // The same in a wording. A plain wording exists per language: asking for
    // one that does not exist is an error naming the languages that have one,
    // never a silent mix of the article's and the plain wording.
    std::optional<TranslatedPack> translate(const Article &pack, const QString &language, Wording wording,
                                            SourceError *error) const;
    // The entry's .info file; an empty one when it has none, nullopt (and
    // *error) when it is broken.
    static std::optional<TranslationInfo> readInfo(const Entry &entry, SourceError *error);
    // Languages with a plain-language wording of the pack.
    QStringList plainLanguages(const Article &pack) const;

private:
    std::optional<TranslatedPack> load(const Article &pack, const Entry &entry, SourceError *error) const;

    QList<Entry> m_entries;
};
