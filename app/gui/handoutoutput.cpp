#include "handoutoutput.h"

#include "filedialogs.h"
#include "handoutdocument.h"
#include "messageprompt.h"
#include "pagebudget.h"
#include "pagedrenderer.h"
#include "pdfexporter.h"
#include "printdialogs.h"
#include "safetyreview.h"
#include "settingskeys.h"
#include "startfolder.h"
#include "translationstatus.h"

#include <QDir>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSettings>

using namespace Qt::StringLiterals;

HandoutOutput::HandoutOutput(QWidget *window, HandoutDocument *document)
    : QObject(window)
    , m_window(window)
    , m_document(document)
{
    applyPreferredDefaults();
    connect(document, &HandoutDocument::optionsChanged, this,
            [this] { Q_EMIT pageOptionsChanged(m_document->pageOptions()); });
}

PageOptions HandoutOutput::pageOptions() const
{
    return m_document->pageOptions();
}

void HandoutOutput::setPageOptions(const PageOptions &options)
{
    m_document->setPageSize(options.pageSize);
    m_document->setLargePrint(options.largePrint);
    m_document->setPageTarget(options.pageTarget);
}

void HandoutOutput::applyPreferredDefaults()
{
    const QSettings settings;
    HandoutOptions defaults = m_document->defaultOptions();
    PageOptions::parsePageSize(settings.value(SettingsKeys::PageSize).toString(), &defaults.pageSize);
    defaults.pageTarget = qBound(0, settings.value(SettingsKeys::PageTarget, 0).toInt(), PageBudget::MaxTarget);
    m_document->setDefaultOptions(defaults);
}

std::unique_ptr<PagedRenderer> HandoutOutput::layOut() const
{
    return layOut(m_document->content());
}

std::unique_ptr<PagedRenderer> HandoutOutput::layOut(const HandoutContent &content) const
{
    const QStringList notes = TranslationStatus::of(m_document->pack(), content).noteLines(m_document->article());
    return std::make_unique<PagedRenderer>(m_document->article(), content, m_document->pageOptions(), notes);
}

bool HandoutOutput::confirmSafety(const QString &what)
{
    // Asked of the core review, not of the Safety panel: the panel refreshes
    // after a pause in typing and may not have seen the last keystroke.
    const SafetyReport report = SafetyReview::review(*m_document);
    if (report.isClean())
        return true;
    QStringList points;
    for (const SafetyFinding &f : report.findings)
        points << u"• "_s + f.message;
    const bool confirmed
        = MessagePrompt::ask(m_window, QMessageBox::Warning, tr("Safety Review"),
                             tr("Before you %1, the safety review has %n point(s) to check:\n\n%2\n\nContinue anyway?",
                                nullptr, int(report.findings.size()))
                                 .arg(what, points.join(u'\n')),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
    // A removal or edit the clinician let through knowingly is recorded in
    // the handout (one undo step), so the review shows it as confirmed from
    // now on instead of asking again or forgetting it.
    if (confirmed)
        m_document->acknowledgeChanges(report.findings);
    return confirmed;
}

bool HandoutOutput::exportPdf()
{
    if (!confirmSafety(tr("export this handout")))
        return false;
    QSettings settings;
    const QString folder = StartFolder::choose(settings.value(SettingsKeys::ExportFolder).toString());
    const QString suggested = FileDialogs::fileNameFromTitle(m_document->title());
    const QString path = FileDialogs::saveFileName(m_window, tr("Export PDF"), QDir(folder).filePath(suggested),
                                                   FileDialogs::pdfFilters(), u"pdf"_s);
    if (path.isEmpty())
        return false;
    settings.setValue(SettingsKeys::ExportFolder, QFileInfo(path).absolutePath());
    return exportPdfTo(path);
}

bool HandoutOutput::exportPdfTo(const QString &path)
{
    const std::unique_ptr<PagedRenderer> renderer = layOut();
    QString error;
    if (!PdfExporter::write(*renderer, path, m_document->title(), &error)) {
        MessagePrompt::inform(m_window, QMessageBox::Critical, tr("Export PDF"),
                              tr("The handout was not exported: %1").arg(error));
        return false;
    }
    Q_EMIT exported(path);
    return true;
}

void HandoutOutput::preparePrinter(QPrinter *printer) const
{
    printer->setFullPage(true); // the renderer draws margins, header and footer itself
    printer->setPageSize(QPageSize(m_document->pageOptions().pageSize));
    printer->setDocName(m_document->title());
}

bool HandoutOutput::print()
{
    if (!confirmSafety(tr("print this handout")))
        return false;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(&printer);
    if (!PrintDialogs::choosePrinter(&printer, m_window, tr("Print Handout")))
        return false;
    const std::unique_ptr<PagedRenderer> renderer = layOut();
    QString error;
    if (!renderer->render(&printer, &error)) {
        MessagePrompt::inform(m_window, QMessageBox::Critical, tr("Print"),
                              tr("The handout was not printed: %1").arg(error));
        return false;
    }
    Q_EMIT printed();
    return true;
}

bool HandoutOutput::printPreview()
{
    // The preview's own Print button prints without asking again, so the
    // review speaks before the preview opens.
    if (!confirmSafety(tr("preview and print this handout")))
        return false;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(&printer);
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Print Preview"));
    const std::unique_ptr<PagedRenderer> renderer = layOut();
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        target->setFullPage(true);
        QString error;
        if (!renderer->render(target, &error))
            MessagePrompt::inform(m_window, QMessageBox::Critical, tr("Print Preview"), error);
    });
    preview.resize(m_window->size() * 0.9);
    if (preview.exec() != QDialog::Accepted)
        return false;
    Q_EMIT printed(); // the preview accepts when its Print button printed
    return true;
}
