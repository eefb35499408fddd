#include "documentmarks.h"
#include "documentreader.h"
#include "handoutdocument.h"
#include "pagebudget.h"
#include "testsupport.h"
#include "translationlibrary.h"

#include <QSignalSpy>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextTable>
#include <QtTest>

using namespace Qt::StringLiterals;

// The handout's one state and history: every change to it, text or not, is a
// named step that undo reverts and that marks the handout modified.
class TestHandoutHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languageChangeIsOneNamedStepThatUndoReverts();
    void languageChangeKeepsTheHandoutModified();
    void textEditsBeforeALanguageChangeStayUndoable();
    void pageOptionsAreNamedSteps();
    void clinicChangeIsRevertedByUndo();
    void typingAfterAStateStepIsItsOwnStep();
    void resetStartsAFreshUnmodifiedHistory();
    void restoredWorkCanBeMarkedModified();
    void emptiedCalloutGoesWithTheEditThatEmptiedIt();
    void restoringAPassageIsOneStep();

private:
    static std::shared_ptr<const TranslatedPack> spanish();
    static void typeAtStartOfPassage(HandoutDocument &doc, const QString &passageId, const QString &text);
};

std::shared_ptr<const TranslatedPack> TestHandoutHistory::spanish()
{
    TranslationLibrary library;
    library.scan({});
    SourceError error;
    std::optional<TranslatedPack> es = library.translate(TestSupport::builtinArticle(), u"es"_s, &error);
    if (!es)
        qFatal("no Spanish pack: %s", qPrintable(error.toString()));
    return std::make_shared<const TranslatedPack>(std::move(*es));
}

void TestHandoutHistory::typeAtStartOfPassage(HandoutDocument &doc, const QString &passageId, const QString &text)
{
    for (QTextBlock b = doc.textDocument()->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().stringProperty(DocumentMarks::PassageIdProperty) == passageId) {
            QTextCursor cursor(b);
            cursor.insertText(text);
            return;
        }
    }
    QFAIL(qPrintable(u"no passage "_s + passageId));
}

void TestHandoutHistory::languageChangeIsOneNamedStepThatUndoReverts()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    doc.resetToSections({u"introduction"_s, u"dissociative-states"_s}, TestSupport::builtinArticle().meta.title);
    doc.setPersonalization({u"Alex"_s, {}, u"Dr. Rivera"_s, {}, {}});
    doc.addNotes();
    const HandoutContent english = doc.content();
    const int steps = doc.history()->count();

    doc.setPack(spanish());
    QCOMPARE(doc.history()->count(), steps + 1);
    QCOMPARE(doc.history()->undoText(), u"Change language to Español"_s);
    QCOMPARE(doc.language(), u"es"_s);
    const HandoutContent spanishContent = doc.content();
    QCOMPARE(spanishContent.sectionIds(), english.sectionIds());
    QCOMPARE(spanishContent.person, english.person); // the patient's details stay
    QVERIFY(spanishContent.hasNotes);
    QVERIFY(!(spanishContent.sections.first() == english.sections.first()));

    doc.undo();
    QCOMPARE(doc.language(), u"en"_s);
    QCOMPARE(doc.content(), english);
    doc.redo();
    QCOMPARE(doc.language(), u"es"_s);
    QCOMPARE(doc.content(), spanishContent);
}

void TestHandoutHistory::languageChangeKeepsTheHandoutModified()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    doc.resetToSections({u"introduction"_s}, u"T"_s);
    doc.setPersonalization({u"Alex"_s, {}, {}, {}, {}});
    QVERIFY(doc.isModified());
    QSignalSpy modified(&doc, &HandoutDocument::modificationChanged);
    doc.setPack(spanish());
    QVERIFY(doc.isModified());
    QVERIFY(!modified.contains(QVariantList {false}));

    // Saved, then a language change: modified again.
    doc.setModified(false);
    doc.undo();
    QVERIFY(doc.isModified());
}

