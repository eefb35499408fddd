#include "pagedrenderer.h"

#include "bundledfonts.h"
#include "dateformat.h"
#include "documentmarks.h"
#include "documentreader.h"
#include "handoutassembler.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace DocumentMarks;

namespace {

constexpr qreal Dpi = 96.0;
constexpr qreal BandGap = 10.0; // between the header or footer and the body
constexpr int MaxPaginationPasses = 400; // per step of the build: a bound, not an expectation
// Sections added between two rounds of the pagination rules. A round has a
// fixed cost that grows with the document, and a page break lays out again
// what follows it in the round; 12 was the fastest of 4 to 16 at one, five
// and ten times the article's length (docs/performance.md).
constexpr int SectionsPerStep = 12;
// A paragraph split by a page edge leaves at least two lines on each side; one
// that cannot, up to this length, moves whole to the next page. Longer ones
// are left to split: moving them would leave most of a page empty.
constexpr int MaxLinesKeptWhole = 6;

QImage referenceDevice()
{
    QImage image(1, 1, QImage::Format_RGB32);
    // QImage keeps whole dots per metre: 3780 is 96.01 dpi, close enough that
    // a 12 pt body is 16.0 px.
    image.setDotsPerMeterX(qRound(Dpi / 0.0254));
    image.setDotsPerMeterY(qRound(Dpi / 0.0254));
    return image;
}

bool isHeadingLike(const QTextBlock &block)
{
    const Role role = roleOf(block.blockFormat());
    return role == Role::SectionHeading || role == Role::SectionContext || role == Role::FrameHeading
        || (block.blockFormat().headingLevel() > 1 && role != Role::Title);
}

// The document flattened into what pagination looks at: blocks outside
// callouts, and callout tables as single items.
struct FlowItem
{
    QTextBlock block;
    QTextTable *callout = nullptr;
};

void flatten(QTextFrame *frame, QList<FlowItem> *items)
{
    for (auto it = frame->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *child = it.currentFrame()) {
            auto *table = qobject_cast<QTextTable *>(child);
            if (table && roleOf(table->format()) == Role::Callout)
                items->append({QTextBlock(), table});
            else
                flatten(child, items);
        } else {
            items->append({it.currentBlock(), nullptr});
        }
    }
}

} // namespace

PagedRenderer::PagedRenderer(const Article &article, const HandoutContent &content, const PageOptions &options,
                             const QStringList &notes)
    : m_article(article)
    , m_content(content)
    , m_options(options)
    , m_style(options.largePrint ? HandoutStyle::largePrint() : HandoutStyle::normal())
    , m_notes(notes)
    , m_doc(std::make_unique<QTextDocument>())
    , m_header(std::make_unique<QTextDocument>())
    , m_referenceDevice(referenceDevice())
{
    // The pages are laid out with the fonts the program ships, whoever runs
    // it: the window, the command line or a test.
    BundledFonts::registerAll();
    m_style = m_style.adaptedTo(article.meta.language);
    // Built in steps, paginating as it grows: a page break set near the end
    // of a document only lays out the little that follows it, where one set
    // in a finished document lays out everything after it again (so the cost
    // of the rules would grow with the square of the length).
    const HandoutAssembler assembler(article, m_style);
    QTextCursor cursor = assembler.beginBuild(m_doc.get(), m_content);
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
    assembler.finishBuild(cursor, m_content);
    cursor.endEditBlock();
    settle(from);
}

