#pragma once

#include "article.h"
#include "handoutcontent.h"
#include "handoutstyle.h"
#include "pagebreakrules.h"
#include "pageoptions.h"

#include <QImage>
#include <QRectF>
#include <QTextDocument>

#include <memory>

class QPainter;
class QPagedPaintDevice;
class RunningBands;

// Lays a handout out on pages and paints them onto any paged device, so the
// PDF, the printer and the print preview show the same pages.
//
// The document is laid out in 96-dpi units on a fixed reference device, with
// the whole sheet as its page and the margins, header and footer as root-frame
// margins: every line then lies inside one page's body and is painted exactly
// once, which keeps hidden duplicates out of a PDF's text layer (QT-NOTES.md).
// Callouts are kept whole and headings kept with what follows by page breaks
// set after layout (PageBreakRules); the running header and footer are
// RunningBands.
class PagedRenderer
{
public:
    // `notes` are printed in the footer of every page (the translation's status).
    PagedRenderer(const Article &article, const HandoutContent &content, const PageOptions &options,
                  const QStringList &notes = {});
    ~PagedRenderer();

    int pageCount() const;
    // The sheet in 96-dpi units.
    QSizeF sheetSize() const { return m_sheet; }
    // The body of page `page` (0-based) in document coordinates.
    QRectF bodyRect(int page) const;
    const QTextDocument *document() const { return m_doc.get(); }
    const HandoutContent &content() const { return m_content; }

    // Paints one page; the painter's unit must be 1/96 inch with the origin at
    // the sheet's top-left corner.
    void paintPage(QPainter *painter, int page) const;
    // Sets the device's page layout, then paints every page. The device must
    // print the full sheet (for QPrinter: setFullPage(true)).
    bool render(QPagedPaintDevice *device, QString *error) const;

    // What the pagination rules left broken (0 and 0 after a good layout):
    // callouts split across pages, and headings alone at a page's foot.
    using Violations = PageBreakRules::Violations;
    Violations violations() const;

private:
    // Builds the handout into m_doc, paginating as it grows.
    void build(bool attributionFirst);
    // True when the last page holds the attribution (or its end) and nothing else.
    bool attributionStandsAlone() const;
    // Compacts the separators and applies the pagination rules to what was
    // added from fromPosition on.
    void settle(int fromPosition);
    void compactSeparators(int fromPosition);
    void setUpPage();
    qreal bodyHeight() const;

    const Article &m_article;
    HandoutContent m_content;
    PageOptions m_options;
    HandoutStyle m_style;
    std::unique_ptr<QTextDocument> m_doc;
    std::unique_ptr<RunningBands> m_bands; // the running header and footer
    QImage m_referenceDevice; // fixes layout at 96 dpi whatever the screen
    QSizeF m_sheet;
    qreal m_margin = 0;
    qreal m_headerHeight = 0;
    qreal m_footerHeight = 0;
};
