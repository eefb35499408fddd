#pragma once

#include "glossary.h"

#include <QList>
#include <QRegularExpression>

// Finds which glossary entries occur in a text: any of an entry's forms as a
// whole word (not inside a longer word), whatever the case, with any run of
// spaces or tabs between the words of a form (never a line break: the pieces
// of a handout are joined by line breaks).
class TermFinder
{
public:
    explicit TermFinder(const QList<GlossaryEntry> &glossary);

    struct Match
    {
        const GlossaryEntry *entry = nullptr;
        qsizetype position = -1; // of the first occurrence in the text
    };
    // Every entry that occurs, in order of first occurrence.
    QList<Match> find(const QString &text) const;

private:
    QList<QPair<const GlossaryEntry *, QRegularExpression>> m_patterns;
};