void TestHandoutHistory::textEditsBeforeALanguageChangeStayUndoable()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    doc.resetToSections({u"introduction"_s, u"conclusion"_s}, u"T"_s);
    const HandoutContent fresh = doc.content();
    doc.setSectionsSelected({u"conclusion"_s}, false);
    doc.setPack(spanish());
    doc.undo(); // the language
    doc.undo(); // the section
    QCOMPARE(doc.content(), fresh);
    QVERIFY(!doc.isModified());
}

void TestHandoutHistory::pageOptionsAreNamedSteps()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    doc.resetToSections({u"introduction"_s}, u"T"_s);
    doc.setPageSize(QPageSize::A4);
    doc.setLargePrint(false);
    QVERIFY(!doc.isModified()); // nothing changed, no step
    QSignalSpy options(&doc, &HandoutDocument::optionsChanged);

    doc.setLargePrint(true);
    QCOMPARE(doc.history()->undoText(), u"Large print on"_s);
    QVERIFY(doc.pageOptions().largePrint);
    QVERIFY(doc.isModified());
    doc.setPageSize(QPageSize::Letter);
    QCOMPARE(doc.history()->undoText(), u"Page size US Letter"_s);
    QCOMPARE(doc.pageOptions().pageSize, QPageSize::Letter);
    QCOMPARE(options.count(), 2);

    doc.undo();
    QCOMPARE(doc.pageOptions().pageSize, QPageSize::A4);
    QVERIFY(doc.pageOptions().largePrint);
    doc.undo();
    QVERIFY(!doc.pageOptions().largePrint);
    QVERIFY(!doc.isModified());
    QCOMPARE(options.count(), 4);

    // The page target is one more: named, undone, kept within its range.
    doc.setPageTarget(2);
    QCOMPARE(doc.history()->undoText(), u"Page target 2"_s);
    QCOMPARE(doc.pageOptions().pageTarget, 2);
    doc.setPageTarget(PageBudget::MaxTarget + 5);
    QCOMPARE(doc.pageOptions().pageTarget, PageBudget::MaxTarget);
    doc.setPageTarget(0);
    QCOMPARE(doc.history()->undoText(), u"No page target"_s);
    doc.undo();
    doc.undo();
    QCOMPARE(doc.pageOptions().pageTarget, 2);
    doc.undo();
    QCOMPARE(doc.pageOptions().pageTarget, 0);
    QVERIFY(!doc.isModified());
}

void TestHandoutHistory::clinicChangeIsRevertedByUndo()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    doc.resetToSections({u"introduction"_s}, u"T"_s);
    ClinicProfile clinic;
    clinic.name = u"Harbor Clinic"_s;
    clinic.crisisLine = u"555 0111"_s; // shown in the panel at the top
    doc.setClinic(clinic);
    QCOMPARE(doc.clinic().name, u"Harbor Clinic"_s);
    QVERIFY(doc.textDocument()->toPlainText().contains(u"555 0111"_s));
    QCOMPARE(doc.history()->undoText(), u"Change clinic details"_s);

    doc.undo();
    QCOMPARE(doc.clinic(), ClinicProfile());
    QVERIFY(!doc.textDocument()->toPlainText().contains(u"555 0111"_s));
    QCOMPARE(doc.content().clinic, ClinicProfile()); // what Save would write
    QVERIFY(!doc.isModified());
    doc.redo();
    QCOMPARE(doc.content().clinic.name, u"Harbor Clinic"_s);
}

void TestHandoutHistory::typingAfterAStateStepIsItsOwnStep()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    doc.resetToSections({u"introduction"_s}, u"T"_s);
    const HandoutContent fresh = doc.content();
    typeAtStartOfPassage(doc, u"introduction-objective"_s, u"A"_s);
    const HandoutContent typed = doc.content();
    doc.setLargePrint(true);
    typeAtStartOfPassage(doc, u"introduction-objective"_s, u"B"_s);
    QCOMPARE(doc.history()->count(), 3);
    QCOMPARE(doc.history()->undoText(), u"Typing"_s);

    doc.undo(); // B
    QCOMPARE(doc.content(), typed);
    QVERIFY(doc.pageOptions().largePrint);
    doc.undo(); // large print
    QVERIFY(!doc.pageOptions().largePrint);
    QCOMPARE(doc.content(), typed);
    doc.undo(); // A
    QCOMPARE(doc.content(), fresh);
}

