#include "textformats.h"

#include <QBrush>
#include <QTextLength>

using namespace DocumentMarks;

namespace {
QTextFormat &setRole(QTextFormat &format, Role role)
{
    format.setProperty(RoleProperty, int(role));
    return format;
}
} // namespace

TextFormats::TextFormats(HandoutStyle style)
    : m_style(std::move(style))
{ }

QTextCharFormat TextFormats::bodyChar() const
{
    QTextCharFormat f;
    f.setFontFamilies(m_style.fontFamilies);
    if (m_style.avoidLigatures)
        f.setFontStyleStrategy(QFont::PreferNoShaping); // see HandoutStyle::adaptedTo
    f.setFontPointSize(m_style.bodyPt);
    f.setFontWeight(QFont::Normal);
    f.setForeground(m_style.textColor);
    return f;
}

QTextBlockFormat TextFormats::baseBlock() const
{
    QTextBlockFormat f;
    // AlignLeft without AlignAbsolute is the start of the line: right in RTL.
    f.setAlignment(Qt::AlignLeft);
    f.setLayoutDirection(m_style.direction);
    f.setLineHeight(m_style.lineHeightPercent, QTextBlockFormat::ProportionalHeight);
    f.setBottomMargin(m_style.paragraphSpacing);
    return f;
}

QTextBlockFormat TextFormats::blockFormat(BlockKind kind, int level) const
{
    QTextBlockFormat f = baseBlock();
    const int clamped = qBound(1, level, 3);
    switch (kind) {
    case BlockKind::SectionHeading:
        f.setHeadingLevel(clamped + 1);
        f.setTopMargin(m_style.paragraphSpacing);
        f.setBottomMargin(m_style.paragraphSpacing * 0.75);
        f.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
        setRole(f, Role::SectionHeading);
        break;
    case BlockKind::Heading:
        f.setHeadingLevel(clamped + 1);
        f.setTopMargin(m_style.paragraphSpacing * 0.5);
        f.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
        break;
    case BlockKind::BulletItem:
    case BlockKind::NumberedItem:
        f.setBottomMargin(m_style.paragraphSpacing * 0.4);
        break;
    case BlockKind::Paragraph:
        break;
    }
    return f;
}

QTextCharFormat TextFormats::blockChar(BlockKind kind, int level) const
{
    QTextCharFormat f = bodyChar();
    const int index = qBound(1, level, 3) - 1;
    if (kind == BlockKind::SectionHeading) {
        f.setFontPointSize(m_style.sectionHeadingPt[index]);
        f.setFontWeight(QFont::Bold);
        f.setForeground(m_style.headingColor);
    } else if (kind == BlockKind::Heading) {
        f.setFontPointSize(m_style.userHeadingPt[index]);
        f.setFontWeight(QFont::Bold);
        f.setForeground(m_style.headingColor);
    }
    return f;
}

