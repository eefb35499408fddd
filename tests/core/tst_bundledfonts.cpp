#include "bundledfonts.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QRawFont>
#include <QtTest>

using namespace Qt::StringLiterals;

// Run with fontconfig shown no font folders (see CMakeLists.txt): every
// family found here was registered by BundledFonts.
class TestBundledFonts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noSystemFontsAreVisible();
    void everyFamilyIsRegistered();
    void stylesAndScriptsAreThere();
};

void TestBundledFonts::noSystemFontsAreVisible()
{
    // Guards the test itself: were system fonts visible, the checks below
    // could pass without the bundled ones.
    QVERIFY2(!QFontDatabase::families().contains(u"Noto Sans"_s), "fontconfig still sees system fonts");
}

void TestBundledFonts::everyFamilyIsRegistered()
{
    QVERIFY(BundledFonts::registerAll());
    const QStringList families = QFontDatabase::families();
    for (const QString &family : BundledFonts::families())
        QVERIFY2(families.contains(family), qPrintable(family + u" in "_s + families.join(u", "_s)));
    // Registering twice adds nothing.
    QVERIFY(BundledFonts::registerAll());
    QCOMPARE(QFontDatabase::families(), families);
}

void TestBundledFonts::stylesAndScriptsAreThere()
{
    QVERIFY(BundledFonts::registerAll());
    QFont bold(u"Noto Sans"_s, 12);
    bold.setBold(true);
    QCOMPARE(QFontInfo(bold).family(), u"Noto Sans"_s);
    QVERIFY(QFontInfo(bold).bold());
    QFont italic(u"Noto Sans"_s, 12);
    italic.setItalic(true);
    QVERIFY(QFontInfo(italic).italic());
    // The Arabic face has Arabic glyphs; the fallback face has the symbols
    // the callouts use.
    const QRawFont arabic = QRawFont::fromFont(QFont(u"Noto Sans Arabic"_s, 12), QFontDatabase::Arabic);
    QVERIFY(arabic.isValid());
    QVERIFY(arabic.supportsCharacter(QChar(0x0627)));
    const QRawFont dejavu = QRawFont::fromFont(QFont(u"DejaVu Sans"_s, 12));
    QVERIFY(dejavu.isValid());
    QVERIFY(dejavu.supportsCharacter(QChar(0x26A0)));
    QVERIFY(dejavu.supportsCharacter(QChar(0x2695)));
}

QTEST_MAIN(TestBundledFonts)
#include "tst_bundledfonts.moc"
