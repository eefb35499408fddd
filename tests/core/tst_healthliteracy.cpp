#include "clearcommunicationindex.h"
#include "handoutfacts.h"
#include "handoutrequest.h"
#include "pematreview.h"
#include "testsupport.h"

#include <QtTest>

using namespace Qt::StringLiterals;

// The PEMAT-P and CDC Clear Communication Index checks: each automated item
// follows the part of the handout it measures.
class TestHealthLiteracy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pematHasThe24PrintableItems();
    void summaryDecidesItem11();
    void aNumberToCallRaisesActionability();
    void glossaryBoxDecidesItem4();
    void hardNumbersFailItem6();
    void unexplainedAcronymFailsEverydayLanguage();
    void passiveAndActionSentences();
    void otherLanguagesAreLeftToAPerson();
    void ratingsByAPersonCount();
    void cciScoresPointsOverApplicableItems();

private:
    static HandoutContent preset(const QString &id);
    static void addNote(HandoutContent *content, const QString &text);
    static Verdict pemat(const HandoutContent &content, int item);
};

HandoutContent TestHealthLiteracy::preset(const QString &id)
{
    HandoutRequest request;
    request.presetId = id;
    const Article &a = TestSupport::builtinArticle();
    return request.compose(a, request.resolve(a));
}

void TestHealthLiteracy::addNote(HandoutContent *content, const QString &text)
{
    ContentBlock block;
    block.runs << TextRun {text};
    content->notes << block;
    content->hasNotes = true;
}

Verdict TestHealthLiteracy::pemat(const HandoutContent &content, int item)
{
    const PematReport report = PematReport::of(HandoutFacts::of(TestSupport::builtinArticle(), content));
    return report.item(item)->verdict;
}

void TestHealthLiteracy::pematHasThe24PrintableItems()
{
    const PematReport report
        = PematReport::of(HandoutFacts::of(TestSupport::builtinArticle(), preset(u"in-recovery"_s)));
    QCOMPARE(report.items.size(), 24);
    QVERIFY(!report.item(13) && !report.item(14));
    for (int n = 1; n <= 26; ++n) {
        if (n == 13 || n == 14)
            continue;
        QVERIFY2(report.item(n), qPrintable(QString::number(n)));
        QVERIFY2(!report.item(n)->reason.isEmpty(), qPrintable(QString::number(n)));
    }
}

void TestHealthLiteracy::summaryDecidesItem11()
{
    HandoutContent content = preset(u"in-recovery"_s);
    QCOMPARE(pemat(content, 11), Verdict::Agree);
    content.includeSummary = false;
    QCOMPARE(pemat(content, 11), Verdict::Disagree);
}

void TestHealthLiteracy::aNumberToCallRaisesActionability()
{
    HandoutContent content = preset(u"in-recovery"_s);
    const Article &a = TestSupport::builtinArticle();
    const PematReport before = PematReport::of(HandoutFacts::of(a, content));
    QCOMPARE(before.item(23)->verdict, Verdict::Disagree);
    content.clinic.crisisLine = u"988"_s;
    const PematReport after = PematReport::of(HandoutFacts::of(a, content));
    QCOMPARE(after.item(20)->verdict, Verdict::Agree);
    QCOMPARE(after.item(23)->verdict, Verdict::Agree);
    QVERIFY(before.actionability() && after.actionability());
    QVERIFY2(*after.actionability() > *before.actionability(),
             qPrintable(u"%1 -> %2"_s.arg(*before.actionability()).arg(*after.actionability())));
}

void TestHealthLiteracy::glossaryBoxDecidesItem4()
{
    HandoutContent content = preset(u"how-it-works"_s);
    const HandoutFacts facts = HandoutFacts::of(TestSupport::builtinArticle(), content);
    QVERIFY(facts.glossaryTerms > 0);
    const Verdict withBox = pemat(content, 4);
    content.includeGlossary = false;
    QCOMPARE(pemat(content, 4), Verdict::Disagree);
    if (facts.unexplainedAcronyms.isEmpty())
        QCOMPARE(withBox, Verdict::Agree);
}

void TestHealthLiteracy::hardNumbersFailItem6()
{
    HandoutContent content = preset(u"in-recovery"_s);
    const Verdict before = pemat(content, 6);
    QVERIFY(before != Verdict::Disagree);
    addNote(&content, u"About 45% of people in the study felt better."_s);
    QCOMPARE(pemat(content, 6), Verdict::Disagree);
    const PematReport report = PematReport::of(HandoutFacts::of(TestSupport::builtinArticle(), content));
    QVERIFY2(report.item(6)->reason.contains(u"45%"_s), qPrintable(report.item(6)->reason));
}

