#pragma once

#include "article.h"
#include "glossary.h"
#include "sourceerror.h"

#include <QHash>
#include <QStringList>

// The line-by-line state machine behind ContentPackReader.
class ContentPackParser
{
public:
    explicit ContentPackParser(QString fileName);

    // The last line of every pack: a file cut short (a failed copy, a full
    // disk) lacks it, however cleanly the cut falls between two blocks.
    static inline const QString EndMarker = QStringLiteral("::: end-of-pack");

    // Returns false on the first error; error() then says where.
    bool parse(const QStringList &lines);
    Article takeArticle() { return std::move(m_article); }
    const SourceError &error() const { return m_error; }

private:
    bool fail(int line, const QString &message);
    bool parseFrontMatter(const QStringList &lines, int *index);
    bool applyMeta(int line, const QString &key, const QString &value);
    bool parseHeading(int line, const QString &text);
    bool parsePassage(const QStringList &lines, int *index);
    bool parseBlock(const QStringList &lines, int *index);
    bool parseEnd(const QStringList &lines, int markerIndex);
    bool finish(int endLine);
    bool claimId(int line, const QString &id);
    bool checkMeta();
    bool checkReferences();

    QString m_fileName;
    Article m_article;
    SourceError m_error;
    QHash<QString, int> m_idLines; // every id in the pack shares one namespace
    QHash<QString, int> m_metaLines;
    int m_metaEndLine = 1;
    Glossary m_glossary; // checks that no two entries share a form
    QList<int> m_openSections; // indexes into m_article.sections, by level
};