void TestHandoutHistory::resetStartsAFreshUnmodifiedHistory()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    HandoutOptions defaults;
    defaults.pageSize = QPageSize::Letter;
    defaults.pageTarget = 3; // the preference, for new handouts
    doc.setDefaultOptions(defaults);
    doc.resetToSections({u"introduction"_s}, u"T"_s);
    QCOMPARE(doc.pageOptions().pageSize, QPageSize::Letter);
    QCOMPARE(doc.pageOptions().pageTarget, 3);
    doc.setLargePrint(true);
    HandoutOptions opened;
    opened.largePrint = true;
    doc.reset(doc.content(), opened);
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.history()->count(), 0);
    QCOMPARE(doc.pageOptions().pageSize, QPageSize::A4);
    QVERIFY(doc.pageOptions().largePrint);
    QCOMPARE(doc.pageOptions().pageTarget, 0); // the file's, not the default
}

void TestHandoutHistory::restoredWorkCanBeMarkedModified()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    doc.resetToSections({u"introduction"_s}, u"T"_s);
    QSignalSpy modified(&doc, &HandoutDocument::modificationChanged);
    doc.setModified(true);
    QVERIFY(doc.isModified());
    QCOMPARE(modified.count(), 1);
    doc.setModified(false);
    QVERIFY(!doc.isModified());
}

void TestHandoutHistory::emptiedCalloutGoesWithTheEditThatEmptiedIt()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    doc.resetToSections({u"dissociative-states"_s}, u"T"_s);
    const HandoutContent before = doc.content();
    const int boxes = int(doc.textDocument()->findChildren<QTextTable *>().size());
    const QTextBlock block = DocumentReader::passageBlock(doc.textDocument(), u"dissociative-states-outside-control"_s);
    QVERIFY(block.isValid());
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    // Read before the box is swept away: nothing empty is in the content.
    const HandoutContent emptied = doc.content();
    for (const ContentItem &item : emptied.sections.first().items)
        QVERIFY(!item.blocks.isEmpty());
    QCOMPARE(DocumentReader::emptiedCallouts(doc.textDocument()).size(), 1);
    QCoreApplication::processEvents();
    QVERIFY(DocumentReader::emptiedCallouts(doc.textDocument()).isEmpty());
    QCOMPARE(int(doc.textDocument()->findChildren<QTextTable *>().size()), boxes - 1);
    QCOMPARE(doc.history()->count(), 1); // one step: the deletion and its box
    doc.undo();
    QCOMPARE(doc.content(), before);
    QCOMPARE(int(doc.textDocument()->findChildren<QTextTable *>().size()), boxes);
    doc.redo();
    QCOMPARE(int(doc.textDocument()->findChildren<QTextTable *>().size()), boxes - 1);
}

void TestHandoutHistory::restoringAPassageIsOneStep()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    doc.resetToSections({u"introduction"_s, u"dissociative-states"_s}, u"T"_s);
    const HandoutContent original = doc.content();
    typeAtStartOfPassage(doc, u"dissociative-states-detachment"_s, u"Reworded: "_s);
    const HandoutContent edited = doc.content();
    QVERIFY(!(edited == original));
    doc.restorePassage(u"dissociative-states"_s, u"dissociative-states-detachment"_s);
    QCOMPARE(doc.history()->undoText(), u"Restore the article's wording"_s);
    QCOMPARE(doc.content(), original);
    QVERIFY(doc.isModified());
    doc.undo();
    QCOMPARE(doc.content(), edited);
    doc.redo();
    QCOMPARE(doc.content(), original);
}

QTEST_MAIN(TestHandoutHistory)
#include "tst_handouthistory.moc"
