#include "pdfexporter.h"

#include "appinfo.h"
#include "pagedrenderer.h"
#include "safewrite.h"

#include <QCoreApplication>
#include <QPdfWriter>

bool PdfExporter::holdsPatientData(const HandoutContent &content)
{
    return content.person.identifiesPatient() || content.hasNotes;
}

bool PdfExporter::write(const PagedRenderer &renderer, const QString &path, const QString &title, QString *error)
{
    const auto fail = [&](const QString &reason) {
        *error = QCoreApplication::translate("PdfExporter", "cannot write “%1”: %2").arg(path, reason);
        return false;
    };
    QString reason;
    const bool written = SafeWrite::write(
        path,
        [&](QIODevice *device, QString *renderError) {
            QPdfWriter writer(device);
            writer.setResolution(Resolution);
            // The handout's title only: patient names stay out of PDF metadata,
            // which desktop search indexes (docs/privacy.md).
            writer.setTitle(title);
            writer.setCreator(QStringLiteral("Handout Composer %1").arg(AppInfo::version()));
            return renderer.render(&writer, renderError);
        },
        &reason, holdsPatientData(renderer.content()) ? SafeWrite::Access::OwnerOnly : SafeWrite::Access::Default);
    return written || fail(reason);
}
