#include "clirunner.h"
#include "pdfreader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// Group exports through the real handout-cli: `export --names FILE
// --out-pattern PATTERN` makes the same handout once per name, checks every
// output before writing any, and never prints a name.
class TestCliGroup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void oneHandoutPerName();
    void namesThatMakeOneFileNameStayApart();
    void aBadLineWritesNothing();
    void aMissingFolderWritesNothingAndNamesNoOne();
    void aClashLeftAfterNumberingIsRefused();
    void usageErrors_data();
    void usageErrors();

private:
    QString writeNames(const QByteArray &bytes);
    CliRun exportGroup(const QStringList &extra = {});
    QStringList written() const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliGroup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkdir(u"out"_s));
}

QString TestCliGroup::writeNames(const QByteArray &bytes)
{
    QString path = m_dir->filePath(u"names.txt"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("cannot write the names file");
    return path;
}

CliRun TestCliGroup::exportGroup(const QStringList &extra)
{
    return CliRunner::run(QStringList {u"export"_s, u"--sections"_s, u"recreational-use"_s, u"--names"_s,
                                       m_dir->filePath(u"names.txt"_s), u"--out-pattern"_s,
                                       m_dir->filePath(u"out/handout-{name}.pdf"_s)}
                          + extra);
}

QStringList TestCliGroup::written() const
{
    return QDir(m_dir->filePath(u"out"_s)).entryList(QDir::Files, QDir::Name);
}

void TestCliGroup::oneHandoutPerName()
{
    writeNames("# Tuesday group\nAnn Lee\n\nJosé Núñez\n../../etc/passwd\n");
    const CliRun run = exportGroup({u"--json"_s, u"--date"_s, u"2 December 2026"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(written(),
             QStringList({u"handout-Ann-Lee.pdf"_s, u"handout-José-Núñez.pdf"_s, u"handout-etc-passwd.pdf"_s}));
    QCOMPARE(run.json().object().value(u"exported"_s).toArray().size(), 3);
    // Each PDF is made for its own person, with the options of the command.
    const PdfReader ann(m_dir->filePath(u"out/handout-Ann-Lee.pdf"_s));
    QVERIFY(ann.allText().contains(u"Ann Lee"_s));
    QVERIFY(!ann.allText().contains(u"José"_s));
    QVERIFY(ann.allText().contains(u"2 December 2026"_s));
    const PdfReader jose(m_dir->filePath(u"out/handout-José-Núñez.pdf"_s));
    QVERIFY(jose.allText().contains(u"José Núñez"_s));
    QCOMPARE(jose.bodyText().size() - ann.bodyText().size(), u"José Núñez"_s.size() - u"Ann Lee"_s.size());
    // A name is never a path: nothing is written outside the pattern's folder.
    QVERIFY(PdfReader(m_dir->filePath(u"out/handout-etc-passwd.pdf"_s)).allText().contains(u"../../etc/passwd"_s));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList {u"names.txt"_s});
}

void TestCliGroup::namesThatMakeOneFileNameStayApart()
{
    writeNames("Ann Lee\nann lee\nAnn  Lee!\n");
    const CliRun run = exportGroup();
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(written(),
             QStringList({u"handout-Ann-Lee-3.pdf"_s, u"handout-Ann-Lee.pdf"_s, u"handout-ann-lee-2.pdf"_s}));
}

void TestCliGroup::aBadLineWritesNothing()
{
    writeNames("Ann Lee\nJosé Núñez\nQuixote\tDoe\n");
    const CliRun run = exportGroup();
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(u"names.txt:3: control character"_s), run.err.constData());
    QVERIFY(written().isEmpty());
    for (const QString &name : {u"Ann"_s, u"José"_s, u"Quixote"_s})
        QVERIFY2(!run.errText().contains(name), run.err.constData());
}

void TestCliGroup::aMissingFolderWritesNothingAndNamesNoOne()
{
    writeNames("Ann Lee\nJosé Núñez\n");
    const CliRun run = CliRunner::run({u"export"_s, u"--sections"_s, u"recreational-use"_s, u"--names"_s,
                                       m_dir->filePath(u"names.txt"_s), u"--out-pattern"_s,
                                       m_dir->filePath(u"missing/handout-{name}.pdf"_s)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(u"names.txt:1: cannot write"_s), run.err.constData());
    QVERIFY2(run.errText().contains(u"names.txt:2: cannot write"_s), run.err.constData());
    QVERIFY2(!run.errText().contains(u"Ann"_s) && !run.errText().contains(u"Jos"_s), run.err.constData());
    QVERIFY(!QDir(m_dir->filePath(u"missing"_s)).exists());
}

// "Ann" twice becomes Ann and Ann-2, which a third name already is: refused
// as a whole, not one PDF written over another.
void TestCliGroup::aClashLeftAfterNumberingIsRefused()
{
    writeNames("Ann\nAnn\nAnn 2\n");
    const CliRun run = exportGroup();
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(u"names.txt:3: the PDF of this name is also the output of "_s),
             run.err.constData());
    QVERIFY(written().isEmpty());
}

void TestCliGroup::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString names = u"NAMES"_s;
    QTest::newRow("no placeholder") << QStringList {u"--names"_s, names, u"--out-pattern"_s, u"x.pdf"_s}
                                    << u"must hold {name} once"_s;
    QTest::newRow("placeholder twice") << QStringList {u"--names"_s, names, u"--out-pattern"_s, u"{name}-{name}.pdf"_s}
                                       << u"must hold {name} once"_s;
    QTest::newRow("no pattern") << QStringList {u"--names"_s, names} << u"go together"_s;
    QTest::newRow("with --out") << QStringList {u"--names"_s,    names,      u"--out-pattern"_s,
                                                u"{name}.pdf"_s, u"--out"_s, u"x.pdf"_s}
                                << u"leave out --out"_s;
    QTest::newRow("with --patient") << QStringList {u"--names"_s,    names,          u"--out-pattern"_s,
                                                    u"{name}.pdf"_s, u"--patient"_s, u"Someone"_s}
                                    << u"leave out --patient"_s;
}

void TestCliGroup::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString names = writeNames("Ann Lee\n");
    arguments.replaceInStrings(u"NAMES"_s, names);
    const CliRun run = CliRunner::run(QStringList {u"export"_s, u"--sections"_s, u"recreational-use"_s} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(message), run.err.constData());
    QVERIFY(written().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliGroup)
#include "tst_cli_group.moc"
