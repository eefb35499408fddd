#include "handoutrequest.h"
#include "termfinder.h"
#include "testsupport.h"
#include "wordstoknow.h"

#include <QtTest>

using namespace Qt::StringLiterals;

// Which glossary terms a text, and a handout, contain.
class TestGlossary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsWholeWordsOnly_data();
    void findsWholeWordsOnly();
    void listsTermsInOrderOfFirstOccurrence();
    void aFormDoesNotRunAcrossALineBreak();
    void handoutBoxHoldsExactlyTheTermsItPrints();
    void handoutWithoutTermsHasNoBox();
    void notesAndSummaryCount();

private:
    static QList<GlossaryEntry> sample();
    static QStringList ids(const QList<TermFinder::Match> &matches);
    static QStringList ids(const QList<const GlossaryEntry *> &entries);
};

QList<GlossaryEntry> TestGlossary::sample()
{
    GlossaryEntry nmda;
    nmda.id = u"nmda-receptor"_s;
    nmda.term = u"NMDA receptor"_s;
    nmda.variants = {u"NMDA"_s, u"N-Methyl-D-Aspartate"_s};
    GlossaryEntry opioid;
    opioid.id = u"opioid"_s;
    opioid.term = u"Opioid"_s;
    opioid.variants = {u"opioid pathway"_s};
    GlossaryEntry ptsd;
    ptsd.id = u"ptsd"_s;
    ptsd.term = u"PTSD"_s;
    return {nmda, opioid, ptsd};
}

QStringList TestGlossary::ids(const QList<TermFinder::Match> &matches)
{
    QStringList out;
    for (const TermFinder::Match &m : matches)
        out << m.entry->id;
    return out;
}

QStringList TestGlossary::ids(const QList<const GlossaryEntry *> &entries)
{
    QStringList out;
    for (const GlossaryEntry *e : entries)
        out << e->id;
    return out;
}

void TestGlossary::findsWholeWordsOnly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("found");
    QTest::newRow("term") << u"It blocks the NMDA receptor."_s << QStringList {u"nmda-receptor"_s};
    QTest::newRow("other case") << u"the nmda Receptor"_s << QStringList {u"nmda-receptor"_s};
    QTest::newRow("variant") << u"N-Methyl-D-Aspartate (NMDA)"_s << QStringList {u"nmda-receptor"_s};
    QTest::newRow("two spaces inside a form") << u"the opioid  pathway"_s << QStringList {u"opioid"_s};
    QTest::newRow("before punctuation") << u"Ketamine’s opioid, PTSD."_s << QStringList {u"opioid"_s, u"ptsd"_s};
    QTest::newRow("inside a longer word") << u"opioids and PTSDs and NMDAR"_s << QStringList {};
    QTest::newRow("after letters") << u"xopioid"_s << QStringList {};
    QTest::newRow("hyphenated compound") << u"opioid-like effects"_s << QStringList {u"opioid"_s};
    QTest::newRow("nothing") << u"Ask your doctor."_s << QStringList {};
}

void TestGlossary::findsWholeWordsOnly()
{
    QFETCH(QString, text);
    QFETCH(QStringList, found);
    const QList<GlossaryEntry> glossary = sample();
    QCOMPARE(ids(TermFinder(glossary).find(text)), found);
}

void TestGlossary::listsTermsInOrderOfFirstOccurrence()
{
    const QList<GlossaryEntry> glossary = sample();
    const QList<TermFinder::Match> found
        = TermFinder(glossary).find(u"PTSD first, then the opioid pathway, then NMDA, then PTSD again"_s);
    QCOMPARE(ids(found), (QStringList {u"ptsd"_s, u"opioid"_s, u"nmda-receptor"_s}));
    QCOMPARE(found[0].position, 0);
}

void TestGlossary::aFormDoesNotRunAcrossALineBreak()
{
    const QList<GlossaryEntry> glossary = sample();
    QCOMPARE(ids(TermFinder(glossary).find(u"NMDA\nreceptor"_s)), QStringList {u"nmda-receptor"_s}); // by "NMDA"
    GlossaryEntry only;
    only.id = u"two-words"_s;
    only.term = u"mood disorder"_s;
    QVERIFY(TermFinder({only}).find(u"mood\ndisorder"_s).isEmpty());
    QCOMPARE(TermFinder({only}).find(u"a mood disorder"_s).size(), 1);
}

void TestGlossary::handoutBoxHoldsExactlyTheTermsItPrints()
{
    // The built-in pack: each term listed occurs in the handout's text, and
    // each term left out does not.
    const Article &article = TestSupport::builtinArticle();
    HandoutRequest request;
    request.sectionIds = {u"habenula"_s};
    request.includeSummary = false;
    const HandoutContent content = request.compose(article, request.resolve(article));
    const QList<const GlossaryEntry *> box = WordsToKnow::of(article, content);
    QVERIFY(!box.isEmpty());
    const QString text = WordsToKnow::printedText(article, content);
    QList<QPair<qsizetype, QString>> expected;
    for (const GlossaryEntry &entry : article.glossary) {
        qsizetype first = -1;
        for (const QString &form : entry.forms()) {
            const QRegularExpression re(u"(?<!\\w)"_s + QRegularExpression::escape(form) + u"(?!\\w)"_s,
                                        QRegularExpression::CaseInsensitiveOption
                                            | QRegularExpression::UseUnicodePropertiesOption);
            const qsizetype at = re.match(text).capturedStart();
            if (at >= 0 && (first < 0 || at < first))
                first = at;
        }
        if (first >= 0)
            expected.append({first, entry.id});
    }
    std::stable_sort(expected.begin(), expected.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList expectedIds;
    for (const auto &e : std::as_const(expected))
        expectedIds << e.second;
    QCOMPARE(ids(box), expectedIds);
    QVERIFY(ids(box).contains(u"habenula-term"_s));
    QVERIFY(!ids(box).contains(u"seizure"_s));
}

void TestGlossary::handoutWithoutTermsHasNoBox()
{
    const Article &article = TestSupport::builtinArticle();
    HandoutContent content;
    content.title = u"Ask your doctor"_s;
    content.includeSummary = false;
    QVERIFY(WordsToKnow::of(article, content).isEmpty());
}

void TestGlossary::notesAndSummaryCount()
{
    const Article &article = TestSupport::builtinArticle();
    HandoutContent content;
    content.title = u"For you"_s;
    content.includeSummary = false;
    content.hasNotes = true;
    content.notes << ContentBlock {BlockKind::Paragraph, 0, {}, {TextRun {u"We talked about seizures."_s}}};
    QCOMPARE(ids(WordsToKnow::of(article, content)), QStringList {u"seizure"_s});
    content.hasNotes = false;
    content.includeSummary = true; // the points marked "always" print in every summary
    QVERIFY(!WordsToKnow::of(article, content).isEmpty());
}

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
