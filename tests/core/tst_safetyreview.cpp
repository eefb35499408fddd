#include "documentreader.h"
#include "handoutassembler.h"
#include "handoutdocument.h"
#include "safetyreview.h"
#include "testsupport.h"
#include "translationlibrary.h"

#include <QJsonArray>
#include <QTextBlock>
#include <QTextCursor>
#include <QtTest>

#include <algorithm>

using namespace Qt::StringLiterals;

// The safety review on HandoutContent: what the clinician is told before a
// handout leaves the program.
class TestSafetyReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void untouchedPresetIsClean();
    void deletedPassageIsAFinding();
    void emptiedPassageIsRemovedAndTheCountsGoDown();
    void editedPassageIsAFinding();
    void whitespaceIsNotAnEdit();
    void passageOutOfItsBoxIsAFinding();
    void extraTextBesideAPassageIsNotAFinding();
    void missingSummaryIsAFinding();
    void noSupervisionStatementIsAFinding();
    void emptySelectionIsAFinding();
    void jsonNamesTheIds();
    void noHelpLineIsAFindingUntilOneIsGiven();
    void documentIsReviewedAsItIsNow();

private:
    static HandoutContent contentOf(const QStringList &ids);
    static ContentBlock *findBlock(HandoutContent &content, const QString &passageId, ContentItem **item = nullptr);
};

HandoutContent TestSafetyReview::contentOf(const QStringList &ids)
{
    HandoutContent content;
    // A line to call, so each test sees only the finding it is about.
    content.clinic.crisisLine = u"988"_s;
    for (const QString &id : ids)
        content.sections << HandoutAssembler::sourceSection(TestSupport::builtinArticle(), id);
    return content;
}

void TestSafetyReview::noHelpLineIsAFindingUntilOneIsGiven()
{
    const Article &a = TestSupport::builtinArticle();
    HandoutContent content = contentOf(a.preset(u"in-recovery"_s)->sectionIds);
    content.clinic.crisisLine.clear();
    content.person.nextAppointment = u"May 4"_s; // no one to call
    SafetyReport report = SafetyReview::review(a, content);
    QCOMPARE(report.findings.size(), 1);
    QCOMPARE(report.findings.first().kind, SafetyFinding::NoHelpLine);
    QCOMPARE(report.toJson().value(u"findings"_s).toArray().first().toObject().value(u"kind"_s).toString(),
             u"no-help-line"_s);
    content.clinic.crisisLine = u"  "_s; // blank is not a line
    QVERIFY(!SafetyReview::review(a, content).isClean());

    content.clinic.crisisLine = u"988"_s;
    QVERIFY(SafetyReview::review(a, content).isClean());
    content.clinic.crisisLine.clear();
    content.clinic.phone = u"555 0100"_s;
    QVERIFY(SafetyReview::review(a, content).isClean());
    content.clinic.phone.clear();
    content.person.contact = u"Dr. Rivera"_s;
    QVERIFY(SafetyReview::review(a, content).isClean());
}

ContentBlock *TestSafetyReview::findBlock(HandoutContent &content, const QString &passageId, ContentItem **owner)
{
    for (SectionContent &s : content.sections) {
        for (ContentItem &item : s.items) {
            for (ContentBlock &b : item.blocks) {
                if (b.passageId == passageId) {
                    if (owner)
                        *owner = &item;
                    return &b;
                }
            }
        }
    }
    return nullptr;
}

void TestSafetyReview::untouchedPresetIsClean()
{
    const Article &a = TestSupport::builtinArticle();
    for (const Preset &p : a.presets) {
        const SafetyReport report = SafetyReview::review(a, contentOf(p.sectionIds));
        QVERIFY2(report.isClean(), qPrintable(p.id));
        QVERIFY(report.summaryPresent);
    }
}

