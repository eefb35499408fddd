#include "appinfo.h"
#include "clirunner.h"
#include "handoutfile.h"
#include "handoutrequest.h"
#include "pdfreader.h"
#include "templatelibrary.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// Templates from the command line: listed by the names they were saved
// under, in the folder the window saves them to.
class TestCliTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void listsByName();
    void listsAsJson();
    void emptyFolderSaysWhere();
    void brokenFileIsAWarningNotAFailure();
    void exportsByNameInAnyCase();
    void exportsByFile();
    void checkReviewsWhatExportWrites();
    void refusesWhatIsNoTemplate();

private:
    static QString save(const QString &name, const QString &title, const QString &presetId);
};

void TestCliTemplates::initTestCase()
{
    AppInfo::apply(); // the same data folder as handout-cli
}

void TestCliTemplates::init()
{
    QDir(TemplateLibrary::defaultFolder()).removeRecursively();
}

QString TestCliTemplates::save(const QString &name, const QString &title, const QString &presetId)
{
    HandoutRequest request;
    request.presetId = presetId;
    request.title = title;
    const Article &a = TestSupport::builtinArticle();
    QString error;
    QString path = TemplateLibrary().save(name, request.compose(a, request.resolve(a)), PageOptions(), a, &error);
    if (path.isEmpty())
        qWarning("%s", qPrintable(error));
    return path;
}

