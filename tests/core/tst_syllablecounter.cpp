#include "syllablecounter.h"

#include <QtTest>

using namespace Qt::StringLiterals;

// Syllables from the hyphenation patterns, with the rules docs/readability.md
// gives for what the patterns miss. Expected counts are the dictionary
// pronunciations (Merriam-Webster for English, RAE syllabification for Spanish).
class TestSyllableCounter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patternsExistForEachFormulaLanguage_data();
    void patternsExistForEachFormulaLanguage();
    void arabicHasNoPatterns();
    void trickyWords_data();
    void trickyWords();
    void edgeBreaksAreNotSyllables();
    void floorRaisesWhatThePatternsMiss();
    void numbersCountADigitEach();
};

void TestSyllableCounter::patternsExistForEachFormulaLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    QTest::newRow("en") << u"en"_s << u"/usr/share/hyphen/hyph_en_US.dic"_s;
    QTest::newRow("es-MX") << u"es-MX"_s << u"/usr/share/hyphen/hyph_es_ES.dic"_s;
    QTest::newRow("fr") << u"fr"_s << u"/usr/share/hyphen/hyph_fr.dic"_s;
    QTest::newRow("de") << u"de"_s << u"/usr/share/hyphen/hyph_de_DE.dic"_s;
}

void TestSyllableCounter::patternsExistForEachFormulaLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    const SyllableCounter counter(language);
    QCOMPARE(counter.patternFile(), file);
    QVERIFY2(counter.isValid(), qPrintable(file + u" is missing or unreadable"_s));
}

void TestSyllableCounter::arabicHasNoPatterns()
{
    const SyllableCounter counter(u"ar"_s);
    QVERIFY(!counter.isValid());
    QVERIFY(counter.patternFile().isEmpty());
}

void TestSyllableCounter::trickyWords_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("syllables");
    // English: patterns alone say 2 for "ke-tamine" and 1 for "surgery".
    QTest::newRow("every") << u"en"_s << u"every"_s << 2; // \ˈev-rē\: the middle e is not said
    QTest::newRow("ketamine") << u"en"_s << u"ketamine"_s << 3;
    QTest::newRow("anesthesia") << u"en"_s << u"anesthesia"_s << 4;
    QTest::newRow("used") << u"en"_s << u"used"_s << 1;
    QTest::newRow("fire") << u"en"_s << u"fire"_s << 1;
    QTest::newRow("surgery") << u"en"_s << u"surgery"_s << 3;
    QTest::newRow("medicine") << u"en"_s << u"medicine"_s << 3;
    QTest::newRow("being") << u"en"_s << u"being"_s << 2;
    QTest::newRow("table") << u"en"_s << u"table"_s << 2;
    QTest::newRow("started") << u"en"_s << u"started"_s << 2;
    QTest::newRow("careful") << u"en"_s << u"careful"_s << 2;
    QTest::newRow("something") << u"en"_s << u"something"_s << 2;
    QTest::newRow("Ketamine's") << u"en"_s << u"Ketamine’s"_s << 3;
    // Spanish: a hiatus splits ("dí-a"), a diphthong does not ("ciu-dad").
    QTest::newRow("día") << u"es"_s << u"día"_s << 2;
    QTest::newRow("paciente") << u"es"_s << u"paciente"_s << 3;
    QTest::newRow("ciudad") << u"es"_s << u"ciudad"_s << 2;
    QTest::newRow("ketamina") << u"es"_s << u"ketamina"_s << 4;
    // French: the final e and the verb ending -ent are not said, -ment is.
    QTest::newRow("donne") << u"fr"_s << u"donne"_s << 1;
    QTest::newRow("médicament") << u"fr"_s << u"médicament"_s << 4;
    QTest::newRow("parlent") << u"fr"_s << u"parlent"_s << 1;
    // German (a Latin-1 pattern file).
    QTest::newRow("Patienten") << u"de"_s << u"Patienten"_s << 4;
    QTest::newRow("Arzt") << u"de"_s << u"Arzt"_s << 1;
    QTest::newRow("Behandlung") << u"de"_s << u"Behandlung"_s << 3;
}

void TestSyllableCounter::trickyWords()
{
    QFETCH(QString, language);
    QFETCH(QString, word);
    QFETCH(int, syllables);
    SyllableCounter counter(language);
    QCOMPARE(counter.count(word), syllables);
}

void TestSyllableCounter::edgeBreaksAreNotSyllables()
{
    // With word-edge minimums of 1 the English patterns break "effect-s" and
    // "it-s"; a part with no vowel does not count.
    const SyllableCounter counter(u"en"_s);
    QCOMPARE(counter.patternCount(u"effects"_s), 2);
    QCOMPARE(counter.patternCount(u"it’s"_s), 1);
    QCOMPARE(counter.patternCount(u"don’t"_s), 1);
}

void TestSyllableCounter::floorRaisesWhatThePatternsMiss()
{
    SyllableCounter counter(u"en"_s);
    QCOMPARE(counter.patternCount(u"ketamine"_s), 2);
    QCOMPARE(counter.vowelGroupFloor(u"ketamine"_s), 3);
    QCOMPARE(counter.patternCount(u"about"_s), 1);
    QCOMPARE(counter.count(u"about"_s), 2);
    // ...and never lowers what they find.
    QCOMPARE(counter.vowelGroupFloor(u"being"_s), 1);
    QCOMPARE(counter.count(u"being"_s), 2);
}

void TestSyllableCounter::numbersCountADigitEach()
{
    SyllableCounter counter(u"en"_s);
    QCOMPARE(counter.count(u"1918"_s), 4); // "nine-teen eigh-teen", Flesch's own example
    QCOMPARE(counter.count(u"7"_s), 1);
}

QTEST_GUILESS_MAIN(TestSyllableCounter)
#include "tst_syllablecounter.moc"
