#pragma once

#include <QString>

// What the formulas are computed from, and the language the text is in: a
// formula refuses counts of another language (ReadabilityFormulas).
struct TextCounts
{
    QString language;
    int sentences = 0;
    int words = 0;
    int syllables = 0;
    int letters = 0;
    int polysyllables = 0; // words of three syllables or more
    int monosyllables = 0; // words of one syllable
    int longWords = 0; // words of more than six letters

    TextCounts &operator+=(const TextCounts &o)
    {
        sentences += o.sentences;
        words += o.words;
        syllables += o.syllables;
        letters += o.letters;
        polysyllables += o.polysyllables;
        monosyllables += o.monosyllables;
        longWords += o.longWords;
        return *this;
    }
};
