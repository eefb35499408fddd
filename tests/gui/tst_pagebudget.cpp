#include "bidiisolation.h"
#include "contentlibrary.h"
#include "handoutdocument.h"
#include "handoutoutput.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "messageprompt.h"
#include "pagebudgetbanner.h"
#include "pagebudgetwatcher.h"
#include "pagedrenderer.h"
#include "pagemeasure.h"
#include "pagestatus.h"
#include "pdfreader.h"
#include "preferencesdialog.h"
#include "sectionpanel.h"
#include "selectedsectionsmodel.h"
#include "settingskeys.h"
#include "testsupport.h"
#include "translationstatus.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QSpinBox>
#include <QtTest>

using namespace Qt::StringLiterals;

// The page budget in the window (issue 20): the target is set in the status
// bar, the pages and each section's cost come from the export's own layout
// after a pause, and running over shows a warning that suggests sections
// without a risk or supervision passage and removes nothing.
class TestPageBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void lowTargetWarnsAndSuggestsOnlyWhatMayGo();
    void sectionCostsAgreeWithTheExport();
    void raisingTheTargetClearsTheWarning();
    void targetIsAnUndoStep();
    void preferenceIsTheDefaultForNewHandouts();

private:
    // Sets the target as the user does, and waits for the measurement after
    // the pause.
    void setTarget(int pages);
    bool holdsSafetyText(const QString &sectionId) const;
    ContentLibrary m_library;
    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestPageBudget::initTestCase()
{
    TestSupport::builtinArticle();
    QTemporaryDir empty;
    QVERIFY(m_library.load(empty.path()));
    QVERIFY(m_languages.setLanguage(u"en"_s, false));
}

void TestPageBudget::init()
{
    QSettings().remove(SettingsKeys::PageTarget);
    m_window = std::make_unique<MainWindow>(m_library, &m_languages, u"considering-treatment"_s);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(m_window->pageBudget()->measure().pages > 0);
}

void TestPageBudget::cleanup()
{
    MessagePrompt::setNextAnswer(QMessageBox::Discard);
    m_window->document()->setModified(false);
    m_window.reset();
}

void TestPageBudget::setTarget(int pages)
{
    QSignalSpy measured(m_window->pageBudget(), &PageBudgetWatcher::measured);
    m_window->pageStatus()->targetBox()->setValue(pages);
    QCOMPARE(m_window->document()->options().pageTarget, pages);
    // Not measured at once: only after the pause.
    QVERIFY(m_window->pageBudget()->isPending());
    QVERIFY(measured.wait(PageBudgetWatcher::PauseMs * 5));
    QCOMPARE(m_window->pageBudget()->budget().target, pages);
}

bool TestPageBudget::holdsSafetyText(const QString &sectionId) const
{
    for (const SectionContent &s : m_window->document()->content().sections) {
        if (s.sectionId != sectionId)
            continue;
        for (const ContentItem &item : s.items) {
            if (item.callout != PassageTags())
                return true;
        }
    }
    return false;
}

void TestPageBudget::lowTargetWarnsAndSuggestsOnlyWhatMayGo()
{
    const PageBudgetBanner *banner = m_window->pageBudgetBanner();
    // Sections without a box beside the preset's, so that a page less is
    // within reach of what may be suggested.
    m_window->document()->setSectionsSelected(
        {u"struggle-with-depression"_s, u"current-treatments"_s, u"habenula"_s, u"bdnf-role"_s}, true);
    QSignalSpy measured(m_window->pageBudget(), &PageBudgetWatcher::measured);
    QVERIFY(measured.wait(PageBudgetWatcher::PauseMs * 5));
    QVERIFY(!banner->isVisible()); // no target, no warning
    const int pages = m_window->pageBudget()->measure().pages;
    QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
    const QStringList before = m_window->document()->selectedSections();

    setTarget(pages - 1);
    QVERIFY(banner->isVisible());
    const PageBudget &budget = m_window->pageBudget()->budget();
    QVERIFY(budget.over());
    QVERIFY(budget.reachable);
    QVERIFY(!budget.suggestions.isEmpty());
    QVERIFY2(banner->text().contains(u"This handout has %1 pages, over its target of %2."_s.arg(pages).arg(pages - 1)),
             qPrintable(banner->text()));
    QVERIFY(banner->text().contains(u"To fit, you could leave out: "_s));
    QVERIFY(banner->text().contains(u"Nothing is left out unless you do it."_s));
    const Article &article = m_window->document()->article();
    const auto shown = [&](const QString &id) {
        return banner->text().contains(BidiIsolation::isolated(article.section(id)->title) + u" ("_s);
    };
    for (const QString &id : budget.suggestions) {
        QVERIFY2(!holdsSafetyText(id), qPrintable(id));
        QVERIFY2(shown(id), qPrintable(id));
    }
    QVERIFY(!budget.protectedSections.isEmpty());
    QVERIFY(budget.suggestions.size() < m_window->document()->selectedSections().size());
    for (const QString &id : budget.protectedSections) {
        QVERIFY(holdsSafetyText(id));
        QVERIFY2(!shown(id), qPrintable(id));
    }
    // The status bar says so, in the warning colour.
    const QLabel *count = m_window->pageStatus()->countLabel();
    QVERIFY2(count->text().endsWith(u"%1 pages, over the target of %2"_s.arg(pages).arg(pages - 1)),
             qPrintable(count->text()));
    QVERIFY(!count->styleSheet().isEmpty());
    // Nothing was left out.
    QCOMPARE(m_window->document()->selectedSections(), before);

    // A target nothing allowed can reach: it says so.
    setTarget(1);
    QVERIFY(!m_window->pageBudget()->budget().reachable);
    QVERIFY2(banner->text().contains(u"Even leaving out all of these would not be enough"_s),
             qPrintable(banner->text()));
    QVERIFY(banner->text().contains(u"Sections with a risk or supervision passage are never suggested."_s));
    QCOMPARE(m_window->document()->selectedSections(), before);
}

