#pragma once

#include "handoutrecord.h"
#include "recordlocation.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The record of handouts given, in SQLite or PostgreSQL through Qt SQL. One
// store is one connection; open() creates or migrates the schema. Every
// failure is one sentence naming the database (never its password).
class RecordStore
{
public:
    explicit RecordStore(RecordLocation location);
    ~RecordStore();
    RecordStore(const RecordStore &) = delete;
    RecordStore &operator=(const RecordStore &) = delete;

    // How long a writer waits for another one to finish on SQLite: long
    // enough for a queue of batch exports, short enough to tell a stuck lock.
    static constexpr int DefaultBusyTimeoutMs = 15000;
    void setBusyTimeout(int ms) { m_busyTimeoutMs = ms; } // before open()

    bool open(QString *error);
    bool isOpen() const { return m_open; }
    const RecordLocation &location() const { return m_location; }

    // Stores the record in one transaction and sets its id.
    bool add(HandoutRecord *record, QString *error);

    struct Filter
    {
        QDateTime since; // invalid: from the first record
        QString patientRef; // empty: every patient
        QString packId; // empty: every pack
        qint64 id = 0; // 0: every record
        bool withHandout = false; // the .handout JSON is large: loaded only when asked
    };
    // Newest first; nothing with *error set on failure.
    std::optional<QList<HandoutRecord>> list(const Filter &filter, QString *error);
    // One record with its handout; nothing with *error set when missing or on failure.
    std::optional<HandoutRecord> record(qint64 id, QString *error);

    int schemaVersion(QString *error);

private:
    QString failed(const QString &what, const QString &reason) const;
    bool openSqlite(QString *error);

    RecordLocation m_location;
    QString m_connection;
    bool m_open = false;
    int m_busyTimeoutMs = DefaultBusyTimeoutMs;
};
