#include "recordschema.h"

#include "recordsql.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

// Any number of PostgreSQL's advisory-lock space will do; this one is "HCRS"
// (Handout Composer Record Schema) in ASCII.
constexpr qint64 MigrationLock = 0x48435253;

} // namespace

int RecordSchema::currentVersion()
{
    return 1;
}

QStringList RecordSchema::migration(int version, Dialect dialect)
{
    // Only the generated key differs between the two; times are ISO 8601 UTC
    // text, which sorts and compares the same on both.
    const QString key
        = dialect == Dialect::Sqlite ? u"INTEGER PRIMARY KEY AUTOINCREMENT"_s : u"BIGSERIAL PRIMARY KEY"_s;
    switch (version) {
    case 1:
        return {
            u"CREATE TABLE handout_record ("
            "id %1, recorded_at TEXT NOT NULL, title TEXT NOT NULL, pack_id TEXT NOT NULL, "
            "pack_version TEXT NOT NULL, language TEXT NOT NULL, wording TEXT NOT NULL, "
            "large_print INTEGER NOT NULL, page_size TEXT NOT NULL, clinician TEXT NOT NULL, "
            "output TEXT NOT NULL, pdf_sha256 TEXT, patient_ref TEXT, handout TEXT NOT NULL)"_s.arg(key),
            u"CREATE TABLE record_section (record_id BIGINT NOT NULL REFERENCES handout_record (id) ON DELETE "
            "CASCADE, position INTEGER NOT NULL, section_id TEXT NOT NULL, PRIMARY KEY (record_id, position))"_s,
            u"CREATE TABLE record_passage (record_id BIGINT NOT NULL REFERENCES handout_record (id) ON DELETE "
            "CASCADE, position INTEGER NOT NULL, passage_id TEXT NOT NULL, source_hash TEXT NOT NULL, "
            "PRIMARY KEY (record_id, position))"_s,
            u"CREATE INDEX handout_record_time ON handout_record (recorded_at)"_s,
            u"CREATE INDEX handout_record_patient ON handout_record (patient_ref)"_s,
            u"CREATE INDEX record_passage_passage ON record_passage (passage_id)"_s,
        };
    default:
        return {};
    }
}

bool RecordSchema::migrate(QSqlDatabase &db, Dialect dialect, QString *error)
{
    RecordSql::Transaction transaction(db, dialect == Dialect::Sqlite);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(db);
    if (dialect == Dialect::Postgresql) {
        query.prepare(u"SELECT pg_advisory_xact_lock(?)"_s);
        query.addBindValue(MigrationLock);
        if (!RecordSql::run(query, error))
            return false;
    }
    if (!RecordSql::exec(db,
                         u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                         "applied_at TEXT NOT NULL)"_s,
                         error))
        return false;
    query = QSqlQuery(db);
    query.prepare(u"SELECT COALESCE(MAX(version), 0) FROM schema_version"_s);
    if (!RecordSql::run(query, error) || !query.next()) {
        *error = error->isEmpty() ? u"the schema version cannot be read"_s : *error;
        return false;
    }
    const int found = query.value(0).toInt();
    query.finish();
    if (found > currentVersion()) {
        *error = u"the database was made by a newer Handout Composer (schema %1; this one knows up to %2)"_s.arg(found)
                     .arg(currentVersion());
        return false;
    }
    for (int version = found + 1; version <= currentVersion(); ++version) {
        for (const QString &statement : migration(version, dialect)) {
            if (!RecordSql::exec(db, statement, error))
                return false;
        }
        QSqlQuery mark(db);
        mark.prepare(u"INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"_s);
        mark.addBindValue(version);
        mark.addBindValue(RecordSql::timeText(QDateTime::currentDateTimeUtc()));
        if (!RecordSql::run(mark, error))
            return false;
    }
    return transaction.commit(error);
}
