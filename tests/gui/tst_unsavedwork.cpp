#include "clinicsettings.h"
#include "contentlibrary.h"
#include "documentreader.h"
#include "filecommands.h"
#include "filedialogs.h"
#include "handoutdocument.h"
#include "handoutoutput.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "messageprompt.h"
#include "passagemenu.h"
#include "pdfreader.h"
#include "personalizationform.h"
#include "recoverystore.h"
#include "safetypanel.h"
#include "sectionpanel.h"
#include "testsupport.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextTable>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;

// The bugs of issue 11, each as it was found, through the real window:
// unsaved work is never lost, and a removed warning is never hidden.
class TestUnsavedWork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void languageSwitchThenNewAsksFirstAndKeepsTheAutosave();
    void languageSwitchIsOneUndoStep();
    void openAndQuitAskAfterALanguageSwitch();
    void largePrintIsAStepAndSaved();
    void failedRestoreKeepsTheAutosave();
    void emptiedCalloutIsRemovedAndNotPrinted();
    void removedPassageIsPutBackFromTheSafetyPanel();
    void contextMenuRestoresTheArticlesWording();

private:
    void emptyPassage(const QString &passageId);
    QTextBlock passageBlock(const QString &passageId) const;
    static int printedBoxes(const QString &pdf);
    ContentLibrary m_library;
    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestUnsavedWork::initTestCase()
{
    TestSupport::builtinArticle();
    QTemporaryDir empty;
    QVERIFY(m_library.load(empty.path()));
    QVERIFY(m_languages.setLanguage(u"en"_s, false));
    // A crisis line in the clinic profile: without one every review has a finding.
    QSettings settings;
    ClinicProfile clinic;
    clinic.crisisLine = u"988"_s;
    ClinicSettings::save(settings, clinic);
}

void TestUnsavedWork::init()
{
    m_window = std::make_unique<MainWindow>(m_library, &m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestUnsavedWork::cleanup()
{
    m_window->document()->setModified(false);
    m_window->files()->closeCleanly();
    m_window.reset();
    FileDialogs::clearPending();
}

void TestUnsavedWork::languageSwitchThenNewAsksFirstAndKeepsTheAutosave()
{
    m_window->sectionPanel()->applyPreset(u"in-recovery"_s);
    m_window->personalizationForm()->patientEdit()->setText(u"Pat Example"_s);
    m_window->personalizationForm()->commit();
    QVERIFY(m_window->files()->autosaveNow());
    const QString autosave = m_window->files()->autosavePath();
    QVERIFY(QFile::exists(autosave));

    QVERIFY(m_window->setHandoutLanguage(u"es"_s));
    QVERIFY(m_window->document()->isModified()); // the bug: the "*" went
    QVERIFY(m_window->isWindowModified());

    const int asked = MessagePrompt::askedCount();
    MessagePrompt::setNextAnswer(QMessageBox::Cancel);
    m_window->action(u"new"_s)->trigger();
    QCOMPARE(MessagePrompt::askedCount(), asked + 1);
    QCOMPARE(m_window->document()->personalization().patient, u"Pat Example"_s);
    QVERIFY(QFile::exists(autosave)); // the bug: the recovery file was deleted
    QVERIFY(m_window->files()->autosaveNow()); // and autosave goes on

    MessagePrompt::setNextAnswer(QMessageBox::Discard);
    m_window->action(u"new"_s)->trigger();
    QVERIFY(m_window->document()->personalization().patient.isEmpty());
    QVERIFY(!QFile::exists(autosave)); // discarded on purpose
}

void TestUnsavedWork::languageSwitchIsOneUndoStep()
{
    m_window->sectionPanel()->applyPreset(u"in-recovery"_s);
    const HandoutContent english = m_window->document()->content();
    QVERIFY(m_window->setHandoutLanguage(u"es"_s));
    QAction *undo = m_window->action(u"undo"_s);
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), u"&Undo Change language to Español"_s);
    undo->trigger();
    QCOMPARE(m_window->document()->language(), u"en"_s);
    QCOMPARE(m_window->document()->content(), english);
}

void TestUnsavedWork::openAndQuitAskAfterALanguageSwitch()
{
    m_window->sectionPanel()->applyPreset(u"family-caregivers"_s);
    m_window->document()->setModified(false);
    QVERIFY(m_window->setHandoutLanguage(u"es"_s));
    int asked = MessagePrompt::askedCount();
    MessagePrompt::setNextAnswer(QMessageBox::Cancel);
    m_window->action(u"open"_s)->trigger();
    QCOMPARE(MessagePrompt::askedCount(), asked + 1);
    QCOMPARE(FileDialogs::pendingCount(), 0);
    QCOMPARE(m_window->document()->language(), u"es"_s);

    asked = MessagePrompt::askedCount();
    MessagePrompt::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QCOMPARE(MessagePrompt::askedCount(), asked + 1);
    QVERIFY(m_window->isVisible());
}

