#pragma once

#include "pagemeasure.h"

#include <QStringList>

struct HandoutContent;

// A handout against its page target: whether it runs over, and which
// sections could go to bring it within. Only ever a suggestion: a section
// with a risk or supervision passage is never suggested, and nothing is
// left out unless the counselor does it.
struct PageBudget
{
    int target = 0; // 0: no target
    int pages = 0;
    // Sections that, left out together, would bring the text within the
    // target by their measured cost: the costliest first.
    QStringList suggestions;
    // Whether the suggestions are enough; false when even without every
    // section that may go the handout would run over.
    bool reachable = true;
    // Sections kept out of the suggestions because they hold a risk or
    // supervision passage.
    QStringList protectedSections;

    bool over() const { return target > 0 && pages > target; }

    static PageBudget assess(const PageMeasure &measure, int target, const HandoutContent &content);

    // Page targets a handout may have: 1 to 40 pages (0 is "none").
    static constexpr int MaxTarget = 40;
};
