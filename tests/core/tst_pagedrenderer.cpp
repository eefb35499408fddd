#include "contentpackreader.h"
#include "handoutassembler.h"
#include "pagedrenderer.h"
#include "testsupport.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextTable>
#include <QtTest>

using namespace Qt::StringLiterals;

// The paginator on its own: page geometry, and the rules that keep a callout
// on one page and a heading with what follows it.
class TestPagedRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::builtinArticle(); }
    void sheetSizesFollowThePageSize();
    void bodyLeavesRoomForHeaderAndFooter();
    void longHeaderTextIsElided();
    void rulesHoldAtEveryBoundary();
    void rulesHoldAcrossBuildSteps();
    void shortParagraphsLeaveNoLineAlone();
    void stepsBuildTheSameText();
    void largePrintTakesMorePages();
    void largePrintLeavesNoPageMostlyEmpty();
    void calloutsStayWholeOrSplitFairly_data();
    void calloutsStayWholeOrSplitFairly();
    void rendersOnePdfPagePerPage();
    void teachBackQuestionsKeepTheirLines();
    void attributionSaysAdaptedOnlyWhenWordingChanged();

private:
    static Article boundaryArticle(int fillers);
    static Article manySectionsArticle(int offset);
    static HandoutContent contentFor(const Article &article);
    static QList<qreal> bodyFilled(const PagedRenderer &renderer);
};

// An article whose one section starts with `fillers` short paragraphs, then a
// heading-like sub-section and a run of callouts: as `fillers` grows, every
// item in turn crosses the first page boundary.
Article TestPagedRenderer::boundaryArticle(int fillers)
{
    QByteArray pack = TestSupport::readAll(TestSupport::dataPath(u"packs/minimal.md"_s));
    QByteArray filler;
    for (int i = 0; i < fillers; ++i)
        filler += "{#filler-" + QByteArray::number(i) + "}\nA short filler paragraph that takes one line.\n\n";
    QByteArray callouts;
    for (int i = 0; i < 6; ++i) {
        callouts += "{#callout-" + QByteArray::number(i)
            + " .risk}\nA risk passage long enough to wrap onto a second and a third line in the box, so that a "
              "page edge can fall through the middle of it when the paragraphs before it push it down.\n\n";
    }
    pack.replace("# Topic Two {#topic-two}\n",
                 "# Topic Two {#topic-two}\n\n" + filler + "## Boxes {#boxes}\n\n" + callouts);
    ContentPackReader reader;
    std::optional<Article> article = reader.read(pack, u"boundary.md"_s);
    if (!article)
        qFatal("%s", qPrintable(reader.error().toString()));
    article->rebuildIndex();
    return *article;
}

// Forty top-level sections, each a few fillers, a sub-heading and a callout:
// the renderer paginates in steps of several sections, so the page edges fall
// before, across and after the joins between steps as `offset` changes.
Article TestPagedRenderer::manySectionsArticle(int offset)
{
    QByteArray pack = TestSupport::readAll(TestSupport::dataPath(u"packs/minimal.md"_s));
    QByteArray parts;
    for (int part = 0; part < 40; ++part) {
        const QByteArray n = QByteArray::number(part);
        parts += "# Part " + n + " {#part-" + n + "}\n\n";
        for (int i = 0; i < (part * 3 + offset) % 7; ++i)
            parts += "{#part-" + n + "-filler-" + QByteArray::number(i) + "}\nA filler paragraph of one line.\n\n";
        parts += "## Box " + n + " {#box-" + n + "}\n\n{#box-" + n
            + "-text .risk}\nA risk passage long enough to wrap onto a second and a third line in its box, so that a "
              "page edge can fall through the middle of it when what comes before pushes it down.\n\n";
    }
    pack.replace("::: preset {#everyone}", parts + "::: preset {#everyone}");
    ContentPackReader reader;
    std::optional<Article> article = reader.read(pack, u"many-sections.md"_s);
    if (!article)
        qFatal("%s", qPrintable(reader.error().toString()));
    article->rebuildIndex();
    return *article;
}

HandoutContent TestPagedRenderer::contentFor(const Article &article)
{
    HandoutContent content;
    content.title = u"Boundary test"_s;
    content.includeSummary = false;
    for (const Section &s : article.sections)
        content.sections << HandoutAssembler::sourceSection(article, s.id);
    return content;
}

