#include "textmeter.h"

#include "syllablecounter.h"

#include <QTextBoundaryFinder>

namespace {

bool isWord(QStringView segment)
{
    for (const QChar c : segment) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

int letterCount(QStringView word)
{
    int n = 0;
    for (const QChar c : word) {
        if (c.isLetter())
            ++n;
    }
    return n;
}

// Calls f(start, length) for each UAX #29 segment of the given kind.
template<typename F> void forEachSegment(QTextBoundaryFinder::BoundaryType type, const QString &text, F f)
{
    QTextBoundaryFinder finder(type, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        const qsizetype end = finder.position();
        f(start, end - start);
        start = end;
    }
}

} // namespace

TextMeter::TextMeter(const QString &language)
    : m_language(language)
    , m_syllables(std::make_unique<SyllableCounter>(language))
{ }

TextMeter::~TextMeter() = default;

bool TextMeter::countsSyllables() const
{
    return m_syllables->isValid();
}

QStringList TextMeter::words(const QString &text)
{
    QStringList out;
    forEachSegment(QTextBoundaryFinder::Word, text, [&](qsizetype start, qsizetype length) {
        const QStringView segment = QStringView(text).mid(start, length);
        if (isWord(segment))
            out << segment.toString();
    });
    return out;
}

TextCounts TextMeter::measure(const QList<TextPiece> &pieces, QList<SentenceSpan> *sentences)
{
    TextCounts counts;
    counts.language = m_language;
    for (const TextPiece &piece : pieces) {
        forEachSegment(QTextBoundaryFinder::Sentence, piece.text, [&](qsizetype start, qsizetype length) {
            const QString sentence = piece.text.mid(start, length);
            const QStringList words = TextMeter::words(sentence);
            if (words.isEmpty())
                return; // a stray mark or an empty line is no sentence
            ++counts.sentences;
            for (const QString &word : words) {
                const int syllables = m_syllables->count(word);
                const int letters = letterCount(word);
                ++counts.words;
                counts.syllables += syllables;
                counts.letters += letters;
                if (syllables >= 3)
                    ++counts.polysyllables;
                if (syllables == 1)
                    ++counts.monosyllables;
                if (letters > 6)
                    ++counts.longWords;
            }
            if (sentences) {
                qsizetype lead = 0;
                while (lead < sentence.size() && sentence.at(lead).isSpace())
                    ++lead;
                const int at = piece.position < 0 ? -1 : piece.position + int(start + lead);
                sentences->append(SentenceSpan {sentence.trimmed(), at, int(words.size())});
            }
        });
    }
    return counts;
}
