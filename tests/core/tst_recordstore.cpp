#include "handoutfile.h"
#include "handoutrecord.h"
#include "handoutrequest.h"
#include "postgresserver.h"
#include "recordschema.h"
#include "recordstore.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;

// The record store keeps what it is given, on SQLite and on a real PostgreSQL
// server this test starts itself; the patient's name reaches neither; the
// SQLite file is private and in WAL mode; failures are one sentence.
class TestRecordStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void keepsWhatItIsGiven_data();
    void keepsWhatItIsGiven();
    void keepsAVeryLongHandout_data();
    void keepsAVeryLongHandout();
    void filtersByTimeAndPatient_data();
    void filtersByTimeAndPatient();
    void createsTheSchemaOnce_data();
    void createsTheSchemaOnce();
    void refusesANewerSchema_data();
    void refusesANewerSchema();
    void patientNameIsInNeitherDatabase();
    void sqliteFileIsPrivateAndInWalMode();
    void unreachableServerIsOneSentence();
    void lockedFileIsOneSentence();
    void missingRecordIsOneSentence();

private:
    void addBackends();
    RecordLocation location(const QString &backend) const;
    static HandoutRecord sample(const QString &patientRef, const QString &patient = u"Zelda Quimby"_s);

    PostgresServer m_server;
    QTemporaryDir m_dir;
    int m_round = 0;
};

namespace {

constexpr QFileDevice::Permissions PermissionBits = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

void TestRecordStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void TestRecordStore::cleanupTestCase()
{
    m_server.stop();
}

void TestRecordStore::init()
{
    // Each test on a fresh database: a new SQLite file, the server's tables dropped.
    ++m_round;
    RecordLocation pg;
    QString error;
    QVERIFY(RecordLocation::parse(m_server.uri(), &pg, &error));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"reset"_s);
    db.setHostName(pg.host);
    db.setPort(pg.port);
    db.setUserName(pg.user);
    db.setDatabaseName(pg.database);
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    QSqlQuery(db).exec(u"DROP TABLE IF EXISTS record_passage, record_section, handout_record, schema_version"_s);
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"reset"_s);
}

void TestRecordStore::addBackends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

RecordLocation TestRecordStore::location(const QString &backend) const
{
    RecordLocation out;
    QString error;
    const QString text
        = backend == "sqlite"_L1 ? m_dir.filePath(u"round-%1/records.sqlite"_s.arg(m_round)) : m_server.uri();
    if (!RecordLocation::parse(text, &out, &error))
        qFatal("%s", qPrintable(error));
    return out;
}

HandoutRecord TestRecordStore::sample(const QString &patientRef, const QString &patient)
{
    const Article &article = TestSupport::builtinArticle();
    HandoutRequest request;
    request.sectionIds = {u"introduction"_s, u"fine-line"_s};
    request.person.patient = patient;
    request.person.clinician = u"Dr. Ada Okafor"_s;
    request.title = u"Handout for %1"_s.arg(patient);
    const HandoutRequest::Resolved resolved = request.resolve(article);
    return HandoutRecord::describe(request.compose(article, resolved), {}, article, HandoutRecord::Output::Pdf,
                                   patientRef);
}

void TestRecordStore::keepsWhatItIsGiven_data()
{
    addBackends();
}

void TestRecordStore::keepsWhatItIsGiven()
{
    QFETCH(QString, backend);
    RecordStore store(location(backend));
    QString error;
    HandoutRecord given = sample(u"MRN-1"_s);
    given.pdfSha256 = u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s;
    given.largePrint = true;
    given.pageSize = u"Letter"_s;
    QVERIFY2(store.add(&given, &error), qPrintable(error));
    QVERIFY(given.id > 0);

    const std::optional<HandoutRecord> back = store.record(given.id, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->id, given.id);
    QCOMPARE(back->time, given.time);
    QCOMPARE(back->title, given.title);
    QCOMPARE(back->packId, given.packId);
    QCOMPARE(back->packVersion, given.packVersion);
    QCOMPARE(back->language, given.language);
    QCOMPARE(back->wording, given.wording);
    QCOMPARE(back->sectionIds, given.sectionIds);
    QCOMPARE(back->passages, given.passages);
    QCOMPARE(back->largePrint, true);
    QCOMPARE(back->pageSize, u"Letter"_s);
    QCOMPARE(back->clinician, given.clinician);
    QCOMPARE(back->output, HandoutRecord::Output::Pdf);
    QCOMPARE(back->pdfSha256, given.pdfSha256);
    QCOMPARE(back->patientRef, u"MRN-1"_s);
    QCOMPARE(back->handoutJson, given.handoutJson);
    SourceError readError;
    QVERIFY(HandoutFile::readBytes(back->handoutJson, u"record"_s, &readError));

    // A second store on the same database sees it: it is in the database, not the object.
    RecordStore other(location(backend));
    const std::optional<QList<HandoutRecord>> all = other.list({}, &error);
    QVERIFY2(all, qPrintable(error));
    QCOMPARE(all->size(), 1);
    QVERIFY(all->first().handoutJson.isEmpty()); // lists leave the bulk out
    QCOMPARE(all->first().passages, given.passages);
}

