#include "runningbands.h"

#include "bidiisolation.h"
#include "clock.h"
#include "dateformat.h"
#include "handoutassembler.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace {

constexpr qreal BandGap = 10.0; // between the header or footer and the body
// The share of the band's width each column gets (see bandTable).
constexpr int MainColumnPercent = 62;

} // namespace

RunningBands::RunningBands(const Article &article, const HandoutContent &content, const HandoutStyle &style,
                           const QStringList &notes, bool fullFooter)
    : m_article(article)
    , m_content(content)
    , m_style(style)
    , m_notes(notes)
    , m_fullFooter(fullFooter)
    , m_header(std::make_unique<QTextDocument>())
{ }

RunningBands::~RunningBands() = default;

void RunningBands::setUp(QPaintDevice *device, qreal width)
{
    m_device = device;
    m_width = width;
    prepareBand(m_header.get());
    buildHeader(m_header.get());
    m_headerHeight = m_header->isEmpty() ? 0 : m_header->size().height() + BandGap;
    // Measure the footer with the widest page numbers it will hold.
    QTextDocument footer;
    prepareBand(&footer);
    buildFooter(&footer, 99, 99);
    m_footerHeight = footer.size().height() + BandGap;
}

void RunningBands::paint(QPainter *painter, int page, int pages, qreal margin, qreal sheetHeight) const
{
    if (!m_header->isEmpty()) {
        painter->save();
        painter->translate(margin, margin);
        m_header->drawContents(painter);
        painter->restore();
    }
    QTextDocument footer;
    prepareBand(&footer);
    buildFooter(&footer, page, pages);
    painter->save();
    painter->translate(margin, sheetHeight - margin - footer.size().height());
    footer.drawContents(painter);
    painter->restore();
}

void RunningBands::prepareBand(QTextDocument *band) const
{
    band->documentLayout()->setPaintDevice(m_device);
    band->setUseDesignMetrics(true);
    band->setDocumentMargin(0);
    band->setTextWidth(m_width);
    band->setDefaultFont(bandFont());
    QTextOption option = band->defaultTextOption();
    option.setTextDirection(m_style.direction);
    band->setDefaultTextOption(option);
}

QFont RunningBands::bandFont() const
{
    QFont font;
    font.setFamilies(m_style.fontFamilies);
    font.setPointSizeF(m_style.footerPt);
    if (m_style.avoidLigatures)
        font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

qreal RunningBands::columnWidth(bool mainColumn) const
{
    const int percent = mainColumn ? MainColumnPercent : 100 - MainColumnPercent;
    // A little under the column: layout uses design metrics, the measure
    // below the device's, and a line one pixel too long would wrap.
    return m_width * percent / 100.0 * 0.97;
}

QString RunningBands::oneLine(const QString &typed, const QFont &font, qreal width) const
{
    // Typed text (a clinic's name, a title, a date) gets one line, ended by
    // "…" when longer, or nothing when not even "…" fits: a 100 000-character title once made a header taller
    // than the page, so that pages held nothing else (issue 17).
    const QString flat = BidiIsolation::neutralised(typed).replace(u'\n', u' ');
    const QString fitted = QFontMetricsF(font, m_device).elidedText(flat, Qt::ElideRight, qMax<qreal>(width, 0));
    if (fitted == QString(QChar(0x2026)))
        return {}; // no room for any of it
    return BidiIsolation::isolated(fitted);
}

QTextTableFormat RunningBands::bandTable() const
{
    // The band's two columns are placed physically (see startCell): the main
    // text on the side a line starts from, the short note on the other.
    QTextTableFormat table;
    table.setBorder(0);
    table.setCellPadding(0);
    table.setCellSpacing(0);
    table.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    table.setLayoutDirection(Qt::LeftToRight);
    const QTextLength main(QTextLength::PercentageLength, MainColumnPercent);
    const QTextLength side(QTextLength::PercentageLength, 100 - MainColumnPercent);
    table.setColumnWidthConstraints(m_style.direction == Qt::RightToLeft ? QList<QTextLength> {side, main}
                                                                         : QList<QTextLength> {main, side});
    return table;
}

QTextCursor RunningBands::startCell(QTextTable *table, bool mainColumn) const
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

void RunningBands::buildHeader(QTextDocument *band) const
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
    // Inserted as text: a clinic name is typed by a person. The name first,
    // the address in what room the name leaves on the line.
    QFont nameFont = bandFont();
    nameFont.setBold(true);
    const QString shownName = oneLine(clinic.name, nameFont, columnWidth(true));
    left.insertText(shownName, name);
    const QString separator = u"  ·  "_s;
    const QFontMetricsF metrics(bandFont(), m_device);
    const qreal room = columnWidth(true) - QFontMetricsF(nameFont, m_device).horizontalAdvance(shownName)
        - metrics.horizontalAdvance(separator);
    const QString address = QString(clinic.address).replace(u'\n', u", "_s);
    const QString shownAddress = oneLine(address, bandFont(), room);
    // An address with no room left is left out, not printed as a lone "…".
    if (!shownAddress.isEmpty())
        left.insertText(separator + shownAddress, muted);
    QTextCursor right = startCell(table, false);
    right.insertText(oneLine(m_content.title, bandFont(), columnWidth(false)), muted);
}

QString RunningBands::shortSource() const
{
    // Names, a year and a number: nothing to translate, so a translated
    // handout's footer is never partly in the source language.
    const ArticleMeta &meta = m_article.meta;
    const QLocale locale(meta.language);
    QStringList parts;
    for (const QString &part : {meta.author, meta.publisher}) {
        if (!part.isEmpty())
            parts << part;
    }
    if (meta.published.isValid())
        parts << locale.toString(meta.published.year()).remove(locale.groupSeparator());
    parts << u"v"_s + meta.version;
    return parts.join(u"  ·  "_s);
}

void RunningBands::buildFooter(QTextDocument *band, int page, int pages) const
{
    band->clear();
    HandoutAssembler texts(m_article, m_style);
    const ArticleMeta &meta = m_article.meta;
    const QLocale locale(meta.language);
    const QString date
        = m_content.person.date.isEmpty() ? DateFormat::longDate(Clock::today(), locale) : m_content.person.date;
    const QString source = texts.sourceLine(m_content);
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
    if (m_fullFooter) {
        cursor.insertText(source + u' ' + texts.text(u"disclaimer"_s), muted);
        cursor.insertBlock(line);
    }
    QTextTable *table = cursor.insertTable(1, 2, bandTable());
    QTextCursor left = startCell(table, true);
    if (m_fullFooter) {
        const QString separator = u"  ·  "_s;
        const qreal room
            = columnWidth(true) - QFontMetricsF(bandFont(), m_device).horizontalAdvance(version + separator);
        left.insertText(version + separator + oneLine(date, bandFont(), room), muted);
    } else {
        left.insertText(shortSource(), muted);
    }
    QTextCursor right = startCell(table, false);
    QTextCharFormat strong;
    strong.setFontWeight(QFont::Bold);
    strong.setForeground(m_style.textColor);
    right.insertText(pageText, strong);
}
