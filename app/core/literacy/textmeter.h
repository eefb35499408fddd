#pragma once

#include "textcounts.h"

#include <QList>
#include <QString>

#include <memory>

class SyllableCounter;

// One run of text the meter reads as its own unit: a paragraph or a list item.
// A piece always ends a sentence, so a list item without a full stop is one.
struct TextPiece
{
    QString text;
    int position = -1; // where the text starts in the live document; -1 when not in one
};

// A sentence and where it is, so a panel can select it.
struct SentenceSpan
{
    QString text;
    int position = -1; // -1 when the text is not in a live document
    int words = 0;
};

// Splits text into sentences and words with QTextBoundaryFinder (Unicode
// UAX #29) and counts syllables with the language's hyphenation patterns.
class TextMeter
{
public:
    explicit TextMeter(const QString &language);
    ~TextMeter();
    TextMeter(const TextMeter &) = delete;
    TextMeter &operator=(const TextMeter &) = delete;

    QString language() const { return m_language; }
    bool countsSyllables() const;

    // Counts the pieces; appends each sentence to *sentences when given.
    TextCounts measure(const QList<TextPiece> &pieces, QList<SentenceSpan> *sentences = nullptr);
    TextCounts measure(const QString &text) { return measure(QList<TextPiece> {TextPiece {text, -1}}); }

    // The words of a text as UAX #29 finds them: segments holding a letter or digit.
    static QStringList words(const QString &text);

private:
    QString m_language;
    std::unique_ptr<SyllableCounter> m_syllables;
};
