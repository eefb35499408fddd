#include "clirunner.h"
#include "postgresserver.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

// `export --record` and `history` through the real handout-cli, on SQLite and
// on a real PostgreSQL server this test starts: every handout is recorded
// (several programs at once lose none), a failed record still leaves the PDF,
// the patient's name reaches neither database, and a corrected passage finds
// the handouts that carried the old text.
class TestCliHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void batchRecordsEachHandout_data();
    void batchRecordsEachHandout();
    void historyFilters();
    void databaseFromTheEnvironment();
    void failedRecordStillWritesThePdf();
    void usageErrors_data();
    void usageErrors();
    void affectedFindsCorrectedPassages();
    void concurrentExportsLoseNothing_data();
    void concurrentExportsLoseNothing();
    void patientNameIsInNeitherDatabase();

private:
    QString database(const QString &backend) const;
    QJsonArray history(const QStringList &extra);
    QString batchFile(const QString &name, int lines, const QString &patient = u"Zelda Quimby"_s);

    PostgresServer m_server;
    QTemporaryDir m_dir;
    int m_round = 0;
};

namespace {

QString sha256Of(const QString &path)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(TestSupport::readAll(path), QCryptographicHash::Sha256).toHex());
}

} // namespace

void TestCliHistory::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void TestCliHistory::cleanupTestCase()
{
    m_server.stop();
}

void TestCliHistory::init()
{
    // A fresh PostgreSQL database for each test, and a fresh SQLite file.
    ++m_round;
    QProcess psql;
    psql.start(PostgresServer::binary(u"psql"_s),
               {u"-h"_s, m_server.socketFolder(), u"-p"_s, QString::number(m_server.port()), u"-U"_s, u"handout"_s,
                u"-q"_s, u"-c"_s,
                u"SET client_min_messages TO WARNING; DROP TABLE IF EXISTS record_passage, record_section, "
                "handout_record, schema_version"_s,
                u"records"_s});
    QVERIFY(psql.waitForFinished(60000));
    QCOMPARE(psql.exitCode(), 0);
}

QString TestCliHistory::database(const QString &backend) const
{
    return backend == "sqlite"_L1 ? m_dir.filePath(u"round-%1/records.sqlite"_s.arg(m_round)) : m_server.uri();
}

QJsonArray TestCliHistory::history(const QStringList &extra)
{
    const CliRun run = CliRunner::run(QStringList {u"history"_s, u"--json"_s} + extra);
    if (run.exitCode != 0)
        qWarning("history failed: %s", qPrintable(run.errText()));
    return run.json().object().value(u"records"_s).toArray();
}

QString TestCliHistory::batchFile(const QString &name, int lines, const QString &patient)
{
    const QString path = m_dir.filePath(name + u".batch"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return {};
    for (int i = 1; i <= lines; ++i) {
        file.write(
            u"--sections introduction,fine-line --patient \"%1\" --patient-ref %2-%3 --out %4\n"_s.arg(patient, name)
                .arg(i)
                .arg(m_dir.filePath(u"%1-%2.pdf"_s.arg(name).arg(i)))
                .toUtf8());
    }
    return path;
}

void TestCliHistory::batchRecordsEachHandout_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

void TestCliHistory::batchRecordsEachHandout()
{
    QFETCH(QString, backend);
    const QString db = database(backend);
    const CliRun run
        = CliRunner::run({u"export"_s, u"--batch"_s, batchFile(u"batch"_s, 3), u"--record"_s, u"--database"_s, db});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QVERIFY(run.err.isEmpty());
    const QJsonArray records = history({u"--database"_s, db});
    QCOMPARE(records.size(), 3);
    for (int i = 0; i < 3; ++i) {
        // Newest first: the batch's last line is the first record.
        const QJsonObject r = records.at(i).toObject();
        const int line = 3 - i;
        QCOMPARE(r.value(u"patient_ref"_s).toString(), u"batch-%1"_s.arg(line));
        QCOMPARE(r.value(u"pdf_sha256"_s).toString(), sha256Of(m_dir.filePath(u"batch-%1.pdf"_s.arg(line))));
        QCOMPARE(r.value(u"sections"_s).toArray(), (QJsonArray {u"introduction"_s, u"fine-line"_s}));
        QCOMPARE(r.value(u"output"_s).toString(), u"pdf"_s);
        QCOMPARE(r.value(u"wording"_s).toString(), u"original"_s);
        QVERIFY(!r.value(u"passages"_s).toArray().isEmpty());
    }
}

void TestCliHistory::historyFilters()
{
    const QString db = database(u"sqlite"_s);
    QCOMPARE(
        CliRunner::run({u"export"_s, u"--batch"_s, batchFile(u"f"_s, 2), u"--record"_s, u"--database"_s, db}).exitCode,
        0);
    QCOMPARE(history({u"--database"_s, db, u"--patient-ref"_s, u"f-2"_s}).size(), 1);
    QCOMPARE(history({u"--database"_s, db, u"--patient-ref"_s, u"nobody"_s}).size(), 0);
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    const QString tomorrow = QDateTime::currentDateTimeUtc().date().addDays(1).toString(Qt::ISODate);
    QCOMPARE(history({u"--database"_s, db, u"--since"_s, today}).size(), 2);
    QCOMPARE(history({u"--database"_s, db, u"--since"_s, tomorrow}).size(), 0);
    // The text listing: one line per record, with its reference.
    const CliRun text = CliRunner::run({u"history"_s, u"--database"_s, db});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.outText().count(u'\n'), 2);
    QVERIFY(text.outText().contains(u"f-1"_s) && text.outText().contains(u"f-2"_s));
}

