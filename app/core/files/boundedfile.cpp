#include "boundedfile.h"

#include "bytesizes.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

QString BoundedFile::tooLargeMessage(qint64 maxBytes)
{
    if (maxBytes >= ByteSizes::MiB && maxBytes % ByteSizes::MiB == 0)
        return u"is larger than %1 MiB"_s.arg(maxBytes / ByteSizes::MiB);
    return u"is larger than %1 KiB"_s.arg(maxBytes / 1024);
}

std::optional<QByteArray> BoundedFile::read(const QString &path, qint64 maxBytes, const QString &what,
                                            SourceError *error)
{
    // QFileInfo follows symbolic links, so a link to a pack is fine while a
    // link to /dev/zero is not; stat() never blocks, unlike open() on a FIFO.
    // A path that does not exist falls through to open(), which says why.
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = {path, 0, u"is a folder, not %1"_s.arg(what)};
        return std::nullopt;
    }
    if (info.exists() && !info.isFile()) {
        *error = {path, 0, u"is not a regular file (a device, pipe or socket), so it cannot be %1"_s.arg(what)};
        return std::nullopt;
    }
    if (info.size() > maxBytes) {
        *error = {path, 0, u"the file "_s + tooLargeMessage(maxBytes)};
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = {path, 0, u"cannot be read: %1"_s.arg(file.errorString())};
        return std::nullopt;
    }
    QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = {path, 0, u"cannot be read: %1"_s.arg(file.errorString())};
        return std::nullopt;
    }
    if (bytes.size() > maxBytes) {
        *error = {path, 0, u"the file "_s + tooLargeMessage(maxBytes)};
        return std::nullopt;
    }
    return bytes;
}
