#include "documentmarks.h"
#include "documentreader.h"
#include "handoutdocument.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextTable>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace DocumentMarks;

// The composer's document: selecting, removing and reordering sections keeps
// the clinician's edits; one undo history covers everything.
class TestHandoutDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsWithTheChosenSections();
    void checkingInsertsAtTheArticlePlace();
    void uncheckingRestoresTheDocumentExactly();
    void editsSurviveToggleReorderAndPreset();
    void movedSectionKeepsItsOwnEdits();
    void undoRevertsASectionToggle();
    void calloutsCarryTheirTags();
    void summaryFollowsTheSelection();
    void summaryCanBeRemovedAndRestored();
    void personalizationIsInsertedAsPlainText();
    void undoRevertsPersonalization();
    void childWithoutParentNamesItsTopic();
    void notesAreKept();
    void textTypedBetweenFramesIsNotLost();
    void passageBlockIsFoundByItsId();
    void editedSectionsAreNoticed();

private:
    static void typeAtStartOfPassage(HandoutDocument &doc, const QString &passageId, const QString &text);
    static QString passageText(const HandoutDocument &doc, const QString &passageId);
};

void TestHandoutDocument::typeAtStartOfPassage(HandoutDocument &doc, const QString &passageId, const QString &text)
{
    const QTextBlock block = DocumentReader::passageBlock(doc.textDocument(), passageId);
    if (!block.isValid())
        QFAIL(qPrintable(u"no passage "_s + passageId));
    QTextCursor(block).insertText(text);
}

QString TestHandoutDocument::passageText(const HandoutDocument &doc, const QString &passageId)
{
    return DocumentReader::passageBlock(doc.textDocument(), passageId).text();
}

void TestHandoutDocument::startsWithTheChosenSections()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    QCOMPARE(doc.selectedSections(), QStringList());
    doc.resetToSections({u"medical-use"_s, u"introduction"_s}, u"My handout"_s);
    QCOMPARE(doc.selectedSections(), (QStringList {u"medical-use"_s, u"introduction"_s}));
    QCOMPARE(doc.title(), u"My handout"_s);
    QCOMPARE(doc.content().title, u"My handout"_s);
    QVERIFY(doc.hasSummary());
    QVERIFY(doc.textDocument()->toPlainText().contains(
        TestSupport::builtinArticle().passage(u"medical-use-anesthetic"_s)->text));
}

void TestHandoutDocument::checkingInsertsAtTheArticlePlace()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    doc.resetToSections({u"introduction"_s, u"conclusion"_s}, u"T"_s);
    QSignalSpy spy(&doc, &HandoutDocument::selectionChanged);
    doc.setSectionsSelected({u"dissociative-states"_s}, true);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(doc.selectedSections(), (QStringList {u"introduction"_s, u"dissociative-states"_s, u"conclusion"_s}));
    doc.setSectionsSelected({u"medical-use"_s}, true);
    QCOMPARE(doc.selectedSections(),
             (QStringList {u"introduction"_s, u"medical-use"_s, u"dissociative-states"_s, u"conclusion"_s}));
    // Before everything chosen so far.
    doc.applySelection({u"conclusion"_s});
    doc.setSectionsSelected({u"introduction"_s}, true);
    QCOMPARE(doc.selectedSections(), (QStringList {u"introduction"_s, u"conclusion"_s}));
}

void TestHandoutDocument::uncheckingRestoresTheDocumentExactly()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    doc.resetToSections({u"introduction"_s, u"conclusion"_s}, u"T"_s);
    const QString before = doc.textDocument()->toPlainText();
    const int blocks = doc.textDocument()->blockCount();
    doc.setSectionsSelected({u"dissociative-states"_s, u"recreational-use"_s}, true);
    QVERIFY(doc.textDocument()->blockCount() > blocks);
    doc.setSectionsSelected({u"dissociative-states"_s, u"recreational-use"_s}, false);
    QCOMPARE(doc.selectedSections(), (QStringList {u"introduction"_s, u"conclusion"_s}));
    QCOMPARE(doc.textDocument()->toPlainText(), before);
    QCOMPARE(doc.textDocument()->blockCount(), blocks);
}

