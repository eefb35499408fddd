#include "clirunner.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// `check` reports the spelling of what the clinician wrote (issue 15), with
// Debian's real dictionaries.
class TestCliSpelling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void misspellingsAreListedWithSuggestions_data();
    void misspellingsAreListedWithSuggestions();
    void savedHandoutIsChecked();
    void textReportNamesEachWord();
    void missingDictionaryIsSaidOnce();

private:
    static QStringList findings(const QJsonObject &report);
};

QStringList TestCliSpelling::findings(const QJsonObject &report)
{
    QStringList out;
    for (const QJsonValue &v : report.value(u"spelling"_s).toArray()) {
        const QJsonObject f = v.toObject();
        QStringList suggestions;
        for (const QJsonValue &s : f.value(u"suggestions"_s).toArray())
            suggestions << s.toString();
        out << f.value(u"word"_s).toString() + u'@' + f.value(u"where"_s).toString() + u'>' + suggestions.value(0);
    }
    return out;
}

void TestCliSpelling::misspellingsAreListedWithSuggestions_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("notes");
    QTest::addColumn<QString>("dictionary");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("en") << u"en"_s << u"Bring the medicatoin list. Ask about hydronephrosis."_s << u"en_US"_s
                        << QStringList {u"medicatoin@notes>medication"_s};
    QTest::newRow("es") << u"es"_s << u"Traiga la lista del medicamneto."_s << u"es_ES"_s
                        << QStringList {u"medicamneto@notes>medicamento"_s};
}

void TestCliSpelling::misspellingsAreListedWithSuggestions()
{
    QFETCH(QString, language);
    QFETCH(QString, notes);
    QFETCH(QString, dictionary);
    QFETCH(QStringList, expected);
    const CliRun run = CliRunner::run({u"check"_s, u"--preset"_s, u"in-recovery"_s, u"--lang"_s, language, u"--notes"_s,
                                       notes, u"--crisis-line"_s, u"988"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = run.json().object();
    QCOMPARE(report.value(u"spelling_dictionary"_s).toString(), dictionary);
    // The preset's passages, in the article's wording, give nothing.
    QCOMPARE(findings(report), expected);
}

void TestCliSpelling::savedHandoutIsChecked()
{
    const CliRun run
        = CliRunner::run({u"check"_s, u"--handout"_s, TestSupport::dataPath(u"handouts/recovery-edited.handout"_s),
                          u"--title"_s, u"Your recovry plan"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(findings(run.json().object()), QStringList {u"recovry@title>recovery"_s});
}

void TestCliSpelling::textReportNamesEachWord()
{
    const CliRun run
        = CliRunner::run({u"check"_s, u"--preset"_s, u"in-recovery"_s, u"--notes"_s, u"Bring the medicatoin list."_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.outText().contains(u"Spelling (en_US): 1 word to look at\n  medicatoin (notes): medication"_s),
             qPrintable(run.outText()));
}

void TestCliSpelling::missingDictionaryIsSaidOnce()
{
    QTemporaryDir empty;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DICPATH"_s, empty.path());
    const CliRun run = CliRunner::run(
        {u"check"_s, u"--preset"_s, u"in-recovery"_s, u"--lang"_s, u"es"_s, u"--notes"_s, u"wrnog"_s, u"--json"_s},
        env);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.errText().count(u"spelling is not checked: no spelling dictionary for “es”"_s), 1);
    const QJsonObject report = run.json().object();
    QVERIFY(report.value(u"spelling_dictionary"_s).isNull());
    QVERIFY(report.value(u"spelling"_s).toArray().isEmpty());
}

QTEST_MAIN(TestCliSpelling)
#include "tst_cli_spelling.moc"