// How far down each page's body the text reaches, from 0 to 1, read from the
// laid-out lines (inside callouts too).
QList<qreal> TestPagedRenderer::bodyFilled(const PagedRenderer &renderer)
{
    const QTextDocument *doc = renderer.document();
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    const qreal sheet = renderer.sheetSize().height();
    QList<qreal> lowest(renderer.pageCount(), 0);
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        const QTextLayout *lines = block.layout();
        if (!lines || block.text().trimmed().isEmpty())
            continue;
        const qreal top = layout->blockBoundingRect(block).top();
        for (int i = 0; i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            const qreal bottom = top + line.y() + line.height();
            const int page = int(std::floor((bottom - 0.5) / sheet));
            if (page >= 0 && page < lowest.size())
                lowest[page] = std::max(lowest[page], bottom);
        }
    }
    QList<qreal> filled;
    for (int page = 0; page < lowest.size(); ++page) {
        const QRectF body = renderer.bodyRect(page);
        filled << (lowest[page] - body.top()) / body.height();
    }
    return filled;
}

void TestPagedRenderer::sheetSizesFollowThePageSize()
{
    const Article &a = TestSupport::builtinArticle();
    HandoutContent content = contentFor(a);
    PageOptions a4;
    a4.pageSize = QPageSize::A4;
    PageOptions letter;
    letter.pageSize = QPageSize::Letter;
    const PagedRenderer onA4(a, content, a4);
    const PagedRenderer onLetter(a, content, letter);
    QCOMPARE(qRound(onA4.sheetSize().width()), qRound(210 / 25.4 * 96));
    QCOMPARE(qRound(onA4.sheetSize().height()), qRound(297 / 25.4 * 96));
    QCOMPARE(qRound(onLetter.sheetSize().width()), 816);
    QCOMPARE(qRound(onLetter.sheetSize().height()), 1056);
}

void TestPagedRenderer::bodyLeavesRoomForHeaderAndFooter()
{
    const Article &a = TestSupport::builtinArticle();
    HandoutContent content = contentFor(a);
    content.clinic.name = u"Clinic"_s;
    const PagedRenderer renderer(a, content, PageOptions());
    const QRectF body = renderer.bodyRect(1);
    const qreal margin = 18 / 25.4 * 96;
    QVERIFY(body.top() > renderer.sheetSize().height() + margin + 10); // header band
    QVERIFY(body.bottom() < 2 * renderer.sheetSize().height() - margin - 20); // the compact footer's line
    QVERIFY(renderer.pageCount() > 5);
    PageOptions full;
    full.fullFooter = true;
    const PagedRenderer fullFooter(a, content, full);
    QVERIFY(fullFooter.bodyRect(1).bottom() < 2 * renderer.sheetSize().height() - margin - 40); // several lines
}