void TestHandoutDocument::editsSurviveToggleReorderAndPreset()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    doc.resetToSections({u"introduction"_s, u"medical-use"_s, u"conclusion"_s}, u"T"_s);
    typeAtStartOfPassage(doc, u"introduction-overview"_s, u"[EDIT-1] "_s);
    typeAtStartOfPassage(doc, u"conclusion-hope-helpful"_s, u"[EDIT-2] "_s);

    doc.setSectionsSelected({u"recreational-use"_s}, true); // toggle on
    doc.setSectionsSelected({u"medical-use"_s}, false); // toggle off
    doc.moveSection(u"conclusion"_s, 0); // reorder
    QCOMPARE(doc.selectedSections(), (QStringList {u"conclusion"_s, u"introduction"_s, u"recreational-use"_s}));
    QVERIFY(passageText(doc, u"introduction-overview"_s).startsWith(u"[EDIT-1] "_s));
    QVERIFY(passageText(doc, u"conclusion-hope-helpful"_s).startsWith(u"[EDIT-2] "_s));

    doc.applySelection({u"introduction"_s, u"fine-line"_s, u"conclusion"_s}); // preset
    QCOMPARE(doc.selectedSections(), (QStringList {u"introduction"_s, u"fine-line"_s, u"conclusion"_s}));
    QVERIFY(passageText(doc, u"introduction-overview"_s).startsWith(u"[EDIT-1] "_s));
    QVERIFY(passageText(doc, u"conclusion-hope-helpful"_s).startsWith(u"[EDIT-2] "_s));
}

void TestHandoutDocument::movedSectionKeepsItsOwnEdits()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    doc.resetToSections({u"introduction"_s, u"dissociative-states"_s, u"conclusion"_s}, u"T"_s);
    // An edit inside a callout, with formatting.
    for (QTextBlock b = doc.textDocument()->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().stringProperty(PassageIdProperty) == u"dissociative-states-supervision"_s) {
            QTextCursor cursor(b);
            QTextCharFormat bold;
            bold.setFontWeight(QFont::Bold);
            cursor.insertText(u"Please note: "_s, bold);
        }
    }
    doc.moveSection(u"dissociative-states"_s, 2);
    QCOMPARE(doc.selectedSections(), (QStringList {u"introduction"_s, u"conclusion"_s, u"dissociative-states"_s}));
    const SectionContent moved = *doc.content().section(u"dissociative-states"_s);
    const QList<const ContentBlock *> blocks = moved.blocksOfPassage(u"dissociative-states-supervision"_s);
    QCOMPARE(blocks.size(), 1);
    QCOMPARE(blocks[0]->runs.first().text, u"Please note: "_s);
    QVERIFY(blocks[0]->runs.first().bold);
    QVERIFY(!blocks[0]->runs.last().bold);
    // Still in its callout.
    bool inCallout = false;
    for (const ContentItem &item : moved.items) {
        for (const ContentBlock &b : item.blocks)
            inCallout = inCallout || (b.passageId == u"dissociative-states-supervision"_s && item.callout);
    }
    QVERIFY(inCallout);
}

void TestHandoutDocument::undoRevertsASectionToggle()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    doc.resetToSections({u"introduction"_s}, u"T"_s);
    QVERIFY(!doc.textDocument()->isUndoAvailable());
    doc.setSectionsSelected({u"conclusion"_s}, true);
    QCOMPARE(doc.selectedSections(), (QStringList {u"introduction"_s, u"conclusion"_s}));
    QSignalSpy spy(&doc, &HandoutDocument::selectionChanged);
    doc.undo();
    QCOMPARE(doc.selectedSections(), QStringList {u"introduction"_s});
    QVERIFY(spy.count() >= 1);
    doc.redo();
    QCOMPARE(doc.selectedSections(), (QStringList {u"introduction"_s, u"conclusion"_s}));
}

