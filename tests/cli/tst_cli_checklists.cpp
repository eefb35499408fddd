#include "clirunner.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// handout-cli check --json: the PEMAT-P and CDC Clear Communication Index
// objects, following the options that change the handout, and a person's
// ratings read from a saved handout.
class TestCliChecklists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonHasBothChecklists();
    void noSummaryMakesItem11Disagree();
    void aNumberToCallRaisesActionability();
    void ratingsInAHandoutFileCount();
    void aBadRatingNamesItsPlace();

private:
    static QJsonObject check(const QStringList &extra);
    static QString verdict(const QJsonObject &list, int item);
    QString savedWith(const QJsonObject &ratings);
    QTemporaryDir m_dir;
};

QJsonObject TestCliChecklists::check(const QStringList &extra)
{
    const CliRun run = CliRunner::run(QStringList {u"check"_s, u"--json"_s} + extra);
    if (run.exitCode != 0)
        qWarning("%s", run.err.constData());
    return run.json().object();
}

QString TestCliChecklists::verdict(const QJsonObject &list, int item)
{
    for (const QJsonValue &v : list.value(u"items"_s).toArray()) {
        if (v.toObject().value(u"item"_s).toInt() == item)
            return v.toObject().value(u"verdict"_s).toString();
    }
    return {};
}

QString TestCliChecklists::savedWith(const QJsonObject &ratings)
{
    QJsonObject root
        = QJsonDocument::fromJson(TestSupport::readAll(TestSupport::dataPath(u"handouts/recovery-edited.handout"_s)))
              .object();
    root.insert(u"checklist_ratings"_s, ratings);
    const QString path = m_dir.filePath(u"rated.handout"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0)
        return {};
    return path;
}

void TestCliChecklists::jsonHasBothChecklists()
{
    const QJsonObject report = check({u"--preset"_s, u"in-recovery"_s});
    const QJsonObject pemat = report.value(u"pemat"_s).toObject();
    QCOMPARE(pemat.value(u"items"_s).toArray().size(), 24);
    QVERIFY(pemat.value(u"understandability"_s).isDouble());
    for (const QJsonValue &v : pemat.value(u"items"_s).toArray()) {
        const QJsonObject item = v.toObject();
        QVERIFY(QStringList({u"agree"_s, u"disagree"_s, u"na"_s, u"person"_s})
                    .contains(item.value(u"verdict"_s).toString()));
        QVERIFY(!item.value(u"reason"_s).toString().isEmpty());
    }
    const QJsonObject cci = report.value(u"cci"_s).toObject();
    QCOMPARE(cci.value(u"items"_s).toArray().size(), 20);
    QVERIFY(cci.value(u"score"_s).isDouble());
    QCOMPARE(cci.value(u"passing"_s).toDouble(), 90.0);
}

void TestCliChecklists::noSummaryMakesItem11Disagree()
{
    const QJsonObject with = check({u"--preset"_s, u"in-recovery"_s}).value(u"pemat"_s).toObject();
    const QJsonObject without
        = check({u"--preset"_s, u"in-recovery"_s, u"--no-summary"_s}).value(u"pemat"_s).toObject();
    QCOMPARE(verdict(with, 11), u"agree"_s);
    QCOMPARE(verdict(without, 11), u"disagree"_s);
    QVERIFY(without.value(u"understandability"_s).toDouble() < with.value(u"understandability"_s).toDouble());
}

void TestCliChecklists::aNumberToCallRaisesActionability()
{
    const QJsonObject before = check({u"--preset"_s, u"in-recovery"_s}).value(u"pemat"_s).toObject();
    const QJsonObject after
        = check({u"--preset"_s, u"in-recovery"_s, u"--crisis-line"_s, u"988"_s}).value(u"pemat"_s).toObject();
    QCOMPARE(verdict(after, 20), u"agree"_s);
    QVERIFY(after.value(u"actionability"_s).toDouble() > before.value(u"actionability"_s).toDouble());
}

void TestCliChecklists::ratingsInAHandoutFileCount()
{
    const QString plain = savedWith({});
    QVERIFY(!plain.isEmpty());
    const QJsonObject unrated = check({u"--handout"_s, plain}).value(u"pemat"_s).toObject();
    QCOMPARE(verdict(unrated, 10), u"person"_s);
    const int pendingBefore = check({u"--handout"_s, plain}).value(u"cci"_s).toObject().value(u"pending"_s).toInt();
    const QString path = savedWith({{u"pemat-10"_s, u"agree"_s}, {u"cci-1"_s, u"disagree"_s}});
    const QJsonObject report = check({u"--handout"_s, path});
    QCOMPARE(verdict(report.value(u"pemat"_s).toObject(), 10), u"agree"_s);
    QCOMPARE(verdict(report.value(u"cci"_s).toObject(), 1), u"disagree"_s);
    QCOMPARE(report.value(u"cci"_s).toObject().value(u"pending"_s).toInt(), pendingBefore - 1);
}

void TestCliChecklists::aBadRatingNamesItsPlace()
{
    const QString path = savedWith({{u"pemat-10"_s, u"maybe"_s}});
    const CliRun run = CliRunner::run({u"check"_s, u"--handout"_s, path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(u"checklist_ratings.pemat-10"_s), run.err.constData());
    const QString unknown = savedWith({{u"pemat-13"_s, u"agree"_s}});
    const CliRun second = CliRunner::run({u"check"_s, u"--handout"_s, unknown});
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.errText().contains(u"checklist_ratings"_s), second.err.constData());
}

QTEST_GUILESS_MAIN(TestCliChecklists)
#include "tst_cli_checklists.moc"
