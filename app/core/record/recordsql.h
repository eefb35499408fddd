#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

class QSqlError;
class QSqlQuery;

// Small pieces every record query shares: errors as one line, times as text,
// and a write transaction that takes SQLite's write lock at the start.
namespace RecordSql {

// The driver's message, first line only: libpq adds hints on further lines
// that say nothing more to a clinician.
QString reason(const QSqlError &error);

// Runs a prepared query (exec on an unprepared statement); false with *error set.
bool run(QSqlQuery &query, QString *error);
bool exec(QSqlDatabase &db, const QString &statement, QString *error);

// ISO 8601 in UTC with milliseconds: sorts the same as the times it stands for.
QString timeText(const QDateTime &time);
QDateTime parseTime(const QString &text);

// A transaction rolled back unless committed. On SQLite it begins IMMEDIATE:
// a deferred one that reads first can fail at its first write when another
// program wrote meanwhile, without waiting; an immediate one waits its turn
// (the busy timeout) like any other writer.
class Transaction
{
public:
    Transaction(const QSqlDatabase &db, bool immediate);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begin(QString *error);
    bool commit(QString *error);

private:
    QSqlDatabase m_db;
    bool m_immediate;
    bool m_open = false;
};

} // namespace RecordSql
