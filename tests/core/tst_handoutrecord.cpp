#include "affectedrecords.h"
#include "clock.h"
#include "handoutfile.h"
#include "handoutjsonwriter.h"
#include "handoutrecord.h"
#include "handoutrequest.h"
#include "recordjson.h"
#include "recordlocation.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;

// What a record holds (and never holds), where records go, and which given
// handouts a corrected passage affects.
class TestHandoutRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describeHoldsWhatWasGiven();
    void describeTakesTheTimeFromTheClock();
    void describeLeavesThePatientsNameOut();
    void nameIsTakenOutAsAWholeWordOnly();
    void fileSha256IsTheFilesHash();
    void parsesLocations_data();
    void parsesLocations();
    void refusesBadLocations_data();
    void refusesBadLocations();
    void displayNameHidesThePassword();
    void choosesOptionThenEnvironmentThenPreference();
    void affectedFindsRewrittenAndRemovedPassages();
    void affectedLeavesOutRecordsWithoutAPack();
    void jsonHasTheDocumentedKeys();

public:
    static HandoutContent content(const QString &patient = u"Zelda Quimby"_s);
};

HandoutContent TestHandoutRecord::content(const QString &patient)
{
    const Article &article = TestSupport::builtinArticle();
    HandoutRequest request;
    request.sectionIds = {u"introduction"_s, u"medical-use"_s};
    request.person.patient = patient;
    request.person.clinician = u"Dr. Ada Okafor"_s;
    request.notes = u"Call us if %1 feels unwell."_s.arg(patient);
    request.title = u"Ketamine for %1"_s.arg(patient);
    const HandoutRequest::Resolved resolved = request.resolve(article);
    Q_ASSERT(resolved.ok());
    return request.compose(article, resolved);
}

void TestHandoutRecord::describeHoldsWhatWasGiven()
{
    const Article &article = TestSupport::builtinArticle();
    PageOptions page;
    page.pageSize = QPageSize::Letter;
    page.largePrint = true;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const HandoutRecord r
        = HandoutRecord::describe(content(), page, article, HandoutRecord::Output::Print, u"  MRN-0042 "_s);
    QVERIFY(r.time >= before && r.time <= QDateTime::currentDateTimeUtc());
    QCOMPARE(r.time.timeSpec(), Qt::UTC);
    QCOMPARE(r.packId, article.meta.id);
    QCOMPARE(r.packVersion, article.meta.version);
    QCOMPARE(r.language, article.meta.language);
    QCOMPARE(r.wording, u"original"_s);
    QCOMPARE(r.sectionIds, content().sectionIds());
    QVERIFY(r.largePrint);
    QCOMPARE(r.pageSize, u"Letter"_s);
    QCOMPARE(r.clinician, u"Dr. Ada Okafor"_s);
    QCOMPARE(r.output, HandoutRecord::Output::Print);
    QCOMPARE(r.patientRef, u"MRN-0042"_s);
    QVERIFY(r.pdfSha256.isEmpty());

    // Every passage of the handout, once each, with the hash of its pack text.
    QStringList expected;
    for (const QString &sectionId : content().sectionIds()) {
        for (const Passage &p : article.section(sectionId)->passages)
            expected << p.id;
    }
    QStringList ids;
    for (const RecordedPassage &p : r.passages) {
        ids << p.id;
        QCOMPARE(p.sourceHash, HandoutJsonWriter::sourceHash(article.passage(p.id)->text));
    }
    QCOMPARE(ids, expected);

    // The handout JSON opens as a handout again.
    SourceError error;
    const std::optional<HandoutFileData> file = HandoutFile::readBytes(r.handoutJson, u"record"_s, &error);
    QVERIFY2(file, qPrintable(error.toString()));
    QCOMPARE(file->content.sectionIds(), r.sectionIds);
    QVERIFY(file->page.largePrint);
}

void TestHandoutRecord::describeTakesTheTimeFromTheClock()
{
    const QDateTime moment(QDate(2026, 3, 4), QTime(9, 30), Qt::UTC);
    Clock::setFixed(moment);
    const HandoutRecord r = HandoutRecord::describe(content(), PageOptions(), TestSupport::builtinArticle(),
                                                    HandoutRecord::Output::Print, u"MRN-1"_s);
    Clock::setFixed({});
    QCOMPARE(r.time, moment);
    QCOMPARE(r.time.timeSpec(), Qt::UTC);
}

void TestHandoutRecord::describeLeavesThePatientsNameOut()
{
    const HandoutRecord r
        = HandoutRecord::describe(content(), {}, TestSupport::builtinArticle(), HandoutRecord::Output::Pdf, {});
    QVERIFY(!r.handoutJson.contains("Zelda"));
    QVERIFY(!r.title.contains(u"Zelda"_s));
    QCOMPARE(r.title, u"Ketamine for […]"_s);
    SourceError error;
    const std::optional<HandoutFileData> file = HandoutFile::readBytes(r.handoutJson, u"record"_s, &error);
    QVERIFY2(file, qPrintable(error.toString()));
    QVERIFY(file->content.person.patient.isEmpty());
    QCOMPARE(file->content.notes.first().plainText(), u"Call us if […] feels unwell."_s);
    // The rest of the personalization is what was given.
    QCOMPARE(file->content.person.clinician, u"Dr. Ada Okafor"_s);
}