// Issue 17: a 100 000-character clinic name or address filled the header of
// every page, so that pages held only header and footer. Typed text in the
// bands takes one line, ended by "…", whatever its length; the renderer
// does this itself, behind the limits of the fields (FieldLimits).
void TestPagedRenderer::longHeaderTextIsElided()
{
    const Article &a = TestSupport::builtinArticle();
    HandoutContent content;
    content.title = u"Short"_s;
    content.includeSummary = false;
    content.sections << HandoutAssembler::sourceSection(a, a.sections.first().id);
    content.clinic.name = u"Clinic"_s;
    content.clinic.address = u"1 Main Street"_s;
    PageOptions full;
    full.fullFooter = true;
    const PagedRenderer plain(a, content, full);
    content.clinic.name = QString(100000, u'C');
    content.clinic.address = QString(qsizetype(64) * 1024, u'A');
    const PagedRenderer hostile(a, content, full);
    QCOMPARE(hostile.pageCount(), plain.pageCount());
    QCOMPARE(hostile.bodyRect(0).height(), plain.bodyRect(0).height());
    // Painting a page is quick too (tst_cli_fields reads the ellipsis back).
    QImage page(hostile.sheetSize().toSize(), QImage::Format_ARGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    hostile.paintPage(&painter, 0); // must not hang or draw outside the sheet
    painter.end();
}

void TestPagedRenderer::rulesHoldAtEveryBoundary()
{
    int brokenWithoutRules = 0;
    for (int fillers = 20; fillers < 60; ++fillers) {
        const Article article = boundaryArticle(fillers);
        const HandoutContent content = contentFor(article);
        PageOptions loose;
        loose.keepTogether = false;
        const PagedRenderer unruled(article, content, loose);
        const PagedRenderer::Violations before = unruled.violations();
        brokenWithoutRules += before.splitCallouts + before.orphanHeadings + before.strandedLines;

        const PagedRenderer ruled(article, content, PageOptions());
        const PagedRenderer::Violations after = ruled.violations();
        QVERIFY2(after.splitCallouts == 0, qPrintable(u"split callout with %1 fillers"_s.arg(fillers)));
        QVERIFY2(after.orphanHeadings == 0, qPrintable(u"orphan heading with %1 fillers"_s.arg(fillers)));
        QVERIFY2(after.strandedLines == 0, qPrintable(u"stranded line with %1 fillers"_s.arg(fillers)));
        // Keeping things together never costs more than one extra page here,
        // and never leaves a page blank.
        QVERIFY(ruled.pageCount() <= unruled.pageCount() + 1);
    }
    // The document really did hit the boundaries the rules are for.
    QVERIFY2(brokenWithoutRules >= 10, qPrintable(QString::number(brokenWithoutRules)));
}

// Plain paragraphs of three to five lines pushed across the first page edge
// line by line: none may leave a single line at the foot of a page or at the
// top of the next. Checked from the lines' positions, not the renderer's count.
void TestPagedRenderer::shortParagraphsLeaveNoLineAlone()
{
    const QByteArray sentence = "A plain sentence that fills part of a line in a paragraph of the test. ";
    int strandedWithoutRules = 0;
    for (int fillers = 30; fillers < 52; ++fillers) {
        QByteArray pack = TestSupport::readAll(TestSupport::dataPath(u"packs/minimal.md"_s));
        QByteArray body;
        for (int i = 0; i < fillers; ++i)
            body += "{#filler-" + QByteArray::number(i) + "}\nOne line.\n\n";
        for (int i = 0; i < 8; ++i)
            body += "{#para-" + QByteArray::number(i) + "}\n" + sentence.repeated(3 + (i % 3) * 2) + "\n\n";
        pack.replace("# Topic Two {#topic-two}\n", "# Topic Two {#topic-two}\n\n" + body);
        ContentPackReader reader;
        std::optional<Article> article = reader.read(pack, u"paragraphs.md"_s);
        QVERIFY2(article, qPrintable(reader.error().toString()));
        article->rebuildIndex();
        const HandoutContent content = contentFor(*article);
        PageOptions loose;
        loose.keepTogether = false;
        strandedWithoutRules += PagedRenderer(*article, content, loose).violations().strandedLines;

        const PagedRenderer renderer(*article, content, PageOptions());
        const QTextDocument *doc = renderer.document();
        const qreal height = renderer.sheetSize().height();
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            const QTextLayout *lines = block.layout();
            if (!block.text().startsWith(u"A plain sentence"_s) || lines->lineCount() < 2)
                continue;
            const qreal top = doc->documentLayout()->blockBoundingRect(block).top();
            QList<int> perPage(2, 0);
            const int firstPage = int((top + lines->lineAt(0).y()) / height);
            for (int i = 0; i < lines->lineCount(); ++i)
                ++perPage[int((top + lines->lineAt(i).y()) / height) == firstPage ? 0 : 1];
            QVERIFY2(perPage[1] == 0 || (perPage[0] >= 2 && perPage[1] >= 2),
                     qPrintable(u"%1 fillers: %2 + %3 lines"_s.arg(fillers).arg(perPage[0]).arg(perPage[1])));
        }
        QCOMPARE(renderer.violations().strandedLines, 0);
    }
    QVERIFY2(strandedWithoutRules >= 5, qPrintable(QString::number(strandedWithoutRules)));
}

