#include "recordstore.h"

#include "recordschema.h"
#include "recordsql.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"handout-record-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// Inserts `values` (`columns` to a row) into `table` in as few statements as
// the drivers' limits on bound values allow.
bool insertRows(QSqlDatabase &db, const QString &table, int columns, const QVariantList &values, QString *error)
{
    constexpr int RowsPerStatement = 500; // 2000 values: far below SQLite's and PostgreSQL's limits
    const QString row = u'(' + QStringList(columns, u"?"_s).join(u", "_s) + u')';
    const qsizetype rows = values.size() / columns;
    for (qsizetype first = 0; first < rows; first += RowsPerStatement) {
        const qsizetype count = std::min<qsizetype>(RowsPerStatement, rows - first);
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO %1 VALUES %2"_s.arg(table, QStringList(count, row).join(u", "_s)));
        for (qsizetype i = first * columns; i < (first + count) * columns; ++i)
            insert.addBindValue(values.at(i));
        if (!RecordSql::run(insert, error))
            return false;
    }
    return true;
}

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

RecordStore::RecordStore(RecordLocation location)
    : m_location(std::move(location))
    , m_connection(uniqueConnectionName())
{ }

RecordStore::~RecordStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString RecordStore::failed(const QString &what, const QString &reason) const
{
    return u"%1 the record database “%2”: %3"_s.arg(what, m_location.displayName(), reason);
}

bool RecordStore::openSqlite(QString *error)
{
    const QFileInfo info(m_location.path);
    QDir folder = info.absoluteDir();
    if (!folder.exists() && !folder.mkpath(u"."_s)) {
        *error = failed(u"cannot create"_s, u"cannot make the folder “%1”"_s.arg(folder.path()));
        return false;
    }
    // The file holds what was given to whom: private to its owner from its
    // first byte. SQLite gives its -wal and -shm files the same mode.
    QFile file(m_location.path);
    if (!file.open(QIODevice::ReadWrite, OwnerOnly) || !file.setPermissions(OwnerOnly)) {
        *error = failed(u"cannot open"_s, file.errorString());
        return false;
    }
    file.close();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_location.path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_busyTimeoutMs));
    if (!db.open()) {
        *error = failed(u"cannot open"_s, RecordSql::reason(db.lastError()));
        return false;
    }
    // WAL lets readers and one writer work at once; NORMAL sync is durable
    // at every checkpoint and safe against corruption in WAL mode.
    QString reason;
    QSqlQuery wal(db);
    if (!wal.exec(u"PRAGMA journal_mode=WAL"_s) || !wal.next()
        || wal.value(0).toString().compare("wal"_L1, Qt::CaseInsensitive) != 0) {
        *error
            = failed(u"cannot open"_s, u"it cannot be put in WAL mode (%1)"_s.arg(RecordSql::reason(wal.lastError())));
        return false;
    }
    wal.finish();
    if (!RecordSql::exec(db, u"PRAGMA synchronous=NORMAL"_s, &reason)
        || !RecordSql::exec(db, u"PRAGMA foreign_keys=ON"_s, &reason)) {
        *error = failed(u"cannot open"_s, reason);
        return false;
    }
    return true;
}

