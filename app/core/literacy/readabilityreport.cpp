#include "readabilityreport.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

ReadabilityMeasure ReadabilityMeasure::of(const TextCounts &counts)
{
    ReadabilityMeasure m;
    m.counts = counts;
    for (const ReadabilityScore score : ReadabilityFormulas::scoresFor(counts.language)) {
        if (const std::optional<double> value = ReadabilityFormulas::compute(score, counts))
            m.scores.append({score, *value});
    }
    return m;
}

std::optional<double> ReadabilityMeasure::score(ReadabilityScore which) const
{
    for (const auto &s : scores) {
        if (s.first == which)
            return s.second;
    }
    return std::nullopt;
}

double ReadabilityMeasure::wordsPerSentence() const
{
    return counts.sentences > 0 ? double(counts.words) / counts.sentences : 0.0;
}

QJsonObject ReadabilityMeasure::scoresJson() const
{
    QJsonObject out;
    for (const auto &s : scores)
        out.insert(ReadabilityFormulas::key(s.first), std::round(s.second * 10.0) / 10.0);
    return out;
}

const SectionReadability *ReadabilityReport::section(const QString &id) const
{
    for (const SectionReadability &s : sections) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QList<SentenceSpan> ReadabilityReport::longest(const QList<SentenceSpan> &sentences, int n)
{
    QList<SentenceSpan> out = sentences;
    // Stable: of two sentences as long, the earlier one comes first.
    std::stable_sort(out.begin(), out.end(),
                     [](const SentenceSpan &a, const SentenceSpan &b) { return a.words > b.words; });
    if (out.size() > n)
        out.resize(n);
    return out;
}

QList<SentenceSpan> ReadabilityReport::longestSentences(int n) const
{
    QList<SentenceSpan> all;
    for (const SectionReadability &s : sections)
        all << s.sentences;
    return longest(all, n);
}

QJsonObject ReadabilityReport::toJson() const
{
    const auto counts = [](const ReadabilityMeasure &m, QJsonObject *o) {
        o->insert(u"words"_s, m.counts.words);
        o->insert(u"sentences"_s, m.counts.sentences);
        o->insert(u"long-words"_s, m.counts.longWords);
        o->insert(u"scores"_s, m.scoresJson());
    };
    QJsonObject out;
    out.insert(u"language"_s, language);
    counts(whole, &out);
    QJsonArray list;
    for (const SectionReadability &s : sections) {
        QJsonObject o;
        o.insert(u"id"_s, s.id);
        counts(s.measure, &o);
        list.append(o);
    }
    out.insert(u"sections"_s, list);
    return out;
}

ReadabilityMeter::ReadabilityMeter() = default;
ReadabilityMeter::~ReadabilityMeter() = default;

ReadabilityReport ReadabilityMeter::measure(const ReadableText &text)
{
    if (!m_meter || m_meter->language() != text.language)
        m_meter = std::make_unique<TextMeter>(text.language);
    ReadabilityReport report;
    report.language = text.language;
    TextCounts whole;
    whole.language = text.language;
    for (const ReadableSection &rs : text.sections) {
        SectionReadability section;
        section.id = rs.id;
        section.title = rs.title;
        section.position = rs.position;
        const TextCounts counts = m_meter->measure(rs.pieces, &section.sentences);
        section.measure = ReadabilityMeasure::of(counts);
        whole += counts;
        report.sections << section;
    }
    report.whole = ReadabilityMeasure::of(whole);
    return report;
}