void TestPagedRenderer::rulesHoldAcrossBuildSteps()
{
    int brokenWithoutRules = 0;
    for (int offset = 0; offset < 7; ++offset) {
        const Article article = manySectionsArticle(offset);
        HandoutContent content;
        content.title = u"Steps"_s;
        for (const Section &s : article.sections) {
            if (s.parentId.isEmpty())
                content.sections << HandoutAssembler::sourceSection(article, s.id);
        }
        QVERIFY(content.sections.size() > 40);
        // The page edges this article was built to hit are those of the full
        // footer's body height.
        PageOptions ruledOptions;
        ruledOptions.fullFooter = true;
        PageOptions loose = ruledOptions;
        loose.keepTogether = false;
        const PagedRenderer unruled(article, content, loose);
        brokenWithoutRules += unruled.violations().splitCallouts + unruled.violations().orphanHeadings
            + unruled.violations().strandedLines;
        const PagedRenderer ruled(article, content, ruledOptions);
        QVERIFY2(ruled.violations().splitCallouts == 0, qPrintable(u"split callout, offset %1"_s.arg(offset)));
        QVERIFY2(ruled.violations().orphanHeadings == 0, qPrintable(u"orphan heading, offset %1"_s.arg(offset)));
        QVERIFY2(ruled.violations().strandedLines == 0, qPrintable(u"stranded line, offset %1"_s.arg(offset)));
        QVERIFY(ruled.pageCount() >= unruled.pageCount());
    }
    QVERIFY2(brokenWithoutRules >= 10, qPrintable(QString::number(brokenWithoutRules)));
}

// Built in steps or at once, the handout holds the same text in the same
// order: no section is lost or repeated where two steps meet.
void TestPagedRenderer::stepsBuildTheSameText()
{
    const Article &a = TestSupport::builtinArticle();
    HandoutContent content = contentFor(a);
    content.includeSummary = true;
    content.hasNotes = true;
    ContentBlock note;
    note.runs << TextRun {u"A note from the care team."_s};
    content.notes << note;
    QTextDocument whole;
    HandoutAssembler(a, HandoutStyle::normal()).build(&whole, content);
    // With the full footer the attribution stays last (the compact footer may
    // move it under the title, tst_compactfooter).
    PageOptions options;
    options.fullFooter = true;
    const PagedRenderer renderer(a, content, options);
    QVERIFY(content.sections.size() > 24);
    QCOMPARE(renderer.document()->toPlainText(), whole.toPlainText());
}

// Issue 13: at 18 pt a callout is often a third of a page, and moving each
// one whole to the next page left pages half empty (a full-article handout
// had a page 42 % full and 37 pages). In large print a callout may split when
// both parts keep a fifth of a page; no page but the last is under half full.
void TestPagedRenderer::largePrintLeavesNoPageMostlyEmpty()
{
    const Article &a = TestSupport::builtinArticle();
    HandoutContent content = contentFor(a);
    content.includeSummary = true;
    PageOptions large;
    large.largePrint = true;
    const PagedRenderer renderer(a, content, large);
    const QList<qreal> filled = bodyFilled(renderer);
    QVERIFY(filled.size() > 20);
    for (int page = 0; page + 1 < filled.size(); ++page)
        QVERIFY2(filled[page] >= 0.5,
                 qPrintable(u"page %1 is %2 % full"_s.arg(page + 1).arg(qRound(filled[page] * 100))));
    // The rules still hold as large print has them.
    const PagedRenderer::Violations left = renderer.violations();
    QCOMPARE(left.splitCallouts, 0);
    QCOMPARE(left.orphanHeadings, 0);
}

void TestPagedRenderer::largePrintTakesMorePages()
{
    const Article &a = TestSupport::builtinArticle();
    const HandoutContent content = contentFor(a);
    PageOptions large;
    large.largePrint = true;
    const PagedRenderer normal(a, content, PageOptions());
    const PagedRenderer big(a, content, large);
    QVERIFY2(big.pageCount() > normal.pageCount() * 1.5,
             qPrintable(u"%1 vs %2"_s.arg(big.pageCount()).arg(normal.pageCount())));
    QCOMPARE(big.violations().splitCallouts, 0);
    QCOMPARE(big.violations().orphanHeadings, 0);
    QCOMPARE(big.violations().strandedLines, 0);
}

