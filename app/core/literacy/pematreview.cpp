#include "pematreview.h"

#include "handoutfacts.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

// Below this, PEMAT calls material "very short": chunking, headers and a
// summary are not applicable (items 8, 9, 11).
constexpr int VeryShortWords = 200;
// A section longer than this is not a short chunk (item 8). PEMAT gives no
// number; this is about one printed column of a handout page.
constexpr int ChunkWords = 300;
// Item 5: PEMAT's guide agrees when the characteristic holds about 80 % of the time.
constexpr double PassiveShareAllowed = 0.2;
// Item 3: the grade NIH advises for patient material.
constexpr double EverydayGrade = 8.0;

ChecklistItem make(int number, const char *statement, Verdict verdict, const QString &reason)
{
    return ChecklistItem {number, QString::fromUtf8(statement), verdict, reason, false};
}

QString quoted(const QStringList &list, int at = 3)
{
    QStringList shown = list.mid(0, at);
    for (QString &s : shown)
        s = u"“"_s + s + u"”"_s;
    return shown.join(u", "_s) + (list.size() > at ? u" …"_s : QString());
}

bool hasActions(const HandoutFacts &f)
{
    return !f.actionSentences.isEmpty() || !f.helpContacts.isEmpty();
}

ChecklistItem everydayLanguage(const HandoutFacts &f)
{
    const char *s = "Everyday language";
    if (!f.unexplainedAcronyms.isEmpty())
        return make(3, s, Verdict::Disagree, u"acronyms never spelled out: "_s + quoted(f.unexplainedAcronyms));
    if (!f.grade)
        return make(3, s, Verdict::Person,
                    u"no grade-level formula is used for “%1”; no unexplained acronym"_s.arg(f.language));
    const QString grade = QString::number(*f.grade, 'f', 1);
    if (*f.grade > EverydayGrade)
        return make(3, s, Verdict::Disagree,
                    u"Flesch-Kincaid grade %1, above grade %2"_s.arg(grade).arg(EverydayGrade));
    return make(3, s, Verdict::Agree, u"Flesch-Kincaid grade %1 and no unexplained acronym"_s.arg(grade));
}

ChecklistItem termsDefined(const HandoutFacts &f)
{
    const char *s = "Medical terms defined";
    if (!f.unexplainedAcronyms.isEmpty())
        return make(4, s, Verdict::Disagree, u"not defined: "_s + quoted(f.unexplainedAcronyms));
    if (f.glossaryTerms > 0 && !f.glossaryPrinted)
        return make(4, s, Verdict::Disagree,
                    u"%1 glossary terms occur, and the “Words to know” box is switched off"_s.arg(f.glossaryTerms));
    if (f.glossaryPrinted)
        return make(4, s, Verdict::Agree,
                    u"the “Words to know” box defines the %1 glossary terms used"_s.arg(f.glossaryTerms));
    return make(4, s, Verdict::Agree, u"no glossary term or unexplained acronym occurs"_s);
}

ChecklistItem activeVoice(const HandoutFacts &f)
{
    const char *s = "Active voice";
    if (!f.english || f.sentences == 0)
        return make(5, s, Verdict::Person, u"the passive-voice check reads English text only"_s);
    const double share = double(f.passiveSentences) / f.sentences;
    const QString counted = u"%1 of %2 sentences look passive"_s.arg(f.passiveSentences).arg(f.sentences);
    if (share > PassiveShareAllowed)
        return make(5, s, Verdict::Disagree, counted + u", e.g. "_s + quoted(f.passiveExamples, 1));
    return make(5, s, Verdict::Agree, counted);
}

ChecklistItem numbersClear(const HandoutFacts &f)
{
    const char *s = "Clear numbers";
    if (!f.hardNumbers.isEmpty())
        return make(6, s, Verdict::Disagree, u"percentages, decimals or fractions: "_s + quoted(f.hardNumbers));
    if (f.wholeNumbers == 0)
        return make(6, s, Verdict::NotApplicable, u"no numbers other than years"_s);
    return make(6, s, Verdict::Agree, u"%1 whole numbers, no percentages or fractions"_s.arg(f.wholeNumbers));
}

