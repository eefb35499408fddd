#pragma once

#include "pageoptions.h"

#include <QObject>

class HandoutDocument;
struct HandoutContent;
class PagedRenderer;
class QPrinter;
class QWidget;

// What File > Export PDF, Print and Print Preview do: lay the handout out with
// the paged renderer (the same pages for all three) after the safety review
// has had its say.
class HandoutOutput : public QObject
{
    Q_OBJECT

public:
    HandoutOutput(QWidget *window, HandoutDocument *document);

    // The handout's own page options (HandoutDocument holds them).
    PageOptions pageOptions() const;
    // Each changed option is one named step of the handout's history.
    void setPageOptions(const PageOptions &options);

    // Each returns false when the user cancelled or the output failed (the
    // user has been told why).
    bool exportPdf();
    bool print();
    bool printPreview();
    // Exports to `path` without asking for a file name (after the review).
    bool exportPdfTo(const QString &path);

    // The handout laid out for paper, as it is now (or as `content`, read
    // from it already).
    std::unique_ptr<PagedRenderer> layOut() const;
    std::unique_ptr<PagedRenderer> layOut(const HandoutContent &content) const;
    // New handouts start with the preferred page size and page target.
    void applyPreferredDefaults();

Q_SIGNALS:
    void pageOptionsChanged(const PageOptions &options);
    void exported(const QString &path);
    void printed(); // from Print or from the preview's Print button

private:
    // Asks before output when the safety review has open points.
    bool confirmSafety(const QString &what);
    void preparePrinter(QPrinter *printer) const;

    QWidget *m_window;
    HandoutDocument *m_document;
};
