#include "testsupport.h"
#include "tscatalog.h"

#include <QtTest>

using namespace Qt::StringLiterals;

// Every shipped interface language is complete: no message unfinished or
// empty, every plural form there, placeholders kept.
class TestUiTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data();
    void complete();
    void arabicHasNoMnemonics();
};

void TestUiTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");
    QTest::addColumn<QString>("direction");
    QTest::newRow("es") << u"es"_s << 2 << u"LTR"_s;
    QTest::newRow("fr") << u"fr"_s << 2 << u"LTR"_s;
    QTest::newRow("de") << u"de"_s << 2 << u"LTR"_s;
    QTest::newRow("ar") << u"ar"_s << 6 << u"RTL"_s;
}

void TestUiTranslations::complete()
{
    QFETCH(QString, language);
    QFETCH(int, pluralForms);
    QFETCH(QString, direction);
    SourceError error;
    const std::optional<TsCatalog> catalog = TsCatalog::readFile(
        TestSupport::sourcePath(u"translations/handout_%1.ts"_s.arg(language)), &error, TsCatalog::Kind::Interface);
    QVERIFY2(catalog, qPrintable(error.toString()));
    QVERIFY(catalog->messages.size() > 150);
    static const QRegularExpression placeholder(u"%(\\d+|n)|\\[\\*\\]"_s);
    for (const TsMessage &m : catalog->messages) {
        if (m.obsolete)
            continue;
        const QString where = m.context + u": "_s + m.source.left(50);
        QVERIFY2(m.finished, qPrintable(u"unfinished: "_s + where));
        QVERIFY2(!m.translation.trimmed().isEmpty(), qPrintable(u"empty: "_s + where));
        const QStringList forms = m.plural ? m.translation.split(QChar(0x1e)) : QStringList {m.translation};
        if (m.plural)
            QVERIFY2(forms.size() == pluralForms, qPrintable(u"plural forms: "_s + where));
        for (auto it = placeholder.globalMatch(m.source); it.hasNext();) {
            const QString p = it.next().captured();
            for (const QString &form : forms)
                QVERIFY2(form.contains(p), qPrintable(p + u" missing in "_s + where));
        }
        // A file dialog's name filter works only with its pattern intact.
        static const QRegularExpression filterPattern(u"\\(\\*[^()]*\\)$"_s);
        const QRegularExpressionMatch filter = filterPattern.match(m.source);
        if (filter.hasMatch())
            QVERIFY2(m.translation.endsWith(filter.captured()), qPrintable(u"file pattern lost in "_s + where));
        if (m.source == u"QT_LAYOUT_DIRECTION"_s)
            QCOMPARE(m.translation, direction);
    }
}

// A mnemonic "&" draws its letter apart from the next one, which breaks
// Arabic letter joining ("م‌لف" for "ملف"). The Arabic interface therefore has
// no mnemonics at all (docs/translations.md); "&&", a shown ampersand, stays.
void TestUiTranslations::arabicHasNoMnemonics()
{
    SourceError error;
    const std::optional<TsCatalog> catalog = TsCatalog::readFile(
        TestSupport::sourcePath(u"translations/handout_ar.ts"_s), &error, TsCatalog::Kind::Interface);
    QVERIFY2(catalog, qPrintable(error.toString()));
    int menuTexts = 0;
    for (const TsMessage &m : catalog->messages) {
        QString text = m.translation;
        text.remove(u"&&"_s);
        QVERIFY2(!text.contains(u'&'), qPrintable(u"mnemonic in Arabic: "_s + m.translation));
        if (QString(m.source).remove(u"&&"_s).contains(u'&'))
            ++menuTexts;
    }
    QVERIFY(menuTexts > 40); // the menus were checked, not an empty file
}

QTEST_GUILESS_MAIN(TestUiTranslations)
#include "tst_uitranslations.moc"