bool RecordStore::open(QString *error)
{
    if (m_open)
        return true;
    const bool sqlite = m_location.kind == RecordLocation::Kind::Sqlite;
    const QString driver = sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        *error = failed(u"cannot open"_s,
                        u"the Qt SQL driver %1 is not installed (Debian: %2)"_s.arg(
                            driver, sqlite ? u"libqt6sql6-sqlite"_s : u"libqt6sql6-psql"_s));
        return false;
    }
    if (sqlite) {
        if (!openSqlite(error))
            return false;
    } else {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connection);
        db.setUserName(m_location.user);
        db.setPassword(m_location.password);
        db.setHostName(m_location.host);
        if (m_location.port > 0)
            db.setPort(m_location.port);
        db.setDatabaseName(m_location.database);
        db.setConnectOptions(u"connect_timeout=10;application_name=handout-composer"_s);
        if (!db.open()) {
            *error = failed(u"cannot connect to"_s, RecordSql::reason(db.lastError()));
            return false;
        }
        // libpq prints the server's notices ("already exists, skipping") on
        // stderr, which belongs to the program's own messages.
        QString reason;
        if (!RecordSql::exec(db, u"SET client_min_messages TO WARNING"_s, &reason)) {
            *error = failed(u"cannot connect to"_s, reason);
            return false;
        }
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QString reason;
    if (!RecordSchema::migrate(db, sqlite ? RecordSchema::Dialect::Sqlite : RecordSchema::Dialect::Postgresql,
                               &reason)) {
        *error = failed(u"cannot set up"_s, reason);
        return false;
    }
    m_open = true;
    return true;
}