void TestPagedRenderer::calloutsStayWholeOrSplitFairly_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<bool>("large");
    QTest::addColumn<int>("size");
    for (const Preset &p : TestSupport::builtinArticle().presets) {
        for (bool large : {false, true}) {
            for (QPageSize::PageSizeId size : {QPageSize::A4, QPageSize::Letter}) {
                QTest::addRow("%s %s %s", qPrintable(p.id), large ? "large" : "normal",
                              size == QPageSize::A4 ? "A4" : "Letter")
                    << p.id << large << int(size);
            }
        }
    }
}

// Checked line by line, independently of the renderer's own rule: the first
// line of each callout and its last are on the same page.
void TestPagedRenderer::calloutsStayWholeOrSplitFairly()
{
    QFETCH(QString, preset);
    QFETCH(bool, large);
    QFETCH(int, size);
    const Article &a = TestSupport::builtinArticle();
    HandoutContent content;
    content.title = a.preset(preset)->title;
    content.clinic.name = u"Clinic"_s;
    content.person.patient = u"A Patient"_s;
    for (const QString &id : a.preset(preset)->sectionIds)
        content.sections << HandoutAssembler::sourceSection(a, id);
    PageOptions options;
    options.largePrint = large;
    options.pageSize = QPageSize::PageSizeId(size);
    const PagedRenderer renderer(a, content, options);
    const QTextDocument *doc = renderer.document();
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    const qreal height = renderer.sheetSize().height();
    const auto linePage = [&](const QTextBlock &block, bool last) {
        const QTextLayout *lines = block.layout();
        const QTextLine line = lines->lineAt(last ? lines->lineCount() - 1 : 0);
        const qreal y = layout->blockBoundingRect(block).top() + line.y() + (last ? line.height() - 0.5 : 0);
        return int(y / height);
    };
    int callouts = 0;
    int splits = 0;
    std::function<void(QTextFrame *)> walk = [&](QTextFrame *frame) {
        for (QTextFrame *child : frame->childFrames()) {
            if (auto *table = qobject_cast<QTextTable *>(child)) {
                const QTextBlock first = table->cellAt(0, 0).firstCursorPosition().block();
                const QTextBlock last = table->cellAt(0, 0).lastCursorPosition().block();
                ++callouts;
                const int firstPage = linePage(first, false);
                if (firstPage == linePage(last, true))
                    continue;
                // Only large print splits a callout, over one page edge, with
                // the label and two lines before it and two lines after.
                QVERIFY2(large, qPrintable(first.text()));
                QMap<int, int> linesOnPage;
                for (QTextBlock b = first; b.isValid() && b.position() <= last.position(); b = b.next()) {
                    const QTextLayout *lines = b.layout();
                    for (int i = 0; i < lines->lineCount(); ++i) {
                        const QTextLine line = lines->lineAt(i);
                        ++linesOnPage[int((layout->blockBoundingRect(b).top() + line.y()) / height)];
                    }
                }
                QCOMPARE(linesOnPage.keys(), (QList<int> {firstPage, firstPage + 1}));
                QVERIFY2(linesOnPage.value(firstPage) >= 3 && linesOnPage.value(firstPage + 1) >= 2,
                         qPrintable(first.text()));
                ++splits;
            } else {
                walk(child);
            }
        }
    };
    walk(doc->rootFrame());
    QVERIFY(callouts > 5);
    if (splits > 0)
        qInfo("%d of %d callouts split", splits, callouts);
    QCOMPARE(renderer.violations().splitCallouts, 0);
    QCOMPARE(renderer.violations().orphanHeadings, 0);
    QCOMPARE(renderer.violations().strandedLines, 0);
}

void TestPagedRenderer::rendersOnePdfPagePerPage()
{
    const Article &a = TestSupport::builtinArticle();
    const PagedRenderer renderer(a, contentFor(a), PageOptions());
    QByteArray pdf;
    QBuffer buffer(&pdf);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        QString error;
        QVERIFY2(renderer.render(&writer, &error), qPrintable(error));
    }
    const qsizetype pages = pdf.count("/Type /Page\n") + pdf.count("/Type /Page ") + pdf.count("/Type /Page/");
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(int(pages), renderer.pageCount());
}