void TestCliHistory::databaseFromTheEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HANDOUT_DATABASE"_s, m_server.uri());
    const QString out = m_dir.filePath(u"env.pdf"_s);
    const CliRun run = CliRunner::run({u"export"_s, u"--sections"_s, u"introduction"_s, u"--out"_s, out, u"--record"_s,
                                       u"--patient-ref"_s, u"ENV-1"_s},
                                      env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    // It went to the server, not to the default SQLite file.
    QCOMPARE(history({u"--database"_s, m_server.uri()}).size(), 1);
    const CliRun fromEnvironment = CliRunner::run({u"history"_s, u"--json"_s}, env);
    QCOMPARE(fromEnvironment.json().object().value(u"records"_s).toArray().size(), 1);
    QCOMPARE(history({}).size(), 0);
}

void TestCliHistory::failedRecordStillWritesThePdf()
{
    const QString out = m_dir.filePath(u"down.pdf"_s);
    const QString down = u"postgresql://handout@/records?host=%1"_s.arg(m_dir.filePath(u"no-server"_s));
    const CliRun run = CliRunner::run(
        {u"export"_s, u"--sections"_s, u"introduction"_s, u"--out"_s, out, u"--record"_s, u"--database"_s, down});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(QFileInfo(out).size() > 1000);
    QCOMPARE(run.errText().count(u'\n'), 1);
    QVERIFY2(run.errText().startsWith(u"handout-cli: %1: the PDF was written, but the record failed: cannot connect "
                                      "to the record database “postgresql://handout@/records?host="_s.arg(out)),
             qPrintable(run.errText()));
}

void TestCliHistory::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString out = QDir::temp().filePath(u"never.pdf"_s);
    QTest::newRow("ref without record")
        << QStringList {u"export"_s, u"--sections"_s, u"introduction"_s, u"--out"_s, out, u"--patient-ref"_s, u"A"_s}
        << u"--patient-ref is for --record"_s;
    QTest::newRow("database without record")
        << QStringList {u"export"_s, u"--sections"_s, u"introduction"_s, u"--out"_s, out, u"--database"_s, u"x"_s}
        << u"--database is for --record"_s;
    QTest::newRow("bad uri") << QStringList {u"export"_s, u"--sections"_s, u"introduction"_s, u"--out"_s,
                                             out,         u"--record"_s,   u"--database"_s,   u"mysql://a@b/c"_s}
                             << u"neither postgresql://"_s;
    QTest::newRow("bad since") << QStringList {u"history"_s, u"--since"_s, u"yesterday"_s}
                               << u"--since must be a date (YYYY-MM-DD) or an ISO 8601 time, not 'yesterday'"_s;
    QTest::newRow("pack without affected") << QStringList {u"history"_s, u"--pack"_s, u"ketamine-review"_s}
                                           << u"--content and --pack are for --affected"_s;
}

void TestCliHistory::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = CliRunner::run(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(message), qPrintable(run.errText()));
    QVERIFY(!QFile::exists(QDir::temp().filePath(u"never.pdf"_s)));
}