void TestCliTemplates::listsByName()
{
    QVERIFY(!save(u"Recovery group"_s, u"Same title"_s, u"in-recovery"_s).isEmpty());
    QVERIFY(!save(u"Caregivers"_s, u"Same title"_s, u"family-caregivers"_s).isEmpty());
    const CliRun run = CliRunner::run({u"templates"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.outText().split(u'\n');
    QCOMPARE(lines.value(0), u"Caregivers"_s);
    QCOMPARE(lines.value(1), u"    title: Same title"_s);
    QCOMPARE(lines.value(2),
             u"    sections: "_s
                 + TestSupport::builtinArticle().preset(u"family-caregivers"_s)->sectionIds.join(u", "_s));
    QVERIFY(lines.contains(u"Recovery group"_s));
}

void TestCliTemplates::listsAsJson()
{
    const QString path = save(u"Recovery group"_s, u"After the group"_s, u"in-recovery"_s);
    const CliRun run = CliRunner::run({u"templates"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray list = run.json().array();
    QCOMPARE(list.size(), 1);
    const QJsonObject t = list.first().toObject();
    QCOMPARE(t.value(u"name"_s).toString(), u"Recovery group"_s);
    QCOMPARE(t.value(u"title"_s).toString(), u"After the group"_s);
    QCOMPARE(t.value(u"file"_s).toString(), path);
    QCOMPARE(t.value(u"language"_s).toString(), u"en"_s);
    QCOMPARE(t.value(u"sections"_s).toArray().size(),
             TestSupport::builtinArticle().preset(u"in-recovery"_s)->sectionIds.size());
    QCOMPARE(t.value(u"page"_s).toObject().value(u"size"_s).toString(), u"A4"_s);
}

void TestCliTemplates::emptyFolderSaysWhere()
{
    const CliRun run = CliRunner::run({u"templates"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outText(), u"No templates in %1\n"_s.arg(TemplateLibrary::defaultFolder()));
    const CliRun json = CliRunner::run({u"templates"_s, u"--json"_s});
    QCOMPARE(json.json().array().size(), 0);
}

void TestCliTemplates::brokenFileIsAWarningNotAFailure()
{
    QVERIFY(!save(u"Good"_s, u"T"_s, u"in-recovery"_s).isEmpty());
    QFile broken(QDir(TemplateLibrary::defaultFolder()).filePath(u"broken.handout"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": \"handout-composer/template\"");
    broken.close();
    const CliRun run = CliRunner::run({u"templates"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().array().size(), 1);
    QVERIFY2(run.errText().contains(u"warning: skipped "_s) && run.errText().contains(u"broken.handout"_s),
             qPrintable(run.errText()));
}

// `export --template NAME` prints the template's handout (its title and
// sections) with the patient's details given on the command line.
void TestCliTemplates::exportsByNameInAnyCase()
{
    QVERIFY(!save(u"Recovery group"_s, u"After the group"_s, u"in-recovery"_s).isEmpty());
    QVERIFY(!save(u"Caregivers"_s, u"For the family"_s, u"family-caregivers"_s).isEmpty());
    QTemporaryDir dir;
    const QString fromTemplate = dir.filePath(u"t.pdf"_s);
    const CliRun run = CliRunner::run({u"export"_s, u"--template"_s, u"recovery GROUP"_s, u"--patient"_s,
                                       u"Sam Example"_s, u"--out"_s, fromTemplate, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject exported = run.json().object().value(u"exported"_s).toArray().first().toObject();
    QCOMPARE(exported.value(u"template"_s).toString(), u"Recovery group"_s);
    const PdfReader pdf(fromTemplate);
    QVERIFY(pdf.ok);
    QVERIFY(pdf.allText().contains(u"After the group"_s));
    QVERIFY(pdf.allText().contains(u"Sam Example"_s));
    QVERIFY(!pdf.allText().contains(u"For the family"_s));
    // The same sections as the preset it was made from.
    const QString fromPreset = dir.filePath(u"p.pdf"_s);
    QCOMPARE(CliRunner::run({u"export"_s, u"--preset"_s, u"in-recovery"_s, u"--title"_s, u"After the group"_s,
                             u"--patient"_s, u"Sam Example"_s, u"--out"_s, fromPreset})
                 .exitCode,
             0);
    QCOMPARE(pdf.bodyText(), PdfReader(fromPreset).bodyText());
}

void TestCliTemplates::exportsByFile()
{
    const QString path = save(u"Caregivers"_s, u"For the family"_s, u"family-caregivers"_s);
    QVERIFY(!path.isEmpty());
    QTemporaryDir dir;
    const QString out = dir.filePath(u"t.pdf"_s);
    const CliRun run = CliRunner::run({u"export"_s, u"--template"_s, path, u"--out"_s, out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(PdfReader(out).allText().contains(u"For the family"_s));
}

void TestCliTemplates::checkReviewsWhatExportWrites()
{
    QVERIFY(!save(u"Recovery group"_s, u"After the group"_s, u"in-recovery"_s).isEmpty());
    QTemporaryDir dir;
    const QString out = dir.filePath(u"t.pdf"_s);
    const QStringList options {u"--template"_s, u"Recovery group"_s, u"--large-print"_s};
    const CliRun check = CliRunner::run(QStringList {u"check"_s, u"--json"_s} + options);
    QVERIFY2(check.exitCode == 0, check.err.constData());
    QCOMPARE(CliRunner::run(QStringList {u"export"_s, u"--out"_s, out} + options).exitCode, 0);
    QCOMPARE(check.json().object().value(u"pages"_s).toInt(), PdfReader(out).pageCount());
}

void TestCliTemplates::refusesWhatIsNoTemplate()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"t.pdf"_s);
    // A name nobody saved: the user's to fix.
    CliRun run = CliRunner::run({u"export"_s, u"--template"_s, u"Nothing like it"_s, u"--out"_s, out});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(u"no template is named"_s), run.err.constData());
    // A saved handout is not a template: named, exit 1.
    const Article &a = TestSupport::builtinArticle();
    HandoutRequest request;
    request.presetId = u"in-recovery"_s;
    const QString handout = dir.filePath(u"h.handout"_s);
    QString error;
    QVERIFY2(HandoutFile::write(handout, request.compose(a, request.resolve(a)), PageOptions(), a, false, &error),
             qPrintable(error));
    run = CliRunner::run({u"export"_s, u"--template"_s, handout, u"--out"_s, out});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(u"h.handout"_s) && run.errText().contains(u"not a template"_s),
             run.err.constData());
    // A template holds the sections already.
    QVERIFY(!save(u"Recovery group"_s, u"T"_s, u"in-recovery"_s).isEmpty());
    run = CliRunner::run(
        {u"export"_s, u"--template"_s, u"Recovery group"_s, u"--preset"_s, u"in-recovery"_s, u"--out"_s, out});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestCliTemplates)
#include "tst_cli_templates.moc"
