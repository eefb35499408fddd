#include "xliffstate.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {

struct Row
{
    QLatin1StringView name;
    TranslationState state;
};

// XLIFF 1.2's state-value list (section 2.4.4), every value in it.
constexpr std::array<Row, 10> Table {{
    {"final"_L1, TranslationState::Reviewed},
    {"signed-off"_L1, TranslationState::Reviewed},
    {"translated"_L1, TranslationState::Draft},
    {"needs-review-translation"_L1, TranslationState::Draft},
    {"needs-review-adaptation"_L1, TranslationState::Draft},
    {"needs-review-l10n"_L1, TranslationState::Draft},
    // The text is there, but its formatting or local details need work.
    {"needs-adaptation"_L1, TranslationState::Draft},
    {"needs-l10n"_L1, TranslationState::Draft},
    // Whatever text the target holds (a pre-filled suggestion), nobody has
    // translated it yet: it is dropped, never printed as a draft.
    {"new"_L1, TranslationState::Missing},
    {"needs-translation"_L1, TranslationState::Missing},
}};

} // namespace

TranslationState XliffState::read(QStringView state, bool approved, bool hasText)
{
    if (!hasText)
        return TranslationState::Missing;
    for (const Row &row : Table) {
        if (state == row.name)
            return row.state;
    }
    return approved ? TranslationState::Reviewed : TranslationState::Draft;
}

bool XliffState::asksForReview(QStringView state)
{
    return state.startsWith("needs-review-"_L1);
}

QString XliffState::write(TranslationState state)
{
    switch (state) {
    case TranslationState::Original:
    case TranslationState::Reviewed:
        return u"final"_s;
    case TranslationState::Draft:
        return u"translated"_s;
    case TranslationState::Stale:
        return u"needs-review-translation"_s;
    case TranslationState::Missing:
        break;
    }
    return u"needs-translation"_s;
}
