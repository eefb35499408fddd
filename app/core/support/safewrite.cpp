#include "safewrite.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace {

// QSaveFile says "Unknown error" after a write the disk refused (Qt 6.4 sets
// WriteError without a text), so a full disk read as no reason at all. The
// system's reason is kept here the moment a write fails.
class ReasonedSaveFile : public QSaveFile
{
public:
    using QSaveFile::QSaveFile;
    // The first failed write's reason ("No space left on device"), or empty.
    QString writeFailure() const { return m_writeFailure; }

protected:
    qint64 writeData(const char *data, qint64 length) override
    {
        errno = 0;
        const qint64 written = QSaveFile::writeData(data, length);
        // Short, not only failed: a large write can end with the bytes that fit.
        if (written < length && m_writeFailure.isEmpty() && errno != 0)
            m_writeFailure = QString::fromLocal8Bit(std::strerror(errno));
        return written;
    }

private:
    QString m_writeFailure;
};

// What went wrong with `file`, in the system's words where Qt has none.
QString failureOf(const ReasonedSaveFile &file)
{
    if (!file.writeFailure().isEmpty())
        return file.writeFailure();
    // A device that never failed says what Qt says for "no reason given"
    // ("Unknown error", in the interface's language).
    QString said = file.errorString();
    if (!said.isEmpty() && said != QFile().errorString())
        return said;
    return errno != 0 ? QString::fromLocal8Bit(std::strerror(errno)) : SafeWrite::tr("the file could not be written");
}

} // namespace

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
    // Only a regular file is ever replaced: run as root, the rename would put
    // a file where /dev/full, a FIFO or a socket was. exists() follows links,
    // so a link to a device is refused too.
    if (target.exists() && !target.isFile())
        return tr("it is a device, pipe or socket, not a regular file, and is never replaced");
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
    ReasonedSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *reason = failureOf(file);
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
        // A renderer that gave up because the disk refused its bytes says
        // nothing useful: the disk's reason comes first.
        if (!file.writeFailure().isEmpty())
            *reason = file.writeFailure();
        file.cancelWriting();
        return false;
    }
    // A write that failed midway (QPdfWriter does not say) leaves an error on
    // the device: the file is not committed.
    if (file.error() != QFileDevice::NoError) {
        *reason = failureOf(file);
        file.cancelWriting();
        return false;
    }
    // Checked again just before the rename: the target may have changed
    // since the first look (a FIFO made while the PDF was drawn).
    if (const QString late = unwritableReason(path); !late.isEmpty()) {
        *reason = late;
        file.cancelWriting();
        return false;
    }
    errno = 0;
    if (!file.commit()) {
        *reason = failureOf(file);
        return false;
    }
    return true;
}
