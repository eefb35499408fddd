#include "documentmarks.h"
#include "handoutrequest.h"
#include "pagedrenderer.h"
#include "testsupport.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QTextFrame>
#include <QtTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace DocumentMarks;

// The compact footer: one line on every page, the attribution and the
// disclaimer once in the body, and no last page holding only the attribution.
// Measured against the full footer on every preset, in both print sizes and
// on both papers; the figures are in docs/performance.md.
class TestCompactFooter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::builtinArticle(); }
    void presetsTakeFewerPages();
    void footerIsOneLine();
    void attributionIsNeverAloneOnTheLastPage();

private:
    static HandoutContent preset(const QString &id);
    static QList<PageOptions> layouts();
};

HandoutContent TestCompactFooter::preset(const QString &id)
{
    HandoutRequest request;
    request.presetId = id;
    request.person.date = u"1 December 2026"_s;
    const Article &a = TestSupport::builtinArticle();
    return request.compose(a, request.resolve(a));
}

QList<PageOptions> TestCompactFooter::layouts()
{
    QList<PageOptions> out;
    for (const QPageSize::PageSizeId size : {QPageSize::A4, QPageSize::Letter}) {
        for (const bool large : {false, true}) {
            PageOptions page;
            page.pageSize = size;
            page.largePrint = large;
            out << page;
        }
    }
    return out;
}

void TestCompactFooter::presetsTakeFewerPages()
{
    const Article &a = TestSupport::builtinArticle();
    int totalBefore = 0;
    int totalAfter = 0;
    for (const PageOptions &compact : layouts()) {
        PageOptions full = compact;
        full.fullFooter = true;
        int before = 0;
        int after = 0;
        QStringList row;
        for (const Preset &p : a.presets) {
            const HandoutContent content = preset(p.id);
            const int fullPages = PagedRenderer(a, content, full).pageCount();
            const int compactPages = PagedRenderer(a, content, compact).pageCount();
            QVERIFY2(compactPages <= fullPages, qPrintable(p.id));
            if (compact.largePrint)
                QVERIFY2(compactPages < fullPages, qPrintable(p.id)); // about a page in six
            before += fullPages;
            after += compactPages;
            row << u"%1 %2→%3"_s.arg(p.id).arg(fullPages).arg(compactPages);
        }
        qInfo("%s%s: %d → %d pages (%s)", compact.pageSize == QPageSize::A4 ? "A4" : "Letter",
              compact.largePrint ? " large print" : "", before, after, qPrintable(row.join(u", "_s)));
        totalBefore += before;
        totalAfter += after;
    }
    QVERIFY(totalAfter < totalBefore);
}

void TestCompactFooter::footerIsOneLine()
{
    // The room below the body: the full footer needs several lines, the
    // compact one a single line of footer text.
    const Article &a = TestSupport::builtinArticle();
    for (const PageOptions &compact : layouts()) {
        PageOptions full = compact;
        full.fullFooter = true;
        const HandoutContent content = preset(u"in-recovery"_s);
        const PagedRenderer small(a, content, compact);
        const PagedRenderer large(a, content, full);
        const qreal sheet = small.sheetSize().height();
        const qreal compactFoot = sheet - small.bodyRect(0).bottom();
        const qreal fullFoot = sheet - large.bodyRect(0).bottom();
        const qreal line = QFontMetricsF(QFont(u"DejaVu Sans"_s, compact.largePrint ? 14 : 8)).lineSpacing();
        QVERIFY2(fullFoot - compactFoot > 1.5 * line,
                 qPrintable(u"full footer %1 px, compact %2 px"_s.arg(fullFoot).arg(compactFoot)));
    }
}

void TestCompactFooter::attributionIsNeverAloneOnTheLastPage()
{
    const Article &a = TestSupport::builtinArticle();
    int moved = 0;
    for (const PageOptions &page : layouts()) {
        for (const Preset &p : a.presets) {
            const PagedRenderer renderer(a, preset(p.id), page);
            const QTextDocument *doc = renderer.document();
            const QList<QTextFrame *> frames = doc->rootFrame()->childFrames();
            int attributions = 0;
            int lastOther = -1;
            QTextFrame *attribution = nullptr;
            for (QTextFrame *frame : frames) {
                if (roleOf(frame->frameFormat()) == Role::Attribution) {
                    ++attributions;
                    attribution = frame;
                    continue;
                }
                const QRectF rect = doc->documentLayout()->frameBoundingRect(frame);
                lastOther = qMax(lastOther, int(std::floor((rect.bottom() - 0.5) / renderer.sheetSize().height())));
            }
            QCOMPARE(attributions, 1);
            // The last page holds more than the attribution.
            QVERIFY2(lastOther == renderer.pageCount() - 1,
                     qPrintable(u"%1: the last page holds only the attribution"_s.arg(p.id)));
            if (attribution != frames.last())
                ++moved;
        }
    }
    qInfo("attribution under the title in %d of %d layouts", moved, int(a.presets.size() * layouts().size()));
}

QTEST_MAIN(TestCompactFooter)
#include "tst_compactfooter.moc"
