#include "appinfo.h"
#include "clirunner.h"
#include "handoutrequest.h"
#include "templatelibrary.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
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
    const QString path = TemplateLibrary().save(name, request.compose(a, request.resolve(a)), PageOptions(), a, &error);
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

QTEST_GUILESS_MAIN(TestCliTemplates)
#include "tst_cli_templates.moc"
