#include "pagebreakrules.h"

#include "documentmarks.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>

using namespace DocumentMarks;

namespace {

constexpr int MaxPaginationPasses = 400; // per step of the build: a bound, not an expectation
// A paragraph split by a page edge leaves at least two lines on each side; one
// that cannot, up to this length, moves whole to the next page. Longer ones
// are left to split: moving them would leave most of a page empty.
constexpr int MaxLinesKeptWhole = 6;

bool isHeadingLike(const QTextBlock &block)
{
    const Role role = roleOf(block.blockFormat());
    return role == Role::SectionHeading || role == Role::SectionContext || role == Role::FrameHeading
        || (block.blockFormat().headingLevel() > 1 && role != Role::Title);
}

// The document flattened into what pagination looks at: blocks outside
// callouts, and callout and answer-line tables as single items.
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
            if (table && (roleOf(table->format()) == Role::Callout || roleOf(table->format()) == Role::AnswerSpace))
                items->append({QTextBlock(), table});
            else
                flatten(child, items);
        } else {
            items->append({it.currentBlock(), nullptr});
        }
    }
}

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

bool isAnswerSpace(const FlowItem &item)
{
    return item.callout && roleOf(item.callout->format()) == Role::AnswerSpace;
}

// The question a teach-back answer space belongs to: the text block before it.
int questionOf(const QList<FlowItem> &items, int answerIndex)
{
    int q = answerIndex - 1;
    while (q >= 0 && isEmptyBlock(items[q]))
        --q;
    return q >= 0 && !items[q].callout ? q : -1;
}

bool leadsIn(const FlowItem &item)
{
    return !item.callout && item.block.blockFormat().boolProperty(KeepWithNextProperty);
}

// The first block of what leads into item `index`: the intro blocks before
// it and the heading before them (the item itself when nothing does).
int leadInOf(const QList<FlowItem> &items, int index)
{
    int first = index;
    int k = index - 1;
    for (; k >= 0 && (isEmptyBlock(items[k]) || leadsIn(items[k])); --k) {
        if (leadsIn(items[k]))
            first = k;
    }
    if (first < index && k >= 0 && !items[k].callout && isHeadingLike(items[k].block))
        first = k;
    return first;
}

} // namespace

PageBreakRules::PageBreakRules(QTextDocument *document, qreal sheetHeight, qreal bodyHeight, bool largePrint)
    : m_doc(document)
    , m_sheetHeight(sheetHeight)
    , m_bodyHeight(bodyHeight)
    , m_largePrint(largePrint)
{ }

bool PageBreakRules::calloutNeedsMoving(const QRectF &rect) const
{
    const int first = pageOf(rect.top());
    const int last = pageOf(rect.bottom() - 0.5);
    if (first == last || contentHeight(rect) >= m_bodyHeight)
        return false;
    if (!m_largePrint || last != first + 1)
        return true;
    // The body starts below the root frame's top margin (the page margin and
    // the header) on every sheet.
    const qreal bodyTop = m_doc->rootFrame()->frameFormat().topMargin();
    const qreal before = first * m_sheetHeight + bodyTop + m_bodyHeight - rect.top();
    const qreal after = rect.bottom() - (last * m_sheetHeight + bodyTop);
    const qreal smallest = m_bodyHeight / 5;
    return before < smallest || after < smallest;
}

qreal PageBreakRules::contentHeight(const QRectF &rect) const
{
    // A split frame's height includes the margins, header and footer it
    // crosses; without them it is what the frame needs on one page.
    const int crossings = pageOf(rect.bottom() - 0.5) - pageOf(rect.top());
    return rect.height() - crossings * (m_sheetHeight - m_bodyHeight);
}

int PageBreakRules::pageOf(qreal y) const
{
    return int(std::floor(y / m_sheetHeight));
}

void PageBreakRules::apply(int fromPosition)
{
    for (int pass = 0; pass < MaxPaginationPasses; ++pass) {
        if (!fixFirstViolation(fromPosition))
            return;
    }
}

bool PageBreakRules::fixFirstViolation(int fromPosition)
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
            if (isEmptyBlock(previous)
                || (throughHeadings && !previous.callout && (isHeadingLike(previous.block) || leadsIn(previous))))
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
        if (isAnswerSpace(item)) {
            // The lines go with their question: a question at a page's foot
            // with its lines overleaf asks for an answer nowhere near it.
            const int q = questionOf(items, i);
            const QRectF rect = layout->frameBoundingRect(item.callout);
            if (q < 0 || pageOf(top(items[q])) == pageOf(rect.bottom() - 0.5)
                || rect.bottom() - top(items[q]) >= m_bodyHeight)
                continue;
            const int first = breakStart(q, true);
            if (hasBreakBefore(items[first]))
                continue;
            setBreakBefore(items[first], true);
            return true;
        }
        if (item.callout) {
            if (!calloutNeedsMoving(layout->frameBoundingRect(item.callout)))
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

bool PageBreakRules::strandsALine(const QTextBlock &block) const
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

PageBreakRules::Violations PageBreakRules::violations() const
{
    Violations v;
    QAbstractTextDocumentLayout *layout = m_doc->documentLayout();
    QList<FlowItem> items;
    flatten(m_doc->rootFrame(), &items);
    for (int i = 0; i < items.size(); ++i) {
        const FlowItem &item = items[i];
        if (isAnswerSpace(item)) {
            const int q = questionOf(items, i);
            const QRectF rect = layout->frameBoundingRect(item.callout);
            if (q >= 0) {
                // From the question's first line, as the rule measures it.
                // The first question is measured from the part's heading
                // and intro, which lead into it.
                const int first = leadInOf(items, q);
                const QTextLayout *lines = items[first].block.layout();
                const qreal questionTop = layout->blockBoundingRect(items[first].block).top()
                    + (lines && lines->lineCount() > 0 ? lines->lineAt(0).y() : 0);
                if (pageOf(questionTop) != pageOf(rect.bottom() - 0.5) && rect.bottom() - questionTop < m_bodyHeight)
                    ++v.splitAnswers;
            }
            continue;
        }
        if (item.callout) {
            if (calloutNeedsMoving(layout->frameBoundingRect(item.callout)))
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
