#include "composereditor.h"
#include "contentlibrary.h"
#include "handoutdocument.h"
#include "mainwindow.h"
#include "readabilitypanel.h"
#include "testsupport.h"

#include <QDockWidget>
#include <QGroupBox>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;

// The reading-level panel in the real window (offscreen): it follows edits
// after a pause and shows how each one moved the grade, and an entry clicked
// selects its text in the editor.
class TestReadabilityPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void editMovesTheShownGrade();
    void clickingASentenceSelectsIt();
    void clickingJargonSelectsTheWord();
    void checksCanBeSwitchedOffAndDetailStartsCollapsed();

private:
    static ReadabilityPanel *shownPanel(MainWindow &window);
    static void click(QTreeWidget *tree, QTreeWidgetItem *item);
    ContentLibrary m_library;
};

void TestReadabilityPanel::initTestCase()
{
    TestSupport::builtinArticle(); // registers the bundled fonts
    QTemporaryDir empty;
    QVERIFY(m_library.load(empty.path()));
}

ReadabilityPanel *TestReadabilityPanel::shownPanel(MainWindow &window)
{
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return nullptr;
    window.findChild<QDockWidget *>(u"ReadabilityDock"_s)->raise();
    // The whole article: every top-level section (each brings its sub-sections).
    QStringList topics;
    for (const Section &s : TestSupport::builtinArticle().sections) {
        if (s.level == 1)
            topics << s.id;
    }
    window.document()->applySelection(topics, u"Ketamine"_s);
    window.readabilityPanel()->refresh();
    return window.readabilityPanel();
}

void TestReadabilityPanel::click(QTreeWidget *tree, QTreeWidgetItem *item)
{
    tree->scrollToItem(item);
    const QRect rect = tree->visualItemRect(item);
    QVERIFY(rect.isValid());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
}

void TestReadabilityPanel::editMovesTheShownGrade()
{
    MainWindow window(m_library, nullptr);
    ReadabilityPanel *panel = shownPanel(window);
    QVERIFY(panel);
    const double before = *panel->report().whole.score(ReadabilityScore::FleschKincaidGrade);
    const QString shownBefore = panel->summaryText();
    QVERIFY2(shownBefore.contains(u"Flesch-Kincaid grade %1"_s.arg(QLocale().toString(before, 'f', 1))),
             qPrintable(shownBefore));

    // Type a long sentence of long words into the first paragraph, as a user would.
    const int at = panel->report().sections.at(0).sentences.at(0).position;
    ComposerEditor *editor = window.editor();
    QTextCursor cursor(editor->document());
    cursor.setPosition(at);
    editor->setTextCursor(cursor);
    QTest::keyClicks(editor,
                     u"Notwithstanding considerable pharmacological uncertainty, "
                     "investigators systematically characterized extraordinarily complicated "
                     "neurobiological interactions. "_s);
    // Not measured while typing: only after the pause.
    QCOMPARE(panel->summaryText(), shownBefore);
    QTRY_VERIFY_WITH_TIMEOUT(panel->summaryText() != shownBefore, 5000);
    const double after = *panel->report().whole.score(ReadabilityScore::FleschKincaidGrade);
    QVERIFY(after > before);
    const QString delta = QLocale().toString(after - before, 'f', 1);
    QVERIFY2(panel->summaryText().contains(u"+"_s + delta), qPrintable(panel->summaryText()));
    QVERIFY2(panel->summaryText().contains(u"harder"_s), qPrintable(panel->summaryText()));

    // Undo it: the grade comes back down and the change says so.
    editor->undo();
    panel->refresh();
    QCOMPARE(*panel->report().whole.score(ReadabilityScore::FleschKincaidGrade), before);
    QVERIFY2(panel->summaryText().contains(u"easier"_s), qPrintable(panel->summaryText()));
}

void TestReadabilityPanel::clickingASentenceSelectsIt()
{
    MainWindow window(m_library, nullptr);
    ReadabilityPanel *panel = shownPanel(window);
    QVERIFY(panel);
    QTreeWidget *tree = panel->sentencesTree();
    QVERIFY(tree->topLevelItemCount() > 0);
    const SentenceSpan longest = panel->report().longestSentences(1).at(0);
    click(tree, tree->topLevelItem(0));
    QCOMPARE(window.editor()->textCursor().selectedText(), longest.text);
}

void TestReadabilityPanel::clickingJargonSelectsTheWord()
{
    MainWindow window(m_library, nullptr);
    ReadabilityPanel *panel = shownPanel(window);
    QVERIFY(panel);
    QTreeWidget *tree = panel->jargonTree();
    QTreeWidgetItem *group = tree->topLevelItem(1); // long words
    QVERIFY(group->childCount() > 0);
    tree->expandItem(group);
    QTreeWidgetItem *first = group->child(0);
    click(tree, first);
    const QString word = window.editor()->textCursor().selectedText();
    QVERIFY(!word.isEmpty());
    QVERIFY2(first->text(0).startsWith(word), qPrintable(first->text(0) + u" / "_s + word));
}

void TestReadabilityPanel::checksCanBeSwitchedOffAndDetailStartsCollapsed()
{
    MainWindow window(m_library, nullptr);
    ReadabilityPanel *panel = shownPanel(window);
    QVERIFY(panel);
    QTreeWidget *sections = panel->sectionsTree();
    QVERIFY(sections->topLevelItemCount() > 0);
    for (int i = 0; i < sections->topLevelItemCount(); ++i)
        QVERIFY(!sections->topLevelItem(i)->isExpanded());
    auto *jargonBox = qobject_cast<QGroupBox *>(panel->jargonTree()->parentWidget());
    QVERIFY(jargonBox && jargonBox->isCheckable());
    jargonBox->setChecked(false);
    QVERIFY(!panel->jargonTree()->isVisible());
    QVERIFY(panel->jargonTree()->topLevelItem(1)->childCount() == 0);
    // Another check (issue 12's, later) goes in as one more group.
    auto *extra = new QGroupBox(u"Another check"_s);
    panel->addCheck(extra);
    QCOMPARE(extra->parentWidget(), panel);
}

QTEST_MAIN(TestReadabilityPanel)
#include "tst_readabilitypanel.moc"
