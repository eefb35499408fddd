#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Article;
struct HandoutContent;

// What the health-literacy checklists look at in a handout, read once from
// its content: structure (title, summary, sections, lists, callouts), words
// (reading grade, unexplained acronyms, glossary terms), numbers, and the
// actions it asks of the reader. The checks that read words (actions, the
// reader addressed, passive voice, what is known and not known) work on
// English text only: in another language they are left to a person, never
// judged with English patterns (docs/health-literacy.md).
struct HandoutFacts
{
    struct Section
    {
        QString id;
        QString title;
        int words = 0;
    };

    QString language;
    bool english = false;
    QString title;
    bool summaryPrinted = false; // the safety summary box, with at least one point
    QList<Section> sections; // the article's sections, in order (not the notes)
    int words = 0;
    int listItems = 0; // bullet and numbered items in the sections
    int numberedItems = 0;
    int callouts = 0;
    int riskCallouts = 0;
    int glossaryTerms = 0; // glossary entries the text uses
    bool glossaryPrinted = false; // the "Words to know" box is printed
    QStringList unexplainedAcronyms;
    std::optional<double> grade; // Flesch-Kincaid grade, English only
    QStringList helpContacts; // which of clinic phone, crisis line, contact are filled in
    bool nextAppointment = false;

    // English only (empty elsewhere):
    QStringList actionSentences; // imperatives and "you should/must/can ..."
    int directActions = 0; // action sentences that speak to the reader
    int sentences = 0; // in the sections, the summary and the notes
    int passiveSentences = 0;
    QStringList passiveExamples;
    bool saysWhatIsUnknown = false; // "not known", "still being studied", ...

    // Numbers, not counting years ("2023", "1960s"):
    int wholeNumbers = 0;
    QStringList hardNumbers; // percentages, decimals, fractions, as written

    static HandoutFacts of(const Article &pack, const HandoutContent &content);

    // The sentences of a text in which the English passive-voice pattern
    // occurs: a form of "be" followed (after at most one adverb) by a past
    // participle. A heuristic, described in docs/health-literacy.md.
    static bool isPassive(const QString &sentence);
    static bool isAction(const QString &sentence);
    static bool addressesReader(const QString &sentence);
};
