#pragma once

#include "readabilityformulas.h"
#include "readabletext.h"
#include "textmeter.h"

#include <QJsonObject>
#include <QList>
#include <QPair>

#include <memory>
#include <optional>

// The counts of a text and the scores its language has formulas for.
struct ReadabilityMeasure
{
    TextCounts counts;
    QList<QPair<ReadabilityScore, double>> scores; // only the language's own

    static ReadabilityMeasure of(const TextCounts &counts);
    std::optional<double> score(ReadabilityScore which) const;
    double wordsPerSentence() const;
    // {"flesch-kincaid-grade": 6.1, ...}, rounded to one decimal.
    QJsonObject scoresJson() const;
};

struct SectionReadability
{
    QString id;
    QString title;
    int position = -1;
    ReadabilityMeasure measure;
    QList<SentenceSpan> sentences; // in order
};

struct ReadabilityReport
{
    QString language;
    ReadabilityMeasure whole;
    QList<SectionReadability> sections;

    const SectionReadability *section(const QString &id) const;
    // The n longest sentences (most words) of the handout or of one section,
    // longest first.
    static QList<SentenceSpan> longest(const QList<SentenceSpan> &sentences, int n);
    QList<SentenceSpan> longestSentences(int n) const;
    // The "readability" object of `handout-cli check --json`.
    QJsonObject toJson() const;
};

// Measures a handout's text, whole and by section. Keeps the language's
// hyphenation patterns loaded between calls, so the composer can measure again
// after every pause in typing.
class ReadabilityMeter
{
public:
    ReadabilityMeter();
    ~ReadabilityMeter();
    ReadabilityMeter(const ReadabilityMeter &) = delete;
    ReadabilityMeter &operator=(const ReadabilityMeter &) = delete;

    ReadabilityReport measure(const ReadableText &text);

private:
    std::unique_ptr<TextMeter> m_meter;
};