ChecklistItem chunked(const HandoutFacts &f)
{
    const char *s = "Short sections (chunking)";
    if (f.words < VeryShortWords)
        return make(8, s, Verdict::NotApplicable, u"very short material (%1 words)"_s.arg(f.words));
    const HandoutFacts::Section *longest = nullptr;
    for (const HandoutFacts::Section &section : f.sections) {
        if (!longest || section.words > longest->words)
            longest = &section;
    }
    if (longest && longest->words > ChunkWords)
        return make(
            8, s, Verdict::Disagree,
            u"section “%1” has %2 words (more than %3)"_s.arg(longest->title).arg(longest->words).arg(ChunkWords));
    return make(8, s, Verdict::Agree, u"every section has at most %1 words"_s.arg(ChunkWords));
}

ChecklistItem informativeHeaders(const HandoutFacts &f)
{
    const char *s = "Informative headers";
    if (f.words < VeryShortWords)
        return make(9, s, Verdict::NotApplicable, u"very short material (%1 words)"_s.arg(f.words));
    static const QStringList generic {u"introduction"_s, u"conclusion"_s, u"overview"_s, u"background"_s,
                                      u"summary"_s,      u"discussion"_s, u"other"_s,    u"miscellaneous"_s};
    for (const HandoutFacts::Section &section : f.sections) {
        if (section.title.trimmed().isEmpty())
            return make(9, s, Verdict::Disagree, u"section “%1” has no header"_s.arg(section.id));
        if (f.english && generic.contains(section.title.trimmed().toLower()))
            return make(9, s, Verdict::Disagree,
                        u"the header “%1” does not say what the section tells"_s.arg(section.title));
    }
    return make(9, s, Verdict::Agree,
                f.english ? u"every section has a header, none of them generic"_s
                          : u"every section has a header (the generic-header check reads English only)"_s);
}

ChecklistItem summary(const HandoutFacts &f)
{
    const char *s = "A summary";
    if (f.summaryPrinted)
        return make(11, s, Verdict::Agree, u"the safety and supervision summary is printed"_s);
    if (f.words < VeryShortWords)
        return make(11, s, Verdict::NotApplicable, u"very short material (%1 words)"_s.arg(f.words));
    return make(11, s, Verdict::Disagree, u"the safety and supervision summary is left out"_s);
}

QList<ChecklistItem> actionabilityItems(const HandoutFacts &f)
{
    QList<ChecklistItem> items;
    const bool actions = hasActions(f);
    const QString where = !f.actionSentences.isEmpty()
        ? u"e.g. "_s + quoted(f.actionSentences, 1)
        : u"the handout gives a number to call: "_s + f.helpContacts.join(u", "_s);
    const char *s20 = "At least one action";
    if (actions)
        items << make(20, s20, Verdict::Agree, where);
    else if (!f.english)
        items << make(20, s20, Verdict::Person, u"no number to call; the action check reads English text only"_s);
    else
        items << make(20, s20, Verdict::Disagree, u"no instruction to the reader and no number to call"_s);

    const char *s21 = "Actions speak to the reader";
    if (!f.actionSentences.isEmpty())
        items << make(21, s21, f.directActions == f.actionSentences.size() ? Verdict::Agree : Verdict::Disagree,
                      u"%1 of %2 actions speak to the reader"_s.arg(f.directActions).arg(f.actionSentences.size()));
    else if (actions)
        items << make(21, s21, Verdict::Agree, u"the numbers to call are the reader's own"_s);
    else
        items << make(21, s21, f.english ? Verdict::Disagree : Verdict::Person, u"no action is described"_s);

    const char *s22 = "Actions in explicit steps";
    if (f.numberedItems > 0)
        items << make(22, s22, Verdict::Agree, u"%1 numbered steps"_s.arg(f.numberedItems));
    else if (!actions && !f.english)
        items << make(22, s22, Verdict::Person, u"no numbered steps; the action check reads English text only"_s);
    else
        items << make(22, s22, Verdict::Disagree, u"no numbered steps"_s);

    const char *s23 = "A tangible tool";
    if (!f.helpContacts.isEmpty() || f.nextAppointment)
        items << make(23, s23, Verdict::Agree, u"the handout holds the reader's own numbers and appointment"_s);
    else
        items << make(23, s23, Verdict::Disagree, u"no checklist, contact card or appointment to keep"_s);

    items << make(24, "How to do any calculation",
                  f.hardNumbers.isEmpty() && f.wholeNumbers == 0 ? Verdict::NotApplicable : Verdict::Person,
                  f.hardNumbers.isEmpty() && f.wholeNumbers == 0 ? u"no numbers, so no calculation"_s
                                                                 : u"whether a calculation is asked needs a person"_s);
    items << make(25, "How to use charts and tables", Verdict::NotApplicable,
                  u"the composer prints no charts, graphs, tables or diagrams"_s);
    items << make(26, "Pictures where they would help acting", Verdict::Person,
                  u"whether a picture would help needs a person"_s);
    return items;
}

} // namespace

