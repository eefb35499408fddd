#include "handoutassembler.h"
#include "handoutdocument.h"
#include "readabilityreport.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;

// The meter on real text: the worked examples of docs/readability.md counted
// as stated there, what a handout counts and what it leaves out, and a
// language only ever scored by its own formulas.
class TestReadabilityMeter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workedExamples_data();
    void workedExamples();
    void spanishTextIsNeverScoredInEnglish();
    void arabicGetsCountsButNoScore();
    void listItemWithoutStopIsASentence();
    void headingsAreNotCounted();
    void sectionsAddUpToTheWhole();
    void longestSentencesComeFirst();
    void documentPositionsPointAtTheSentence();

private:
    static ReadableText oneSection(const QString &language, const QList<ContentBlock> &blocks);
    static ContentBlock block(BlockKind kind, const QString &text)
    {
        ContentBlock b;
        b.kind = kind;
        b.runs << TextRun {text};
        return b;
    }
};

ReadableText TestReadabilityMeter::oneSection(const QString &language, const QList<ContentBlock> &blocks)
{
    HandoutContent content;
    content.language = language;
    SectionContent section;
    section.sectionId = u"s"_s;
    section.items << ContentItem {{}, blocks};
    content.sections << section;
    return ReadableText::fromContent(content);
}

void TestReadabilityMeter::workedExamples_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("counts"); // sentences, words, syllables, 3+ syllables, 1 syllable, > 6 letters
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("score");
    // Ke-ta-mine is a med-i-cine. Doc-tors use it for an-es-the-sia dur-ing sur-ger-y.
    QTest::newRow("en") << u"en"_s << u"Ketamine is a medicine. Doctors use it for anesthesia during surgery."_s
                        << QList<int> {2, 11, 22, 4, 5, 5} << u"flesch-kincaid-grade"_s << 10.2;
    // El pa-cien-te duer-me. La ke-ta-mi-na cal-ma el do-lor.
    QTest::newRow("es") << u"es"_s << u"El paciente duerme. La ketamina calma el dolor."_s
                        << QList<int> {2, 8, 16, 2, 3, 2} << u"szigriszt-pazos"_s << 78.2;
    // Le mé-de-cin donne un mé-di-ca-ment. Le pa-tient dort bien.
    QTest::newRow("fr") << u"fr"_s << u"Le médecin donne un médicament. Le patient dort bien."_s
                        << QList<int> {2, 9, 15, 2, 6, 3} << u"kandel-moles"_s << 79.8;
    // Der Arzt hilft dem Pa-ti-en-ten. Das Me-di-ka-ment wirkt schnell.
    QTest::newRow("de") << u"de"_s << u"Der Arzt hilft dem Patienten. Das Medikament wirkt schnell."_s
                        << QList<int> {2, 9, 15, 2, 7, 3} << u"wiener-sachtextformel"_s << 6.0;
}

void TestReadabilityMeter::workedExamples()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QList<int>, counts);
    QFETCH(QString, key);
    QFETCH(double, score);
    ReadabilityMeter meter;
    const ReadabilityReport report = meter.measure(oneSection(language, {block(BlockKind::Paragraph, text)}));
    const TextCounts &c = report.whole.counts;
    QCOMPARE(QList<int>({c.sentences, c.words, c.syllables, c.polysyllables, c.monosyllables, c.longWords}), counts);
    QCOMPARE(report.whole.scoresJson().value(key).toDouble(), score);
}

void TestReadabilityMeter::spanishTextIsNeverScoredInEnglish()
{
    ReadabilityMeter meter;
    const ReadabilityReport report = meter.measure(
        oneSection(u"es"_s, {block(BlockKind::Paragraph, u"El paciente duerme. La ketamina calma el dolor."_s)}));
    QVERIFY(!report.whole.score(ReadabilityScore::FleschKincaidGrade));
    QVERIFY(!report.whole.score(ReadabilityScore::Smog));
    QVERIFY(!report.whole.score(ReadabilityScore::FleschReadingEase));
    const QJsonObject scores = report.toJson().value(u"scores"_s).toObject();
    QCOMPARE(scores.keys(), QStringList({u"fernandez-huerta"_s, u"szigriszt-pazos"_s}));
}

