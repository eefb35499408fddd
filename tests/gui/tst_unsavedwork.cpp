#include "contentlibrary.h"
#include "filecommands.h"
#include "filedialogs.h"
#include "handoutdocument.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "messageprompt.h"
#include "personalizationform.h"
#include "recoverystore.h"
#include "sectionpanel.h"
#include "testsupport.h"

#include <QAction>
#include <QLineEdit>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;

// The bugs of issue 11, each as it was found, through the real window:
// unsaved work is never lost.
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

private:
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

QTEST_MAIN(TestUnsavedWork)
#include "tst_unsavedwork.moc"