void TestPageBudget::sectionCostsAgreeWithTheExport()
{
    setTarget(2);
    HandoutDocument *doc = m_window->document();
    const HandoutContent content = doc->content();
    const QStringList notes = TranslationStatus::of(doc->pack(), content).noteLines(doc->article());
    const PagedRenderer renderer(doc->article(), content, doc->pageOptions(), notes);
    const PageMeasure expected = PageMeasure::of(renderer);

    const QAbstractItemModel *model = m_window->sectionPanel()->orderList()->model();
    QCOMPARE(model->rowCount(), expected.sections.size());
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        QCOMPARE(index.data(SelectedSectionsModel::SectionIdRole).toString(), expected.sections[row].id);
        const QVariant cost = index.data(SelectedSectionsModel::PageCostRole);
        QVERIFY(cost.isValid());
        QCOMPARE(PageMeasure::rounded(cost.toDouble()), PageMeasure::rounded(expected.sections[row].pages));
        QVERIFY2(index.data(Qt::ToolTipRole)
                     .toString()
                     .contains(u"About %1 pages on paper"_s.arg(PageMeasure::rounded(expected.sections[row].pages), 0,
                                                                'f', 1)),
                 qPrintable(index.data(Qt::ToolTipRole).toString()));
    }
    // The page count shown is the one the PDF has.
    const QString pdf = m_dir.filePath(u"budget.pdf"_s);
    QVERIFY(m_window->output()->exportPdfTo(pdf));
    const PdfReader read(pdf);
    QVERIFY(read.ok);
    QCOMPARE(read.pageCount(), m_window->pageBudget()->measure().pages);
    QCOMPARE(read.pageCount(), expected.pages);
    QVERIFY(m_window->pageStatus()->countLabel()->text().contains(
        u"%1 pages, over the target of 2"_s.arg(read.pageCount())));
}

void TestPageBudget::raisingTheTargetClearsTheWarning()
{
    const int pages = m_window->pageBudget()->measure().pages;
    setTarget(1);
    QVERIFY(m_window->pageBudgetBanner()->isVisible());
    setTarget(pages);
    QVERIFY(!m_window->pageBudgetBanner()->isVisible());
    const QLabel *count = m_window->pageStatus()->countLabel();
    QVERIFY2(count->text().endsWith(u"%1 pages, target %1"_s.arg(pages)), qPrintable(count->text()));
    QVERIFY(count->styleSheet().isEmpty());
    setTarget(0);
    QVERIFY2(count->text().endsWith(u"· %1 pages"_s.arg(pages)), qPrintable(count->text()));
}

void TestPageBudget::targetIsAnUndoStep()
{
    setTarget(2);
    QVERIFY(m_window->document()->isModified());
    QCOMPARE(m_window->document()->history()->undoText(), u"Page target 2"_s);
    QSignalSpy measured(m_window->pageBudget(), &PageBudgetWatcher::measured);
    m_window->action(u"undo"_s)->trigger();
    QCOMPARE(m_window->pageStatus()->targetBox()->value(), 0);
    QCOMPARE(m_window->pageStatus()->targetBox()->text(), u"None"_s);
    QVERIFY(measured.wait(PageBudgetWatcher::PauseMs * 5));
    QVERIFY(!m_window->pageBudgetBanner()->isVisible());
}

void TestPageBudget::preferenceIsTheDefaultForNewHandouts()
{
    // Set in Preferences: new handouts start with it, the open one keeps its own.
    QTimer::singleShot(0, this, [] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<PreferencesDialog *>(w)) {
                dialog->findChild<QSpinBox *>(u"defaultPageTarget"_s)->setValue(3);
                dialog->accept();
            }
        }
    });
    m_window->action(u"preferences"_s)->trigger();
    QCOMPARE(QSettings().value(SettingsKeys::PageTarget).toInt(), 3);
    QCOMPARE(m_window->document()->options().pageTarget, 0);
    MessagePrompt::setNextAnswer(QMessageBox::Discard);
    m_window->action(u"new"_s)->trigger();
    QCOMPARE(m_window->document()->options().pageTarget, 3);
    QCOMPARE(m_window->pageStatus()->targetBox()->value(), 3);
    QVERIFY(!m_window->document()->isModified());

    // And the next time the window starts.
    m_window = std::make_unique<MainWindow>(m_library, &m_languages, u"considering-treatment"_s);
    QCOMPARE(m_window->document()->options().pageTarget, 3);
    QSettings().remove(SettingsKeys::PageTarget);
}

QTEST_MAIN(TestPageBudget)
#include "tst_pagebudget.moc"
