#include "outputtarget.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

QString OutputTarget::problem(const QString &path)
{
    if (path.isEmpty())
        return u"no file name given"_s;
    const QFileInfo target(path);
    const QFileInfo folder(target.absolutePath());
    if (!folder.exists())
        return u"its folder does not exist"_s;
    if (!folder.isDir())
        return u"its folder is a file, not a folder"_s;
    if (target.isDir())
        return u"it is a folder"_s;
    // exists() follows links: a link to /dev/null is a device here too.
    if (target.exists() && !target.isFile())
        return u"it is a device, pipe or socket, not a regular file, and is never replaced"_s;
    if (target.isSymLink() && !target.exists())
        return u"it is a link to a file that does not exist"_s;
    if (!folder.isWritable())
        return u"its folder cannot be written to"_s;
    return {};
}

QString OutputTarget::identity(const QString &path)
{
    const QFileInfo target(path);
    // The folder resolves links; the name is kept as given, since the file
    // may not exist yet.
    const QString folder = QFileInfo(target.absolutePath()).canonicalFilePath();
    const QString base = folder.isEmpty() ? QDir::cleanPath(target.absolutePath()) : folder;
    if (target.isSymLink() && target.exists())
        return target.canonicalFilePath();
    return base + u'/' + target.fileName();
}
