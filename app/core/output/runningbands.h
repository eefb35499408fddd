#pragma once

#include "article.h"
#include "handoutcontent.h"
#include "handoutstyle.h"

#include <QFont>
#include <QStringList>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTableFormat>

#include <memory>

class QPainter;
class QPaintDevice;
class QTextTable;

// The running header and footer printed on every page of a handout: the clinic
// and the title at the top; at the foot, one line (compact, the default) with
// the author, publisher and year, the content version and the page number;
// or the full footer with the whole source line, the disclaimer, the content
// version, the date and the page number. The translation's status, when it
// has one, is in both: a reader of any one page must see it.
//
// They are laid out on the renderer's reference device, apart from the body,
// so the body's root frame only needs to leave room for their measured height.
class RunningBands
{
public:
    // `notes` are printed in the footer of every page (the translation's status).
    // The article, content and style must outlive the bands.
    RunningBands(const Article &article, const HandoutContent &content, const HandoutStyle &style,
                 const QStringList &notes, bool fullFooter = false);
    ~RunningBands();

    // Lays the bands out `width` wide on `device` and measures them.
    void setUp(QPaintDevice *device, qreal width);
    // The room each band takes above or below the body, the gap included;
    // 0 for a header with nothing to show.
    qreal headerHeight() const { return m_headerHeight; }
    qreal footerHeight() const { return m_footerHeight; }
    // Paints the header and the footer of page `page` (1-based) of `pages` on a
    // sheet `sheetHeight` tall, inside `margin`; the painter's origin is the
    // sheet's top-left corner.
    void paint(QPainter *painter, int page, int pages, qreal margin, qreal sheetHeight) const;

private:
    void prepareBand(QTextDocument *band) const;
    void buildHeader(QTextDocument *band) const;
    void buildFooter(QTextDocument *band, int page, int pages) const;
    // The compact footer's text before the page number.
    QString shortSource() const;
    QFont bandFont() const;
    // The width typed text may take in the main or the side column.
    qreal columnWidth(bool mainColumn) const;
    // `typed` on one line of `width` at most, elided, in a bidi isolate.
    QString oneLine(const QString &typed, const QFont &font, qreal width) const;
    QTextTableFormat bandTable() const;
    QTextCursor startCell(QTextTable *table, bool mainColumn) const;

    const Article &m_article;
    const HandoutContent &m_content;
    const HandoutStyle &m_style;
    QStringList m_notes;
    bool m_fullFooter = false;
    std::unique_ptr<QTextDocument> m_header;
    QPaintDevice *m_device = nullptr;
    qreal m_width = 0;
    qreal m_headerHeight = 0;
    qreal m_footerHeight = 0;
};