bool RecordStore::add(HandoutRecord *record, QString *error)
{
    if (!m_open && !open(error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const auto fail = [&](const QString &reason) {
        *error = failed(u"cannot write to"_s, reason);
        return false;
    };
    QString reason;
    RecordSql::Transaction transaction(db, m_location.kind == RecordLocation::Kind::Sqlite);
    if (!transaction.begin(&reason))
        return fail(reason);
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO handout_record (recorded_at, title, pack_id, pack_version, language, wording, "
                   "large_print, page_size, clinician, output, pdf_sha256, patient_ref, handout) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    const auto orNull = [](const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); };
    // Qt SQL binds a null QString as NULL: an empty field is '' instead.
    const auto text = [](const QString &value) { return value.isNull() ? QVariant(u""_s) : QVariant(value); };
    insert.addBindValue(RecordSql::timeText(record->time));
    insert.addBindValue(text(record->title));
    insert.addBindValue(text(record->packId));
    insert.addBindValue(text(record->packVersion));
    insert.addBindValue(text(record->language));
    insert.addBindValue(text(record->wording));
    insert.addBindValue(record->largePrint ? 1 : 0);
    insert.addBindValue(text(record->pageSize));
    insert.addBindValue(text(record->clinician));
    insert.addBindValue(HandoutRecord::outputName(record->output));
    insert.addBindValue(orNull(record->pdfSha256));
    insert.addBindValue(orNull(record->patientRef));
    insert.addBindValue(QString::fromUtf8(record->handoutJson));
    if (!RecordSql::run(insert, &reason) || !insert.next())
        return fail(reason.isEmpty() ? u"no id came back"_s : reason);
    const qint64 id = insert.value(0).toLongLong();
    insert.finish();

    // One statement per table, not one per row: on a server each statement
    // is a round trip, and a handout has a hundred passages.
    QVariantList sections;
    for (int i = 0; i < record->sectionIds.size(); ++i)
        sections << id << i << text(record->sectionIds.at(i));
    QVariantList passages;
    for (int i = 0; i < record->passages.size(); ++i)
        passages << id << i << text(record->passages.at(i).id) << text(record->passages.at(i).sourceHash);
    if (!insertRows(db, u"record_section (record_id, position, section_id)"_s, 3, sections, &reason)
        || !insertRows(db, u"record_passage (record_id, position, passage_id, source_hash)"_s, 4, passages, &reason))
        return fail(reason);
    if (!transaction.commit(&reason))
        return fail(reason);
    record->id = id;
    return true;
}

namespace {

// The WHERE clause of a filter and the values it binds, in order.
struct Condition
{
    QString sql;
    QVariantList values;
};

Condition conditionOf(const RecordStore::Filter &filter)
{
    QStringList terms;
    Condition out;
    if (filter.since.isValid()) {
        terms << u"recorded_at >= ?"_s;
        out.values << RecordSql::timeText(filter.since);
    }
    if (!filter.patientRef.isEmpty()) {
        terms << u"patient_ref = ?"_s;
        out.values << filter.patientRef;
    }
    if (filter.id > 0) {
        terms << u"id = ?"_s;
        out.values << filter.id;
    }
    if (!filter.packId.isEmpty()) {
        terms << u"pack_id = ?"_s;
        out.values << filter.packId;
    }
    out.sql = terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s);
    return out;
}

bool runWith(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = RecordSql::reason(query.lastError());
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    return RecordSql::run(query, error);
}

} // namespace

std::optional<QList<HandoutRecord>> RecordStore::list(const Filter &filter, QString *error)
{
    if (!m_open && !open(error))
        return std::nullopt;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const Condition where = conditionOf(filter);
    QString reason;
    QSqlQuery rows(db);
    const QString columns = u"id, recorded_at, title, pack_id, pack_version, language, wording, large_print, "
                            "page_size, clinician, output, pdf_sha256, patient_ref"_s
        + (filter.withHandout ? u", handout"_s : QString());
    if (!runWith(rows, u"SELECT %1 FROM handout_record%2 ORDER BY recorded_at DESC, id DESC"_s.arg(columns, where.sql),
                 where.values, &reason)) {
        *error = failed(u"cannot read"_s, reason);
        return std::nullopt;
    }
    QList<HandoutRecord> records;
    std::map<qint64, qsizetype> index;
    while (rows.next()) {
        HandoutRecord r;
        r.id = rows.value(0).toLongLong();
        r.time = RecordSql::parseTime(rows.value(1).toString());
        r.title = rows.value(2).toString();
        r.packId = rows.value(3).toString();
        r.packVersion = rows.value(4).toString();
        r.language = rows.value(5).toString();
        r.wording = rows.value(6).toString();
        r.largePrint = rows.value(7).toInt() != 0;
        r.pageSize = rows.value(8).toString();
        r.clinician = rows.value(9).toString();
        HandoutRecord::parseOutput(rows.value(10).toString(), &r.output);
        r.pdfSha256 = rows.value(11).toString();
        r.patientRef = rows.value(12).toString();
        if (filter.withHandout)
            r.handoutJson = rows.value(13).toString().toUtf8();
        index.emplace(r.id, records.size());
        records << r;
    }
    rows.finish();
    const QString inFilter
        = u" WHERE record_id IN (SELECT id FROM handout_record%1) ORDER BY record_id, position"_s.arg(where.sql);
    QSqlQuery sections(db);
    if (!runWith(sections, u"SELECT record_id, section_id FROM record_section"_s + inFilter, where.values, &reason)) {
        *error = failed(u"cannot read"_s, reason);
        return std::nullopt;
    }
    while (sections.next()) {
        if (const auto it = index.find(sections.value(0).toLongLong()); it != index.end())
            records[it->second].sectionIds << sections.value(1).toString();
    }
    sections.finish();
    QSqlQuery passages(db);
    if (!runWith(passages, u"SELECT record_id, passage_id, source_hash FROM record_passage"_s + inFilter, where.values,
                 &reason)) {
        *error = failed(u"cannot read"_s, reason);
        return std::nullopt;
    }
    while (passages.next()) {
        if (const auto it = index.find(passages.value(0).toLongLong()); it != index.end())
            records[it->second].passages.append({passages.value(1).toString(), passages.value(2).toString()});
    }
    return records;
}

std::optional<HandoutRecord> RecordStore::record(qint64 id, QString *error)
{
    Filter filter;
    filter.id = id;
    filter.withHandout = true;
    const std::optional<QList<HandoutRecord>> found = list(filter, error);
    if (!found)
        return std::nullopt;
    if (found->isEmpty()) {
        *error = failed(u"cannot find record %1 in"_s.arg(id), u"there is no such record"_s);
        return std::nullopt;
    }
    return found->first();
}

int RecordStore::schemaVersion(QString *error)
{
    if (!m_open && !open(error))
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"SELECT MAX(version) FROM schema_version"_s) || !query.next()) {
        *error = failed(u"cannot read"_s, RecordSql::reason(query.lastError()));
        return 0;
    }
    return query.value(0).toInt();
}
