#include "bidiisolation.h"

#include <QtTest>

using namespace Qt::StringLiterals;

// Typed fields go on the page in bidi isolates, with the direction controls
// that have no partner dropped (issue 17: a right-to-left override in a
// patient's name turned the date after it around).
class TestBidiIsolation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neutralised_data();
    void neutralised();
    void isolatedWrapsOnlyText();
    void paragraphDirection_data();
    void paragraphDirection();
};

void TestBidiIsolation::neutralised_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("kept");
    const QString lre(QChar(0x202A)), rle(QChar(0x202B)), pdf(QChar(0x202C)), rlo(QChar(0x202E));
    const QString lri(QChar(0x2066)), rli(QChar(0x2067)), fsi(QChar(0x2068)), pdi(QChar(0x2069));
    QTest::newRow("plain") << u"Jane Doe"_s << u"Jane Doe"_s;
    QTest::newRow("override left open") << u"John"_s + rlo + u"eoD"_s << u"JohneoD"_s;
    QTest::newRow("stray isolate end") << u"John"_s + pdi + rlo + u"x"_s << u"Johnx"_s;
    QTest::newRow("stray embedding end") << u"a"_s + pdf + u"b"_s << u"ab"_s;
    QTest::newRow("isolate left open") << rli + u"x"_s << u"x"_s;
    QTest::newRow("balanced embedding kept") << rle + u"علي"_s + pdf << rle + u"علي"_s + pdf;
    QTest::newRow("balanced isolate kept") << lri + u"x"_s + pdi << lri + u"x"_s + pdi;
    QTest::newRow("embedding ended by its isolate") << fsi + rlo + u"x"_s + pdi << fsi + rlo + u"x"_s + pdi;
    QTest::newRow("end of an outer embedding inside an isolate")
        << lre + fsi + u"x"_s + pdf + pdi + pdf << lre + fsi + u"x"_s + pdi + pdf;
    QTest::newRow("only controls") << rlo + rlo + pdi + pdf << rlo + pdf; // the inner override is ended
}

void TestBidiIsolation::neutralised()
{
    QFETCH(QString, typed);
    QFETCH(QString, kept);
    QCOMPARE(BidiIsolation::neutralised(typed), kept);
}

void TestBidiIsolation::isolatedWrapsOnlyText()
{
    QCOMPARE(BidiIsolation::isolated(QString()), QString());
    QCOMPARE(BidiIsolation::isolated(u"Jane"_s), QChar(0x2068) + u"Jane"_s + QChar(0x2069));
    QCOMPARE(BidiIsolation::isolated(u"Jo"_s + QChar(0x2069)), QChar(0x2068) + u"Jo"_s + QChar(0x2069));
}

void TestBidiIsolation::paragraphDirection_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("otherwise");
    QTest::addColumn<int>("direction");
    const int ltr = Qt::LeftToRight, rtl = Qt::RightToLeft;
    QTest::newRow("English in an Arabic handout") << u"Ketamine is an anesthetic."_s << rtl << ltr;
    QTest::newRow("Arabic in an English handout") << u"الكيتامين دواء."_s << ltr << rtl;
    QTest::newRow("digits and marks only") << u"1. 2, (3)"_s << rtl << rtl;
    QTest::newRow("empty") << QString() << ltr << ltr;
    QTest::newRow("leading number, then Arabic") << u"2023 الكيتامين"_s << ltr << rtl;
    QTest::newRow("an isolate does not count") << QChar(0x2068) + u"Jane"_s + QChar(0x2069) + u" علي"_s << ltr << rtl;
    QTest::newRow("an isolate left open hides the rest") << QChar(0x2068) + u"Jane"_s << rtl << rtl;
}

void TestBidiIsolation::paragraphDirection()
{
    QFETCH(QString, text);
    QFETCH(int, otherwise);
    QFETCH(int, direction);
    QCOMPARE(int(BidiIsolation::paragraphDirection(text, Qt::LayoutDirection(otherwise))), direction);
}

QTEST_GUILESS_MAIN(TestBidiIsolation)
#include "tst_bidiisolation.moc"