QTextCharFormat TextFormats::runChar(const TextRun &run, BlockKind kind, int level) const
{
    QTextCharFormat f = blockChar(kind, level);
    if (run.bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(run.italic);
    f.setFontUnderline(run.underline);
    return f;
}

QTextBlockFormat TextFormats::titleBlock() const
{
    QTextBlockFormat f = baseBlock();
    f.setHeadingLevel(1);
    f.setLineHeight(110, QTextBlockFormat::ProportionalHeight);
    f.setBottomMargin(m_style.paragraphSpacing * 1.5);
    setRole(f, Role::Title);
    return f;
}

QTextCharFormat TextFormats::titleChar() const
{
    QTextCharFormat f = bodyChar();
    f.setFontPointSize(m_style.titlePt);
    f.setFontWeight(QFont::Bold);
    f.setForeground(m_style.headingColor);
    return f;
}

QTextBlockFormat TextFormats::contextBlock() const
{
    QTextBlockFormat f = baseBlock();
    f.setTopMargin(m_style.paragraphSpacing * 0.5);
    f.setBottomMargin(0);
    setRole(f, Role::SectionContext);
    return f;
}

QTextCharFormat TextFormats::contextChar() const
{
    QTextCharFormat f = bodyChar();
    f.setFontPointSize(m_style.contextPt);
    f.setForeground(m_style.mutedColor);
    return f;
}

QTextBlockFormat TextFormats::frameHeadingBlock() const
{
    QTextBlockFormat f = baseBlock();
    f.setHeadingLevel(2);
    f.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    f.setBottomMargin(m_style.paragraphSpacing * 0.75);
    setRole(f, Role::FrameHeading);
    return f;
}

QTextCharFormat TextFormats::frameHeadingChar() const
{
    QTextCharFormat f = blockChar(BlockKind::SectionHeading, 2);
    return f;
}

QTextCharFormat TextFormats::fieldLabelChar() const
{
    QTextCharFormat f = bodyChar();
    f.setFontWeight(QFont::Bold);
    setRole(f, Role::FieldLabel);
    return f;
}

QTextCharFormat TextFormats::fieldValueChar(const QString &key) const
{
    QTextCharFormat f = bodyChar();
    f.setProperty(FieldKeyProperty, key);
    return f;
}

QTextCharFormat TextFormats::smallChar() const
{
    QTextCharFormat f = bodyChar();
    f.setFontPointSize(m_style.contextPt);
    f.setForeground(m_style.mutedColor);
    return f;
}

QTextBlockFormat TextFormats::smallBlock() const
{
    QTextBlockFormat f = baseBlock();
    f.setBottomMargin(m_style.paragraphSpacing * 0.5);
    return f;
}

QTextFrameFormat TextFormats::sectionFrame(const QString &sectionId) const
{
    QTextFrameFormat f;
    f.setLayoutDirection(m_style.direction);
    f.setBorder(0);
    f.setPadding(0);
    f.setMargin(0);
    f.setTopMargin(m_style.frameSpacing * 0.5);
    setRole(f, Role::Section);
    f.setProperty(SectionIdProperty, sectionId);
    return f;
}

QTextFrameFormat TextFormats::panelFrame(Role role) const
{
    QTextFrameFormat f;
    f.setLayoutDirection(m_style.direction);
    f.setBorder(0);
    f.setPadding(m_style.calloutPadding);
    f.setMargin(0);
    f.setTopMargin(m_style.frameSpacing * 0.5);
    f.setBottomMargin(m_style.frameSpacing * 0.5);
    f.setBackground(m_style.panelFill);
    setRole(f, role);
    return f;
}

QTextFrameFormat TextFormats::summaryFrame() const
{
    QTextFrameFormat f = panelFrame(Role::Summary);
    f.setBackground(QBrush(Qt::NoBrush));
    f.setBorder(m_style.calloutBorder * 1.5);
    f.setBorderBrush(m_style.headingColor);
    f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    f.setPadding(m_style.calloutPadding * 1.2);
    return f;
}

QColor TextFormats::calloutBorder(PassageTags tags) const
{
    return tags.testFlag(PassageTag::Risk) ? m_style.riskBorder : m_style.supervisionBorder;
}

QTextTableFormat TextFormats::calloutTable(PassageTags tags) const
{
    QTextTableFormat f;
    f.setLayoutDirection(m_style.direction);
    f.setBorder(m_style.calloutBorder);
    f.setBorderBrush(calloutBorder(tags));
    f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    f.setBorderCollapse(true);
    f.setCellPadding(m_style.calloutPadding);
    f.setCellSpacing(0);
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    f.setMargin(0);
    f.setTopMargin(m_style.calloutSpacing * 0.5);
    f.setBottomMargin(m_style.calloutSpacing);
    setRole(f, Role::Callout);
    f.setProperty(CalloutTagsProperty, int(tags));
    return f;
}

QTextTableCellFormat TextFormats::calloutCell(PassageTags tags) const
{
    QTextTableCellFormat f;
    f.setBackground(tags.testFlag(PassageTag::Risk) ? m_style.riskFill : m_style.supervisionFill);
    f.setPadding(m_style.calloutPadding);
    return f;
}

QTextTableFormat TextFormats::answerTable() const
{
    QTextTableFormat f;
    f.setLayoutDirection(m_style.direction);
    f.setBorder(0);
    f.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    f.setBorderCollapse(true);
    f.setCellSpacing(0);
    f.setCellPadding(0);
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    f.setMargin(0);
    f.setBottomMargin(m_style.paragraphSpacing * 1.5);
    setRole(f, Role::AnswerSpace);
    return f;
}

QTextTableCellFormat TextFormats::answerCell() const
{
    QTextTableCellFormat f;
    // Handwriting needs more height than a line of print: about twice the
    // body size above each rule.
    f.setTopPadding(m_style.bodyPt * 1.6);
    f.setBottomPadding(0);
    f.setLeftPadding(0);
    f.setRightPadding(0);
    f.setTopBorder(0);
    f.setLeftBorder(0);
    f.setRightBorder(0);
    f.setBottomBorder(0.75);
    f.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    f.setBottomBorderBrush(m_style.mutedColor);
    return f;
}

QTextBlockFormat TextFormats::calloutLabelBlock() const
{
    QTextBlockFormat f = baseBlock();
    f.setBottomMargin(m_style.paragraphSpacing * 0.4);
    f.setLineHeight(110, QTextBlockFormat::ProportionalHeight);
    setRole(f, Role::CalloutLabel);
    return f;
}

QTextCharFormat TextFormats::calloutLabelChar(PassageTags tags) const
{
    QTextCharFormat f = bodyChar();
    f.setFontWeight(QFont::Bold);
    f.setForeground(calloutBorder(tags));
    return f;
}

QString TextFormats::calloutIcon(PassageTag tag)
{
    // U+26A0 WARNING SIGN and U+2695 STAFF OF AESCULAPIUS, both in the bundled
    // DejaVu Sans.
    return tag == PassageTag::Risk ? QStringLiteral("\u26A0") : QStringLiteral("\u2695");
}
