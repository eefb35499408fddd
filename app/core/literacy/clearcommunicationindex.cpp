#include "clearcommunicationindex.h"

#include "handoutfacts.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

ChecklistItem make(int number, const char *statement, Verdict verdict, const QString &reason)
{
    return ChecklistItem {number, QString::fromUtf8(statement), verdict, reason, false};
}

Verdict yesNo(bool yes)
{
    return yes ? Verdict::Agree : Verdict::Disagree;
}

// Whole parts (B, C, D) that do not apply.
void notApplicable(QList<ChecklistItem> *items, QList<std::pair<int, const char *>> which, const QString &reason)
{
    for (const auto &[number, statement] : which)
        *items << make(number, statement, Verdict::NotApplicable, reason);
}

} // namespace

ClearCommunicationReport ClearCommunicationReport::of(const HandoutFacts &f, const ChecklistRatings &ratings)
{
    ClearCommunicationReport r;
    QList<ChecklistItem> &items = r.items;
    // Part A: core.
    items << make(1, "One main message", Verdict::Person, u"which statement is the main message needs a person"_s);
    const QString summary
        = f.summaryPrinted ? u"the boxed safety summary opens the handout"_s : u"the safety summary is left out"_s;
    items << make(2, "The main message at the top", yesNo(f.summaryPrinted), summary);
    items << make(3, "The main message stands out", yesNo(f.summaryPrinted),
                  f.summaryPrinted ? u"the summary is in a box with a heading"_s : summary);
    items << make(4, "A picture that carries the main message", Verdict::Disagree,
                  u"the composer prints no pictures"_s);
    const bool actions = !f.actionSentences.isEmpty() || !f.helpContacts.isEmpty();
    if (actions || f.english)
        items << make(5, "A call to action", yesNo(actions),
                      actions ? (!f.actionSentences.isEmpty() ? u"e.g. “%1”"_s.arg(f.actionSentences.first())
                                                              : u"numbers to call: "_s + f.helpContacts.join(u", "_s))
                              : u"no instruction to the reader and no number to call"_s);
    else
        items << make(5, "A call to action", Verdict::Person, u"the action check reads English text only"_s);
    if (f.english && f.sentences > 0)
        items << make(6, "Main message and call to action in the active voice",
                      yesNo(f.passiveSentences * 5 <= f.sentences),
                      u"%1 of %2 sentences look passive"_s.arg(f.passiveSentences).arg(f.sentences));
    else
        items << make(6, "Main message and call to action in the active voice", Verdict::Person,
                      u"the passive-voice check reads English text only"_s);
    if (!f.unexplainedAcronyms.isEmpty())
        items << make(7, "Words the audience uses", Verdict::Disagree,
                      u"acronyms never spelled out: "_s + f.unexplainedAcronyms.mid(0, 3).join(u", "_s));
    else if (f.grade)
        items << make(7, "Words the audience uses", yesNo(*f.grade <= 8),
                      u"Flesch-Kincaid grade %1"_s.arg(QString::number(*f.grade, 'f', 1)));
    else
        items << make(7, "Words the audience uses", Verdict::Person,
                      u"no grade-level formula is used for “%1”"_s.arg(f.language));
    items << make(8, "Bulleted or numbered lists", yesNo(f.summaryPrinted || f.listItems > 0),
                  f.summaryPrinted || f.listItems > 0 ? u"the summary's points are a bulleted list"_s : u"no list"_s);
    items << make(9, "Chunks with headings", yesNo(!f.sections.isEmpty()),
                  u"%1 sections, each with its heading"_s.arg(f.sections.size()));
    items << make(10, "The most important information summarized first", yesNo(f.summaryPrinted), summary);
    if (f.english)
        items << make(11, "What is known and not known", yesNo(f.saysWhatIsUnknown),
                      f.saysWhatIsUnknown ? u"the text says what is not yet known"_s
                                          : u"nothing says what is not yet known"_s);
    else
        items << make(11, "What is known and not known", Verdict::Person, u"this check reads English text only"_s);

    // Part B: behavioural recommendations, when the handout makes one.
    if (actions) {
        items << make(12, "A behavioural recommendation", Verdict::Agree, u"see item 5"_s);
        items << make(13, "Why the recommendation matters", Verdict::Person, u"needs a person"_s);
        items << make(14, "How to do it", yesNo(f.numberedItems > 0 || !f.helpContacts.isEmpty()),
                      f.numberedItems > 0
                          ? u"numbered steps"_s
                          : (!f.helpContacts.isEmpty() ? u"the number to call is given"_s : u"no steps"_s));
    } else {
        notApplicable(
            &items,
            {{12, "A behavioural recommendation"}, {13, "Why the recommendation matters"}, {14, "How to do it"}},
            u"no recommendation to the reader"_s);
    }

    // Part C: numbers, when the text has some (years not counted).
    if (f.wholeNumbers > 0 || !f.hardNumbers.isEmpty()) {
        items << make(15, "Numbers the audience uses", yesNo(f.hardNumbers.isEmpty()),
                      f.hardNumbers.isEmpty()
                          ? u"whole numbers only"_s
                          : u"percentages, decimals or fractions: "_s + f.hardNumbers.mid(0, 3).join(u", "_s));
        items << make(16, "What the numbers mean", Verdict::Person, u"needs a person"_s);
        items << make(17, "No calculation asked", Verdict::Person, u"needs a person"_s);
    } else {
        notApplicable(&items,
                      {{15, "Numbers the audience uses"}, {16, "What the numbers mean"}, {17, "No calculation asked"}},
                      u"no numbers other than years"_s);
    }

    // Part D: risk, when the handout prints a risk passage.
    if (f.riskCallouts > 0) {
        items << make(18, "The nature of the risk", Verdict::Agree,
                      u"%1 risk passages from the article, each in a Risk box"_s.arg(f.riskCallouts));
        items << make(19, "Both risks and benefits", Verdict::Person, u"needs a person"_s);
        if (f.hardNumbers.isEmpty())
            items << make(20, "Probabilities also in words or a picture", Verdict::NotApplicable,
                          u"no numeric probability"_s);
        else
            items << make(20, "Probabilities also in words or a picture", Verdict::Person, u"needs a person"_s);
    } else {
        notApplicable(&items,
                      {{18, "The nature of the risk"},
                       {19, "Both risks and benefits"},
                       {20, "Probabilities also in words or a picture"}},
                      u"no risk passage is printed"_s);
    }
    Checklist::applyRatings(&items, QString::fromLatin1(RatingPrefix), ratings);
    return r;
}

std::optional<double> ClearCommunicationReport::score() const
{
    QList<const ChecklistItem *> all;
    for (const ChecklistItem &i : items)
        all << &i;
    return Checklist::percent(all);
}

int ClearCommunicationReport::pendingItems() const
{
    int n = 0;
    for (const ChecklistItem &i : items)
        n += i.verdict == Verdict::Person ? 1 : 0;
    return n;
}

const ChecklistItem *ClearCommunicationReport::item(int number) const
{
    for (const ChecklistItem &i : items) {
        if (i.number == number)
            return &i;
    }
    return nullptr;
}

QJsonObject ClearCommunicationReport::toJson() const
{
    QJsonArray list;
    for (const ChecklistItem &i : items)
        list << Checklist::itemJson(i);
    const std::optional<double> s = score();
    return {{u"items"_s, list},
            {u"score"_s, s ? QJsonValue(qRound(*s * 10) / 10.0) : QJsonValue()},
            {u"passing"_s, Passing},
            {u"passes"_s, s && *s >= Passing && pendingItems() == 0},
            {u"pending"_s, pendingItems()}};
}
