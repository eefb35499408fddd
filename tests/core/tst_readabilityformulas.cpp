#include "readabilityformulas.h"

#include <QtTest>

using namespace Qt::StringLiterals;

// The formulas against values worked out by hand from the published formulas
// (docs/readability.md) for stated counts, and the rule that a formula only
// ever scores text of its own language.
class TestReadabilityFormulas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void englishScoresFromStatedCounts();
    void spanishScoresFromStatedCounts();
    void frenchScoreFromStatedCounts();
    void germanScoresFromStatedCounts();
    void arabicHasNoFormula();
    void eachLanguageGetsOnlyItsOwnScores_data();
    void eachLanguageGetsOnlyItsOwnScores();
    void englishFormulaRefusesSpanishCounts();
    void noSentenceNoScore();
    void infleszBands();

private:
    static TextCounts counts(const QString &language, int words, int sentences, int syllables, int poly = 0,
                             int mono = 0, int longWords = 0)
    {
        TextCounts c;
        c.language = language;
        c.words = words;
        c.sentences = sentences;
        c.syllables = syllables;
        c.polysyllables = poly;
        c.monosyllables = mono;
        c.longWords = longWords;
        return c;
    }
    static double score(ReadabilityScore s, const TextCounts &c)
    {
        const std::optional<double> v = ReadabilityFormulas::compute(s, c);
        if (!v)
            qFatal("no score where one was expected");
        return *v;
    }
};

void TestReadabilityFormulas::englishScoresFromStatedCounts()
{
    // 11 words, 2 sentences, 22 syllables, 4 words of 3+ syllables
    // ("Ketamine is a medicine. Doctors use it for anesthesia during surgery.").
    const TextCounts c = counts(u"en"_s, 11, 2, 22, 4);
    // 0.39 * 5.5 + 11.8 * 2 - 15.59 = 2.145 + 23.6 - 15.59
    QCOMPARE(qRound(score(ReadabilityScore::FleschKincaidGrade, c) * 1000), 10155);
    // 206.835 - 1.015 * 5.5 - 84.6 * 2 = 206.835 - 5.5825 - 169.2
    QCOMPARE(qRound(score(ReadabilityScore::FleschReadingEase, c) * 10000), 320525);
    // 1.0430 * sqrt(4 * 30 / 2) + 3.1291 = 1.0430 * 7.745967 + 3.1291
    QCOMPARE(qRound(score(ReadabilityScore::Smog, c) * 1000), 11208);
}

void TestReadabilityFormulas::spanishScoresFromStatedCounts()
{
    // 8 words, 2 sentences, 16 syllables.
    const TextCounts c = counts(u"es"_s, 8, 2, 16);
    // 206.84 - 60 * 2 - 1.02 * 4
    QCOMPARE(qRound(score(ReadabilityScore::FernandezHuerta, c) * 100), 8276);
    // 206.835 - 62.3 * 2 - 4
    QCOMPARE(qRound(score(ReadabilityScore::SzigrisztPazos, c) * 1000), 78235);
}

void TestReadabilityFormulas::frenchScoreFromStatedCounts()
{
    // 9 words, 2 sentences, 15 syllables: 207 - 1.015 * 4.5 - 73.6 * 15 / 9
    // = 207 - 4.5675 - 122.6667
    const TextCounts c = counts(u"fr"_s, 9, 2, 15);
    QCOMPARE(qRound(score(ReadabilityScore::KandelMoles, c) * 1000), 79766);
}

void TestReadabilityFormulas::germanScoresFromStatedCounts()
{
    // 9 words, 2 sentences, 15 syllables; 2 words of 3+ syllables, 7 of one,
    // 3 of more than six letters.
    const TextCounts c = counts(u"de"_s, 9, 2, 15, 2, 7, 3);
    // 180 - 4.5 - 58.5 * 15 / 9
    QCOMPARE(qRound(score(ReadabilityScore::Amstad, c) * 1000), 78000);
    // 0.1935 * 22.222 + 0.1672 * 4.5 + 0.1297 * 33.333 - 0.0327 * 77.778 - 0.875
    // = 4.3000 + 0.7524 + 4.3233 - 2.5433 - 0.875
    QCOMPARE(qRound(score(ReadabilityScore::WienerSachtextformel, c) * 1000), 5957);
}

void TestReadabilityFormulas::arabicHasNoFormula()
{
    QVERIFY(ReadabilityFormulas::scoresFor(u"ar"_s).isEmpty());
    QVERIFY(!ReadabilityFormulas::primaryScore(u"ar"_s));
    const TextCounts c = counts(u"ar"_s, 12, 2, 0);
    for (int s = 0; s <= int(ReadabilityScore::WienerSachtextformel); ++s)
        QVERIFY(!ReadabilityFormulas::compute(ReadabilityScore(s), c));
}

void TestReadabilityFormulas::eachLanguageGetsOnlyItsOwnScores_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("en") << u"en"_s << QStringList {u"flesch-kincaid-grade"_s, u"smog"_s, u"flesch-reading-ease"_s};
    QTest::newRow("en-GB") << u"en-GB"_s
                           << QStringList {u"flesch-kincaid-grade"_s, u"smog"_s, u"flesch-reading-ease"_s};
    QTest::newRow("es") << u"es"_s << QStringList {u"fernandez-huerta"_s, u"szigriszt-pazos"_s};
    QTest::newRow("fr") << u"fr"_s << QStringList {u"kandel-moles"_s};
    QTest::newRow("de") << u"de"_s << QStringList {u"amstad"_s, u"wiener-sachtextformel"_s};
    QTest::newRow("ar") << u"ar"_s << QStringList {};
}

void TestReadabilityFormulas::eachLanguageGetsOnlyItsOwnScores()
{
    QFETCH(QString, language);
    QFETCH(QStringList, keys);
    QStringList got;
    for (const ReadabilityScore s : ReadabilityFormulas::scoresFor(language))
        got << ReadabilityFormulas::key(s);
    QCOMPARE(got, keys);
}

void TestReadabilityFormulas::englishFormulaRefusesSpanishCounts()
{
    const TextCounts spanish = counts(u"es"_s, 8, 2, 16);
    QVERIFY(!ReadabilityFormulas::compute(ReadabilityScore::FleschKincaidGrade, spanish));
    QVERIFY(!ReadabilityFormulas::compute(ReadabilityScore::Smog, spanish));
    QVERIFY(!ReadabilityFormulas::compute(ReadabilityScore::FleschReadingEase, spanish));
    QVERIFY(!ReadabilityFormulas::compute(ReadabilityScore::Amstad, spanish));
    QVERIFY(ReadabilityFormulas::compute(ReadabilityScore::SzigrisztPazos, spanish));
}

void TestReadabilityFormulas::noSentenceNoScore()
{
    QVERIFY(!ReadabilityFormulas::compute(ReadabilityScore::FleschKincaidGrade, counts(u"en"_s, 0, 0, 0)));
}

void TestReadabilityFormulas::infleszBands()
{
    QCOMPARE(ReadabilityFormulas::infleszBand(39.9), 0);
    QCOMPARE(ReadabilityFormulas::infleszBand(40), 1);
    QCOMPARE(ReadabilityFormulas::infleszBand(55), 2);
    QCOMPARE(ReadabilityFormulas::infleszBand(65), 3);
    QCOMPARE(ReadabilityFormulas::infleszBand(78.235), 3);
    QCOMPARE(ReadabilityFormulas::infleszBand(80), 4);
}

QTEST_GUILESS_MAIN(TestReadabilityFormulas)
#include "tst_readabilityformulas.moc"
