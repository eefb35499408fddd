#include "pagedrenderer.h"

#include "bundledfonts.h"
#include "documentmarks.h"
#include "handoutassembler.h"
#include "pagebreakrules.h"
#include "runningbands.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>

#include <cmath>

using namespace DocumentMarks;

namespace {

constexpr qreal Dpi = 96.0;
// Sections added between two rounds of the pagination rules. A round has a
// fixed cost that grows with the document, and a page break lays out again
// what follows it in the round; 12 was the fastest of 4 to 16 at one, five
// and ten times the article's length (docs/performance.md).
constexpr int SectionsPerStep = 12;

QImage referenceDevice()
{
    QImage image(1, 1, QImage::Format_RGB32);
    // QImage keeps whole dots per metre: 3780 is 96.01 dpi, close enough that
    // a 12 pt body is 16.0 px.
    image.setDotsPerMeterX(qRound(Dpi / 0.0254));
    image.setDotsPerMeterY(qRound(Dpi / 0.0254));
    return image;
}

} // namespace

PagedRenderer::PagedRenderer(const Article &article, const HandoutContent &content, const PageOptions &options,
                             const QStringList &notes)
    : m_article(article)
    , m_content(content)
    , m_options(options)
    , m_style(options.largePrint ? HandoutStyle::largePrint() : HandoutStyle::normal())
    , m_doc(std::make_unique<QTextDocument>())
    , m_bands(std::make_unique<RunningBands>(article, m_content, m_style, notes, options.fullFooter))
    , m_referenceDevice(referenceDevice())
{
    // The pages are laid out with the fonts the program ships, whoever runs
    // it: the window, the command line or a test.
    BundledFonts::registerAll();
    m_style = m_style.adaptedTo(article.meta.language);
    build(false);
    // A last page holding only the attribution is a sheet for four small
    // lines: the attribution then goes under the title instead, where it
    // costs no page of its own (the text before it fitted on one page less).
    if (!m_options.fullFooter && attributionStandsAlone())
        build(true);
}

void PagedRenderer::build(bool attributionFirst)
{
    // Built in steps, paginating as it grows: a page break set near the end
    // of a document only lays out the little that follows it, where one set
    // in a finished document lays out everything after it again (so the cost
    // of the rules would grow with the square of the length).
    const HandoutAssembler assembler(m_article, m_style);
    QTextCursor cursor = assembler.beginBuild(m_doc.get(), m_content, attributionFirst);
    setUpPage();
    settle(0);
    const QStringList ids = m_content.sectionIds();
    for (int first = 0; first < ids.size(); first += SectionsPerStep) {
        const int from = cursor.position();
        cursor.beginEditBlock();
        for (int i = first; i < qMin(first + SectionsPerStep, int(ids.size())); ++i)
            assembler.appendSection(cursor, m_content, ids, i);
        cursor.endEditBlock();
        settle(from);
    }
    const int from = cursor.position();
    cursor.beginEditBlock();
    assembler.finishBuild(cursor, m_content, attributionFirst);
    cursor.endEditBlock();
    settle(from);
}

bool PagedRenderer::attributionStandsAlone() const
{
    const QList<QTextFrame *> frames = m_doc->rootFrame()->childFrames();
    if (frames.size() < 2 || roleOf(frames.last()->frameFormat()) != Role::Attribution)
        return false;
    QAbstractTextDocumentLayout *layout = m_doc->documentLayout();
    const qreal sheet = m_sheet.height();
    const auto pageOf = [sheet](qreal y) { return int(std::floor(y / sheet)); };
    // Whole or only its end: everything else ends on an earlier page.
    const int last = pageCount() - 1;
    const int before = pageOf(layout->frameBoundingRect(frames[frames.size() - 2]).bottom() - 0.5);
    return last > 0 && before < last;
}

void PagedRenderer::settle(int fromPosition)
{
    compactSeparators(fromPosition);
    if (m_options.keepTogether)
        PageBreakRules(m_doc.get(), m_sheet.height(), bodyHeight(), m_options.largePrint).apply(fromPosition);
}

PagedRenderer::~PagedRenderer() = default;