void TestHealthLiteracy::unexplainedAcronymFailsEverydayLanguage()
{
    HandoutContent content = preset(u"in-recovery"_s);
    addNote(&content, u"Ask about the QZRT clinic."_s);
    const PematReport report = PematReport::of(HandoutFacts::of(TestSupport::builtinArticle(), content));
    QCOMPARE(report.item(3)->verdict, Verdict::Disagree);
    QVERIFY(report.item(3)->reason.contains(u"QZRT"_s));
}

void TestHealthLiteracy::passiveAndActionSentences()
{
    QVERIFY(HandoutFacts::isPassive(u"Ketamine is used in surgery."_s));
    QVERIFY(HandoutFacts::isPassive(u"It has been widely studied."_s));
    QVERIFY(!HandoutFacts::isPassive(u"Doctors use ketamine in surgery."_s));
    QVERIFY(HandoutFacts::isAction(u"Talk to your doctor before you start."_s));
    QVERIFY(HandoutFacts::isAction(u"You should ask about the risks."_s));
    QVERIFY(!HandoutFacts::isAction(u"Ketamine is an anesthetic."_s));
    QVERIFY(HandoutFacts::addressesReader(u"Call the clinic."_s));
    QVERIFY(!HandoutFacts::addressesReader(u"Patients should call the clinic."_s));

    // Adding actions the text asks of the reader flips item 21 to agree.
    HandoutContent content = preset(u"in-recovery"_s);
    content.notes.clear();
    addNote(&content, u"Talk to your care team before you change anything."_s);
    const HandoutFacts facts = HandoutFacts::of(TestSupport::builtinArticle(), content);
    QVERIFY(facts.actionSentences.contains(u"Talk to your care team before you change anything."_s));
}

void TestHealthLiteracy::otherLanguagesAreLeftToAPerson()
{
    // English word patterns are never run on Spanish text.
    HandoutContent content = preset(u"in-recovery"_s);
    content.language = u"es"_s;
    const HandoutFacts facts = HandoutFacts::of(TestSupport::builtinArticle(), content);
    QVERIFY(!facts.english);
    QVERIFY(facts.actionSentences.isEmpty());
    QVERIFY(!facts.grade);
    const PematReport report = PematReport::of(facts);
    QCOMPARE(report.item(5)->verdict, Verdict::Person);
}

void TestHealthLiteracy::ratingsByAPersonCount()
{
    const HandoutFacts facts = HandoutFacts::of(TestSupport::builtinArticle(), preset(u"in-recovery"_s));
    const PematReport unrated = PematReport::of(facts);
    QCOMPARE(unrated.item(10)->verdict, Verdict::Person);
    const PematReport rated = PematReport::of(facts, {{u"pemat-10"_s, u"disagree"_s}, {u"pemat-3"_s, u"agree"_s}});
    QCOMPARE(rated.item(10)->verdict, Verdict::Disagree);
    QVERIFY(rated.item(10)->ratedByPerson);
    // Only items left to a person take a rating.
    QCOMPARE(rated.item(3)->verdict, unrated.item(3)->verdict);
    QVERIFY(*rated.understandability() < *unrated.understandability());
}

void TestHealthLiteracy::cciScoresPointsOverApplicableItems()
{
    HandoutContent content = preset(u"in-recovery"_s);
    const ClearCommunicationReport report
        = ClearCommunicationReport::of(HandoutFacts::of(TestSupport::builtinArticle(), content));
    QCOMPARE(report.items.size(), 20);
    int yes = 0;
    int scored = 0;
    for (const ChecklistItem &i : report.items) {
        yes += i.verdict == Verdict::Agree;
        scored += i.verdict == Verdict::Agree || i.verdict == Verdict::Disagree;
    }
    QVERIFY(scored > 0);
    QCOMPARE(*report.score(), 100.0 * yes / scored);
    QCOMPARE(report.item(18)->verdict, Verdict::Agree); // the preset prints risk passages
    content.includeSummary = false;
    const ClearCommunicationReport without
        = ClearCommunicationReport::of(HandoutFacts::of(TestSupport::builtinArticle(), content));
    QCOMPARE(without.item(10)->verdict, Verdict::Disagree);
    QVERIFY(*without.score() < *report.score());
    QVERIFY(!without.toJson().value(u"passes"_s).toBool());
}

QTEST_GUILESS_MAIN(TestHealthLiteracy)
#include "tst_healthliteracy.moc"
