#pragma once

#include <QString>

class QPrinter;
class QWidget;

// The print dialog goes through here so a test can stand in for the user and
// the printer (as FileDialogs does for file names): the next call prints to
// a PDF file, or cancels, without a dialog or a print queue.
namespace PrintDialogs {
// Lets the user choose the printer and its settings; false when cancelled.
bool choosePrinter(QPrinter *printer, QWidget *parent, const QString &title);
// Tests: the next choosePrinter() prints to the PDF file `pdfPath`, or
// cancels when it is empty.
void setNextPrinter(const QString &pdfPath);
} // namespace PrintDialogs
