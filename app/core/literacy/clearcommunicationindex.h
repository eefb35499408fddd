#pragma once

#include "checklist.h"

#include <QJsonObject>
#include <QList>

#include <optional>

struct HandoutFacts;

// The CDC Clear Communication Index (CDC, User Guide and full score sheet,
// 2013, updated 2019): 20 scored items in four parts, A (core, 1-11, always
// applicable), B (behavioural recommendations, 12-14), C (numbers, 15-17)
// and D (risk, 18-20), which apply only when the material has what they
// measure. The score is the points over the applicable items, times 100; 90
// passes. Items left to a person count once a person has rated them; until
// then the score is over the items rated so far (docs/health-literacy.md).
struct ClearCommunicationReport
{
    QList<ChecklistItem> items;

    static constexpr double Passing = 90;
    std::optional<double> score() const;
    int pendingItems() const; // left to a person, not yet rated
    const ChecklistItem *item(int number) const;
    // The "cci" object of check --json.
    QJsonObject toJson() const;

    static ClearCommunicationReport of(const HandoutFacts &facts, const ChecklistRatings &ratings = {});
    static constexpr const char *RatingPrefix = "cci-";
};
