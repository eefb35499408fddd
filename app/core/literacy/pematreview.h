#pragma once

#include "checklist.h"

#include <QJsonObject>
#include <QList>

#include <optional>

struct HandoutFacts;

// AHRQ's Patient Education Materials Assessment Tool for printable material
// (PEMAT-P, Shoemaker, Wolf and Brach, AHRQ 14-0002-EF, 2013, updated 2014):
// items 1-26 without 13 and 14, which are for audiovisual material. Items
// 1-19 measure understandability, 20-26 actionability. Each score is the
// points of the items rated agree or disagree, over those items, as a
// percentage; "na" and items still left to a person are not counted.
// docs/health-literacy.md says how each item is judged.
struct PematReport
{
    QList<ChecklistItem> items;

    static bool isActionability(int number) { return number >= 20; }
    std::optional<double> understandability() const;
    std::optional<double> actionability() const;
    const ChecklistItem *item(int number) const;
    // The "pemat" object of check --json.
    QJsonObject toJson() const;

    static PematReport of(const HandoutFacts &facts, const ChecklistRatings &ratings = {});
    static constexpr const char *RatingPrefix = "pemat-";
};