void TestHandoutRecord::nameIsTakenOutAsAWholeWordOnly()
{
    const HandoutRecord r
        = HandoutRecord::describe(content(u"ann"_s), {}, TestSupport::builtinArticle(), HandoutRecord::Output::Pdf, {});
    QCOMPARE(r.title, u"Ketamine for […]"_s);
    // "Ann" in another word stays: only the name itself is taken out.
    HandoutContent c = content(u"Ann"_s);
    c.title = u"Annual review for ANN"_s;
    QCOMPARE(HandoutRecord::describe(c, {}, TestSupport::builtinArticle(), HandoutRecord::Output::Pdf, {}).title,
             u"Annual review for […]"_s);
}

void TestHandoutRecord::fileSha256IsTheFilesHash()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.pdf"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("abc");
    file.close();
    QString error;
    // The SHA-256 of "abc" (FIPS 180-2, appendix B.1).
    QCOMPARE(HandoutRecord::fileSha256(path, &error),
             u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
    QVERIFY(HandoutRecord::fileSha256(dir.filePath(u"missing.pdf"_s), &error).isEmpty());
    QVERIFY2(error.contains(u"missing.pdf"_s), qPrintable(error));
}

void TestHandoutRecord::parsesLocations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("path");
    QTest::newRow("server") << u"postgresql://clinic@db.example.org:5433/handouts"_s << true << u"clinic"_s
                            << u"db.example.org"_s << 5433 << u"handouts"_s << QString();
    QTest::newRow("default port") << u"postgres://clinic@10.0.0.5/handouts"_s << true << u"clinic"_s << u"10.0.0.5"_s
                                  << -1 << u"handouts"_s << QString();
    QTest::newRow("socket folder") << u"postgresql://clinic@/handouts?host=/tmp/x"_s << true << u"clinic"_s
                                   << u"/tmp/x"_s << -1 << u"handouts"_s << QString();
    QTest::newRow("socket and port") << u"postgresql://clinic@/handouts?host=%2Frun%2Fpg&port=6000"_s << true
                                     << u"clinic"_s << u"/run/pg"_s << 6000 << u"handouts"_s << QString();
    QTest::newRow("sqlite uri") << u"sqlite:///srv/records.sqlite"_s << false << QString() << QString() << -1
                                << QString() << u"/srv/records.sqlite"_s;
    QTest::newRow("sqlite file") << u"/srv/records.sqlite"_s << false << QString() << QString() << -1 << QString()
                                 << u"/srv/records.sqlite"_s;
}

void TestHandoutRecord::parsesLocations()
{
    QFETCH(QString, text);
    RecordLocation location;
    QString error;
    QVERIFY2(RecordLocation::parse(text, &location, &error), qPrintable(error));
    QFETCH(bool, postgres);
    QCOMPARE(location.kind == RecordLocation::Kind::Postgresql, postgres);
    QTEST(location.user, "user");
    QTEST(location.host, "host");
    QTEST(location.port, "port");
    QTEST(location.database, "database");
    QTEST(location.path, "path");
}

void TestHandoutRecord::refusesBadLocations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << u" "_s << u"empty"_s;
    QTest::newRow("no database") << u"postgresql://clinic@host/"_s << u"names no database"_s;
    QTest::newRow("other scheme") << u"mysql://clinic@host/db"_s << u"“mysql” is neither"_s;
    QTest::newRow("bad port") << u"postgresql://clinic@/db?host=/tmp&port=abc"_s << u"port that is not a number"_s;
    QTest::newRow("unknown option") << u"postgresql://clinic@host/db?sslmode=off"_s << u"“sslmode”"_s;
}

