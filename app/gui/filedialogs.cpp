#include "filedialogs.h"

#include <QFileDialog>
#include <QRegularExpression>

namespace {
QStringList g_nextNames;
} // namespace

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                  const QStringList &mimeTypes, const QString &defaultSuffix)
{
    // A preset answer wins: the GUI tests run offscreen, where a dialog would
    // wait for a click that never comes.
    if (!g_nextNames.isEmpty())
        return g_nextNames.takeFirst();
    QFileDialog dialog(parent, caption);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setMimeTypeFilters(mimeTypes);
    dialog.setDefaultSuffix(defaultSuffix);
    dialog.selectFile(suggested);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().first();
}

QString FileDialogs::openFileName(QWidget *parent, const QString &caption, const QString &folder,
                                  const QStringList &mimeTypes)
{
    if (!g_nextNames.isEmpty())
        return g_nextNames.takeFirst();
    QFileDialog dialog(parent, caption, folder);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setMimeTypeFilters(mimeTypes);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().first();
}

void FileDialogs::setNextFileName(const QString &path)
{
    g_nextNames << path;
}

int FileDialogs::pendingCount()
{
    return int(g_nextNames.size());
}

void FileDialogs::clearPending()
{
    g_nextNames.clear();
}

QString FileDialogs::fileNameFromTitle(const QString &title)
{
    static const QRegularExpression unsafe(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]"));
    QString name = title.simplified();
    name.replace(unsafe, QStringLiteral("-"));
    return name.left(120);
}