void TestHandoutDocument::calloutsCarryTheirTags()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    doc.resetToSections({u"dissociative-states"_s, u"durability-of-effects"_s}, u"T"_s);
    int risk = 0;
    int supervision = 0;
    for (QTextFrame *frame : DocumentReader::sectionFrames(doc.textDocument())) {
        for (QTextFrame *child : frame->childFrames()) {
            auto *table = qobject_cast<QTextTable *>(child);
            QVERIFY(table);
            QCOMPARE(roleOf(table->format()), Role::Callout);
            const auto tags = PassageTags(table->format().intProperty(CalloutTagsProperty));
            const QTextBlock label = table->cellAt(0, 0).firstCursorPosition().block();
            QCOMPARE(roleOf(label.blockFormat()), Role::CalloutLabel);
            const QString passage = label.next().blockFormat().stringProperty(PassageIdProperty);
            QCOMPARE(TestSupport::builtinArticle().passage(passage)->tags, tags);
            if (tags.testFlag(PassageTag::Risk)) {
                ++risk;
                QVERIFY(label.text().contains(u"Risk"_s));
            }
            if (tags.testFlag(PassageTag::Supervision)) {
                ++supervision;
                QVERIFY(label.text().contains(u"Supervision"_s));
            }
        }
    }
    QCOMPARE(risk, 3); // the three dissociative-states passages
    QCOMPARE(supervision, 2); // dissociative-states-supervision, durability-individualized-treatment
}

void TestHandoutDocument::summaryFollowsTheSelection()
{
    const Article &a = TestSupport::builtinArticle();
    QString seizures;
    for (const SafetyPoint &point : a.safetyPoints) {
        if (point.id == u"point-seizures"_s)
            seizures = point.text;
    }
    QVERIFY(!seizures.isEmpty());
    const QString always = a.safetyPoints[0].text;
    QVERIFY(a.safetyPoints[0].always);

    HandoutDocument doc(a);
    doc.resetToSections({u"introduction"_s}, u"T"_s);
    QTextFrame *summary = DocumentReader::frameWithRole(doc.textDocument(), int(Role::Summary));
    QVERIFY(summary);
    auto summaryText = [&] {
        QTextFrame *s = DocumentReader::frameWithRole(doc.textDocument(), int(Role::Summary));
        QTextCursor c(doc.textDocument());
        c.setPosition(s->firstPosition());
        c.setPosition(s->lastPosition(), QTextCursor::KeepAnchor);
        return c.selectedText();
    };
    QVERIFY(summaryText().contains(always));
    QVERIFY(!summaryText().contains(seizures));
    doc.setSectionsSelected({u"seizure-ketamine-role"_s}, true);
    QVERIFY(summaryText().contains(seizures));
    doc.setSectionsSelected({u"seizure-ketamine-role"_s}, false);
    QVERIFY(!summaryText().contains(seizures));
}

void TestHandoutDocument::summaryCanBeRemovedAndRestored()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    doc.resetToSections({u"introduction"_s}, u"T"_s);
    QVERIFY(doc.hasSummary());
    doc.setSummaryIncluded(false);
    QVERIFY(!doc.hasSummary());
    QVERIFY(!doc.content().includeSummary);
    doc.setSectionsSelected({u"conclusion"_s}, true); // must not bring it back
    QVERIFY(!doc.hasSummary());
    doc.setSummaryIncluded(true);
    QVERIFY(doc.hasSummary());
    doc.undo();
    QVERIFY(!doc.hasSummary());
}

void TestHandoutDocument::personalizationIsInsertedAsPlainText()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    doc.resetToSections({u"introduction"_s}, u"T"_s);
    Personalization p;
    p.patient = u"<b>Eve</b> & <img src=x>"_s;
    p.clinician = u"Dr. O'Neil"_s;
    doc.setPersonalization(p);
    QCOMPARE(doc.personalization().patient, p.patient);
    const QString plain = doc.textDocument()->toPlainText();
    QVERIFY(plain.contains(u"<b>Eve</b> & <img src=x>"_s));
    QVERIFY(plain.contains(u"Dr. O'Neil"_s));
    for (QTextBlock b = doc.textDocument()->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it)
            QVERIFY(!it.fragment().charFormat().isImageFormat());
    }
    QCOMPARE(doc.content().person.patient, p.patient);
}

void TestHandoutDocument::undoRevertsPersonalization()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    doc.resetToSections({u"introduction"_s}, u"T"_s);
    Personalization p;
    p.patient = u"Ann"_s;
    doc.setPersonalization(p);
    p.patient = u"Bob"_s;
    doc.setPersonalization(p);
    QSignalSpy spy(&doc, &HandoutDocument::personalizationChanged);
    doc.undo();
    QCOMPARE(doc.personalization().patient, u"Ann"_s);
    QCOMPARE(spy.count(), 1);
}

