#include "startfolder.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

QString StartFolder::choose(const QString &preferred)
{
    const QString candidates[]
        = {preferred, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), QDir::homePath()};
    for (const QString &folder : candidates) {
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return QFileInfo(folder).absoluteFilePath();
    }
    return QDir::rootPath();
}
