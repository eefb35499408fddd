#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// A verdict on one item of a health-literacy checklist (PEMAT-P, CDC Clear
// Communication Index). `Person` means the item needs a person's judgement
// and has not been rated yet; a person's rating replaces it.
enum class Verdict {
    Agree, // PEMAT "agree", CCI "yes": one point
    Disagree, // no point
    NotApplicable, // left out of the score
    Person,
};

namespace Verdicts {
// "agree", "disagree", "na", "person": the names check --json and .handout files use.
QString name(Verdict verdict);
std::optional<Verdict> parse(const QString &name);
} // namespace Verdicts

struct ChecklistItem
{
    int number = 0; // the checklist's own numbering
    QString statement; // what the item asks, in short
    Verdict verdict = Verdict::Person;
    QString reason; // one line: what in the handout decided it
    bool ratedByPerson = false;
};

// The ratings a person gave to items left to a person, keyed "pemat-10" or
// "cci-1"; saved in the .handout file.
using ChecklistRatings = QMap<QString, QString>;

namespace Checklist {
// Points over the items rated agree or disagree, as a percentage; nullopt when
// none is rated.
std::optional<double> percent(const QList<const ChecklistItem *> &items);
// Applies a person's ratings to the items still left to a person.
void applyRatings(QList<ChecklistItem> *items, const QString &prefix, const ChecklistRatings &ratings);
// {"item": 3, "verdict": "agree", "reason": "..."} for each item.
QJsonObject itemJson(const ChecklistItem &item);
} // namespace Checklist