void TestHandoutDocument::childWithoutParentNamesItsTopic()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    doc.resetToSections({u"recreational-use"_s}, u"T"_s);
    const QString parentTitle = TestSupport::builtinArticle().section(u"dual-nature"_s)->title;
    QTextFrame *frame = DocumentReader::sectionFrame(doc.textDocument(), u"recreational-use"_s);
    QCOMPARE(frame->firstCursorPosition().block().text(), parentTitle);
    doc.setSectionsSelected({u"dual-nature"_s}, true);
    frame = DocumentReader::sectionFrame(doc.textDocument(), u"recreational-use"_s);
    QCOMPARE(frame->firstCursorPosition().block().text(), u"Recreational Use"_s);
    // The context line is generated: never part of the saved content.
    const SectionContent content = *doc.content().section(u"recreational-use"_s);
    QCOMPARE(content.items.first().blocks.first().kind, BlockKind::SectionHeading);
}

void TestHandoutDocument::notesAreKept()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    doc.resetToSections({u"introduction"_s, u"conclusion"_s}, u"T"_s);
    QVERIFY(!doc.hasNotes());
    const int pos = doc.addNotes();
    QVERIFY(doc.hasNotes());
    QTextCursor cursor(doc.textDocument());
    cursor.setPosition(pos);
    cursor.insertText(u"Call us on Monday."_s);
    const HandoutContent content = doc.content();
    QVERIFY(content.hasNotes);
    QCOMPARE(content.notes.size(), 1);
    QCOMPARE(content.notes.first().plainText(), u"Call us on Monday."_s);
    // Notes stay after the sections when sections change.
    doc.setSectionsSelected({u"habenula"_s}, true);
    QCOMPARE(doc.content().notes.first().plainText(), u"Call us on Monday."_s);
    QCOMPARE(doc.selectedSections().last(), u"conclusion"_s);
}

void TestHandoutDocument::textTypedBetweenFramesIsNotLost()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    doc.resetToSections({u"introduction"_s, u"conclusion"_s}, u"T"_s);
    QTextFrame *intro = DocumentReader::sectionFrame(doc.textDocument(), u"introduction"_s);
    QTextCursor cursor(doc.textDocument());
    cursor.setPosition(intro->lastPosition() + 1);
    QCOMPARE(cursor.currentFrame(), doc.textDocument()->rootFrame());
    cursor.insertText(u"Typed between sections."_s);
    const HandoutContent content = doc.content();
    const SectionContent *section = content.section(u"introduction"_s);
    QVERIFY(section);
    QCOMPARE(section->items.last().blocks.last().plainText(), u"Typed between sections."_s);
}

void TestHandoutDocument::passageBlockIsFoundByItsId()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    doc.resetToSections({u"introduction"_s, u"dissociative-states"_s}, u"T"_s);
    const QString id = u"dissociative-states-supervision"_s;
    const QTextBlock block = DocumentReader::passageBlock(doc.textDocument(), id);
    QVERIFY(block.isValid());
    QCOMPARE(block.blockFormat().stringProperty(PassageIdProperty), id);
    QCOMPARE(block.text(), DocumentReader::passageBlock(doc.textDocument(), id).text());
    // Inside its own section's frame, and not inside another one.
    QTextFrame *own = DocumentReader::sectionFrame(doc.textDocument(), u"dissociative-states"_s);
    QTextFrame *other = DocumentReader::sectionFrame(doc.textDocument(), u"introduction"_s);
    QCOMPARE(DocumentReader::passageBlock(own, id).position(), block.position());
    QVERIFY(!DocumentReader::passageBlock(other, id).isValid());
    QVERIFY(!DocumentReader::passageBlock(doc.textDocument(), u"no-such-passage"_s).isValid());
    QVERIFY(!DocumentReader::passageBlock(doc.textDocument(), QString()).isValid());
    QVERIFY(!DocumentReader::passageBlock(own, QString()).isValid());
}

void TestHandoutDocument::editedSectionsAreNoticed()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    doc.resetToSections({u"introduction"_s, u"conclusion"_s}, u"T"_s);
    QVERIFY(!doc.hasEditedSections());
    // A new title or patient is not an edit inside a section.
    doc.setTitle(u"Another title"_s);
    QVERIFY(!doc.hasEditedSections());
    typeAtStartOfPassage(doc, u"introduction-overview"_s, u"EDITED "_s);
    QVERIFY(doc.hasEditedSections());
}

QTEST_MAIN(TestHandoutDocument)
#include "tst_handoutdocument.moc"
