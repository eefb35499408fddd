#include "clirunner.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestCliCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presetReviewAsJson();
    void sectionsKeepTheGivenOrder();
    void topicBringsItsSubsections();
    void selectionWithoutSupervisionIsAFinding();
    void textReport();
    void unknownIdsExitTwoNamingEach();
    void selectionUsageErrors_data();
    void selectionUsageErrors();
};

static QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

void TestCliCheck::presetReviewAsJson()
{
    const CliRun run = CliRunner::run({u"check"_s, u"--preset"_s, u"in-recovery"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = run.json().object();
    const Article &a = TestSupport::builtinArticle();
    QCOMPARE(strings(report.value(u"selected_sections"_s)), a.preset(u"in-recovery"_s)->sectionIds);
    QStringList risk;
    QStringList supervision;
    for (const Passage *p : a.taggedPassages(a.preset(u"in-recovery"_s)->sectionIds, PassageTag::Risk))
        risk << p->id;
    for (const Passage *p : a.taggedPassages(a.preset(u"in-recovery"_s)->sectionIds, PassageTag::Supervision))
        supervision << p->id;
    QCOMPARE(strings(report.value(u"risk_passages"_s)), risk);
    QCOMPARE(strings(report.value(u"supervision_passages"_s)), supervision);
    QVERIFY(supervision.contains(u"dissociative-states-supervision"_s));
    QCOMPARE(report.value(u"summary_present"_s).toBool(), true);
    QCOMPARE(report.value(u"findings"_s).toArray().size(), 0);
}

void TestCliCheck::sectionsKeepTheGivenOrder()
{
    const CliRun run
        = CliRunner::run({u"check"_s, u"--sections"_s, u"conclusion, medical-use,introduction"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(strings(run.json().object().value(u"selected_sections"_s)),
             (QStringList {u"conclusion"_s, u"medical-use"_s, u"introduction"_s}));
}

void TestCliCheck::topicBringsItsSubsections()
{
    const CliRun run = CliRunner::run({u"check"_s, u"--sections"_s, u"dual-nature"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(strings(run.json().object().value(u"selected_sections"_s)),
             (QStringList {u"dual-nature"_s, u"medical-use"_s, u"recreational-use"_s, u"fine-line"_s}));
}

void TestCliCheck::selectionWithoutSupervisionIsAFinding()
{
    const CliRun run = CliRunner::run({u"check"_s, u"--sections"_s, u"medical-use,habenula"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray findings = run.json().object().value(u"findings"_s).toArray();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].toObject().value(u"kind"_s).toString(), u"no-supervision-statement"_s);
    QCOMPARE(strings(run.json().object().value(u"sections_without_supervision"_s)),
             (QStringList {u"medical-use"_s, u"habenula"_s}));
}

void TestCliCheck::textReport()
{
    const CliRun run = CliRunner::run({u"check"_s, u"--sections"_s, u"dissociative-states"_s});
    QCOMPARE(run.exitCode, 0);
    const QString out = run.outText();
    QVERIFY(out.contains(u"Sections (1): dissociative-states"_s));
    QVERIFY(out.contains(u"Risk passages (3): dissociative-states-detachment, dissociative-states-outside-control, "
                         "dissociative-states-supervision"_s));
    QVERIFY(out.contains(u"Supervision passages (1): dissociative-states-supervision"_s));
    QVERIFY(out.contains(u"summary: present"_s));
    QVERIFY(out.contains(u"Findings: none"_s));
}

void TestCliCheck::unknownIdsExitTwoNamingEach()
{
    CliRun run = CliRunner::run({u"check"_s, u"--sections"_s, u"introduction,nope,conclusion,also-nope"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(u"unknown section 'nope'"_s), run.err.constData());
    QVERIFY2(run.errText().contains(u"unknown section 'also-nope'"_s), run.err.constData());
    QVERIFY(run.out.isEmpty());
    run = CliRunner::run({u"check"_s, u"--preset"_s, u"teenagers"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(u"unknown preset 'teenagers'"_s), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCliCheck::selectionUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing chosen") << QStringList {u"check"_s} << u"choose the content with --sections"_s;
    QTest::newRow("both") << QStringList {u"check"_s, u"--sections"_s, u"introduction"_s, u"--preset"_s,
                                          u"in-recovery"_s}
                          << u"either --sections or --preset"_s;
    QTest::newRow("empty id") << QStringList {u"check"_s, u"--sections"_s, u"introduction,,conclusion"_s}
                              << u"empty section id"_s;
    QTest::newRow("twice") << QStringList {u"check"_s, u"--sections"_s, u"introduction,introduction"_s}
                           << u"section 'introduction' is named twice"_s;
}

void TestCliCheck::selectionUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = CliRunner::run(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(message), run.err.constData());
}

QTEST_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