void TestReadabilityMeter::arabicGetsCountsButNoScore()
{
    ReadabilityMeter meter;
    const ReadabilityReport report = meter.measure(
        oneSection(u"ar"_s, {block(BlockKind::Paragraph, u"الكيتامين دواء. يستخدمه الأطباء للتخدير."_s)}));
    QCOMPARE(report.whole.counts.sentences, 2);
    QCOMPARE(report.whole.counts.words, 5);
    QVERIFY(report.whole.scores.isEmpty());
    QCOMPARE(report.whole.wordsPerSentence(), 2.5);
}

void TestReadabilityMeter::listItemWithoutStopIsASentence()
{
    ReadabilityMeter meter;
    const ReadabilityReport report = meter.measure(oneSection(
        u"en"_s,
        {block(BlockKind::BulletItem, u"Call your doctor"_s), block(BlockKind::NumberedItem, u"Rest at home"_s)}));
    QCOMPARE(report.whole.counts.sentences, 2);
    QCOMPARE(report.whole.counts.words, 6);
}

void TestReadabilityMeter::headingsAreNotCounted()
{
    ReadabilityMeter meter;
    const ReadabilityReport report = meter.measure(
        oneSection(u"en"_s,
                   {block(BlockKind::SectionHeading, u"Recreational Use"_s),
                    block(BlockKind::Heading, u"What to Expect"_s), block(BlockKind::Paragraph, u"It can hurt."_s)}));
    QCOMPARE(report.whole.counts.sentences, 1);
    QCOMPARE(report.whole.counts.words, 3);
}

void TestReadabilityMeter::sectionsAddUpToTheWhole()
{
    const Article &article = TestSupport::builtinArticle();
    HandoutContent content;
    content.language = u"en"_s;
    for (const Section &s : article.sections)
        content.sections << HandoutAssembler::sourceSection(article, s.id);
    ReadabilityMeter meter;
    const ReadabilityReport report = meter.measure(ReadableText::fromContent(content, &article));
    QCOMPARE(report.sections.size(), article.sections.size());
    int words = 0;
    int sentences = 0;
    for (const SectionReadability &s : report.sections) {
        words += s.measure.counts.words;
        sentences += s.measure.counts.sentences;
        QCOMPARE(s.title, article.section(s.id)->title);
    }
    QCOMPARE(report.whole.counts.words, words);
    QCOMPARE(report.whole.counts.sentences, sentences);
    // The source article reads well above grade 6 (docs/readability.md).
    QVERIFY(*report.whole.score(ReadabilityScore::FleschKincaidGrade) > 10);
}

void TestReadabilityMeter::longestSentencesComeFirst()
{
    ReadabilityMeter meter;
    const ReadabilityReport report = meter.measure(
        oneSection(u"en"_s,
                   {block(BlockKind::Paragraph,
                          u"Short one. This sentence is the longest of the three here. A middle one here."_s)}));
    const QList<SentenceSpan> longest = report.longestSentences(2);
    QCOMPARE(longest.size(), 2);
    QCOMPARE(longest.at(0).text, u"This sentence is the longest of the three here."_s);
    QCOMPARE(longest.at(0).words, 9);
    QCOMPARE(longest.at(1).text, u"A middle one here."_s);
}

void TestReadabilityMeter::documentPositionsPointAtTheSentence()
{
    const Article &article = TestSupport::builtinArticle();
    HandoutDocument document(article);
    document.resetToSections({u"introduction"_s, u"recreational-use"_s}, u"Test"_s);
    const ReadableText text = ReadableText::fromDocument(document.textDocument(), document.language());
    QCOMPARE(text.sections.size(), 2);
    QCOMPARE(text.sections.at(1).title, article.section(u"recreational-use"_s)->title);
    ReadabilityMeter meter;
    const ReadabilityReport report = meter.measure(text);
    QVERIFY(!report.sections.at(1).sentences.isEmpty());
    const QString all = document.textDocument()->toPlainText();
    for (const SectionReadability &s : report.sections) {
        for (const SentenceSpan &sentence : s.sentences) {
            QVERIFY(sentence.position >= 0);
            QCOMPARE(all.mid(sentence.position, sentence.text.size()), sentence.text);
        }
    }
    // No heading, label or context line is read as a sentence.
    for (const SentenceSpan &sentence : report.sections.at(1).sentences)
        QVERIFY(sentence.text != article.section(u"recreational-use"_s)->title);
}

QTEST_GUILESS_MAIN(TestReadabilityMeter)
#include "tst_readabilitymeter.moc"
