#pragma once

#include "textmeter.h"

#include <QList>
#include <QString>

class Article;
class QTextDocument;
struct HandoutContent;

// The text of a handout as the readability meter reads it, section by
// section. Counted: paragraphs and list items (each item its own sentence),
// text inside callout boxes and the clinician's notes. Not counted: the title,
// section titles, headings, callout labels ("Risk"), the safety summary (its
// points restate passages that are counted), personalization fields and the
// fixed texts of every handout. docs/readability.md explains why.
struct ReadableSection
{
    QString id; // the section id; "notes" for the clinician's notes
    QString title;
    int position = -1; // where its title is in the live document; -1 when not in one
    QList<TextPiece> pieces;
};

struct ReadableText
{
    QString language;
    QList<ReadableSection> sections;

    // From a handout's content (the command line); positions are -1. Titles
    // come from the pack when it has the section.
    static ReadableText fromContent(const HandoutContent &content, const Article *pack = nullptr);
    // From the live document of the composer, with positions for selection.
    static ReadableText fromDocument(const QTextDocument *document, const QString &language);
};
