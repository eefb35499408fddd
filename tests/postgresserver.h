#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

// A real PostgreSQL server for one test program: Debian's initdb and pg_ctl
// into a temporary folder, listening only on a Unix socket in that folder, run
// as an unprivileged user (PostgreSQL refuses to run as root, and CI runs as
// root: then the server runs as `nobody`). Stopped by stop() or, whatever
// happened to the test, by the destructor.
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // Initialises and starts the server; false with *error set when it could
    // not (for example, PostgreSQL is not installed).
    bool start(QString *error);
    void stop();

    // postgresql://handout@/records?host=<socket folder>&port=<port>
    QString uri() const;
    QString socketFolder() const;
    int port() const { return m_port; }
    // A plain-text dump of the records database (pg_dump), for searching.
    QByteArray dump(QString *error) const;

    static QString binary(const QString &name); // /usr/lib/postgresql/<version>/bin/<name>

private:
    bool run(const QString &program, const QStringList &arguments, QString *error, bool asServerUser = true) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_port = 0;
    bool m_running = false;
};
