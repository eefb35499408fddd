#pragma once

#include "handoutcontent.h"

// "Restore the article's wording" for one passage of a section: the
// passage's text as the source has it, in its callout box if the source has
// one, where it stood (or, when it was removed, after the passages the source
// puts before it). Everything else in the section stays as the clinician left it.
namespace PassageRestore {
// `source` is the section as the pack has it (HandoutAssembler::sourceSection).
// Returns `current` unchanged when the source has no such passage.
SectionContent restore(const SectionContent &current, const SectionContent &source, const QString &passageId);
} // namespace PassageRestore