void TestSafetyReview::deletedPassageIsAFinding()
{
    HandoutContent content = contentOf({u"dissociative-states"_s});
    ContentItem *item = nullptr;
    QVERIFY(findBlock(content, u"dissociative-states-outside-control"_s, &item));
    item->blocks.clear();
    const SafetyReport report = SafetyReview::review(TestSupport::builtinArticle(), content);
    QCOMPARE(report.findings.size(), 1);
    QCOMPARE(report.findings[0].kind, SafetyFinding::PassageDeleted);
    QCOMPARE(report.findings[0].passageId, u"dissociative-states-outside-control"_s);
    QCOMPARE(report.findings[0].sectionId, u"dissociative-states"_s);
    QVERIFY(report.findings[0].message.contains(u"Dissociative States"_s));
}

void TestSafetyReview::emptiedPassageIsRemovedAndTheCountsGoDown()
{
    HandoutContent content = contentOf({u"dissociative-states"_s});
    const SafetyReport before = SafetyReview::review(TestSupport::builtinArticle(), content);
    QVERIFY(before.riskPassages.contains(u"dissociative-states-outside-control"_s));
    QVERIFY(before.removedPassages.isEmpty());
    // Its text gone, its block left behind (as an editor leaves it).
    ContentBlock *block = findBlock(content, u"dissociative-states-outside-control"_s);
    QVERIFY(block);
    block->runs = {TextRun {u"  "_s}};
    const SafetyReport report = SafetyReview::review(TestSupport::builtinArticle(), content);
    QCOMPARE(report.findings.size(), 1);
    QCOMPARE(report.findings[0].kind, SafetyFinding::PassageDeleted); // removed, not "edited"
    QVERIFY2(report.findings[0].message.contains(u"removed"_s), qPrintable(report.findings[0].message));
    QCOMPARE(report.riskPassages.size(), before.riskPassages.size() - 1);
    QVERIFY(!report.riskPassages.contains(u"dissociative-states-outside-control"_s));
    QCOMPARE(report.removedPassages, QStringList {u"dissociative-states-outside-control"_s});
    QCOMPARE(report.toJson().value(u"removed_passages"_s).toArray().size(), 1);
}

void TestSafetyReview::editedPassageIsAFinding()
{
    HandoutContent content = contentOf({u"conclusion"_s});
    ContentBlock *block = findBlock(content, u"conclusion-consult-professionals"_s);
    block->runs.first().text.replace(u"essential"_s, u"optional"_s);
    const SafetyReport report = SafetyReview::review(TestSupport::builtinArticle(), content);
    QCOMPARE(report.findings.size(), 1);
    QCOMPARE(report.findings[0].kind, SafetyFinding::PassageEdited);
    QVERIFY(report.findings[0].message.contains(u"supervision"_s));
}

void TestSafetyReview::whitespaceIsNotAnEdit()
{
    HandoutContent content = contentOf({u"conclusion"_s});
    ContentBlock *block = findBlock(content, u"conclusion-consult-professionals"_s);
    const QString text = block->runs.first().text;
    const qsizetype space = text.indexOf(u' ');
    block->runs = {TextRun {text.left(space)}, TextRun {u"   "_s + text.mid(space + 1) + u" "_s, true}};
    QVERIFY(SafetyReview::review(TestSupport::builtinArticle(), content).isClean());
}

void TestSafetyReview::passageOutOfItsBoxIsAFinding()
{
    HandoutContent content = contentOf({u"conclusion"_s});
    ContentItem *item = nullptr;
    QVERIFY(findBlock(content, u"conclusion-new-not-proven"_s, &item));
    item->callout = {};
    const SafetyReport report = SafetyReview::review(TestSupport::builtinArticle(), content);
    QCOMPARE(report.findings.size(), 1);
    QCOMPARE(report.findings[0].kind, SafetyFinding::PassageNotHighlighted);
}

