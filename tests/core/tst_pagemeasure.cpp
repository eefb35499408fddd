#include "handoutassembler.h"
#include "handoutrequest.h"
#include "pagebudget.h"
#include "pagedrenderer.h"
#include "pagemeasure.h"
#include "testsupport.h"

#include <QtTest>

using namespace Qt::StringLiterals;

// Page costs are read from the real pagination: the parts add up to the
// pages the export has, and leaving a section out gives back about its cost.
class TestPageMeasure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::builtinArticle(); }
    void partsAddUpToThePages_data();
    void partsAddUpToThePages();
    void leavingASectionOutGivesBackItsCost();
    void emptyHandoutHasNoSections();
    void withinTargetSuggestsNothing();
    void suggestionsBringItWithinTarget();
    void safetySectionsAreNeverSuggested();

private:
    static HandoutContent preset(const QString &id);
};

HandoutContent TestPageMeasure::preset(const QString &id)
{
    HandoutRequest request;
    request.presetId = id;
    request.person.patient = u"Alex Example"_s;
    request.person.date = u"1 December 2026"_s;
    const Article &a = TestSupport::builtinArticle();
    return request.compose(a, request.resolve(a));
}

void TestPageMeasure::partsAddUpToThePages_data()
{
    QTest::addColumn<QString>("presetId");
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("largePrint");
    for (const Preset &p : TestSupport::builtinArticle().presets) {
        for (const bool large : {false, true}) {
            QTest::addRow("%s A4 %s", qPrintable(p.id), large ? "large" : "normal")
                << p.id << int(QPageSize::A4) << large;
            QTest::addRow("%s Letter %s", qPrintable(p.id), large ? "large" : "normal")
                << p.id << int(QPageSize::Letter) << large;
        }
    }
}

void TestPageMeasure::partsAddUpToThePages()
{
    QFETCH(QString, presetId);
    QFETCH(int, size);
    QFETCH(bool, largePrint);
    const HandoutContent content = preset(presetId);
    PageOptions page;
    page.pageSize = QPageSize::PageSizeId(size);
    page.largePrint = largePrint;
    const PagedRenderer renderer(TestSupport::builtinArticle(), content, page);
    const PageMeasure measure = PageMeasure::of(renderer);
    QCOMPARE(measure.pages, renderer.pageCount());
    QStringList ids;
    for (const PageMeasure::Section &s : measure.sections) {
        ids << s.id;
        QVERIFY2(s.pages > 0.02, qPrintable(s.id));
    }
    QCOMPARE(ids, content.sectionIds());
    QVERIFY(measure.frontPages > 0.1); // title, details and the safety summary
    QVERIFY(measure.backPages >= 0.0); // the attribution, unless it went under the title
    // The parts cover the text exactly: the last page holds its end.
    const double total = measure.totalPages();
    QVERIFY2(total > measure.pages - 1 && total <= measure.pages,
             qPrintable(u"%1 pages, parts add up to %2"_s.arg(measure.pages).arg(total)));
}

void TestPageMeasure::leavingASectionOutGivesBackItsCost()
{
    // The costliest section of each preset, in large print where costs are
    // largest: without it, the text is shorter by about its cost (page breaks
    // that move with it account for the rest). The "Words to know" box is
    // left out: it is counted in the back pages, and a section that alone
    // names a term also shortens the box when it goes.
    const Article &a = TestSupport::builtinArticle();
    PageOptions page;
    page.largePrint = true;
    for (const Preset &p : a.presets) {
        HandoutContent content = preset(p.id);
        content.includeGlossary = false;
        const PageMeasure before = PageMeasure::of(PagedRenderer(a, content, page));
        int costliest = 0;
        for (int i = 1; i < before.sections.size(); ++i) {
            if (before.sections[i].pages > before.sections[costliest].pages)
                costliest = i;
        }
        HandoutContent without = content;
        without.sections.removeAt(costliest);
        const PageMeasure after = PageMeasure::of(PagedRenderer(a, without, page));
        const double given = before.totalPages() - after.totalPages();
        const double cost = before.sections[costliest].pages;
        QVERIFY2(
            qAbs(given - cost) < 0.5,
            qPrintable(u"%1: %2 costs %3 pages, leaving it out gave back %4"_s.arg(p.id, before.sections[costliest].id)
                           .arg(cost)
                           .arg(given)));
    }
}

void TestPageMeasure::emptyHandoutHasNoSections()
{
    HandoutContent content = preset(TestSupport::builtinArticle().presets.first().id);
    content.sections.clear();
    const PagedRenderer renderer(TestSupport::builtinArticle(), content, PageOptions());
    const PageMeasure measure = PageMeasure::of(renderer);
    QCOMPARE(measure.pages, 1);
    QVERIFY(measure.sections.isEmpty());
    QVERIFY(measure.totalPages() > 0 && measure.totalPages() <= 1);
}

void TestPageMeasure::withinTargetSuggestsNothing()
{
    const HandoutContent content = preset(u"in-recovery"_s);
    const PageMeasure measure = PageMeasure::of(PagedRenderer(TestSupport::builtinArticle(), content, PageOptions()));
    for (const int target : {0, measure.pages, measure.pages + 3}) {
        const PageBudget budget = PageBudget::assess(measure, target, content);
        QVERIFY(!budget.over());
        QVERIFY(budget.suggestions.isEmpty());
    }
}

void TestPageMeasure::suggestionsBringItWithinTarget()
{
    // The whole article, two pages over: leaving out what is suggested (and
    // nothing else) makes the export fit, measured again.
    const Article &a = TestSupport::builtinArticle();
    HandoutContent content = preset(u"in-recovery"_s);
    content.sections.clear();
    for (const Section &s : a.sections)
        content.sections << HandoutAssembler::sourceSection(a, s.id);
    const PageMeasure measure = PageMeasure::of(PagedRenderer(a, content, PageOptions()));
    const int target = measure.pages - 2;
    const PageBudget budget = PageBudget::assess(measure, target, content);
    QVERIFY(budget.over());
    QVERIFY(budget.reachable);
    QVERIFY(!budget.suggestions.isEmpty());
    HandoutContent shorter = content;
    shorter.sections.removeIf([&](const SectionContent &s) { return budget.suggestions.contains(s.sectionId); });
    const int after = PagedRenderer(a, shorter, PageOptions()).pageCount();
    QVERIFY2(after <= target,
             qPrintable(u"%1 pages after leaving out %2, target %3"_s.arg(after)
                            .arg(budget.suggestions.join(u", "_s))
                            .arg(target)));
}

void TestPageMeasure::safetySectionsAreNeverSuggested()
{
    // A target no handout can meet: every section without a risk or
    // supervision box is suggested, none with one, and it says it is not enough.
    const Article &a = TestSupport::builtinArticle();
    const HandoutContent content = preset(u"in-recovery"_s);
    const PageMeasure measure = PageMeasure::of(PagedRenderer(a, content, PageOptions()));
    const PageBudget budget = PageBudget::assess(measure, 1, content);
    QVERIFY(budget.over());
    QVERIFY(!budget.reachable);
    QVERIFY(!budget.protectedSections.isEmpty());
    for (const SectionContent &s : content.sections) {
        bool boxed = false;
        for (const ContentItem &item : s.items)
            boxed = boxed || item.callout != PassageTags();
        QCOMPARE(budget.protectedSections.contains(s.sectionId), boxed);
        QCOMPARE(budget.suggestions.contains(s.sectionId), !boxed);
    }
}

QTEST_MAIN(TestPageMeasure)
#include "tst_pagemeasure.moc"