void TestUnsavedWork::largePrintIsAStepAndSaved()
{
    m_window->sectionPanel()->applyPreset(u"in-recovery"_s);
    m_window->document()->setModified(false);
    m_window->action(u"largePrint"_s)->trigger();
    QVERIFY(m_window->document()->pageOptions().largePrint);
    QVERIFY(m_window->document()->isModified());
    QCOMPARE(m_window->action(u"undo"_s)->text(), u"&Undo Large print on"_s);
    const QString path = m_dir.filePath(u"large.handout"_s);
    FileDialogs::setNextFileName(path);
    m_window->action(u"saveAs"_s)->trigger();
    QVERIFY(!m_window->document()->isModified());

    m_window->action(u"undo"_s)->trigger();
    QVERIFY(!m_window->action(u"largePrint"_s)->isChecked()); // the menu follows the handout
    QVERIFY(m_window->document()->isModified());
    m_window->document()->setModified(false); // openPath() itself does not ask
    QVERIFY(m_window->files()->openPath(path));
    QVERIFY(m_window->document()->pageOptions().largePrint);
    QVERIFY(m_window->action(u"largePrint"_s)->isChecked());
}

void TestUnsavedWork::failedRestoreKeepsTheAutosave()
{
    // An autosave left by a crash, of a handout whose section the pack has
    // since lost.
    const QString orphan = QDir(RecoveryStore::defaultFolder())
                               .filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + u".handout"_s);
    QVERIFY(QFile::copy(TestSupport::dataPath(u"handouts/unknown-section.handout"_s), orphan));
    MessagePrompt::setNextAnswer(QMessageBox::Yes); // restore it
    MessagePrompt::setNextAnswer(QMessageBox::Ok); // it cannot be opened with this content
    MessagePrompt::setNextAnswer(QMessageBox::Ok); // and is kept, here
    const int asked = MessagePrompt::askedCount();
    m_window->files()->offerRecovery();
    QCOMPARE(MessagePrompt::askedCount(), asked + 3);
    QVERIFY(QFile::exists(orphan)); // the bug: it was deleted anyway
    QVERIFY2(MessagePrompt::lastText().contains(QDir::toNativeSeparators(orphan)),
             qPrintable(MessagePrompt::lastText()));
    QVERIFY(m_window->document()->selectedSections().isEmpty());
    QFile::remove(orphan);
}

QTextBlock TestUnsavedWork::passageBlock(const QString &passageId) const
{
    return DocumentReader::passageBlock(m_window->document()->textDocument(), passageId);
}

// As a clinician would: select the passage's text and delete it.
void TestUnsavedWork::emptyPassage(const QString &passageId)
{
    const QTextBlock block = passageBlock(passageId);
    QVERIFY2(block.isValid(), qPrintable(passageId));
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    QCoreApplication::processEvents(); // the emptied box goes after the edit
}

// The boxes on paper: each prints its label with its sign.
int TestUnsavedWork::printedBoxes(const QString &pdf)
{
    const PdfReader printed(pdf);
    int labels = 0;
    for (const QString &page : printed.pages)
        labels += int(page.count(u"⚠"_s) + page.count(u"⚕"_s));
    return labels;
}

