#pragma once

#include <QString>
#include <Qt>

// Typed text on a page shares its line with text it must not touch: a
// patient's name stands before the "Date:" label and its value. Unicode's
// bidirectional controls act up to the end of the paragraph, so a name typed
// as "John" U+202E "eoD" would print the label and date after it reversed
// (issue 17). Each typed field is put in an isolate (FSI … PDI, UAX #9), whose
// direction ends at its PDI, and the controls inside that have no partner are
// dropped first: a stray PDI would close the isolate early, and an opener
// left open would swallow the PDI meant for it.
namespace BidiIsolation {

constexpr QChar FirstStrongIsolate = QChar(0x2068);
constexpr QChar PopDirectionalIsolate = QChar(0x2069);

// `text` without the embedding, override and isolate controls (U+202A–U+202E,
// U+2066–U+2069) that are not matched as UAX #9 matches them. Balanced ones,
// which a right-to-left name may need, are kept.
QString neutralised(const QString &text);

// FSI, neutralised(text), PDI; an empty text stays empty.
QString isolated(const QString &text);

// The direction of a paragraph by its first strong character outside
// isolates (UAX #9, P2 and P3), or `otherwise` when it has none. An English
// passage left untranslated in an Arabic handout is laid out left to right
// by it, with its full stop at the end, and an Arabic note in an English
// handout right to left (issue 13).
Qt::LayoutDirection paragraphDirection(const QString &text, Qt::LayoutDirection otherwise);

} // namespace BidiIsolation
