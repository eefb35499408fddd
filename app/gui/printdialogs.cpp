#include "printdialogs.h"

#include <QPrintDialog>
#include <QPrinter>

#include <optional>

namespace {
std::optional<QString> g_nextPrinter;
} // namespace

bool PrintDialogs::choosePrinter(QPrinter *printer, QWidget *parent, const QString &title)
{
    if (g_nextPrinter) {
        const QString path = *g_nextPrinter;
        g_nextPrinter.reset();
        if (path.isEmpty())
            return false;
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(path);
        return true;
    }
    QPrintDialog dialog(printer, parent);
    dialog.setWindowTitle(title);
    return dialog.exec() == QDialog::Accepted;
}

void PrintDialogs::setNextPrinter(const QString &pdfPath)
{
    g_nextPrinter = pdfPath;
}
