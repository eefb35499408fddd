#pragma once

#include "article.h"
#include "sourceerror.h"

#include <QList>
#include <QString>

// The content packs the program knows: the one built in, plus every "*.md" in
// the user's content folder (docs/content-format.md says where). A user pack
// that fails to load is refused whole and reported; it never hides the others.
// A user pack with the built-in pack's id and a higher version takes its place,
// so an administrator can correct the pack without a rebuild; handouts,
// records and translations keep finding it by its id.
class ContentLibrary
{
public:
    // A built-in pack replaced by a user pack with the same id.
    struct Supersession
    {
        QString id;
        QString builtinVersion;
        QString version;
        QString file;
        QString describe() const;
    };

    static QString builtinPath();
    static QString userFolder();

    // Loads the built-in pack, then the user folder (or extraFolder when given).
    // Returns false only when the built-in pack itself cannot be used.
    bool load(const QString &extraFolder = QString());
    // Loads exactly one pack from a file, as `handout-cli --content FILE` does.
    bool loadFile(const QString &path);

    const QList<Article> &packs() const { return m_packs; }
    const Article *pack(const QString &id) const;
    // The pack used when none is chosen: the first one loaded.
    const Article &defaultPack() const { return m_packs.first(); }
    // Problems found while loading, one per refused file.
    const QList<SourceError> &problems() const { return m_problems; }
    // Built-in packs that user packs replaced, to be said where packs are listed.
    const QList<Supersession> &supersessions() const { return m_supersessions; }
    static bool isBuiltin(const Article &pack);

private:
    bool add(const QString &path);
    bool supersede(Article *builtin, const Article &corrected);

    QList<Article> m_packs;
    QList<SourceError> m_problems;
    QList<Supersession> m_supersessions;
};
