#pragma once

#include "bytesizes.h"

#include "sourceerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The part of Qt Linguist's .ts format that content translations use: one
// message per translatable text, keyed by context and comment (the id), with
// Linguist's finished/unfinished state. Read with our own parser because a
// compiled .qm file forgets whether a translation was reviewed.
struct TsMessage
{
    QString context;
    QString comment; // the id of the text within its context (disambiguation)
    QString source;
    QString oldSource; // the source the translation was made from, when it changed
    QString extraComment; // notes for translators (section title, tags)
    QString translation;
    bool finished = false; // Linguist's "done": a person reviewed it
    bool obsolete = false; // no longer in the source
    bool plural = false; // interface files only: translation holds the forms, split by U+001E

    QString key() const { return context + u'\x1f' + comment; }
};

struct TsCatalog
{
    Q_DECLARE_TR_FUNCTIONS(TsCatalog)

public:
    QString language;
    QString sourceLanguage;
    QList<TsMessage> messages;

    const TsMessage *find(const QString &context, const QString &comment) const;

    // Content files key every message by its id (the comment) and have no
    // plurals; interface files, written by lupdate, may have both.
    enum class Kind { Content, Interface };

    static std::optional<TsCatalog> read(const QByteArray &xml, const QString &fileName, SourceError *error,
                                         Kind kind = Kind::Content);
    static std::optional<TsCatalog> readFile(const QString &path, SourceError *error, Kind kind = Kind::Content);
    QByteArray toXml() const;

    // Translation files are data from outside: anything bigger is refused.
    static constexpr qint64 MaxFileSize = 16 * ByteSizes::MiB;
    // No text of one message is longer (the longest passage of the built-in
    // pack has under 1 000 characters): a longer title or passage would make
    // the handout's layout run for minutes.
    static constexpr qsizetype MaxTextLength = qsizetype(32) * 1024;
    // All texts together, in characters: with entities refused, a file within
    // MaxFileSize cannot reach this, so it is the bound on memory whatever
    // the parser ever expands.
    static constexpr qsizetype MaxExpandedLength = MaxFileSize;
};
