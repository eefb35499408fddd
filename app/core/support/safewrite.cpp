#include "safewrite.h"

#include <QFileInfo>
#include <QSaveFile>

QString SafeWrite::unwritableReason(const QString &path)
{
    const QFileInfo target(path);
    const QFileInfo folder(target.absolutePath());
    if (!folder.exists())
        return tr("the folder “%1” does not exist").arg(folder.filePath());
    if (!folder.isDir())
        return tr("the folder “%1” does not exist (“%1” is a file, not a folder)").arg(folder.filePath());
    if (target.isDir())
        return tr("it is a folder");
    return {};
}

bool SafeWrite::write(const QString &path, const QByteArray &bytes, QString *reason, Access access)
{
    return write(
        path,
        [&bytes](QIODevice *device, QString *why) {
            if (device->write(bytes) == bytes.size())
                return true;
            *why = device->errorString();
            return false;
        },
        reason, access);
}

bool SafeWrite::write(const QString &path, const Fill &fill, QString *reason, Access access)
{
    *reason = unwritableReason(path);
    if (!reason->isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *reason = file.errorString();
        return false;
    }
    // Before the first byte: the temporary file starts out with the umask's
    // permissions (or those of the file it replaces).
    if (access == Access::OwnerOnly && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *reason = tr("cannot make it private: %1").arg(file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!fill(&file, reason)) {
        file.cancelWriting();
        return false;
    }
    // A write that failed midway (QPdfWriter does not say) leaves an error on
    // the device: the file is not committed.
    if (file.error() != QFileDevice::NoError) {
        *reason = file.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *reason = file.errorString();
        return false;
    }
    return true;
}
