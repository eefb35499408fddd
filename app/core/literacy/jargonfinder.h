#pragma once

#include "readabletext.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class SyllableCounter;

// A word a patient may not know, where it first appears and how often.
struct JargonTerm
{
    enum Kind {
        Acronym, // capitals never spelled out in the handout ("NMDA")
        LongWord, // four syllables or more, not defined by the glossary
    };
    QString word;
    Kind kind = LongWord;
    QString sectionId; // where it first appears
    int position = -1; // its first place in the live document; -1 when not in one
    int count = 0;
};

// Finds jargon in a handout's text. What the handout explains is given, not
// looked up, so the check works with or without a glossary in the pack: the
// defined terms are the glossary's terms and variants ("NMDA", "NMDA
// receptor"); an acronym also counts as spelled out when the handout itself
// puts it in brackets beside its long form ("post-traumatic stress disorder
// (PTSD)", "PTSD (post-traumatic ...)") or says what it "stands for".
class JargonFinder
{
public:
    explicit JargonFinder(const QStringList &definedTerms = {});
    ~JargonFinder();
    JargonFinder(const JargonFinder &) = delete;
    JargonFinder &operator=(const JargonFinder &) = delete;

    // Keeps the language's syllable counts between calls, so the panel can
    // look again after every pause in typing.
    QList<JargonTerm> find(const ReadableText &text);

    // Words of this many syllables or more are long (docs/readability.md).
    static constexpr int LongWordSyllables = 4;

private:
    bool isDefined(const QString &word) const;
    QSet<QString> m_defined; // lower case, each term and each of its words
    std::unique_ptr<SyllableCounter> m_syllables;
};
