#include "pagemeasure.h"

#include "documentmarks.h"
#include "pagedrenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QTextFrame>

#include <cmath>

using namespace DocumentMarks;

namespace {

// A point of the laid-out document as a distance along the page bodies.
class BodyScale
{
public:
    explicit BodyScale(const PagedRenderer &renderer)
        : m_renderer(renderer)
        , m_sheetHeight(renderer.sheetSize().height())
        , m_bodyHeight(renderer.bodyRect(0).height())
    { }

    double bodyHeight() const { return m_bodyHeight; }

    double at(qreal y) const
    {
        const int page = int(std::floor(y / m_sheetHeight));
        const QRectF body = m_renderer.bodyRect(page);
        return page * m_bodyHeight + qBound(0.0, y - body.top(), m_bodyHeight);
    }

private:
    const PagedRenderer &m_renderer;
    qreal m_sheetHeight;
    qreal m_bodyHeight;
};

} // namespace

double PageMeasure::totalPages() const
{
    double total = frontPages + backPages;
    for (const Section &s : sections)
        total += s.pages;
    return total;
}

double PageMeasure::rounded(double pages)
{
    return std::round(pages * 10) / 10;
}

PageMeasure PageMeasure::of(const PagedRenderer &renderer)
{
    PageMeasure out;
    out.pages = renderer.pageCount();
    const QTextDocument *doc = renderer.document();
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    const BodyScale scale(renderer);
    if (scale.bodyHeight() <= 0)
        return out;

    // The top-level frames in order, with where each starts.
    struct Part
    {
        Role role;
        QString sectionId;
        double start;
    };
    QList<Part> parts;
    const QList<QTextFrame *> frames = doc->rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        const QTextFrameFormat format = frame->frameFormat();
        parts.append({roleOf(format), format.stringProperty(SectionIdProperty),
                      scale.at(layout->frameBoundingRect(frame).top())});
    }
    // The end of the text, not of its last page.
    qreal bottom = layout->blockBoundingRect(doc->lastBlock()).bottom();
    if (!frames.isEmpty())
        bottom = qMax(bottom, layout->frameBoundingRect(frames.last()).bottom());
    const double end = scale.at(bottom - 0.5);

    double previous = 0; // the front matter starts at the top of page one
    bool inSections = false;
    for (int i = 0; i < parts.size(); ++i) {
        if (parts[i].role != Role::Section)
            continue;
        if (!inSections) {
            out.frontPages = (parts[i].start - previous) / scale.bodyHeight();
            inSections = true;
        }
        const double next = i + 1 < parts.size() ? parts[i + 1].start : end;
        out.sections.append({parts[i].sectionId, (next - parts[i].start) / scale.bodyHeight()});
        previous = next;
    }
    if (!inSections) {
        out.frontPages = end / scale.bodyHeight();
        return out;
    }
    out.backPages = qMax(0.0, (end - previous) / scale.bodyHeight());
    return out;
}
