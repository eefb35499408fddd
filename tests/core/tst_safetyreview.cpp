#include "clock.h"
#include "documentreader.h"
#include "handoutassembler.h"
#include "handoutdocument.h"
#include "safetyreview.h"
#include "testsupport.h"
#include "translationlibrary.h"
#include "translationstatus.h"

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
    void reviewedTextsWithoutAReviewerAreAFinding();
    void acknowledgedRemovalIsNoLongerAFinding();
    void acknowledgementCoversOnlyItsWording();
    void documentRecordsAcknowledgementAsOneStep();

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

// Issue 19: with every text marked done but no reviewer in the .info file,
// the PDF said "not reviewed" while the review found nothing.
void TestSafetyReview::reviewedTextsWithoutAReviewerAreAFinding()
{
    const auto drafts = [](const SafetyReport &report) {
        return std::count_if(report.findings.begin(), report.findings.end(),
                             [](const SafetyFinding &f) { return f.kind == SafetyFinding::TranslationDraft; });
    };
    const Article &a = TestSupport::builtinArticle();
    const HandoutContent content = contentOf({u"dissociative-states"_s});
    TranslationStatus status;
    status.original = false;
    status.language = u"es"_s;
    const SafetyReport unnamed = SafetyReview::review(a, content, &status);
    QCOMPARE(drafts(unnamed), 1);
    QVERIFY(unnamed.findings.first().message.contains(u"names no reviewer"_s));
    // The page says the same thing.
    Article spanish = a;
    spanish.texts.values.insert(u"translation-draft"_s, u"Not reviewed."_s);
    QVERIFY(status.noteLines(spanish).contains(u"Not reviewed."_s));

    status.info.reviewer = u"Dr. R. Reviewer"_s;
    QCOMPARE(drafts(SafetyReview::review(a, content, &status)), 0);
    status.draft = QStringList {u"dissociative-states-outside-control"_s};
    QCOMPARE(drafts(SafetyReview::review(a, content, &status)), 1); // the drafts' own finding
}

void TestSafetyReview::acknowledgedRemovalIsNoLongerAFinding()
{
    const Article &a = TestSupport::builtinArticle();
    HandoutContent content = contentOf({u"dissociative-states"_s});
    ContentItem *item = nullptr;
    QVERIFY(findBlock(content, u"dissociative-states-outside-control"_s, &item));
    item->blocks.clear();
    const SafetyReport before = SafetyReview::review(a, content);
    QCOMPARE(before.findings.size(), 1);
    const SafetyFinding finding = before.findings.first();
    QCOMPARE(finding.changeKind(), AcknowledgedChange::Removed);
    QCOMPARE(finding.wordingHash.size(), 64);

    const QDateTime when(QDate(2027, 1, 5), QTime(14, 0), Qt::UTC);
    content.acknowledgedChanges << AcknowledgedChange {finding.passageId, AcknowledgedChange::Removed, when,
                                                       u"Dr. Rivera"_s, finding.wordingHash};
    const SafetyReport after = SafetyReview::review(a, content);
    QVERIFY(after.isClean());
    QCOMPARE(after.acknowledged.size(), 1);
    QCOMPARE(after.acknowledged[0].finding.passageId, finding.passageId);
    QCOMPARE(after.acknowledged[0].change.clinician, u"Dr. Rivera"_s);
    // The counts still follow the handout: the passage is still removed.
    QCOMPARE(after.removedPassages, before.removedPassages);
    QCOMPARE(after.riskPassages, before.riskPassages);
    const QJsonObject json = after.toJson().value(u"acknowledged"_s).toArray().first().toObject();
    QCOMPARE(json.value(u"passage"_s).toString(), finding.passageId);
    QCOMPARE(json.value(u"change"_s).toString(), u"removed"_s);
    QCOMPARE(json.value(u"time"_s).toString(), u"2027-01-05T14:00:00Z"_s);
}