void PagedRenderer::compactSeparators(int fromPosition)
{
    // Qt keeps an empty block between two frames. In the editor it is a place
    // to type; on paper it is only a gap, kept small so frames and the spacing
    // of their own headings set the rhythm. One edit block: a laid-out
    // document is otherwise laid out again after each change.
    QTextCursor group(m_doc.get());
    group.beginEditBlock();
    for (auto it = m_doc->rootFrame()->begin(); !it.atEnd(); ++it) {
        const QTextBlock block = it.currentBlock();
        if (!block.isValid() || block.position() < fromPosition || !block.text().isEmpty()
            || roleOf(block.blockFormat()) == Role::Title || roleOf(block.blockFormat()) == Role::Spacer)
            continue;
        QTextCursor cursor(block);
        QTextBlockFormat format;
        format.setProperty(RoleProperty, int(Role::Spacer));
        format.setLineHeight(4, QTextBlockFormat::FixedHeight);
        cursor.setBlockFormat(format);
        QTextCharFormat tiny;
        tiny.setFontPointSize(1);
        cursor.setBlockCharFormat(tiny);
    }
    group.endEditBlock();
}

void PagedRenderer::setUpPage()
{
    m_sheet = QPageSize(m_options.pageSize).size(QPageSize::Millimeter) / 25.4 * Dpi;
    m_margin = m_options.marginMm / 25.4 * Dpi;

    m_doc->documentLayout()->setPaintDevice(&m_referenceDevice);
    m_doc->setUseDesignMetrics(true);

    m_bands->setUp(&m_referenceDevice, m_sheet.width() - 2 * m_margin);
    m_headerHeight = m_bands->headerHeight();
    m_footerHeight = m_bands->footerHeight();

    QTextFrameFormat root = m_doc->rootFrame()->frameFormat();
    root.setLeftMargin(m_margin);
    root.setRightMargin(m_margin);
    root.setTopMargin(m_margin + m_headerHeight);
    root.setBottomMargin(m_margin + m_footerHeight);
    root.setPadding(0);
    root.setBorder(0);
    m_doc->rootFrame()->setFrameFormat(root);
    m_doc->setPageSize(m_sheet);
}

int PagedRenderer::pageCount() const
{
    return m_doc->pageCount();
}

QRectF PagedRenderer::bodyRect(int page) const
{
    const qreal top = page * m_sheet.height() + m_margin + m_headerHeight;
    return QRectF(0, top, m_sheet.width(), m_sheet.height() - 2 * m_margin - m_headerHeight - m_footerHeight);
}

qreal PagedRenderer::bodyHeight() const
{
    return m_sheet.height() - 2 * m_margin - m_headerHeight - m_footerHeight;
}

PagedRenderer::Violations PagedRenderer::violations() const
{
    return PageBreakRules(m_doc.get(), m_sheet.height(), bodyHeight(), m_options.largePrint).violations();
}

void PagedRenderer::paintPage(QPainter *painter, int page) const
{
    const qreal height = m_sheet.height();
    const QRectF body = bodyRect(page);

    painter->save();
    // Clip to the body: a frame split across pages would otherwise paint its
    // background into the header or footer band.
    painter->setClipRect(QRectF(0, body.top() - page * height, m_sheet.width(), body.height()));
    painter->translate(0, -page * height);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = body;
    context.palette.setColor(QPalette::Text, m_style.textColor);
    m_doc->documentLayout()->draw(painter, context);
    painter->restore();

    m_bands->paint(painter, page + 1, pageCount(), m_margin, height);
}

bool PagedRenderer::render(QPagedPaintDevice *device, QString *error) const
{
    if (!device->setPageLayout(QPageLayout(QPageSize(m_options.pageSize), QPageLayout::Portrait, QMarginsF()))) {
        *error = QCoreApplication::translate("PagedRenderer", "the page size is not supported by this device");
        return false;
    }
    QPainter painter;
    if (!painter.begin(device)) {
        *error = QCoreApplication::translate("PagedRenderer", "could not start painting on the output");
        return false;
    }
    const qreal scale = device->logicalDpiX() / Dpi;
    const int pages = pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage()) {
            *error = QCoreApplication::translate("PagedRenderer", "could not start page %1").arg(page + 1);
            return false;
        }
        painter.save();
        painter.scale(scale, scale);
        paintPage(&painter, page);
        painter.restore();
    }
    if (!painter.end()) {
        *error = QCoreApplication::translate("PagedRenderer", "could not finish the output");
        return false;
    }
    return true;
}
