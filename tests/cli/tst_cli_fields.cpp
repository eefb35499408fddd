#include "clirunner.h"
#include "pdfreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// Typed fields from outside (issue 17): each has a stated limit, text in the
// running header and footer keeps to one line, and a direction control in one
// field never turns the text after it around. Read back from the PDF.
class TestCliFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fieldOverItsLimitIsRefused_data();
    void fieldOverItsLimitIsRefused();
    void batchLineOverALimitIsRefused();
    void strayWordOnABatchLineIsPlacedNotShown();
    void fieldsAtTheLimitKeepTheHeaderToOneLine();
    void overrideInANameStaysInTheName();

private:
    QStringList exportArguments(const QString &out) const;
    QTemporaryDir m_dir;
    int m_plainPages = 0;
};

QStringList TestCliFields::exportArguments(const QString &out) const
{
    return {u"export"_s, u"--preset"_s, u"in-recovery"_s, u"--page-size"_s, u"A4"_s, u"--out"_s, out};
}

void TestCliFields::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString plain = m_dir.filePath(u"plain.pdf"_s);
    const CliRun run = CliRunner::run(exportArguments(plain) + QStringList {u"--clinic"_s, u"Riverside Clinic"_s});
    QCOMPARE(run.exitCode, 0);
    m_plainPages = PdfReader(plain).pageCount();
    QVERIFY(m_plainPages > 1);
}

void TestCliFields::fieldOverItsLimitIsRefused_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<int>("limit");
    // The limits stated in README.md and docs/privacy.md.
    QTest::newRow("title") << u"title"_s << 200;
    QTest::newRow("patient") << u"patient"_s << 200;
    QTest::newRow("clinician") << u"clinician"_s << 200;
    QTest::newRow("date") << u"date"_s << 100;
    QTest::newRow("next appointment") << u"next-appointment"_s << 200;
    QTest::newRow("contact") << u"contact"_s << 200;
    QTest::newRow("clinic") << u"clinic"_s << 200;
    QTest::newRow("clinic phone") << u"clinic-phone"_s << 100;
    QTest::newRow("crisis line") << u"crisis-line"_s << 100;
}

void TestCliFields::fieldOverItsLimitIsRefused()
{
    QFETCH(QString, option);
    QFETCH(int, limit);
    const QString out = m_dir.filePath(u"refused.pdf"_s);
    for (const int length : {limit + 1, 100000}) {
        const CliRun run = CliRunner::run(exportArguments(out) + QStringList {u"--"_s + option, QString(length, u'Q')});
        QCOMPARE(run.exitCode, 2);
        const QString expected
            = u"handout-cli: export: --%1 is longer than %2 characters (it has %3)"_s.arg(option).arg(limit).arg(
                length);
        QVERIFY2(run.errText().startsWith(expected), run.err.constData());
        QVERIFY2(!run.errText().contains(u"QQQ"_s), "the value was echoed");
        QVERIFY(!QFile::exists(out));
    }
    // At the limit it is a handout like any other.
    const CliRun atLimit = CliRunner::run(
        QStringList {u"check"_s, u"--preset"_s, u"in-recovery"_s, u"--"_s + option, QString(limit, u'Q')});
    QCOMPARE(atLimit.exitCode, 0);
}

void TestCliFields::batchLineOverALimitIsRefused()
{
    const QString batch = m_dir.filePath(u"day.batch"_s);
    QFile file(batch);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("--preset in-recovery --out " + QFile::encodeName(m_dir.filePath(u"one.pdf"_s)) + "\n");
    file.write("--preset in-recovery --out " + QFile::encodeName(m_dir.filePath(u"two.pdf"_s)) + " --clinic "
               + QByteArray(300, 'C') + "\n");
    file.close();
    const CliRun run = CliRunner::run({u"export"_s, u"--batch"_s, batch});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(batch + u":2: --clinic is longer than 200 characters (it has 300)"_s),
             run.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(u"one.pdf"_s)));
}

// Issue 17: usage errors never echo a stray word (often half of a name):
// they say how many and where.
void TestCliFields::strayWordOnABatchLineIsPlacedNotShown()
{
    const QString batch = m_dir.filePath(u"stray.batch"_s);
    QFile file(batch);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("--preset in-recovery --patient Jane Quixote-Doe --out x.pdf\n");
    file.close();
    const CliRun run = CliRunner::run({u"export"_s, u"--batch"_s, batch});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(batch + u":1: 1 unexpected argument (word 5 of the line; not shown)"_s),
             run.err.constData());
    QVERIFY2(!run.errText().contains(u"Quixote"_s), run.err.constData());
}

// Issue 17: a long clinic name and title made the header several lines tall
// on every page (at 100 000 characters, thousands of pages of header and
// footer). At the limit they take one line, ended by "…".
void TestCliFields::fieldsAtTheLimitKeepTheHeaderToOneLine()
{
    const QString out = m_dir.filePath(u"long-header.pdf"_s);
    const QString clinic = u"Riverside "_s.repeated(20);
    const QString title = u"Ketamine "_s.repeated(22).left(200);
    const CliRun run = CliRunner::run(exportArguments(out) + QStringList {u"--clinic"_s, clinic, u"--title"_s, title});
    QCOMPARE(run.exitCode, 0);
    const PdfReader pdf(out);
    QVERIFY(pdf.ok);
    QCOMPARE(pdf.pageCount(), m_plainPages);
    for (const QString &page : pdf.pages) {
        // pdftotext gives the two columns as two lines, an empty one between.
        const QString header = page.section(u'\n', 0, 2);
        QVERIFY2(header.startsWith(u"Riverside Riverside"_s), qPrintable(header));
        QVERIFY2(header.count(u'…') == 2, qPrintable(header)); // the name and the title, each cut short
        QVERIFY2(header.count(u"Riverside"_s) < 20, qPrintable(header));
    }
}

// Issue 17: `--patient $'John\u202eeoD'` printed the "Date:" label and the
// date after the name reversed ("John20-10-4202 :etaD"). The name is an
// isolate with its unmatched override dropped; the rest of the line reads
// as it should.
void TestCliFields::overrideInANameStaysInTheName()
{
    const QString out = m_dir.filePath(u"bidi.pdf"_s);
    const QString name = u"John"_s + QChar(0x202E) + u"eoD"_s;
    const CliRun run
        = CliRunner::run(exportArguments(out)
                         + QStringList {u"--patient"_s, name, u"--date"_s, u"2024-01-02"_s, u"--clinician"_s,
                                        u"Dr"_s + QChar(0x2069) + QChar(0x202E) + u"X"_s});
    QCOMPARE(run.exitCode, 0);
    const PdfReader pdf(out);
    QVERIFY(pdf.ok);
    const QString text = pdf.allText();
    QVERIFY2(text.contains(u"Date: 2024-01-02"_s), qPrintable(text.left(400)));
    QVERIFY2(!text.contains(u"4202"_s), qPrintable(text.left(400)));
    QVERIFY2(text.contains(u"JohneoD"_s), qPrintable(text.left(400)));
    QVERIFY2(text.contains(u"DrX"_s), qPrintable(text.left(400)));
}

QTEST_GUILESS_MAIN(TestCliFields)
#include "tst_cli_fields.moc"