void TestHandoutRecord::refusesBadLocations()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    RecordLocation location;
    QString error;
    QVERIFY(!RecordLocation::parse(text, &location, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestHandoutRecord::displayNameHidesThePassword()
{
    RecordLocation location;
    QString error;
    QVERIFY(RecordLocation::parse(u"postgresql://clinic:s3cret@db:5433/handouts"_s, &location, &error));
    QCOMPARE(location.password, u"s3cret"_s);
    QCOMPARE(location.displayName(), u"postgresql://clinic@db:5433/handouts"_s);
    QVERIFY(RecordLocation::parse(u"postgresql://clinic:s3cret@/handouts?host=/tmp/x&port=6000"_s, &location, &error));
    QCOMPARE(location.displayName(), u"postgresql://clinic@/handouts?host=/tmp/x&port=6000"_s);
}

void TestHandoutRecord::choosesOptionThenEnvironmentThenPreference()
{
    RecordLocation location;
    QString error;
    qunsetenv("HANDOUT_DATABASE");
    QVERIFY(RecordLocation::choose({}, {}, &location, &error));
    QCOMPARE(location.kind, RecordLocation::Kind::Sqlite);
    QCOMPARE(location.path, RecordLocation::defaultLocation().path);
    QVERIFY(location.path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)));
    QVERIFY(RecordLocation::choose({}, u"/pref.sqlite"_s, &location, &error));
    QCOMPARE(location.path, u"/pref.sqlite"_s);
    qputenv("HANDOUT_DATABASE", "/env.sqlite");
    QVERIFY(RecordLocation::choose({}, u"/pref.sqlite"_s, &location, &error));
    QCOMPARE(location.path, u"/env.sqlite"_s);
    QVERIFY(RecordLocation::choose(u"/option.sqlite"_s, u"/pref.sqlite"_s, &location, &error));
    QCOMPARE(location.path, u"/option.sqlite"_s);
    qunsetenv("HANDOUT_DATABASE");
}

namespace {

HandoutRecord recordOf(const QString &packId, const QList<RecordedPassage> &passages)
{
    HandoutRecord r;
    r.packId = packId;
    r.passages = passages;
    return r;
}

} // namespace

void TestHandoutRecord::affectedFindsRewrittenAndRemovedPassages()
{
    const Article &article = TestSupport::builtinArticle();
    const HandoutRecord given = HandoutRecord::describe(content(), {}, article, HandoutRecord::Output::Pdf, u"A-1"_s);
    QVERIFY(given.passages.size() >= 3);
    const QString rewritten = given.passages.at(1).id;
    const QString removed = given.passages.at(2).id;

    Article corrected = article;
    for (Section &section : corrected.sections) {
        for (int i = 0; i < section.passages.size(); ++i) {
            if (section.passages[i].id == rewritten)
                section.passages[i].text += u" (corrected)"_s;
        }
        section.passages.erase(std::remove_if(section.passages.begin(), section.passages.end(),
                                              [&](const Passage &p) { return p.id == removed; }),
                               section.passages.end());
    }
    corrected.rebuildIndex();

    const QList<HandoutRecord> records {given, recordOf(article.meta.id, given.passages.mid(3))};
    const QList<AffectedRecord> affected
        = AffectedRecords::find(records, [&](const HandoutRecord &) { return &corrected; });
    QCOMPARE(affected.size(), 1); // the second record has neither passage
    QCOMPARE(affected.first().record.patientRef, u"A-1"_s);
    const QList<AffectedRecord::Passage> expected {{rewritten, false}, {removed, true}};
    QCOMPARE(affected.first().passages, expected);

    // The same pack as given affects nothing.
    QVERIFY(AffectedRecords::find(records, [&](const HandoutRecord &) { return &article; }).isEmpty());
}

void TestHandoutRecord::affectedLeavesOutRecordsWithoutAPack()
{
    const QList<HandoutRecord> records {recordOf(u"other"_s, {{u"x"_s, u"00"_s}})};
    QVERIFY(AffectedRecords::find(records, [](const HandoutRecord &) { return nullptr; }).isEmpty());
}

void TestHandoutRecord::jsonHasTheDocumentedKeys()
{
    HandoutRecord r
        = HandoutRecord::describe(content(), {}, TestSupport::builtinArticle(), HandoutRecord::Output::Pdf, u"MRN-7"_s);
    r.id = 12;
    r.time = QDateTime(QDate(2026, 12, 1), QTime(3, 4, 5, 6), Qt::UTC);
    r.pdfSha256 = u"ab"_s;
    const QJsonObject json = RecordJson::toJson(AffectedRecord {r, {{r.passages.first().id, false}}});
    QCOMPARE(json.value(u"id"_s).toInteger(), 12);
    QCOMPARE(json.value(u"time"_s).toString(), u"2026-12-01T03:04:05.006Z"_s);
    QCOMPARE(json.value(u"pack"_s).toObject().value(u"id"_s).toString(), r.packId);
    QCOMPARE(json.value(u"patient_ref"_s).toString(), u"MRN-7"_s);
    QCOMPARE(json.value(u"output"_s).toString(), u"pdf"_s);
    QCOMPARE(json.value(u"pdf_sha256"_s).toString(), u"ab"_s);
    QCOMPARE(json.value(u"passages"_s).toArray().size(), r.passages.size());
    const QJsonObject changed = json.value(u"changed_passages"_s).toArray().first().toObject();
    QCOMPARE(changed.value(u"change"_s).toString(), u"rewritten"_s);
    QVERIFY(!json.contains(u"handout"_s));
    r.patientRef.clear();
    QVERIFY(RecordJson::toJson(r).value(u"patient_ref"_s).isNull());
}

QTEST_GUILESS_MAIN(TestHandoutRecord)
#include "tst_handoutrecord.moc"
