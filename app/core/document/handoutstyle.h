#pragma once

#include <QColor>
#include <QStringList>

// Typography and colours of a handout. Two presets: normal print and large print.
// Sizes are points; lengths are 96-dpi pixels, the unit the document is laid out
// in (QT-NOTES.md, "pick one coordinate system").
struct HandoutStyle
{
    QStringList fontFamilies;
    qreal bodyPt = 12;
    qreal titlePt = 22;
    qreal sectionHeadingPt[3] = {17, 14.5, 13}; // by section level
    qreal userHeadingPt[3] = {15, 13.5, 12.5};
    qreal contextPt = 10;
    qreal footerPt = 8.5;
    int lineHeightPercent = 125;
    qreal paragraphSpacing = 8; // px after each paragraph
    qreal calloutPadding = 10;
    qreal calloutBorder = 1.5;
    qreal calloutSpacing = 10;
    qreal frameSpacing = 14;
    bool isLargePrint = false;
    // Set from the handout's language by adaptedTo().
    Qt::LayoutDirection direction = Qt::LeftToRight;
    bool avoidLigatures = true;

    QColor textColor {0x1a, 0x1a, 0x1a};
    QColor mutedColor {0x55, 0x55, 0x55};
    QColor headingColor {0x12, 0x33, 0x5c};
    QColor riskBorder {0xa3, 0x1d, 0x1d};
    QColor riskFill {0xfd, 0xee, 0xec};
    QColor supervisionBorder {0x1d, 0x4e, 0x89};
    QColor supervisionFill {0xe9, 0xf1, 0xfb};
    QColor panelFill {0xf3, 0xf4, 0xf6};

    static HandoutStyle normal();
    // Large print for patient material (ACB / APH guidance): sans-serif body of
    // 18 pt, larger headings, line spacing about 1.5, flush left.
    static HandoutStyle largePrint();

    // The style for text in `language`: right to left for Arabic and Hebrew;
    // Latin ligatures off, since "ﬂ" in a PDF's text layer breaks search and
    // copy, but shaping kept where a script needs it (Arabic's lam-alef is a
    // ligature); tighter line spacing where a font's line is already tall.
    HandoutStyle adaptedTo(const QString &language) const;
};
