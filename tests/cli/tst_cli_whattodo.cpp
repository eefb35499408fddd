#include "clirunner.h"
#include "pdfreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// The "What to do" box and the missing-help-line finding, through the real
// handout-cli, read back from the PDF.
class TestCliWhatToDo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void boxAppearsExactlyWhenAFieldIsFilled_data();
    void boxAppearsExactlyWhenAFieldIsFilled();
    void boxIsInTheHandoutsLanguage();
    void noLineIsAFindingUntilOneIsGiven();

private:
    QString exportText(const QStringList &extra);
    QTemporaryDir m_dir;
    int m_count = 0;
};

static QStringList kinds(const CliRun &run)
{
    QStringList out;
    for (const QJsonValue &f : run.json().object().value(u"findings"_s).toArray())
        out << f.toObject().value(u"kind"_s).toString();
    return out;
}

void TestCliWhatToDo::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestCliWhatToDo::exportText(const QStringList &extra)
{
    const QString path = m_dir.filePath(u"h%1.pdf"_s.arg(++m_count));
    const CliRun run
        = CliRunner::run(QStringList {u"export"_s, u"--sections"_s, u"introduction"_s, u"--out"_s, path} + extra);
    if (run.exitCode != 0)
        qWarning("export failed: %s", run.err.constData());
    const PdfReader pdf(path);
    return pdf.ok ? pdf.bodyText() : QString();
}

void TestCliWhatToDo::boxAppearsExactlyWhenAFieldIsFilled_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("printed");
    QTest::addColumn<QString>("part");
    QTest::newRow("crisis line") << u"--crisis-line"_s << u"After hours or in a crisis: 988"_s << u"When to get help"_s;
    QTest::newRow("clinic phone") << u"--clinic-phone"_s << u"Phone: 555 0100"_s << u"When to get help"_s;
    QTest::newRow("contact") << u"--contact"_s << u"Contact: Dr. Rivera"_s << u"When to get help"_s;
    QTest::newRow("next appointment") << u"--next-appointment"_s << u"Your next appointment: May 4, 10 am"_s
                                      << u"Your next appointment"_s;
}

void TestCliWhatToDo::boxAppearsExactlyWhenAFieldIsFilled()
{
    QFETCH(QString, option);
    QFETCH(QString, printed);
    QFETCH(QString, part);
    const QString value = printed.section(u": "_s, 1);
    const QString text = exportText({option, value, u"--patient"_s, u"Eve"_s});
    QVERIFY2(text.contains(u"What to do"_s), qPrintable(text.left(400)));
    QVERIFY2(text.contains(printed), qPrintable(text.left(400)));
    QVERIFY(text.contains(part));
    // Printed once: the field is no longer repeated in the personalization panel.
    QCOMPARE(text.count(value), 1);
    // The other part is not there without its fields.
    const QString other = part == u"When to get help"_s ? u"Your next appointment"_s : u"When to get help"_s;
    QVERIFY(!text.contains(other));

    const QString without = exportText({u"--patient"_s, u"Eve"_s});
    QVERIFY(without.contains(u"Prepared for: Eve"_s));
    QVERIFY(!without.contains(u"What to do"_s));
}

void TestCliWhatToDo::boxIsInTheHandoutsLanguage()
{
    const QString text = exportText({u"--lang"_s, u"es"_s, u"--crisis-line"_s, u"988"_s});
    QVERIFY2(text.contains(u"Qué hacer"_s), qPrintable(text.left(400)));
    QVERIFY(text.contains(u"Cuándo pedir ayuda"_s));
    QVERIFY(!text.contains(u"What to do"_s));
}

void TestCliWhatToDo::noLineIsAFindingUntilOneIsGiven()
{
    const QStringList check {u"check"_s, u"--preset"_s, u"in-recovery"_s, u"--json"_s};
    CliRun run = CliRunner::run(check);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(kinds(run), QStringList {u"no-help-line"_s});
    QVERIFY(!run.json().object().value(u"clean"_s).toBool());

    for (const QStringList &line :
         {QStringList {u"--crisis-line"_s, u"988"_s}, QStringList {u"--clinic-phone"_s, u"555 0100"_s},
          QStringList {u"--contact"_s, u"Dr. Rivera, 555 0199"_s}}) {
        run = CliRunner::run(check + line);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(kinds(run).isEmpty(), qPrintable(line.join(u' ')));
        QVERIFY(run.json().object().value(u"clean"_s).toBool());
    }
    // A next appointment is no one to call.
    run = CliRunner::run(check + QStringList {u"--next-appointment"_s, u"May 4"_s});
    QCOMPARE(kinds(run), QStringList {u"no-help-line"_s});
}

QTEST_GUILESS_MAIN(TestCliWhatToDo)
#include "tst_cli_whattodo.moc"
