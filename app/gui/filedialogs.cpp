#include "filedialogs.h"

#include "startfolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>

namespace {
QStringList g_nextNames;
} // namespace

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                  const QStringList &filters, const QString &defaultSuffix)
{
    // A preset answer wins: the GUI tests run offscreen, where a dialog would
    // wait for a click that never comes.
    if (!g_nextNames.isEmpty())
        return g_nextNames.takeFirst();
    const QFileInfo suggestion(suggested);
    QFileDialog dialog(parent, caption, StartFolder::choose(suggestion.absolutePath()));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters(filters);
    dialog.setDefaultSuffix(defaultSuffix);
    dialog.selectFile(suggestion.fileName());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().first();
}

QString FileDialogs::openFileName(QWidget *parent, const QString &caption, const QString &folder,
                                  const QStringList &filters)
{
    if (!g_nextNames.isEmpty())
        return g_nextNames.takeFirst();
    QFileDialog dialog(parent, caption, StartFolder::choose(folder));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilters(filters);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().first();
}

QStringList FileDialogs::handoutFilters()
{
    return {QCoreApplication::translate("FileDialogs", "Handouts (*.handout)"),
            QCoreApplication::translate("FileDialogs", "All files (*)")};
}

QStringList FileDialogs::pdfFilters()
{
    return {QCoreApplication::translate("FileDialogs", "PDF documents (*.pdf)"),
            QCoreApplication::translate("FileDialogs", "All files (*)")};
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
