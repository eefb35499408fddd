#pragma once

#include "textcounts.h"

#include <QList>
#include <QString>

#include <optional>

// The readability formulas, each for the language it was made for
// (docs/readability.md gives the sources). Which scores a text gets is chosen
// by its language: compute() refuses counts of any other language, so an
// English formula can never score Spanish text.
enum class ReadabilityScore {
    FleschKincaidGrade, // en, US school grade
    Smog, // en, US school grade
    FleschReadingEase, // en, 0 (hard) to 100 (easy)
    FernandezHuerta, // es, ease
    SzigrisztPazos, // es, ease, read on the INFLESZ scale
    KandelMoles, // fr, ease
    Amstad, // de, ease
    WienerSachtextformel, // de, German school grade (first formula)
};

namespace ReadabilityFormulas {

// The scores made for a language ("es", "es-MX"); empty for Arabic and any
// language without a validated formula.
QList<ReadabilityScore> scoresFor(const QString &language);
bool appliesTo(ReadabilityScore score, const QString &language);
// nullopt when the score is not for counts.language, or there is no sentence.
std::optional<double> compute(ReadabilityScore score, const TextCounts &counts);

// The JSON key: "flesch-kincaid-grade", "smog", ...
QString key(ReadabilityScore score);
// True for scores read as a school grade (higher is harder); false for ease
// scores (higher is easier).
bool isGrade(ReadabilityScore score);
// The score the panel leads with for a language, if it has any.
std::optional<ReadabilityScore> primaryScore(const QString &language);

// INFLESZ band of a Szigriszt-Pazos score (Barrio-Cantalejo et al. 2008):
// 0 very hard (< 40), 1 somewhat hard (40-55), 2 normal (55-65),
// 3 fairly easy (65-80), 4 very easy (>= 80).
int infleszBand(double szigriszt);

} // namespace ReadabilityFormulas
