#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// File dialogs go through here so a test can supply the answer (the seam
// KeePassXC uses): the next call returns the preset name without a dialog.
namespace FileDialogs {
// `filters` are name filters ("Handouts (*.handout)"): unlike MIME type
// filters they work before the .handout type is installed on the system.
// The dialog starts in the suggested folder if it exists (StartFolder).
QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested, const QStringList &filters,
                     const QString &defaultSuffix);
QString openFileName(QWidget *parent, const QString &caption, const QString &folder, const QStringList &filters);
QStringList handoutFilters();
QStringList pdfFilters();
// A file name made from the handout's title (never from the patient's name:
// file names end up in recent lists and backups).
QString fileNameFromTitle(const QString &title);
void setNextFileName(const QString &path);
// Tests: answers given with setNextFileName() that no dialog has used yet.
int pendingCount();
void clearPending();
} // namespace FileDialogs