void TestCliHistory::affectedFindsCorrectedPassages()
{
    const QString db = database(u"sqlite"_s);
    const QString out = m_dir.filePath(u"given.pdf"_s);
    QCOMPARE(CliRunner::run({u"export"_s, u"--sections"_s, u"introduction"_s, u"--out"_s, out, u"--record"_s,
                             u"--database"_s, db, u"--patient-ref"_s, u"OLD-1"_s})
                 .exitCode,
             0);
    QCOMPARE(CliRunner::run({u"export"_s, u"--sections"_s, u"fine-line"_s, u"--out"_s, out, u"--record"_s,
                             u"--database"_s, db, u"--patient-ref"_s, u"OTHER-1"_s})
                 .exitCode,
             0);
    // The same pack as given: nothing is affected.
    QCOMPARE(history({u"--affected"_s, u"--database"_s, db}).size(), 0);

    // A corrected pack: one passage reworded, one taken out.
    QString pack
        = QString::fromUtf8(TestSupport::readAll(TestSupport::sourcePath(u"resources/content/ketamine-review.md"_s)));
    const QString sentence = u"contributes to its effects."_s;
    QVERIFY(pack.contains(sentence));
    pack.replace(sentence, u"contributes to its effects (corrected)."_s);
    const qsizetype removedAt = pack.indexOf(u"{#introduction-under-investigation}"_s);
    QVERIFY(removedAt > 0);
    pack.remove(removedAt, pack.indexOf(u"\n\n"_s, removedAt) + 2 - removedAt);
    const QString corrected = m_dir.filePath(u"corrected.md"_s);
    QFile file(corrected);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pack.toUtf8());
    file.close();

    const QJsonArray affected = history({u"--affected"_s, u"--content"_s, corrected, u"--database"_s, db});
    QCOMPARE(affected.size(), 1);
    const QJsonObject r = affected.first().toObject();
    QCOMPARE(r.value(u"patient_ref"_s).toString(), u"OLD-1"_s);
    const QJsonArray expected {
        QJsonObject {{u"id"_s, u"introduction-under-investigation"_s}, {u"change"_s, u"removed"_s}},
        QJsonObject {{u"id"_s, u"introduction-receptors"_s}, {u"change"_s, u"rewritten"_s}},
    };
    QCOMPARE(r.value(u"changed_passages"_s).toArray(), expected);

    const CliRun text = CliRunner::run({u"history"_s, u"--affected"_s, u"--content"_s, corrected, u"--database"_s, db});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.outText().contains(u"changed: introduction-under-investigation (removed), introduction-receptors"_s),
             qPrintable(text.outText()));
}

void TestCliHistory::concurrentExportsLoseNothing_data()
{
    batchRecordsEachHandout_data();
}

void TestCliHistory::concurrentExportsLoseNothing()
{
    // Programs started together on a database none of them has made yet:
    // they race for the schema as well as for the writes.
    QFETCH(QString, backend);
    const QString db = database(backend);
    constexpr int Programs = 6;
    constexpr int Lines = 4;
    std::vector<std::unique_ptr<QProcess>> programs;
    for (int p = 0; p < Programs; ++p) {
        auto process = std::make_unique<QProcess>();
        process->start(
            QStringLiteral(HANDOUT_CLI),
            {u"export"_s, u"--batch"_s, batchFile(u"p%1"_s.arg(p), Lines), u"--record"_s, u"--database"_s, db});
        programs.push_back(std::move(process));
    }
    for (const auto &process : programs) {
        QVERIFY(process->waitForFinished(120000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    }
    const QJsonArray records = history({u"--database"_s, db});
    QCOMPARE(records.size(), Programs * Lines);
    QSet<QString> refs;
    QSet<qint64> ids;
    for (const QJsonValue &r : records) {
        refs.insert(r.toObject().value(u"patient_ref"_s).toString());
        ids.insert(r.toObject().value(u"id"_s).toInteger());
        QCOMPARE(r.toObject().value(u"passages"_s).toArray().size(), records.first()[u"passages"_s].toArray().size());
    }
    QCOMPARE(refs.size(), Programs * Lines);
    QCOMPARE(ids.size(), Programs * Lines);
}

void TestCliHistory::patientNameIsInNeitherDatabase()
{
    const QString name = u"Zelda Quimby"_s;
    const QString sqlite = database(u"sqlite"_s);
    for (const QString &db : {sqlite, m_server.uri()}) {
        const CliRun run = CliRunner::run(
            {u"export"_s, u"--batch"_s, batchFile(u"private"_s, 2, name), u"--record"_s, u"--database"_s, db});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY(!run.out.contains("Zelda") && !run.err.contains("Zelda"));
        const CliRun listed = CliRunner::run({u"history"_s, u"--json"_s, u"--database"_s, db});
        QVERIFY(listed.out.contains("private-1"));
        QVERIFY(!listed.out.contains("Zelda"));
    }
    // The PDF has the name (it is the patient's handout); the databases do not.
    QVERIFY(QFile::exists(m_dir.filePath(u"private-1.pdf"_s)));
    QByteArray bytes;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(sqlite + suffix))
            bytes += TestSupport::readAll(sqlite + suffix);
    }
    QVERIFY(bytes.contains("private-1"));
    QVERIFY(!bytes.contains("Zelda"));
    QString error;
    const QByteArray dump = m_server.dump(&error);
    QVERIFY2(dump.contains("private-1"), qPrintable(error));
    QVERIFY(!dump.contains("Zelda"));
}

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_cli_history.moc"
