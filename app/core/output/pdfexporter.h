#pragma once

#include <QString>

class PagedRenderer;

// Writes a laid-out handout to a PDF file through QSaveFile: the file appears
// whole or not at all, and a failure says which path and why.
namespace PdfExporter {
// Resolution of the PDF's coordinate space; QPdfWriter's default (1200) has
// been seen to truncate very long documents (QT-NOTES.md).
constexpr int Resolution = 300;

bool write(const PagedRenderer &renderer, const QString &path, const QString &title, QString *error);
} // namespace PdfExporter
