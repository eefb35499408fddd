#include "jargonfinder.h"

#include <QtTest>

using namespace Qt::StringLiterals;

// Jargon: acronyms the handout never spells out, and long words the glossary
// (given as a list of terms and variants) does not define.
class TestJargonFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acronymNeverSpelledOutIsJargon();
    void acronymSpelledOutIsNot_data();
    void acronymSpelledOutIsNot();
    void longWordIsJargonUntilDefined();
    void shortWordsAreNot();
    void positionsAndCounts();

private:
    static ReadableText text(const QStringList &paragraphs, int firstPosition = -1)
    {
        ReadableText t;
        t.language = u"en"_s;
        ReadableSection s;
        s.id = u"s"_s;
        int at = firstPosition;
        for (const QString &p : paragraphs) {
            s.pieces << TextPiece {p, at};
            if (at >= 0)
                at += int(p.size()) + 1;
        }
        t.sections << s;
        return t;
    }
    static QStringList words(const QList<JargonTerm> &terms, JargonTerm::Kind kind)
    {
        QStringList out;
        for (const JargonTerm &t : terms) {
            if (t.kind == kind)
                out << t.word;
        }
        return out;
    }
};

void TestJargonFinder::acronymNeverSpelledOutIsJargon()
{
    const QList<JargonTerm> terms = JargonFinder().find(text({u"It acts on the NMDA receptor. It may help PTSD."_s}));
    QCOMPARE(words(terms, JargonTerm::Acronym), QStringList({u"NMDA"_s, u"PTSD"_s}));
}

void TestJargonFinder::acronymSpelledOutIsNot_data()
{
    QTest::addColumn<QString>("paragraph");
    QTest::newRow("long form first") << u"Post-traumatic stress disorder (PTSD) is common. PTSD can be treated."_s;
    QTest::newRow("acronym first") << u"PTSD (post-traumatic stress disorder) is common."_s;
    QTest::newRow("stands for") << u"It may help PTSD. PTSD stands for post-traumatic stress disorder."_s;
}

void TestJargonFinder::acronymSpelledOutIsNot()
{
    QFETCH(QString, paragraph);
    QVERIFY(words(JargonFinder().find(text({paragraph})), JargonTerm::Acronym).isEmpty());
}

void TestJargonFinder::longWordIsJargonUntilDefined()
{
    const ReadableText t = text({u"It changes neuroplasticity in the brain."_s});
    QCOMPARE(words(JargonFinder().find(t), JargonTerm::LongWord), QStringList({u"neuroplasticity"_s}));
    // The glossary's terms and variants, as the pack will give them.
    QVERIFY(JargonFinder({u"Neuroplasticity"_s}).find(t).isEmpty());
    QVERIFY(JargonFinder({u"NMDA receptor"_s, u"NMDA"_s}).find(text({u"The NMDA receptors."_s})).isEmpty());
}

void TestJargonFinder::shortWordsAreNot()
{
    // Three syllables or fewer: "medicine", "surgery", "depression".
    QVERIFY(JargonFinder().find(text({u"Medicine for surgery and depression."_s})).isEmpty());
}

void TestJargonFinder::positionsAndCounts()
{
    const QList<JargonTerm> terms
        = JargonFinder().find(text({u"Ask about anesthesia."_s, u"The anesthesia wears off."_s}, 100));
    QCOMPARE(terms.size(), 1);
    QCOMPARE(terms.at(0).word, u"anesthesia"_s);
    QCOMPARE(terms.at(0).count, 2);
    QCOMPARE(terms.at(0).position, 100 + 10);
    QCOMPARE(terms.at(0).sectionId, u"s"_s);
}

QTEST_GUILESS_MAIN(TestJargonFinder)
#include "tst_jargonfinder.moc"
