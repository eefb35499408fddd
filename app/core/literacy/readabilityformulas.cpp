#include "readabilityformulas.h"

#include <QtMath>

using namespace Qt::StringLiterals;

namespace {

QString baseLanguage(const QString &language)
{
    return language.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
}

QString languageOf(ReadabilityScore score)
{
    switch (score) {
    case ReadabilityScore::FleschKincaidGrade:
    case ReadabilityScore::Smog:
    case ReadabilityScore::FleschReadingEase:
        return u"en"_s;
    case ReadabilityScore::FernandezHuerta:
    case ReadabilityScore::SzigrisztPazos:
        return u"es"_s;
    case ReadabilityScore::KandelMoles:
        return u"fr"_s;
    case ReadabilityScore::Amstad:
    case ReadabilityScore::WienerSachtextformel:
        return u"de"_s;
    }
    return {};
}

} // namespace

namespace ReadabilityFormulas {

QList<ReadabilityScore> scoresFor(const QString &language)
{
    static const QList<ReadabilityScore> all = {
        ReadabilityScore::FleschKincaidGrade,
        ReadabilityScore::Smog,
        ReadabilityScore::FleschReadingEase,
        ReadabilityScore::FernandezHuerta,
        ReadabilityScore::SzigrisztPazos,
        ReadabilityScore::KandelMoles,
        ReadabilityScore::Amstad,
        ReadabilityScore::WienerSachtextformel,
    };
    QList<ReadabilityScore> out;
    for (const ReadabilityScore score : all) {
        if (appliesTo(score, language))
            out << score;
    }
    return out;
}

bool appliesTo(ReadabilityScore score, const QString &language)
{
    return languageOf(score) == baseLanguage(language);
}

std::optional<double> compute(ReadabilityScore score, const TextCounts &c)
{
    if (!appliesTo(score, c.language) || c.sentences <= 0 || c.words <= 0)
        return std::nullopt;
    const double wordsPerSentence = double(c.words) / c.sentences;
    const double syllablesPerWord = double(c.syllables) / c.words;
    const auto percent = [&](int n) { return 100.0 * n / c.words; };
    switch (score) {
    case ReadabilityScore::FleschKincaidGrade: // Kincaid et al. 1975
        return 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
    case ReadabilityScore::Smog: // McLaughlin 1969
        return 1.0430 * qSqrt(c.polysyllables * 30.0 / c.sentences) + 3.1291;
    case ReadabilityScore::FleschReadingEase: // Flesch 1948
        return 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
    case ReadabilityScore::FernandezHuerta: // Fernández Huerta 1959, as corrected by Law 2011
        return 206.84 - 60.0 * syllablesPerWord - 1.02 * wordsPerSentence;
    case ReadabilityScore::SzigrisztPazos: // Szigriszt Pazos 1993
        return 206.835 - 62.3 * syllablesPerWord - wordsPerSentence;
    case ReadabilityScore::KandelMoles: // Kandel and Moles 1958
        return 207.0 - 1.015 * wordsPerSentence - 73.6 * syllablesPerWord;
    case ReadabilityScore::Amstad: // Amstad 1978
        return 180.0 - wordsPerSentence - 58.5 * syllablesPerWord;
    case ReadabilityScore::WienerSachtextformel: // Bamberger and Vanecek 1984, first formula
        return 0.1935 * percent(c.polysyllables) + 0.1672 * wordsPerSentence + 0.1297 * percent(c.longWords)
            - 0.0327 * percent(c.monosyllables) - 0.875;
    }
    return std::nullopt;
}

QString key(ReadabilityScore score)
{
    switch (score) {
    case ReadabilityScore::FleschKincaidGrade:
        return u"flesch-kincaid-grade"_s;
    case ReadabilityScore::Smog:
        return u"smog"_s;
    case ReadabilityScore::FleschReadingEase:
        return u"flesch-reading-ease"_s;
    case ReadabilityScore::FernandezHuerta:
        return u"fernandez-huerta"_s;
    case ReadabilityScore::SzigrisztPazos:
        return u"szigriszt-pazos"_s;
    case ReadabilityScore::KandelMoles:
        return u"kandel-moles"_s;
    case ReadabilityScore::Amstad:
        return u"amstad"_s;
    case ReadabilityScore::WienerSachtextformel:
        return u"wiener-sachtextformel"_s;
    }
    return {};
}

bool isGrade(ReadabilityScore score)
{
    return score == ReadabilityScore::FleschKincaidGrade || score == ReadabilityScore::Smog
        || score == ReadabilityScore::WienerSachtextformel;
}

std::optional<ReadabilityScore> primaryScore(const QString &language)
{
    const QString base = baseLanguage(language);
    if (base == u"en")
        return ReadabilityScore::FleschKincaidGrade;
    if (base == u"es")
        return ReadabilityScore::SzigrisztPazos;
    if (base == u"fr")
        return ReadabilityScore::KandelMoles;
    if (base == u"de")
        return ReadabilityScore::WienerSachtextformel;
    return std::nullopt;
}

int infleszBand(double szigriszt)
{
    if (szigriszt < 40)
        return 0;
    if (szigriszt < 55)
        return 1;
    if (szigriszt < 65)
        return 2;
    if (szigriszt < 80)
        return 3;
    return 4;
}

} // namespace ReadabilityFormulas
