#include "clinicsettings.h"
#include "composereditor.h"
#include "contentlibrary.h"
#include "documentreader.h"
#include "filedialogs.h"
#include "handoutdocument.h"
#include "handoutoutput.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "messageprompt.h"
#include "personalizationform.h"
#include "safetypanel.h"
#include "sectionpanel.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTextBlock>
#include <QTreeView>
#include <QtTest>

using namespace Qt::StringLiterals;

// Drives the real window (offscreen) the way a clinician would: keyboard and
// clicks on the panel, typing in the composer, the menus' actions.
class TestComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void spaceOnATreeRowChecksTheSection();
    void checkingATopicChecksItsBranch();
    void filterNarrowsByTitleAndText();
    void clearButtonsComeWithText();
    void aLongTitleShowsItsStart();
    void selectAllAndNone();
    void typedTextSurvivesToggleAndReorder();
    void altUpMovesASection();
    void presetFromTheComboBox();
    void undoAfterToggleRestoresTheCheckbox();
    void patientNameIsPlainText();
    void removingTheSummaryAsksFirst();
    void safetyPanelFollowsEdits();
    void exportAsksWhenTheReviewHasFindings();
    void exportWritesThePdf();
    void statusBarCountsWordsAndPages();

private:
    QModelIndex treeIndex(const QString &sectionId) const;
    void putCursorInPassage(const QString &passageId);

    ContentLibrary m_library;
    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestComposer::initTestCase()
{
    TestSupport::builtinArticle();
    QTemporaryDir empty;
    QVERIFY(m_library.load(empty.path()));
    QVERIFY(m_languages.setLanguage(u"en"_s, false)); // English plural forms
    // A crisis line in the clinic profile: without one every review has a finding.
    QSettings settings;
    ClinicProfile clinic;
    clinic.crisisLine = u"988"_s;
    ClinicSettings::save(settings, clinic);
}

