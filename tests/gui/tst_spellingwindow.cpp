#include "composereditor.h"
#include "contentlibrary.h"
#include "documentmarks.h"
#include "documentreader.h"
#include "filecommands.h"
#include "handoutdocument.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "personaldictionary.h"
#include "sectionpanel.h"
#include "spellinghighlighter.h"
#include "testsupport.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>
#include <QTextBlock>
#include <QtTest>

using namespace Qt::StringLiterals;

// Spell checking in the window (issue 15): red wavy underlines under what the
// clinician wrote, in the handout's language, and the context menu's
// suggestions, "Add to Dictionary" and "Ignore".
class TestSpellingWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void onlyTheCliniciansWordsAreUnderlined();
    void suggestionReplacesTheWordInOneUndoStep();
    void addedWordIsKeptAndIgnoredWordIsSkipped();
    void dictionaryFollowsTheHandoutLanguage();
    void missingDictionaryIsSaidInTheStatusBar();

private:
    SpellingHighlighter *highlighter() const;
    bool waitForDictionary() const;
    QTextCursor cursorAt(const QString &word) const;
    QList<QTextEdit::ExtraSelection> underlines() const;
    void typeInto(const QString &passageId, const QString &text);
    ContentLibrary m_library;
    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestSpellingWindow::initTestCase()
{
    TestSupport::builtinArticle();
    QTemporaryDir empty;
    QVERIFY(m_library.load(empty.path()));
    QVERIFY(m_languages.setLanguage(u"en"_s, false));
    // Words added by an earlier run would hide this run's misspellings.
    QFile::remove(PersonalDictionary(u"en"_s).path());
}

