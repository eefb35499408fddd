#pragma once

#include <QString>

class PagedRenderer;
struct HandoutContent;

// Writes a laid-out handout to a PDF file through QSaveFile: the file appears
// whole or not at all, and a failure says which path and why.
namespace PdfExporter {
// Resolution of the PDF's coordinate space; QPdfWriter's default (1200) has
// been seen to truncate very long documents (QT-NOTES.md).
constexpr int Resolution = 300;

// A PDF of a handout that names a patient, or holds notes, their next
// appointment or a contact, is created 0600 (docs/privacy.md); a handout for
// anyone follows the umask.
bool holdsPatientData(const HandoutContent &content);

bool write(const PagedRenderer &renderer, const QString &path, const QString &title, QString *error);
} // namespace PdfExporter
