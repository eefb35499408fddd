#include "postgresserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>

#include <algorithm>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString User = u"handout"_s;
const QString Database = u"records"_s;

bool isRoot()
{
    return ::geteuid() == 0;
}

// The unprivileged account the server runs as when the tests run as root.
const passwd *serverAccount()
{
    return ::getpwnam("nobody");
}

} // namespace

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::binary(const QString &name)
{
    const QDir root(u"/usr/lib/postgresql"_s);
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : std::as_const(versions)) {
        const QString path = root.filePath(version + u"/bin/"_s + name);
        if (QFile::exists(path))
            return path;
    }
    return {};
}

bool PostgresServer::run(const QString &program, const QStringList &arguments, QString *error, bool asServerUser) const
{
    QProcess process;
    QString command = program;
    QStringList args = arguments;
    if (asServerUser && isRoot()) {
        const passwd *account = serverAccount();
        args = QStringList {u"--reuid=%1"_s.arg(account->pw_uid), u"--regid=%1"_s.arg(account->pw_gid),
                            u"--clear-groups"_s, u"--"_s, program}
            + arguments;
        command = u"setpriv"_s;
    }
    process.setWorkingDirectory(m_dir->path());
    process.start(command, args);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = u"%1 failed (%2): %3"_s.arg(QFileInfo(program).fileName(), process.errorString(),
                                             QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

bool PostgresServer::start(QString *error)
{
    const QString initdb = binary(u"initdb"_s);
    const QString pgCtl = binary(u"pg_ctl"_s);
    if (initdb.isEmpty() || pgCtl.isEmpty()) {
        *error = u"PostgreSQL is not installed (Debian: postgresql)"_s;
        return false;
    }
    if (isRoot() && !serverAccount()) {
        *error = u"the tests run as root and there is no 'nobody' account to run PostgreSQL as"_s;
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/handout-pg-XXXXXX"_s);
    if (!m_dir->isValid()) {
        *error = u"cannot make a temporary folder: %1"_s.arg(m_dir->errorString());
        return false;
    }
    if (isRoot()) {
        const passwd *account = serverAccount();
        if (::chown(QFile::encodeName(m_dir->path()).constData(), account->pw_uid, account->pw_gid) != 0) {
            *error = u"cannot hand the temporary folder to 'nobody'"_s;
            return false;
        }
    }
    // Only a socket in the private folder: no TCP port to collide with other
    // tests or another server, whatever the port number says.
    m_port = 20000 + int(QRandomGenerator::global()->bounded(40000));
    const QString data = m_dir->filePath(u"data"_s);
    if (!run(initdb,
             {u"-D"_s, data, u"-U"_s, User, u"--auth=trust"_s, u"--no-sync"_s, u"-E"_s, u"UTF8"_s, u"--locale=C"_s},
             error))
        return false;
    const QString options
        = u"-c listen_addresses='' -c unix_socket_directories='%1' -p %2 -c fsync=off"_s.arg(m_dir->path()).arg(m_port);
    if (!run(pgCtl,
             {u"-D"_s, data, u"-o"_s, options, u"-l"_s, m_dir->filePath(u"server.log"_s), u"-w"_s, u"-t"_s, u"60"_s,
              u"start"_s},
             error))
        return false;
    m_running = true;
    return run(binary(u"createdb"_s),
               {u"-h"_s, m_dir->path(), u"-p"_s, QString::number(m_port), u"-U"_s, User, Database}, error, false);
}

void PostgresServer::stop()
{
    if (!m_running)
        return;
    QString ignored;
    run(binary(u"pg_ctl"_s),
        {u"-D"_s, m_dir->filePath(u"data"_s), u"-m"_s, u"immediate"_s, u"-w"_s, u"-t"_s, u"60"_s, u"stop"_s}, &ignored);
    m_running = false;
}

QString PostgresServer::socketFolder() const
{
    return m_dir ? m_dir->path() : QString();
}

QString PostgresServer::uri() const
{
    return u"postgresql://%1@/%2?host=%3&port=%4"_s.arg(User, Database, socketFolder()).arg(m_port);
}

QByteArray PostgresServer::dump(QString *error) const
{
    QProcess process;
    process.start(binary(u"pg_dump"_s),
                  {u"-h"_s, socketFolder(), u"-p"_s, QString::number(m_port), u"-U"_s, User, u"--inserts"_s, Database});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *error = QString::fromLocal8Bit(process.readAllStandardError());
        return {};
    }
    return process.readAllStandardOutput();
}