void TestSpellingWindow::init()
{
    m_window = std::make_unique<MainWindow>(m_library, &m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->sectionPanel()->applyPreset(u"in-recovery"_s);
}

void TestSpellingWindow::cleanup()
{
    m_window->document()->setModified(false);
    m_window->files()->closeCleanly();
    m_window.reset();
    qunsetenv("DICPATH");
}

SpellingHighlighter *TestSpellingWindow::highlighter() const
{
    return m_window->findChild<SpellingHighlighter *>(u"SpellingHighlighter"_s);
}

bool TestSpellingWindow::waitForDictionary() const
{
    return QTest::qWaitFor([this] { return !highlighter()->dictionaryName().isEmpty(); }, 20000);
}

QTextCursor TestSpellingWindow::cursorAt(const QString &word) const
{
    QTextCursor found = m_window->document()->textDocument()->find(word);
    found.setPosition(found.selectionStart() + 1);
    return found;
}

QList<QTextEdit::ExtraSelection> TestSpellingWindow::underlines() const
{
    QList<QTextEdit::ExtraSelection> out;
    for (const QTextEdit::ExtraSelection &s : m_window->editor()->extraSelections()) {
        if (s.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
            out << s;
    }
    return out;
}

void TestSpellingWindow::typeInto(const QString &passageId, const QString &text)
{
    const QTextBlock block = DocumentReader::passageBlock(m_window->document()->textDocument(), passageId);
    if (!block.isValid())
        QFAIL(qPrintable(passageId));
    QTextCursor(block).insertText(text);
}

void TestSpellingWindow::onlyTheCliniciansWordsAreUnderlined()
{
    QVERIFY(waitForDictionary());
    QCOMPARE(highlighter()->dictionaryName(), u"en_US"_s);
    highlighter()->refresh();
    QCOMPARE(highlighter()->misspelledCount(), 0); // the article's wording
    QVERIFY(underlines().isEmpty());

    typeInto(u"introduction-overview"_s, u"Speak with your doctorr first. "_s);
    // After the pause in typing, without being asked.
    QTRY_COMPARE_WITH_TIMEOUT(highlighter()->misspelledCount(), 1, 5000);
    const QList<QTextEdit::ExtraSelection> marks = underlines();
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks[0].cursor.selectedText(), u"doctorr"_s);
}

void TestSpellingWindow::suggestionReplacesTheWordInOneUndoStep()
{
    QVERIFY(waitForDictionary());
    typeInto(u"introduction-overview"_s, u"Speak with your doctorr first. "_s);
    highlighter()->refresh();
    QMenu menu;
    QAction *standard = menu.addAction(u"standard"_s);
    highlighter()->addActions(&menu, cursorAt(u"doctorr"_s));
    QAction *first = menu.actions().value(0);
    QCOMPARE(first->objectName(), u"spelling-suggestion"_s);
    QCOMPARE(first->text(), u"doctor"_s);
    QVERIFY(menu.actions().indexOf(standard) > 2); // the spelling entries come first
    const QString before
        = DocumentReader::passageBlock(m_window->document()->textDocument(), u"introduction-overview"_s).text();
    first->trigger();
    const QString after
        = DocumentReader::passageBlock(m_window->document()->textDocument(), u"introduction-overview"_s).text();
    QVERIFY(after.startsWith(u"Speak with your doctor first. "_s));
    highlighter()->refresh();
    QCOMPARE(highlighter()->misspelledCount(), 0);
    m_window->document()->undo();
    QCOMPARE(DocumentReader::passageBlock(m_window->document()->textDocument(), u"introduction-overview"_s).text(),
             before);
}

void TestSpellingWindow::addedWordIsKeptAndIgnoredWordIsSkipped()
{
    QVERIFY(waitForDictionary());
    typeInto(u"introduction-overview"_s, u"Ask Okonkwo or Mbeki. "_s);
    highlighter()->refresh();
    QCOMPARE(highlighter()->misspelledCount(), 2);

    QMenu menu;
    highlighter()->addActions(&menu, cursorAt(u"Okonkwo"_s));
    QAction *add = menu.findChild<QAction *>(u"spelling-add"_s);
    QVERIFY(add);
    add->trigger();
    QCOMPARE(highlighter()->misspelledCount(), 1);
    QVERIFY(PersonalDictionary(u"en"_s).words().contains(u"Okonkwo"_s));

    QMenu second;
    highlighter()->addActions(&second, cursorAt(u"Mbeki"_s));
    QAction *ignore = second.findChild<QAction *>(u"spelling-ignore"_s);
    QVERIFY(ignore);
    ignore->trigger();
    QCOMPARE(highlighter()->misspelledCount(), 0);
    QVERIFY(!PersonalDictionary(u"en"_s).words().contains(u"Mbeki"_s)); // for this session only

    // Another window of the session knows the added word and skips the
    // ignored one (the word list itself is read back in
    // tst_spelling::personalWordsPersist).
    cleanup();
    init();
    QVERIFY(waitForDictionary());
    typeInto(u"introduction-overview"_s, u"Ask Okonkwo, Mbeki or Zwelakhe. "_s);
    highlighter()->refresh();
    QCOMPARE(highlighter()->misspelledCount(), 1);
    QCOMPARE(underlines().value(0).cursor.selectedText(), u"Zwelakhe"_s);
}

void TestSpellingWindow::dictionaryFollowsTheHandoutLanguage()
{
    QVERIFY(waitForDictionary());
    QVERIFY(m_window->setHandoutLanguage(u"es"_s));
    QTRY_COMPARE_WITH_TIMEOUT(highlighter()->dictionaryName(), u"es_ES"_s, 20000);
    QCOMPARE(m_languages.current(), u"en"_s); // the interface stays English
    highlighter()->refresh();
    QCOMPARE(highlighter()->misspelledCount(), 0);
    typeInto(u"introduction-overview"_s, u"Traiga el medicamneto. "_s);
    highlighter()->refresh();
    QCOMPARE(highlighter()->misspelledCount(), 1);
    QMenu menu;
    highlighter()->addActions(&menu, cursorAt(u"medicamneto"_s));
    QStringList offered;
    for (const QAction *a : menu.actions()) {
        if (a->objectName() == u"spelling-suggestion"_s)
            offered << a->text();
    }
    QVERIFY2(offered.contains(u"medicamento"_s), qPrintable(offered.join(u", "_s)));
}

void TestSpellingWindow::missingDictionaryIsSaidInTheStatusBar()
{
    cleanup();
    QTemporaryDir empty;
    qputenv("DICPATH", empty.path().toLocal8Bit());
    // No preset: its own status message would take the place of this one.
    m_window = std::make_unique<MainWindow>(m_library, &m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->sectionPanel()->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(u"No spelling dictionary"_s), 20000);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"English"_s));
    m_window->sectionPanel()->applyPreset(u"in-recovery"_s);
    typeInto(u"introduction-overview"_s, u"wrnog "_s);
    highlighter()->refresh();
    QCOMPARE(highlighter()->misspelledCount(), 0);
    QVERIFY(highlighter()->dictionaryName().isEmpty());
}

QTEST_MAIN(TestSpellingWindow)
#include "tst_spellingwindow.moc"
