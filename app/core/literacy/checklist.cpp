#include "checklist.h"

using namespace Qt::StringLiterals;

QString Verdicts::name(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Agree:
        return u"agree"_s;
    case Verdict::Disagree:
        return u"disagree"_s;
    case Verdict::NotApplicable:
        return u"na"_s;
    case Verdict::Person:
        break;
    }
    return u"person"_s;
}

std::optional<Verdict> Verdicts::parse(const QString &name)
{
    for (Verdict v : {Verdict::Agree, Verdict::Disagree, Verdict::NotApplicable, Verdict::Person}) {
        if (name == Verdicts::name(v))
            return v;
    }
    return std::nullopt;
}

std::optional<double> Checklist::percent(const QList<const ChecklistItem *> &items)
{
    int rated = 0;
    int points = 0;
    for (const ChecklistItem *item : items) {
        if (item->verdict == Verdict::Agree || item->verdict == Verdict::Disagree)
            ++rated;
        if (item->verdict == Verdict::Agree)
            ++points;
    }
    if (rated == 0)
        return std::nullopt;
    return 100.0 * points / rated;
}

void Checklist::applyRatings(QList<ChecklistItem> *items, const QString &prefix, const ChecklistRatings &ratings)
{
    for (ChecklistItem &item : *items) {
        if (item.verdict != Verdict::Person)
            continue;
        const std::optional<Verdict> rated = Verdicts::parse(ratings.value(prefix + QString::number(item.number)));
        if (!rated || *rated == Verdict::Person)
            continue;
        item.verdict = *rated;
        item.ratedByPerson = true;
        item.reason = u"rated by a person"_s;
    }
}

QJsonObject Checklist::itemJson(const ChecklistItem &item)
{
    return {{u"item"_s, item.number}, {u"verdict"_s, Verdicts::name(item.verdict)}, {u"reason"_s, item.reason}};
}