void TestComposer::init()
{
    m_window = std::make_unique<MainWindow>(m_library, &m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestComposer::cleanup()
{
    m_window->document()->setModified(false);
    m_window.reset();
}

QModelIndex TestComposer::treeIndex(const QString &sectionId) const
{
    QAbstractItemModel *model = m_window->sectionPanel()->tree()->model();
    const QModelIndexList found
        = model->match(model->index(0, 0), Qt::UserRole + 1, sectionId, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.value(0);
}

void TestComposer::putCursorInPassage(const QString &passageId)
{
    QTextDocument *doc = m_window->document()->textDocument();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().stringProperty(QTextFormat::UserProperty + 3) == passageId) {
            QTextCursor cursor(b);
            m_window->editor()->setTextCursor(cursor);
            m_window->editor()->setFocus();
            return;
        }
    }
    QFAIL(qPrintable(passageId));
}

void TestComposer::spaceOnATreeRowChecksTheSection()
{
    QTreeView *tree = m_window->sectionPanel()->tree();
    tree->setFocus();
    tree->setCurrentIndex(treeIndex(u"dissociative-states"_s));
    QTest::keyClick(tree, Qt::Key_Space);
    QCOMPARE(m_window->document()->selectedSections(), QStringList {u"dissociative-states"_s});
    QCOMPARE(treeIndex(u"dissociative-states"_s).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    const QString text = m_window->document()->textDocument()->toPlainText();
    QVERIFY(text.contains(TestSupport::builtinArticle().passage(u"dissociative-states-supervision"_s)->text));
    QTest::keyClick(tree, Qt::Key_Space);
    QVERIFY(m_window->document()->selectedSections().isEmpty());
}

void TestComposer::checkingATopicChecksItsBranch()
{
    QTreeView *tree = m_window->sectionPanel()->tree();
    tree->setCurrentIndex(treeIndex(u"medical-use"_s));
    QTest::keyClick(tree, Qt::Key_Space);
    QCOMPARE(treeIndex(u"dual-nature"_s).data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    tree->setCurrentIndex(treeIndex(u"dual-nature"_s));
    QTest::keyClick(tree, Qt::Key_Space);
    QCOMPARE(m_window->document()->selectedSections(),
             (QStringList {u"dual-nature"_s, u"medical-use"_s, u"recreational-use"_s, u"fine-line"_s}));
    QCOMPARE(treeIndex(u"dual-nature"_s).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
}

void TestComposer::filterNarrowsByTitleAndText()
{
    QLineEdit *filter = m_window->sectionPanel()->filterEdit();
    QAbstractItemModel *model = m_window->sectionPanel()->tree()->model();
    QTest::keyClicks(filter, u"Special K"_s); // passage text, not a title
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex parent = model->index(0, 0);
    QCOMPARE(parent.data(Qt::UserRole + 1).toString(), u"dual-nature"_s);
    QCOMPARE(model->rowCount(parent), 1);
    QCOMPARE(model->index(0, 0, parent).data(Qt::UserRole + 1).toString(), u"recreational-use"_s);
    filter->clear();
    QTest::keyClicks(filter, u"seizure"_s); // titles and text, any case
    QStringList ids;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex top = model->index(r, 0);
        for (int c = 0; c < model->rowCount(top); ++c)
            ids << model->index(c, 0, top).data(Qt::UserRole + 1).toString();
    }
    QVERIFY(ids.contains(u"nmda-seizures"_s));
    QVERIFY(ids.contains(u"seizure-ketamine-role"_s));
    QVERIFY(!ids.contains(u"medical-use"_s));
    filter->clear();
    QCOMPARE(model->rowCount(), 15);
}

// A line edit's clear button shows while it holds text; clearing the patient's
// name with it takes the name out of the handout, like deleting it by hand.
void TestComposer::clearButtonsComeWithText()
{
    QLineEdit *filter = m_window->sectionPanel()->filterEdit();
    QAction *clearFilter = filter->findChild<QAction *>(u"clearAction"_s);
    QVERIFY(clearFilter);
    QVERIFY(!clearFilter->isVisible());
    QTest::keyClicks(filter, u"risk"_s);
    QVERIFY(clearFilter->isVisible());
    QVERIFY(!clearFilter->toolTip().isEmpty());
    clearFilter->trigger();
    QVERIFY(filter->text().isEmpty());
    QVERIFY(!clearFilter->isVisible());
    QCOMPARE(m_window->sectionPanel()->tree()->model()->rowCount(), 15);

    QLineEdit *patient = m_window->personalizationForm()->patientEdit();
    QTest::keyClicks(patient, u"Eve"_s);
    QTest::keyClick(patient, Qt::Key_Return);
    QTRY_COMPARE(m_window->document()->personalization().patient, u"Eve"_s);
    QAction *clearPatient = patient->findChild<QAction *>(u"clearAction"_s);
    QVERIFY(clearPatient && clearPatient->isVisible());
    clearPatient->trigger();
    QTRY_COMPARE(m_window->document()->personalization().patient, QString());
    QVERIFY(!m_window->document()->textDocument()->toPlainText().contains(u"Eve"_s));
}

void TestComposer::aLongTitleShowsItsStart()
{
    m_window->sectionPanel()->applyPreset(u"in-recovery"_s);
    QLineEdit *title = m_window->personalizationForm()->titleEdit();
    QCOMPARE(title->text(), m_window->document()->title());
    QVERIFY(title->fontMetrics().horizontalAdvance(title->text()) > title->width());
    QCOMPARE(title->cursorPosition(), 0);
}

void TestComposer::selectAllAndNone()
{
    m_window->action(u"selectAllSections"_s)->trigger();
    QCOMPARE(m_window->document()->selectedSections().size(), TestSupport::builtinArticle().sections.size());
    QCOMPARE(m_window->sectionPanel()->orderList()->model()->rowCount(), 47);
    m_window->action(u"selectNoSections"_s)->trigger();
    QVERIFY(m_window->document()->selectedSections().isEmpty());
    QCOMPARE(m_window->sectionPanel()->orderList()->model()->rowCount(), 0);
}

void TestComposer::typedTextSurvivesToggleAndReorder()
{
    m_window->sectionPanel()->applyPreset(u"in-recovery"_s);
    putCursorInPassage(u"introduction-overview"_s);
    QTest::keyClicks(m_window->editor(), u"Typed by the clinician. "_s);
    putCursorInPassage(u"conclusion-hope-helpful"_s);
    QTest::keyClicks(m_window->editor(), u"Second edit. "_s);

    QTreeView *tree = m_window->sectionPanel()->tree();
    tree->setCurrentIndex(treeIndex(u"habenula"_s));
    QTest::keyClick(tree, Qt::Key_Space); // add
    tree->setCurrentIndex(treeIndex(u"fine-line"_s));
    QTest::keyClick(tree, Qt::Key_Space); // remove
    m_window->document()->moveSection(u"conclusion"_s, 0); // reorder
    const QString text = m_window->document()->textDocument()->toPlainText();
    QVERIFY(text.contains(u"Typed by the clinician. The following sections attempt"_s));
    QVERIFY(text.contains(u"Second edit. We hope that this article"_s));
    QCOMPARE(m_window->document()->selectedSections().first(), u"conclusion"_s);
}

void TestComposer::altUpMovesASection()
{
    m_window->sectionPanel()->applyPreset(u"family-caregivers"_s);
    QListView *order = m_window->sectionPanel()->orderList();
    order->setFocus();
    order->setCurrentIndex(order->model()->index(2, 0));
    const QString moving = order->currentIndex().data(Qt::UserRole + 1).toString();
    QTest::keyClick(order, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(m_window->document()->selectedSections().indexOf(moving), 1);
    QTest::keyClick(order, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(m_window->document()->selectedSections().indexOf(moving), 0);
    QCOMPARE(order->currentIndex().row(), 0);
    QTest::keyClick(order, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(m_window->document()->selectedSections().indexOf(moving), 1);
}

void TestComposer::presetFromTheComboBox()
{
    QComboBox *presets = m_window->sectionPanel()->presetBox();
    presets->setFocus();
    QTest::keyClick(presets, Qt::Key_Down);
    const QString id = presets->currentData().toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_window->document()->selectedSections(), TestSupport::builtinArticle().preset(id)->sectionIds);
    QCOMPARE(m_window->document()->title(), TestSupport::builtinArticle().preset(id)->title);
    QCOMPARE(m_window->personalizationForm()->titleEdit()->text(), m_window->document()->title());
}

void TestComposer::undoAfterToggleRestoresTheCheckbox()
{
    QTreeView *tree = m_window->sectionPanel()->tree();
    tree->setCurrentIndex(treeIndex(u"conclusion"_s));
    QTest::keyClick(tree, Qt::Key_Space);
    QCOMPARE(treeIndex(u"conclusion"_s).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    m_window->action(u"undo"_s)->trigger();
    QCOMPARE(treeIndex(u"conclusion"_s).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(m_window->document()->selectedSections().isEmpty());
    m_window->action(u"redo"_s)->trigger();
    QCOMPARE(treeIndex(u"conclusion"_s).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
}

void TestComposer::patientNameIsPlainText()
{
    const QString name = u"<b>Eve</b> & <img src=x>"_s;
    QLineEdit *patient = m_window->personalizationForm()->patientEdit();
    patient->setFocus();
    QTest::keyClicks(patient, name);
    QTest::keyClick(patient, Qt::Key_Return);
    QCOMPARE(m_window->document()->personalization().patient, name);
    QVERIFY(m_window->document()->textDocument()->toPlainText().contains(name));
    // Undo in the editor puts the field back too.
    m_window->action(u"undo"_s)->trigger();
    QCOMPARE(patient->text(), QString());
}

void TestComposer::removingTheSummaryAsksFirst()
{
    QAction *summary = m_window->action(u"summary"_s);
    QVERIFY(summary->isChecked());
    const int asked = MessagePrompt::askedCount();
    MessagePrompt::setNextAnswer(QMessageBox::Cancel);
    summary->trigger();
    QCOMPARE(MessagePrompt::askedCount(), asked + 1);
    QVERIFY(m_window->document()->hasSummary());
    QVERIFY(summary->isChecked());
    MessagePrompt::setNextAnswer(QMessageBox::Yes);
    summary->trigger();
    QVERIFY(!m_window->document()->hasSummary());
    m_window->safetyPanel()->refresh();
    bool found = false;
    for (const SafetyFinding &f : m_window->safetyPanel()->report().findings)
        found = found || f.kind == SafetyFinding::SummaryMissing;
    QVERIFY(found);
}

void TestComposer::safetyPanelFollowsEdits()
{
    m_window->sectionPanel()->applyPreset(u"in-recovery"_s);
    SafetyPanel *panel = m_window->safetyPanel();
    panel->refresh();
    QVERIFY(panel->report().isClean());
    putCursorInPassage(u"recreational-use-hallucinations"_s);
    QTest::keyClicks(m_window->editor(), u"Rarely, "_s);
    // The panel reviews again after a short pause.
    QTRY_VERIFY(!panel->report().isClean());
    QCOMPARE(panel->report().findings.first().kind, SafetyFinding::PassageEdited);
    QCOMPARE(panel->report().findings.first().passageId, u"recreational-use-hallucinations"_s);
    QCOMPARE(panel->findingsList()->count(), 1);
}

void TestComposer::exportAsksWhenTheReviewHasFindings()
{
    // No section selected: the review has a finding.
    const QString path = m_dir.filePath(u"asked.pdf"_s);
    FileDialogs::setNextFileName(path);
    MessagePrompt::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->output()->exportPdf());
    QVERIFY(MessagePrompt::lastText().contains(u"No section is selected"_s));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(FileDialogs::pendingCount(), 1); // asked before choosing a file: no dialog
    FileDialogs::clearPending();
}

void TestComposer::exportWritesThePdf()
{
    m_window->sectionPanel()->applyPreset(u"in-recovery"_s);
    const QString path = m_dir.filePath(u"exported.pdf"_s);
    FileDialogs::setNextFileName(path);
    const int asked = MessagePrompt::askedCount();
    m_window->action(u"exportPdf"_s)->trigger();
    QCOMPARE(MessagePrompt::askedCount(), asked); // a clean review asks nothing
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");

    // An unwritable place: the user is told, nothing is written.
    const QString bad = m_dir.filePath(u"exported.pdf/inside.pdf"_s);
    FileDialogs::setNextFileName(bad);
    MessagePrompt::setNextAnswer(QMessageBox::Ok);
    m_window->action(u"exportPdf"_s)->trigger();
    QVERIFY(MessagePrompt::lastText().contains(bad));
    QVERIFY(!QFile::exists(bad));
}

void TestComposer::statusBarCountsWordsAndPages()
{
    m_window->sectionPanel()->applyPreset(u"in-recovery"_s);
    QTRY_VERIFY(m_window->findChildren<QLabel *>().size() > 0);
    bool words = false;
    bool pages = false;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            words = pages = false;
            for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>()) {
                words = words || QRegularExpression(u"^\\d{3,} words$"_s).match(label->text()).hasMatch();
                pages = pages || QRegularExpression(u"· [4-9] pages$"_s).match(label->text()).hasMatch();
            }
            return words && pages;
        }(),
        5000);
}

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
