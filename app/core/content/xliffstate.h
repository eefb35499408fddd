#pragma once

#include "contenttranslation.h"

#include <QString>
#include <QStringView>

// The one place where XLIFF 1.2's translation states meet ours (issue 19).
// An agency's tool says where a text stands in the `state` attribute of its
// <target>; lconvert says only `approved="yes"`. Both ways:
//
//   XLIFF state                               here
//   final, signed-off                         reviewed
//   translated, needs-review-translation,     draft (stale when the unit also
//   needs-review-adaptation, needs-review-l10n, carries the old source)
//   needs-adaptation, needs-l10n
//   new, needs-translation, or no text        missing
//
// A state the standard does not name (x-…, or none at all) is a draft unless
// the unit is approved="yes". A named state wins over `approved`: a tool that
// reopens a unit may leave the attribute behind.
namespace XliffState {

// What a unit's target means: Reviewed, Draft or Missing.
TranslationState read(QStringView state, bool approved, bool hasText);
// True for the needs-review-* states: the text waits for another look, so an
// old source beside it keeps it stale.
bool asksForReview(QStringView state);
// The state written for a text in `state` (Stale, which no standard state
// names, as needs-review-translation with the old source beside it).
QString write(TranslationState state);

} // namespace XliffState