void TestSafetyReview::acknowledgementCoversOnlyItsWording()
{
    const Article &a = TestSupport::builtinArticle();
    HandoutContent content = contentOf({u"conclusion"_s});
    ContentBlock *block = findBlock(content, u"conclusion-consult-professionals"_s);
    block->runs.first().text.replace(u"essential"_s, u"optional"_s);
    const SafetyFinding edit = SafetyReview::review(a, content).findings.first();
    QCOMPARE(edit.changeKind(), AcknowledgedChange::Edited);
    content.acknowledgedChanges << AcknowledgedChange {
        edit.passageId, AcknowledgedChange::Edited, QDateTime::currentDateTimeUtc(), {}, edit.wordingHash};
    QVERIFY(SafetyReview::review(a, content).isClean());

    // Only whitespace more: the same wording, still covered.
    block->runs.first().text += u"  "_s;
    QVERIFY(SafetyReview::review(a, content).isClean());

    // A later, different edit is not what was confirmed: the warning is back.
    block->runs.first().text.replace(u"optional"_s, u"pointless"_s);
    SafetyReport report = SafetyReview::review(a, content);
    QCOMPARE(report.findings.size(), 1);
    QCOMPARE(report.findings[0].kind, SafetyFinding::PassageEdited);
    QVERIFY(report.acknowledged.isEmpty());

    // Nor does a confirmed edit cover the passage's removal.
    content = contentOf({u"conclusion"_s});
    ContentItem *item = nullptr;
    QVERIFY(findBlock(content, edit.passageId, &item));
    item->blocks.clear();
    const SafetyFinding removal = SafetyReview::review(a, content).findings.first();
    content.acknowledgedChanges << AcknowledgedChange {
        edit.passageId, AcknowledgedChange::Edited, QDateTime::currentDateTimeUtc(), {}, removal.wordingHash};
    report = SafetyReview::review(a, content);
    QCOMPARE(report.findings.size(), 1);
    QCOMPARE(report.findings[0].kind, SafetyFinding::PassageDeleted);
}

void TestSafetyReview::documentRecordsAcknowledgementAsOneStep()
{
    Clock::setFixed(QDateTime(QDate(2027, 2, 3), QTime(8, 15, 42, 500), Qt::UTC));
    HandoutDocument doc(TestSupport::builtinArticle());
    doc.resetToSections({u"dissociative-states"_s}, u"T"_s);
    ClinicProfile clinic;
    clinic.crisisLine = u"988"_s; // so the edit is the one finding
    doc.setClinic(clinic);
    Personalization person;
    person.clinician = u"Dr. Rivera"_s;
    doc.setPersonalization(person);
    const QTextBlock block = DocumentReader::passageBlock(doc.textDocument(), u"dissociative-states-outside-control"_s);
    QTextCursor cursor(block);
    cursor.insertText(u"Not "_s);
    const SafetyReport before = SafetyReview::review(doc);
    QCOMPARE(before.findings.size(), 1);
    const int steps = doc.history()->count();

    doc.acknowledgeChanges(before.findings);
    Clock::setFixed({});
    QCOMPARE(doc.history()->count(), steps + 1);
    QCOMPARE(doc.history()->undoText(), u"Confirm removed or edited safety passages"_s);
    QCOMPARE(doc.acknowledgedChanges().size(), 1);
    const AcknowledgedChange change = doc.acknowledgedChanges().first();
    QCOMPARE(change.passageId, u"dissociative-states-outside-control"_s);
    QCOMPARE(change.kind, AcknowledgedChange::Edited);
    QCOMPARE(change.clinician, u"Dr. Rivera"_s);
    QCOMPARE(change.time, QDateTime(QDate(2027, 2, 3), QTime(8, 15, 42), Qt::UTC)); // whole seconds
    QCOMPARE(doc.content().acknowledgedChanges, doc.acknowledgedChanges());
    QVERIFY(SafetyReview::review(doc).isClean());
    QCOMPARE(SafetyReview::review(doc).acknowledged.size(), 1);

    // Confirmed again after another edit: one record for the passage.
    QTextCursor(DocumentReader::passageBlock(doc.textDocument(), change.passageId)).insertText(u"Really "_s);
    doc.acknowledgeChanges(SafetyReview::review(doc).findings);
    QCOMPARE(doc.acknowledgedChanges().size(), 1);
    QVERIFY(doc.acknowledgedChanges().first().wording != change.wording);

    // Undo takes the confirmation back, and the finding with it.
    doc.undo();
    QCOMPARE(doc.acknowledgedChanges(), QList<AcknowledgedChange> {change});
    doc.undo(); // "Really "
    doc.undo();
    QVERIFY(doc.acknowledgedChanges().isEmpty());
    QCOMPARE(SafetyReview::review(doc).findings.size(), 1);

    // Nothing to record: no step.
    const int count = doc.history()->count();
    doc.acknowledgeChanges({});
    QCOMPARE(doc.history()->count(), count);
}

QTEST_MAIN(TestSafetyReview)
#include "tst_safetyreview.moc"
