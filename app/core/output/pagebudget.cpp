#include "pagebudget.h"

#include "handoutcontent.h"

#include <algorithm>

namespace {

// Short of a whole page: what the rounding of the last page needs to be sure
// the text ends within the target.
constexpr double Slack = 0.05;

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
