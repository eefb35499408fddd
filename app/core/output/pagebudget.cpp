#include "pagebudget.h"

#include "handoutcontent.h"

#include <algorithm>

namespace {

// Leaving sections out moves the page breaks of what follows them: a
// quarter page beyond the measured excess covers what that gives back less
// (tst_pagemeasure checks the suggestions by measuring again).
constexpr double Slack = 0.25;

bool holdsSafetyText(const SectionContent &section)
{
    return std::any_of(section.items.cbegin(), section.items.cend(),
                       [](const ContentItem &item) { return item.callout != PassageTags(); });
}

} // namespace

PageBudget PageBudget::assess(const PageMeasure &measure, int target, const HandoutContent &content)
{
    PageBudget budget;
    budget.target = target;
    budget.pages = measure.pages;
    QList<PageMeasure::Section> candidates;
    for (const PageMeasure::Section &s : measure.sections) {
        const auto it = std::find_if(content.sections.cbegin(), content.sections.cend(),
                                     [&](const SectionContent &c) { return c.sectionId == s.id; });
        if (it != content.sections.cend() && holdsSafetyText(*it))
            budget.protectedSections << s.id;
        else
            candidates << s;
    }
    if (!budget.over())
        return budget;
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const PageMeasure::Section &a, const PageMeasure::Section &b) { return a.pages > b.pages; });
    const double excess = measure.totalPages() - target + Slack;
    double freed = 0;
    for (const PageMeasure::Section &s : std::as_const(candidates)) {
        if (freed >= excess)
            break;
        budget.suggestions << s.id;
        freed += s.pages;
    }
    budget.reachable = freed >= excess;
    return budget;
}
