#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;

// The record's tables, the same on SQLite and PostgreSQL, and the steps that
// bring an older database up to date. schema_version holds one row per step
// applied; a database from a newer program is refused rather than guessed at.
namespace RecordSchema {

enum class Dialect { Sqlite, Postgresql };

// The number of the last step this program knows.
int currentVersion();

// The statements of step `version` (1-based) in `dialect`.
QStringList migration(int version, Dialect dialect);

// Creates or updates the schema inside one transaction, holding the
// database's write lock so two programs starting at once do not both migrate.
// False with *error set on failure (nothing changed then).
bool migrate(QSqlDatabase &db, Dialect dialect, QString *error);

} // namespace RecordSchema
