#include "pdfexporter.h"

#include "appinfo.h"
#include "pagedrenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>

bool PdfExporter::write(const PagedRenderer &renderer, const QString &path, const QString &title, QString *error)
{
    const auto fail = [&](const QString &reason) {
        *error = QCoreApplication::translate("PdfExporter", "cannot write “%1”: %2").arg(path, reason);
        return false;
    };
    const QFileInfo info(path);
    if (info.isDir())
        return fail(QCoreApplication::translate("PdfExporter", "it is a folder"));
    if (!info.dir().exists())
        return fail(
            QCoreApplication::translate("PdfExporter", "the folder “%1” does not exist").arg(info.absolutePath()));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    QString renderError;
    {
        QPdfWriter writer(&file);
        writer.setResolution(Resolution);
        // The handout's title only: patient names stay out of PDF metadata,
        // which desktop search indexes (docs/privacy.md).
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Handout Composer %1").arg(AppInfo::version()));
        if (!renderer.render(&writer, &renderError)) {
            file.cancelWriting();
            return fail(renderError);
        }
    }
    if (file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(reason);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}
