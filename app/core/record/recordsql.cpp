#include "recordsql.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

QString RecordSql::reason(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    return text.section(u'\n', 0, 0).trimmed();
}

bool RecordSql::run(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = reason(query.lastError());
    return false;
}

bool RecordSql::exec(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    *error = reason(query.lastError());
    return false;
}

QString RecordSql::timeText(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s);
}

QDateTime RecordSql::parseTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

RecordSql::Transaction::Transaction(const QSqlDatabase &db, bool immediate)
    : m_db(db)
    , m_immediate(immediate)
{ }

RecordSql::Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery rollback(m_db);
        rollback.exec(u"ROLLBACK"_s);
    }
}

bool RecordSql::Transaction::begin(QString *error)
{
    m_open = exec(m_db, m_immediate ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s, error);
    return m_open;
}

bool RecordSql::Transaction::commit(QString *error)
{
    if (!exec(m_db, u"COMMIT"_s, error))
        return false;
    m_open = false;
    return true;
}
