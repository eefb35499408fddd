#include "clirunner.h"
#include "pdfreader.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
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
    void pagesAgreeWithTheExport_data();
    void pagesAgreeWithTheExport();
    void badPageSizeExitsTwo();
    void unknownIdsExitTwoNamingEach();
    void selectionUsageErrors_data();
    void selectionUsageErrors();
    void readabilityKeysFollowTheLanguage_data();
    void readabilityKeysFollowTheLanguage();
    void readabilityOfAPackInItsLanguage_data();
    void readabilityOfAPackInItsLanguage();
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
    const CliRun run
        = CliRunner::run({u"check"_s, u"--preset"_s, u"in-recovery"_s, u"--json"_s, u"--crisis-line"_s, u"988"_s});
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

void TestCliCheck::pagesAgreeWithTheExport_data()
{
    QTest::addColumn<QString>("presetId");
    QTest::addColumn<QStringList>("page");
    for (const Preset &p : TestSupport::builtinArticle().presets) {
        QTest::addRow("%s A4", qPrintable(p.id)) << p.id << QStringList {u"--page-size"_s, u"A4"_s};
        QTest::addRow("%s Letter large", qPrintable(p.id))
            << p.id << QStringList {u"--page-size"_s, u"Letter"_s, u"--large-print"_s};
    }
}

void TestCliCheck::pagesAgreeWithTheExport()
{
    // What check measures is what export writes, page for page.
    QFETCH(QString, presetId);
    QFETCH(QStringList, page);
    const CliRun check = CliRunner::run(QStringList {u"check"_s, u"--preset"_s, presetId, u"--json"_s} + page);
    QCOMPARE(check.exitCode, 0);
    const QJsonObject report = check.json().object();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"out.pdf"_s);
    const CliRun exported = CliRunner::run(QStringList {u"export"_s, u"--preset"_s, presetId, u"--out"_s, pdf} + page);
    QCOMPARE(exported.exitCode, 0);
    const PdfReader reader(pdf);
    QVERIFY(reader.ok);
    QCOMPARE(report.value(u"pages"_s).toInt(), reader.pageCount());

    QStringList ids;
    double sum = 0;
    for (const QJsonValue &v : report.value(u"section_pages"_s).toArray()) {
        ids << v.toObject().value(u"id"_s).toString();
        const double pages = v.toObject().value(u"pages"_s).toDouble();
        QVERIFY(pages > 0);
        sum += pages;
    }
    QCOMPARE(ids, strings(report.value(u"selected_sections"_s)));
    // Rounded to tenths, the sections add up to no more than the pages.
    QVERIFY2(sum <= reader.pageCount() + 0.05 * ids.size(),
             qPrintable(u"sections add up to %1 of %2 pages"_s.arg(sum).arg(reader.pageCount())));
    QCOMPARE(report.value(u"large_print"_s).toBool(), page.contains(u"--large-print"_s));
}

void TestCliCheck::badPageSizeExitsTwo()
{
    const CliRun run = CliRunner::run({u"check"_s, u"--preset"_s, u"in-recovery"_s, u"--page-size"_s, u"A5"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(u"--page-size must be A4 or Letter"_s), qPrintable(run.errText()));
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
    const CliRun run = CliRunner::run(
        {u"check"_s, u"--sections"_s, u"medical-use,habenula"_s, u"--json"_s, u"--clinic-phone"_s, u"555 0100"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray findings = run.json().object().value(u"findings"_s).toArray();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].toObject().value(u"kind"_s).toString(), u"no-supervision-statement"_s);
    QCOMPARE(strings(run.json().object().value(u"sections_without_supervision"_s)),
             (QStringList {u"medical-use"_s, u"habenula"_s}));
}

void TestCliCheck::textReport()
{
    const CliRun run
        = CliRunner::run({u"check"_s, u"--sections"_s, u"dissociative-states"_s, u"--crisis-line"_s, u"988"_s});
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

void TestCliCheck::readabilityKeysFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("en") << u"en"_s << QStringList {u"flesch-kincaid-grade"_s, u"flesch-reading-ease"_s, u"smog"_s};
    QTest::newRow("es") << u"es"_s << QStringList {u"fernandez-huerta"_s, u"szigriszt-pazos"_s};
    QTest::newRow("ar") << u"ar"_s << QStringList {};
}

void TestCliCheck::readabilityKeysFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, keys);
    const CliRun run
        = CliRunner::run({u"check"_s, u"--preset"_s, u"in-recovery"_s, u"--lang"_s, language, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject readability = run.json().object().value(u"readability"_s).toObject();
    QCOMPARE(readability.value(u"language"_s).toString(), language);
    QVERIFY(readability.value(u"words"_s).toInt() > 100);
    QVERIFY(readability.value(u"sentences"_s).toInt() > 5);
    QStringList got = readability.value(u"scores"_s).toObject().keys();
    QCOMPARE(got, keys); // QJsonObject keys are sorted
    const QJsonArray sections = readability.value(u"sections"_s).toArray();
    const Article &a = TestSupport::builtinArticle();
    QStringList ids;
    for (const QJsonValue &v : sections) {
        ids << v.toObject().value(u"id"_s).toString();
        QCOMPARE(v.toObject().value(u"scores"_s).toObject().keys(), keys);
    }
    QCOMPARE(ids, a.preset(u"in-recovery"_s)->sectionIds);
}

// French and German have no built-in translation: a one-passage pack in each
// language, measured as docs/readability.md works the example by hand.
void TestCliCheck::readabilityOfAPackInItsLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonObject>("scores");
    QTest::newRow("fr") << u"fr"_s << u"Le médecin donne un médicament. Le patient dort bien."_s
                        << QJsonObject {{u"kandel-moles"_s, 79.8}};
    QTest::newRow("de") << u"de"_s << u"Der Arzt hilft dem Patienten. Das Medikament wirkt schnell."_s
                        << QJsonObject {{u"amstad"_s, 78.0}, {u"wiener-sachtextformel"_s, 6.0}};
}

void TestCliCheck::readabilityOfAPackInItsLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QJsonObject, scores);
    QString pack = QString::fromUtf8(TestSupport::readAll(TestSupport::dataPath(u"packs/minimal.md"_s)));
    pack.replace(u"language: en"_s, u"language: "_s + language);
    pack.replace(u"Plain text."_s, text);
    QTemporaryDir dir;
    QFile file(dir.filePath(u"pack.md"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pack.toUtf8());
    file.close();
    const CliRun run
        = CliRunner::run({u"check"_s, u"--content"_s, file.fileName(), u"--sections"_s, u"topic-two"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject readability = run.json().object().value(u"readability"_s).toObject();
    QCOMPARE(readability.value(u"language"_s).toString(), language);
    QCOMPARE(readability.value(u"words"_s).toInt(), 9);
    QCOMPARE(readability.value(u"sentences"_s).toInt(), 2);
    QCOMPARE(readability.value(u"scores"_s).toObject(), scores);
    const QJsonObject section = readability.value(u"sections"_s).toArray().at(0).toObject();
    QCOMPARE(section.value(u"id"_s).toString(), u"topic-two"_s);
    QCOMPARE(section.value(u"scores"_s).toObject(), scores);
}