void TestSafetyReview::extraTextBesideAPassageIsNotAFinding()
{
    HandoutContent content = contentOf({u"conclusion"_s});
    ContentItem *item = nullptr;
    QVERIFY(findBlock(content, u"conclusion-responses-vary"_s, &item));
    ContentBlock added;
    added.runs << TextRun {u"Ask us about this at your next visit."_s};
    item->blocks << added;
    QVERIFY(SafetyReview::review(TestSupport::builtinArticle(), content).isClean());
}

void TestSafetyReview::missingSummaryIsAFinding()
{
    HandoutContent content = contentOf({u"conclusion"_s});
    content.includeSummary = false;
    const SafetyReport report = SafetyReview::review(TestSupport::builtinArticle(), content);
    QVERIFY(!report.summaryPresent);
    QCOMPARE(report.findings.size(), 1);
    QCOMPARE(report.findings[0].kind, SafetyFinding::SummaryMissing);
}

void TestSafetyReview::noSupervisionStatementIsAFinding()
{
    const SafetyReport report
        = SafetyReview::review(TestSupport::builtinArticle(), contentOf({u"recreational-use"_s, u"habenula"_s}));
    QCOMPARE(report.findings.size(), 1);
    QCOMPARE(report.findings[0].kind, SafetyFinding::NoSupervisionStatement);
    QCOMPARE(report.sectionsWithoutSupervision, (QStringList {u"recreational-use"_s, u"habenula"_s}));
    QCOMPARE(report.riskPassages.size(), 3);
}

void TestSafetyReview::emptySelectionIsAFinding()
{
    const SafetyReport report = SafetyReview::review(TestSupport::builtinArticle(), contentOf({}));
    QCOMPARE(report.findings.size(), 1);
    QCOMPARE(report.findings[0].kind, SafetyFinding::NoSections);
}

void TestSafetyReview::jsonNamesTheIds()
{
    HandoutContent content = contentOf({u"dissociative-states"_s});
    content.includeSummary = false;
    const QJsonObject json = SafetyReview::review(TestSupport::builtinArticle(), content).toJson();
    QCOMPARE(json.value(u"selected_sections"_s).toArray(), QJsonArray({u"dissociative-states"_s}));
    QCOMPARE(json.value(u"risk_passages"_s).toArray().size(), 3);
    QCOMPARE(json.value(u"supervision_passages"_s).toArray(), QJsonArray({u"dissociative-states-supervision"_s}));
    QCOMPARE(json.value(u"summary_present"_s).toBool(), false);
    QCOMPARE(json.value(u"findings"_s).toArray().first().toObject().value(u"kind"_s).toString(), u"summary-missing"_s);
}

void TestSafetyReview::documentIsReviewedAsItIsNow()
{
    const auto has = [](const SafetyReport &report, SafetyFinding::Kind kind) {
        return std::any_of(report.findings.begin(), report.findings.end(),
                           [kind](const SafetyFinding &f) { return f.kind == kind; });
    };
    HandoutDocument doc(TestSupport::builtinArticle());
    doc.resetToSections({u"dissociative-states"_s}, u"T"_s);
    QVERIFY(!has(SafetyReview::review(doc), SafetyFinding::PassageEdited));
    // What was typed a moment ago counts: no pause, no panel in between.
    const QTextBlock block = DocumentReader::passageBlock(doc.textDocument(), u"dissociative-states-outside-control"_s);
    QVERIFY(block.isValid());
    QTextCursor(block).insertText(u"Not "_s);
    QVERIFY(has(SafetyReview::review(doc), SafetyFinding::PassageEdited));
    // In another language, the translation's state is part of the review.
    TranslationLibrary library;
    library.scan({});
    SourceError error;
    std::optional<TranslatedPack> es = library.translate(TestSupport::builtinArticle(), u"es"_s, &error);
    QVERIFY2(es, qPrintable(error.toString()));
    doc.setPack(std::make_shared<const TranslatedPack>(std::move(*es)));
    QVERIFY(has(SafetyReview::review(doc), SafetyFinding::TranslationDraft));
}

QTEST_MAIN(TestSafetyReview)
#include "tst_safetyreview.moc"