void TestRecordStore::keepsAVeryLongHandout_data()
{
    addBackends();
}

void TestRecordStore::keepsAVeryLongHandout()
{
    // More passages than one statement inserts: every one comes back, in order.
    QFETCH(QString, backend);
    RecordStore store(location(backend));
    QString error;
    HandoutRecord given = sample(u"MRN-1"_s);
    for (int i = 0; i < 1234; ++i)
        given.passages.append({u"extra-%1"_s.arg(i), QString::number(i, 16).repeated(4)});
    QVERIFY2(store.add(&given, &error), qPrintable(error));
    const std::optional<HandoutRecord> back = store.record(given.id, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->passages.size(), given.passages.size());
    QCOMPARE(back->passages, given.passages);
}

void TestRecordStore::filtersByTimeAndPatient_data()
{
    addBackends();
}

void TestRecordStore::filtersByTimeAndPatient()
{
    QFETCH(QString, backend);
    RecordStore store(location(backend));
    QString error;
    HandoutRecord old = sample(u"MRN-1"_s);
    old.time = QDateTime(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC);
    HandoutRecord newer = sample(u"MRN-2"_s);
    newer.time = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    HandoutRecord newest = sample(u"MRN-1"_s);
    newest.time = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    newest.output = HandoutRecord::Output::Print;
    for (HandoutRecord *r : {&old, &newer, &newest})
        QVERIFY2(store.add(r, &error), qPrintable(error));

    const auto ids = [&](const RecordStore::Filter &filter) {
        QList<qint64> out;
        const std::optional<QList<HandoutRecord>> found = store.list(filter, &error);
        if (found) {
            for (const HandoutRecord &r : *found)
                out << r.id;
        }
        return out;
    };
    QCOMPARE(ids({}), (QList<qint64> {newest.id, newer.id, old.id}));
    RecordStore::Filter since;
    since.since = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    QCOMPARE(ids(since), (QList<qint64> {newest.id, newer.id}));
    RecordStore::Filter patient;
    patient.patientRef = u"MRN-1"_s;
    QCOMPARE(ids(patient), (QList<qint64> {newest.id, old.id}));
    patient.since = since.since;
    QCOMPARE(ids(patient), (QList<qint64> {newest.id}));
    RecordStore::Filter otherPack;
    otherPack.packId = u"no-such-pack"_s;
    QCOMPARE(ids(otherPack), QList<qint64> {});
    const std::optional<QList<HandoutRecord>> printed = store.list(patient, &error);
    QCOMPARE(printed->first().output, HandoutRecord::Output::Print);
}

void TestRecordStore::createsTheSchemaOnce_data()
{
    addBackends();
}

void TestRecordStore::createsTheSchemaOnce()
{
    QFETCH(QString, backend);
    QString error;
    {
        RecordStore store(location(backend));
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(store.schemaVersion(&error), RecordSchema::currentVersion());
        HandoutRecord r = sample(u"MRN-1"_s);
        QVERIFY(store.add(&r, &error));
    }
    // Opening again migrates nothing and loses nothing.
    RecordStore again(location(backend));
    QVERIFY2(again.open(&error), qPrintable(error));
    QCOMPARE(again.schemaVersion(&error), RecordSchema::currentVersion());
    QCOMPARE(again.list({}, &error)->size(), 1);
}

void TestRecordStore::refusesANewerSchema_data()
{
    addBackends();
}

