#pragma once

#include <QList>
#include <QString>

class Article;
class QTextBlock;

// A stretch of one block to spell-check, and where in the handout it is.
struct SpellingRange
{
    int start = 0; // within the block
    int length = 0;
    QString where; // "title", "notes", "section:ID", "field:contact", "field:next-appointment"
};

// Which text of the composed handout is the clinician's own, and so is spell
// checked: the title, the notes, text added in a section or a passage edited
// there, and the typed fields that hold sentences (next appointment, contact).
// The article's wording, headings, the generated boxes and the fields that
// hold names and dates are never checked.
namespace SpellingScope {
QList<SpellingRange> rangesIn(const QTextBlock &block, const Article &pack);
} // namespace SpellingScope