void PagedRenderer::settle(int fromPosition)
{
    compactSeparators(fromPosition);
    if (m_options.keepTogether)
        paginate(fromPosition);
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

void PagedRenderer::prepareBand(QTextDocument *band) const
{
    band->documentLayout()->setPaintDevice(const_cast<QImage *>(&m_referenceDevice));
    band->setUseDesignMetrics(true);
    band->setDocumentMargin(0);
    band->setTextWidth(m_sheet.width() - 2 * m_margin);
    QFont font;
    font.setFamilies(m_style.fontFamilies);
    font.setPointSizeF(m_style.footerPt);
    if (m_style.avoidLigatures)
        font.setStyleStrategy(QFont::PreferNoShaping);
    band->setDefaultFont(font);
    QTextOption option = band->defaultTextOption();
    option.setTextDirection(m_style.direction);
    band->setDefaultTextOption(option);
}

void PagedRenderer::setUpPage()
{
    m_sheet = QPageSize(m_options.pageSize).size(QPageSize::Millimeter) / 25.4 * Dpi;
    m_margin = m_options.marginMm / 25.4 * Dpi;

    m_doc->documentLayout()->setPaintDevice(&m_referenceDevice);
    m_doc->setUseDesignMetrics(true);

    prepareBand(m_header.get());
    buildHeader(m_header.get());
    m_headerHeight = m_header->isEmpty() ? 0 : m_header->size().height() + BandGap;
    // Measure the footer with the widest page numbers it will hold.
    QTextDocument footer;
    prepareBand(&footer);
    buildFooter(&footer, 99, 99);
    m_footerHeight = footer.size().height() + BandGap;

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

QTextTableFormat PagedRenderer::bandTable() const
{
    // The band's two columns are placed physically (see startCell): the main
    // text on the side a line starts from, the short note on the other.
    QTextTableFormat table;
    table.setBorder(0);
    table.setCellPadding(0);
    table.setCellSpacing(0);
    table.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    table.setLayoutDirection(Qt::LeftToRight);
    const QTextLength main(QTextLength::PercentageLength, 62);
    const QTextLength side(QTextLength::PercentageLength, 38);
    table.setColumnWidthConstraints(m_style.direction == Qt::RightToLeft ? QList<QTextLength> {side, main}
                                                                         : QList<QTextLength> {main, side});
    return table;
}

QTextCursor PagedRenderer::startCell(QTextTable *table, bool mainColumn) const
{
    const bool rtl = m_style.direction == Qt::RightToLeft;
    const int column = (mainColumn != rtl) ? 0 : 1;
    QTextCursor cursor = table->cellAt(0, column).firstCursorPosition();
    QTextBlockFormat block;
    block.setLayoutDirection(m_style.direction);
    const bool alignRight = mainColumn == rtl;
    block.setAlignment((alignRight ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute);
    cursor.setBlockFormat(block);
    return cursor;
}

void PagedRenderer::buildHeader(QTextDocument *band) const
{
    band->clear();
    const ClinicProfile &clinic = m_content.clinic;
    if (clinic.name.isEmpty() && m_content.title.isEmpty())
        return;
    QTextCursor cursor(band);
    QTextTable *table = cursor.insertTable(1, 2, bandTable());
    QTextCharFormat name;
    name.setFontWeight(QFont::Bold);
    name.setForeground(m_style.headingColor);
    QTextCharFormat muted;
    muted.setForeground(m_style.mutedColor);
    QTextCursor left = startCell(table, true);
    // Inserted as text: a clinic name is typed by a person.
    left.insertText(clinic.name, name);
    if (!clinic.address.isEmpty())
        left.insertText(u"  ·  "_s + QString(clinic.address).replace(u'\n', u", "_s), muted);
    QTextCursor right = startCell(table, false);
    right.insertText(m_content.title, muted);
}

void PagedRenderer::buildFooter(QTextDocument *band, int page, int pages) const
{
    band->clear();
    HandoutAssembler texts(m_article, m_style);
    const ArticleMeta &meta = m_article.meta;
    const QLocale locale(meta.language);
    const QString date
        = m_content.person.date.isEmpty() ? DateFormat::longDate(QDate::currentDate(), locale) : m_content.person.date;
    const QString source = texts.text(u"source"_s,
                                      {{u"title"_s, meta.title},
                                       {u"author"_s, meta.author},
                                       {u"publisher"_s, meta.publisher},
                                       {u"published"_s, DateFormat::longDate(meta.published, locale)}});
    const QString version = texts.text(
        u"content-version"_s, {{u"version"_s, meta.version}, {u"reviewed"_s, meta.reviewed.toString(Qt::ISODate)}});
    const QString pageText
        = texts.text(u"page"_s, {{u"page"_s, locale.toString(page)}, {u"pages"_s, locale.toString(pages)}});

    // Full-width lines first (they wrap less), then version and date facing
    // the page number.
    QTextCursor cursor(band);
    QTextBlockFormat line;
    line.setLayoutDirection(m_style.direction);
    line.setAlignment(Qt::AlignLeft); // the start of the line, right in RTL
    cursor.setBlockFormat(line);
    QTextCharFormat muted;
    muted.setForeground(m_style.mutedColor);
    QTextCharFormat note = muted;
    note.setFontWeight(QFont::Bold);
    note.setForeground(m_style.riskBorder);
    for (const QString &text : m_notes) {
        cursor.insertText(text, note);
        cursor.insertBlock(line);
    }
    cursor.insertText(source + u' ' + texts.text(u"disclaimer"_s), muted);
    cursor.insertBlock(line);
    QTextTable *table = cursor.insertTable(1, 2, bandTable());
    QTextCursor left = startCell(table, true);
    left.insertText(version + u"  ·  "_s + date, muted);
    QTextCursor right = startCell(table, false);
    QTextCharFormat strong;
    strong.setFontWeight(QFont::Bold);
    strong.setForeground(m_style.textColor);
    right.insertText(pageText, strong);
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

qreal PagedRenderer::contentHeight(const QRectF &rect) const
{
    // A split frame's height includes the margins, header and footer it
    // crosses; without them it is what the frame needs on one page.
    const int crossings = pageOf(rect.bottom() - 0.5) - pageOf(rect.top());
    return rect.height() - crossings * (m_sheet.height() - bodyHeight());
}

int PagedRenderer::pageOf(qreal y) const
{
    return int(std::floor(y / m_sheet.height()));
}

void PagedRenderer::paginate(int fromPosition)
{
    for (int pass = 0; pass < MaxPaginationPasses; ++pass) {
        if (!fixFirstViolation(fromPosition))
            return;
    }
}

namespace {

bool isEmptyBlock(const FlowItem &item)
{
    return !item.callout && item.block.text().isEmpty();
}

int position(const FlowItem &item)
{
    return item.callout ? item.callout->firstPosition() : item.block.position();
}

bool hasBreakBefore(const FlowItem &item)
{
    const QTextFormat::PageBreakFlags policy
        = item.callout ? item.callout->format().pageBreakPolicy() : item.block.blockFormat().pageBreakPolicy();
    return policy & QTextFormat::PageBreak_AlwaysBefore;
}

void setBreakBefore(const FlowItem &item, bool on)
{
    const auto policy = on ? QTextFormat::PageBreak_AlwaysBefore : QTextFormat::PageBreak_Auto;
    if (item.callout) {
        QTextTableFormat format = item.callout->format();
        format.setPageBreakPolicy(policy);
        item.callout->setFormat(format);
    } else {
        QTextCursor cursor(item.block);
        QTextBlockFormat format = cursor.blockFormat();
        format.setPageBreakPolicy(policy);
        cursor.setBlockFormat(format);
    }
}

} // namespace

bool PagedRenderer::fixFirstViolation(int fromPosition)
{
    QAbstractTextDocumentLayout *layout = m_doc->documentLayout();
    QList<FlowItem> items;
    flatten(m_doc->rootFrame(), &items);

    const auto top = [&](const FlowItem &item) {
        if (item.callout)
            return layout->frameBoundingRect(item.callout).top();
        const QTextLayout *lines = item.block.layout();
        const QRectF rect = layout->blockBoundingRect(item.block);
        return lines && lines->lineCount() > 0 ? rect.top() + lines->lineAt(0).y() : rect.top();
    };
    // A break goes before the empty blocks in front of an item too: a break
    // after an empty block that has already spilled onto the next page would
    // leave that page blank.
    const auto breakStart = [&](int index, bool throughHeadings) {
        while (index > 0) {
            const FlowItem &previous = items[index - 1];
            if (isEmptyBlock(previous) || (throughHeadings && !previous.callout && isHeadingLike(previous.block)))
                --index;
            else
                break;
        }
        return index;
    };

    // Everything before fromPosition was settled when it was the end of the
    // document; a heading there may still need what was just added after it.
    int start = 0;
    while (start + 1 < items.size() && position(items[start + 1]) < fromPosition)
        ++start;
    while (start > 0 && !items[start].callout && (isHeadingLike(items[start].block) || isEmptyBlock(items[start])))
        --start;
    for (int i = start; i < items.size(); ++i) {
        const FlowItem &item = items[i];
        if (item.callout) {
            const QRectF rect = layout->frameBoundingRect(item.callout);
            if (pageOf(rect.top()) == pageOf(rect.bottom() - 0.5) || contentHeight(rect) >= bodyHeight())
                continue;
            const int first = breakStart(i, false);
            if (hasBreakBefore(items[first]))
                continue;
            setBreakBefore(items[first], true);
            return true;
        }
        if (item.block.text().isEmpty())
            continue;
        if (!isHeadingLike(item.block)) {
            if (!strandsALine(item.block))
                continue;
            // The paragraph moves whole, with a heading right before it.
            const int first = breakStart(i, true);
            if (hasBreakBefore(items[first]))
                continue;
            setBreakBefore(items[first], true);
            return true;
        }
        // What follows the heading, past any headings and spacers right after it.
        int next = i + 1;
        while (next < items.size() && !items[next].callout
               && (isHeadingLike(items[next].block) || isEmptyBlock(items[next])))
            ++next;
        if (next >= items.size())
            continue;
        // The heading stays with what follows it: a callout, or the first two
        // lines of a paragraph.
        qreal followTop = top(items[next]);
        if (!items[next].callout) {
            const QTextLayout *lines = items[next].block.layout();
            if (lines && lines->lineCount() >= 2) {
                const QTextLine second = lines->lineAt(1);
                followTop = layout->blockBoundingRect(items[next].block).top() + second.y() + second.height() - 0.5;
            }
        }
        // From the heading's first line: a two-line heading split by the page
        // edge is as stranded as one left alone.
        if (pageOf(top(item)) == pageOf(followTop))
            continue;
        // Break before the whole run (a topic line stays with its heading), and
        // drop breaks set earlier inside it: they were set on a layout that
        // this break changes, and would split the run again. Blocks of the
        // run that are already on an earlier page stay there.
        int first = breakStart(i, true);
        while (first < i && (hasBreakBefore(items[first]) || pageOf(top(items[first])) != pageOf(top(item))))
            ++first;
        if (hasBreakBefore(items[first]))
            continue; // already at the top of a page: the run is taller than a page
        setBreakBefore(items[first], true);
        for (int k = first + 1; k <= next; ++k) {
            if (hasBreakBefore(items[k]))
                setBreakBefore(items[k], false);
        }
        return true;
    }
    return false;
}

bool PagedRenderer::strandsALine(const QTextBlock &block) const
{
    // Table cells (the personalization box) are left to Qt: a break inside a
    // cell would split the table, not move the paragraph.
    if (qobject_cast<QTextTable *>(QTextCursor(block).currentFrame()))
        return false;
    const QTextLayout *lines = block.layout();
    const int count = lines ? lines->lineCount() : 0;
    if (count < 2 || count > MaxLinesKeptWhole)
        return false;
    const qreal top = m_doc->documentLayout()->blockBoundingRect(block).top();
    const int firstPage = pageOf(top + lines->lineAt(0).y());
    int onFirstPage = 0;
    for (int i = 0; i < count; ++i) {
        if (pageOf(top + lines->lineAt(i).y()) == firstPage)
            ++onFirstPage;
    }
    const int onNextPage = count - onFirstPage;
    return onNextPage > 0 && (onFirstPage < 2 || onNextPage < 2);
}

PagedRenderer::Violations PagedRenderer::violations() const
{
    Violations v;
    QAbstractTextDocumentLayout *layout = m_doc->documentLayout();
    QList<FlowItem> items;
    flatten(m_doc->rootFrame(), &items);
    for (int i = 0; i < items.size(); ++i) {
        const FlowItem &item = items[i];
        if (item.callout) {
            const QRectF rect = layout->frameBoundingRect(item.callout);
            if (pageOf(rect.top()) != pageOf(rect.bottom() - 0.5) && contentHeight(rect) < bodyHeight())
                ++v.splitCallouts;
            continue;
        }
        if (item.block.text().isEmpty())
            continue;
        if (!isHeadingLike(item.block)) {
            if (strandsALine(item.block))
                ++v.strandedLines;
            continue;
        }
        if (i + 1 >= items.size())
            continue;
        const QRectF rect = layout->blockBoundingRect(item.block);
        const FlowItem &next = items[i + 1];
        const qreal nextTop = next.callout ? layout->frameBoundingRect(next.callout).top()
                                           : layout->blockBoundingRect(next.block).top()
                + (next.block.layout() && next.block.layout()->lineCount() > 0 ? next.block.layout()->lineAt(0).y()
                                                                               : 0);
        if (pageOf(rect.top()) != pageOf(nextTop))
            ++v.orphanHeadings;
    }
    return v;
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

    if (!m_header->isEmpty()) {
        painter->save();
        painter->translate(m_margin, m_margin);
        m_header->drawContents(painter);
        painter->restore();
    }
    QTextDocument footer;
    prepareBand(&footer);
    buildFooter(&footer, page + 1, pageCount());
    painter->save();
    painter->translate(m_margin, height - m_margin - footer.size().height());
    footer.drawContents(painter);
    painter->restore();
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
