#include "recoverystore.h"

#include "handoutfile.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

RecoveryStore::RecoveryStore(QString folder)
    : m_folder(std::move(folder))
{ }

RecoveryStore::~RecoveryStore()
{
    // The autosave stays on purpose unless discard() ran: only a clean close
    // calls it. The lock goes, so the next start can offer the file.
    m_lock.reset();
}

QString RecoveryStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery"_s;
}

bool RecoveryStore::open(QString *error)
{
    if (!QDir().mkpath(m_folder)) {
        *error = tr("cannot create the recovery folder “%1”").arg(m_folder);
        return false;
    }
    QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_lock = std::make_unique<QLockFile>(QDir(m_folder).filePath(m_id + u".lock"_s));
    m_lock->setStaleLockTime(0); // only a dead process's lock is stale
    if (!m_lock->tryLock(0)) {
        *error = tr("cannot lock “%1”").arg(QDir(m_folder).filePath(m_id + u".lock"_s));
        m_lock.reset();
        return false;
    }
    return true;
}

QString RecoveryStore::autosavePath() const
{
    return QDir(m_folder).filePath(m_id + u".handout"_s);
}

bool RecoveryStore::save(const HandoutContent &content, const PageOptions &page, const Article &article, QString *error)
{
    if (!m_lock) {
        *error = tr("the recovery folder is not open");
        return false;
    }
    return HandoutFile::write(autosavePath(), content, page, article, false, error);
}

void RecoveryStore::discard()
{
    if (m_lock)
        QFile::remove(autosavePath());
}

QList<RecoveryStore::Orphan> RecoveryStore::orphans() const
{
    QList<Orphan> out;
    const QDir dir(m_folder);
    for (const QFileInfo &file : dir.entryInfoList({u"*.handout"_s}, QDir::Files, QDir::Time)) {
        const QString id = file.completeBaseName();
        if (id == m_id)
            continue;
        QLockFile lock(dir.filePath(id + u".lock"_s));
        lock.setStaleLockTime(0);
        // A running instance holds its lock: its autosave is not ours to offer.
        // The lock of a process that died is stale, and tryLock takes it over.
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        out << Orphan {file.absoluteFilePath(), file.lastModified()};
    }
    return out;
}

void RecoveryStore::remove(const Orphan &orphan)
{
    QFile::remove(orphan.path);
    const QFileInfo info(orphan.path);
    QFile::remove(info.dir().filePath(info.completeBaseName() + u".lock"_s));
}