void TestRecordStore::refusesANewerSchema()
{
    QFETCH(QString, backend);
    QString error;
    {
        RecordStore store(location(backend));
        QVERIFY2(store.open(&error), qPrintable(error));
    }
    {
        // A newer program's step, written the way a newer program would.
        const RecordLocation where = location(backend);
        QSqlDatabase db = QSqlDatabase::addDatabase(backend == "sqlite"_L1 ? u"QSQLITE"_s : u"QPSQL"_s, u"newer"_s);
        db.setDatabaseName(backend == "sqlite"_L1 ? where.path : where.database);
        db.setHostName(where.host);
        db.setPort(where.port);
        db.setUserName(where.user);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"INSERT INTO schema_version (version, applied_at) VALUES (%1, 'later')"_s.arg(
            RecordSchema::currentVersion() + 1)));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
    RecordStore store(location(backend));
    QVERIFY(!store.open(&error));
    QVERIFY2(error.contains(u"newer Handout Composer (schema %1"_s.arg(RecordSchema::currentVersion() + 1)),
             qPrintable(error));
    QVERIFY2(error.contains(location(backend).displayName()), qPrintable(error));
}

void TestRecordStore::patientNameIsInNeitherDatabase()
{
    const QString name = u"Zelda Quimby"_s;
    QString error;
    RecordStore sqliteStore(location(u"sqlite"_s));
    RecordStore postgresStore(location(u"postgresql"_s));
    for (RecordStore *store : {&sqliteStore, &postgresStore}) {
        HandoutRecord r = sample(u"MRN-9"_s, name);
        QVERIFY2(store->add(&r, &error), qPrintable(error));
    }
    // SQLite: the database file and its write-ahead log (still open, so the
    // new rows are in the log), as bytes.
    const QString sqlite = location(u"sqlite"_s).path;
    QByteArray bytes;
    for (const QString &suffix : {u""_s, u"-wal"_s})
        bytes += TestSupport::readAll(sqlite + suffix);
    QVERIFY(bytes.contains("MRN-9")); // the search would find what is there
    QVERIFY(!bytes.contains(name.toUtf8()));
    QVERIFY(!bytes.contains("Zelda"));
    // PostgreSQL: everything the server holds for the database, as a dump.
    const QByteArray dump = m_server.dump(&error);
    QVERIFY2(!dump.isEmpty(), qPrintable(error));
    QVERIFY(dump.contains("MRN-9"));
    QVERIFY(!dump.contains("Zelda"));
}

void TestRecordStore::sqliteFileIsPrivateAndInWalMode()
{
    const RecordLocation where = location(u"sqlite"_s);
    {
        RecordStore store(where);
        QString error;
        HandoutRecord r = sample(u"MRN-1"_s);
        QVERIFY2(store.add(&r, &error), qPrintable(error));
        // While it is open, the log and the shared-memory file exist too.
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            QVERIFY2(QFile::exists(where.path + suffix), qPrintable(suffix));
            QCOMPARE(QFile::permissions(where.path + suffix) & PermissionBits,
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"mode"_s);
    db.setDatabaseName(where.path);
    QVERIFY(db.open());
    QSqlQuery query(db);
    QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"wal"_s);
    query = QSqlQuery();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"mode"_s);
}

void TestRecordStore::unreachableServerIsOneSentence()
{
    RecordLocation nowhere = location(u"postgresql"_s);
    nowhere.host = m_dir.filePath(u"no-server-here"_s);
    RecordStore store(nowhere);
    QString error;
    HandoutRecord r = sample(u"MRN-1"_s);
    QVERIFY(!store.add(&r, &error));
    QVERIFY2(error.startsWith(u"cannot connect to the record database “postgresql://handout@/records?host="_s),
             qPrintable(error));
    QVERIFY2(!error.contains(u'\n'), qPrintable(error));
}

void TestRecordStore::lockedFileIsOneSentence()
{
    const RecordLocation where = location(u"sqlite"_s);
    {
        RecordStore store(where);
        QString error;
        QVERIFY(store.open(&error));
    }
    // Another program holds the write lock longer than a writer waits.
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
    db.setDatabaseName(where.path);
    QVERIFY(db.open());
    QVERIFY(QSqlQuery(db).exec(u"BEGIN EXCLUSIVE"_s));
    RecordStore store(where);
    store.setBusyTimeout(200);
    QString error;
    HandoutRecord r = sample(u"MRN-1"_s);
    QVERIFY(!store.add(&r, &error));
    QVERIFY2(error.contains(where.path) && error.contains(u"locked"_s), qPrintable(error));
    QSqlQuery(db).exec(u"ROLLBACK"_s);
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"holder"_s);
}

void TestRecordStore::missingRecordIsOneSentence()
{
    RecordStore store(location(u"sqlite"_s));
    QString error;
    QVERIFY(!store.record(4242, &error));
    QVERIFY2(error.contains(u"record 4242"_s) && error.contains(u"no such record"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestRecordStore)
#include "tst_recordstore.moc"