PematReport PematReport::of(const HandoutFacts &f, const ChecklistRatings &ratings)
{
    PematReport r;
    r.items << make(1, "Its purpose is evident", f.title.isEmpty() ? Verdict::Disagree : Verdict::Agree,
                    f.title.isEmpty() ? u"the handout has no title"_s
                                      : u"the handout opens with its title “%1”%2"_s.arg(
                                          f.title, f.summaryPrinted ? u" and the safety summary"_s : QString()));
    r.items << make(2, "Nothing distracts from the purpose", Verdict::Person, u"what distracts needs a person"_s);
    r.items << everydayLanguage(f) << termsDefined(f) << activeVoice(f) << numbersClear(f);
    r.items << make(7, "No calculations asked", Verdict::Person, u"whether a calculation is asked needs a person"_s);
    r.items << chunked(f) << informativeHeaders(f);
    r.items << make(10, "Logical order", Verdict::Person, u"the order of the sections needs a person"_s);
    r.items << summary(f);
    r.items << make(
        12, "Visual cues for key points",
        f.callouts > 0 || f.summaryPrinted || f.listItems > 0 ? Verdict::Agree : Verdict::Disagree,
        f.callouts > 0 || f.summaryPrinted || f.listItems > 0
            ? u"%1 callout boxes%2"_s.arg(f.callouts).arg(f.summaryPrinted ? u", the boxed summary"_s : QString())
            : u"no box, list or callout"_s);
    r.items << make(15, "Pictures where they would help understanding", Verdict::Person,
                    u"whether a picture would help needs a person"_s);
    const QString noAids = u"the composer prints no pictures"_s;
    r.items << make(16, "Pictures support the content", Verdict::NotApplicable, noAids);
    r.items << make(17, "Pictures have captions", Verdict::NotApplicable, noAids);
    r.items << make(18, "Clear, uncluttered pictures", Verdict::NotApplicable, noAids);
    r.items << make(19, "Simple tables", Verdict::NotApplicable, u"the composer prints no tables"_s);
    r.items << actionabilityItems(f);
    Checklist::applyRatings(&r.items, QString::fromLatin1(RatingPrefix), ratings);
    return r;
}

const ChecklistItem *PematReport::item(int number) const
{
    for (const ChecklistItem &i : items) {
        if (i.number == number)
            return &i;
    }
    return nullptr;
}

std::optional<double> PematReport::understandability() const
{
    QList<const ChecklistItem *> part;
    for (const ChecklistItem &i : items) {
        if (!isActionability(i.number))
            part << &i;
    }
    return Checklist::percent(part);
}

std::optional<double> PematReport::actionability() const
{
    QList<const ChecklistItem *> part;
    for (const ChecklistItem &i : items) {
        if (isActionability(i.number))
            part << &i;
    }
    return Checklist::percent(part);
}

QJsonObject PematReport::toJson() const
{
    QJsonArray list;
    for (const ChecklistItem &i : items)
        list << Checklist::itemJson(i);
    const auto score = [](std::optional<double> v) { return v ? QJsonValue(qRound(*v * 10) / 10.0) : QJsonValue(); };
    return {{u"items"_s, list},
            {u"understandability"_s, score(understandability())},
            {u"actionability"_s, score(actionability())}};
}
