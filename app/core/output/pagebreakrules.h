#pragma once

#include <QtGlobal>

class QTextBlock;
class QTextDocument;
class QRectF;

// The keep-together rules of a paged handout: a callout is not split across
// pages, a heading is not left alone at a page's foot, a short paragraph
// does not leave a single line alone at a page edge, and a teach-back
// question stays on the page of its answer lines.
//
// In large print a callout may split after all when both parts keep at least
// a fifth of a page body: at 18 pt a callout is often a third of a page, and
// moving it whole left pages half empty (issue 13). A split callout is still
// boxed on both pages, and its label is never left alone.
//
// Qt's layout knows none of these, so they are applied after layout as page
// breaks set before the item that would be broken, one at a time, each on the
// layout the previous one produced.
class PageBreakRules
{
public:
    // What the rules left broken (0, 0 and 0 after a good layout).
    struct Violations
    {
        int splitCallouts = 0;
        int orphanHeadings = 0;
        int strandedLines = 0; // a short paragraph leaving one line alone on a page
        int splitAnswers = 0; // a teach-back question parted from its answer lines, or the first from its intro
    };

    // `document` is laid out with pages `sheetHeight` tall whose body (the
    // sheet less the margins, header and footer) is `bodyHeight` tall.
    // `largePrint` allows the callout splits described above.
    PageBreakRules(QTextDocument *document, qreal sheetHeight, qreal bodyHeight, bool largePrint = false);

    // Applies the rules to what was added from fromPosition on.
    void apply(int fromPosition);
    Violations violations() const;

private:
    // Checks the rules top to bottom from fromPosition; applies the first page
    // break needed and returns true, or returns false when nothing is left.
    bool fixFirstViolation(int fromPosition);
    // True when the block crosses a page edge leaving a single line on
    // either side, and is short enough to move whole.
    bool strandsALine(const QTextBlock &block) const;
    int pageOf(qreal y) const;
    // Whether a callout laid out at `rect` needs moving: it crosses a page
    // edge, fits on one page, and may not split there.
    bool calloutNeedsMoving(const QRectF &rect) const;
    qreal contentHeight(const QRectF &rect) const;

    QTextDocument *m_doc;
    qreal m_sheetHeight;
    qreal m_bodyHeight;
    bool m_largePrint;
};