// A teach-back question and its answer lines are on one page, and the first
// question is on the page of the part's heading and intro: with more and
// more sections before the part, in normal and large print, the page edges
// fall everywhere in it.
void TestPagedRenderer::teachBackQuestionsKeepTheirLines()
{
    const Article &a = TestSupport::builtinArticle();
    QStringList tagged;
    for (const Section &s : a.sections) {
        if (s.tags())
            tagged << s.id;
    }
    int partedWithoutRules = 0;
    for (const bool large : {false, true}) {
        for (int count = 1; count <= tagged.size(); count += 2) {
            HandoutContent content;
            content.title = u"Teach-back test"_s;
            content.includeSummary = false;
            content.includeGlossary = false;
            content.includeTeachBack = true;
            for (const QString &id : tagged.mid(0, count))
                content.sections << HandoutAssembler::sourceSection(a, id);
            PageOptions ruled;
            ruled.largePrint = large;
            PageOptions loose = ruled;
            loose.keepTogether = false;
            partedWithoutRules += PagedRenderer(a, content, loose).violations().splitAnswers;
            const PagedRenderer renderer(a, content, ruled);
            QVERIFY2(renderer.violations().splitAnswers == 0,
                     qPrintable(u"question parted from its lines: %1 sections, large %2"_s.arg(count).arg(large)));
            QCOMPARE(renderer.violations().splitCallouts, 0);
        }
    }
    // The part really did cross page edges.
    QVERIFY2(partedWithoutRules >= 2, qPrintable(QString::number(partedWithoutRules)));
}

// The attribution says the handout was adapted once any of the article's
// wording in it was changed or removed, naming the clinician when there is
// one; text the clinician only added leaves it citing the article.
void TestPagedRenderer::attributionSaysAdaptedOnlyWhenWordingChanged()
{
    const Article &article = TestSupport::builtinArticle();
    HandoutContent content;
    content.title = u"Attribution"_s;
    content.person.clinician = u"Dr. Rivera"_s;
    content.sections << HandoutAssembler::sourceSection(article, u"conclusion"_s);
    const auto printed = [&article](const HandoutContent &c) {
        return PagedRenderer(article, c, PageOptions()).document()->toPlainText();
    };
    const QString cited = u"Source: “"_s + article.meta.title;
    const QString adaptedBy = u"Adapted by Dr. Rivera from “"_s + article.meta.title;
    const QString adaptedUnnamed = u"Adapted from “"_s + article.meta.title;

    QString text = printed(content);
    QVERIFY2(text.contains(cited), qPrintable(text.right(600)));
    QVERIFY(!text.contains(u"Adapted by"_s));
    QVERIFY(!text.contains(u"Adapted from"_s));

    // A paragraph of the clinician's own and the notes: the article's wording is untouched.
    HandoutContent added = content;
    ContentBlock own;
    own.runs << TextRun {u"Ask us about this at your next visit."_s};
    added.sections[0].items.last().blocks << own;
    added.hasNotes = true;
    added.notes << own;
    text = printed(added);
    QVERIFY(text.contains(cited));
    QVERIFY(!text.contains(u"Adapted by"_s));

    // One word of one passage changed.
    HandoutContent edited = content;
    for (ContentItem &item : edited.sections[0].items) {
        for (ContentBlock &block : item.blocks) {
            if (block.passageId == u"conclusion-consult-professionals"_s)
                block.runs.first().text.replace(u"essential"_s, u"important"_s);
        }
    }
    QVERIFY(!(edited == content));
    text = printed(edited);
    QVERIFY2(text.contains(adaptedBy), qPrintable(text.right(600)));
    QVERIFY(!text.contains(cited));
    // Without a clinician's name, it says so without one.
    edited.person.clinician = u"  "_s;
    text = printed(edited);
    QVERIFY2(text.contains(adaptedUnnamed), qPrintable(text.right(600)));
    QVERIFY(!text.contains(u"Adapted by"_s));

    // A passage removed.
    HandoutContent removed = content;
    removed.sections[0].items.removeLast();
    QVERIFY(printed(removed).contains(adaptedBy));
}

QTEST_MAIN(TestPagedRenderer)
#include "tst_pagedrenderer.moc"