void TestUnsavedWork::emptiedCalloutIsRemovedAndNotPrinted()
{
    m_window->sectionPanel()->applyPreset(u"in-recovery"_s);
    HandoutDocument *doc = m_window->document();
    const QString before = m_dir.filePath(u"before.pdf"_s);
    QVERIFY(m_window->output()->exportPdfTo(before));
    const int boxes = int(doc->textDocument()->findChildren<QTextTable *>().size());
    const QString text = doc->article().passage(u"dissociative-states-outside-control"_s)->text;
    m_window->safetyPanel()->refresh();
    const int riskBefore = int(m_window->safetyPanel()->report().riskPassages.size());
    emptyPassage(u"dissociative-states-outside-control"_s);

    // Box and all: no empty box is left to print or to get stuck in.
    QCOMPARE(int(doc->textDocument()->findChildren<QTextTable *>().size()), boxes - 1);
    QVERIFY(DocumentReader::emptiedCallouts(doc->textDocument()).isEmpty());
    m_window->safetyPanel()->refresh();
    const SafetyReport &report = m_window->safetyPanel()->report();
    QVERIFY(report.removedPassages.contains(u"dissociative-states-outside-control"_s));
    QCOMPARE(int(report.riskPassages.size()), riskBefore - 1); // the count goes down
    bool removed = false;
    for (const SafetyFinding &f : report.findings)
        removed = removed || (f.kind == SafetyFinding::PassageDeleted && f.message.contains(u"removed"_s));
    QVERIFY(removed); // not "edited"
    const auto *counts = m_window->safetyPanel()->findChild<QLabel *>(u"safetyCounts"_s);
    QVERIFY(counts);
    QVERIFY2(counts->text().contains(u"1 removed"_s), qPrintable(counts->text()));

    const QString after = m_dir.filePath(u"emptied.pdf"_s);
    QVERIFY(m_window->output()->exportPdfTo(after));
    QVERIFY(PdfReader(after).ok);
    const QString start = text.left(40).simplified();
    QVERIFY(PdfReader(before).allText().simplified().contains(start));
    QVERIFY(!PdfReader(after).allText().simplified().contains(start));
    QVERIFY(printedBoxes(before) > 0);
    QCOMPARE(printedBoxes(after), printedBoxes(before) - 1); // one box fewer, none empty

    // One undo brings back the text and its box.
    m_window->action(u"undo"_s)->trigger();
    QCOMPARE(int(doc->textDocument()->findChildren<QTextTable *>().size()), boxes);
    QCOMPARE(passageBlock(u"dissociative-states-outside-control"_s).text(), text);
}

void TestUnsavedWork::removedPassageIsPutBackFromTheSafetyPanel()
{
    m_window->sectionPanel()->applyPreset(u"in-recovery"_s);
    HandoutDocument *doc = m_window->document();
    const QString text = doc->article().passage(u"dissociative-states-detachment"_s)->text;
    emptyPassage(u"dissociative-states-detachment"_s);
    QVERIFY(!passageBlock(u"dissociative-states-detachment"_s).isValid()); // removed, box and all

    m_window->safetyPanel()->refresh();
    QListWidget *list = m_window->safetyPanel()->findingsList();
    int row = -1;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole + 1).toString() == u"dissociative-states-detachment"_s)
            row = i;
    }
    QVERIFY(row >= 0);
    list->setCurrentRow(row);
    auto *restore = m_window->safetyPanel()->findChild<QPushButton *>(u"restorePassage"_s);
    QVERIFY(restore && restore->isVisibleTo(m_window->safetyPanel()));
    restore->click();
    QCOMPARE(passageBlock(u"dissociative-states-detachment"_s).text(), text);
    m_window->safetyPanel()->refresh();
    QVERIFY2(m_window->safetyPanel()->report().isClean(),
             qPrintable(m_window->safetyPanel()->report().findings.value(0).message));
    QCOMPARE(m_window->action(u"undo"_s)->text(), u"&Undo Restore the article's wording"_s);
}

void TestUnsavedWork::contextMenuRestoresTheArticlesWording()
{
    m_window->sectionPanel()->applyPreset(u"in-recovery"_s);
    HandoutDocument *doc = m_window->document();
    const QString text = doc->article().passage(u"fine-line-handle-with-care"_s)->text;
    QTextCursor cursor(passageBlock(u"fine-line-handle-with-care"_s));
    QMenu untouched;
    PassageMenu::addTo(&untouched, cursor, doc);
    auto *offered = untouched.findChild<QAction *>(u"restorePassage"_s);
    QVERIFY(offered);
    QVERIFY(!offered->isEnabled()); // nothing to restore yet

    cursor.insertText(u"In my words: "_s);
    QMenu menu;
    PassageMenu::addTo(&menu, QTextCursor(passageBlock(u"fine-line-handle-with-care"_s)), doc);
    QAction *restore = menu.findChild<QAction *>(u"restorePassage"_s);
    QVERIFY(restore && restore->isEnabled());
    restore->trigger();
    QCOMPARE(passageBlock(u"fine-line-handle-with-care"_s).text(), text);
    m_window->safetyPanel()->refresh();
    for (const SafetyFinding &f : m_window->safetyPanel()->report().findings)
        QVERIFY2(f.passageId != u"fine-line-handle-with-care"_s, qPrintable(f.message));
}

QTEST_MAIN(TestUnsavedWork)
#include "tst_unsavedwork.moc"
