// The window's actions and menus, apart from what the window does: every
// action has an object name, so menus, shortcuts and the GUI tests find it by
// name (MainWindow::action), and retranslate() names them all again when the
// interface language changes.
#include "mainwindow.h"

#include "composeractions.h"
#include "composereditor.h"
#include "filecommands.h"
#include "handoutdocument.h"
#include "handoutoutput.h"
#include "languagemanager.h"
#include "packmenu.h"
#include "pagebudgetwatcher.h"
#include "pagestatus.h"
#include "recordcommands.h"
#include "sectionpanel.h"
#include "translatedpackcache.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QSpinBox>
#include <QToolBar>

using namespace Qt::StringLiterals;

QAction *MainWindow::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

QAction *MainWindow::addAction(const QString &name, const QKeySequence &key)
{
    auto *a = new QAction(this);
    a->setObjectName(name);
    a->setShortcut(key);
    return a;
}

void MainWindow::createActions()
{
    connect(addAction(u"new"_s, QKeySequence::New), &QAction::triggered, m_files, &FileCommands::newHandout);
    connect(addAction(u"open"_s, QKeySequence::Open), &QAction::triggered, m_files, &FileCommands::open);
    connect(addAction(u"save"_s, QKeySequence::Save), &QAction::triggered, m_files, &FileCommands::save);
    connect(addAction(u"saveAs"_s, QKeySequence::SaveAs), &QAction::triggered, m_files, &FileCommands::saveAs);
    connect(addAction(u"saveTemplate"_s), &QAction::triggered, m_files, &FileCommands::saveAsTemplate);
    connect(addAction(u"manageTemplates"_s), &QAction::triggered, this, &MainWindow::manageTemplates);
    connect(addAction(u"quit"_s, QKeySequence::Quit), &QAction::triggered, this, &QWidget::close);
    connect(addAction(u"exportPdf"_s, QKeySequence(Qt::CTRL | Qt::Key_E)), &QAction::triggered, m_output,
            &HandoutOutput::exportPdf);
    connect(addAction(u"print"_s, QKeySequence::Print), &QAction::triggered, m_output, &HandoutOutput::print);
    auto *records = new RecordCommands(this, m_document, m_output, m_form, m_files, m_library, m_packs->library());
    connect(addAction(u"history"_s, QKeySequence(Qt::CTRL | Qt::Key_H)), &QAction::triggered, records,
            &RecordCommands::showHistory);
    connect(addAction(u"printPreview"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)), &QAction::triggered, m_output,
            &HandoutOutput::printPreview);
    auto *sizes = new QActionGroup(this);
    for (const QString &name : {u"pageA4"_s, u"pageLetter"_s}) {
        QAction *a = addAction(name);
        a->setCheckable(true);
        sizes->addAction(a);
        connect(a, &QAction::triggered, this, [this, name] {
            PageOptions options = m_output->pageOptions();
            options.pageSize = name == u"pageA4"_s ? QPageSize::A4 : QPageSize::Letter;
            m_output->setPageOptions(options);
        });
    }
    QAction *large = addAction(u"largePrint"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    large->setCheckable(true);
    connect(large, &QAction::triggered, this, [this](bool on) {
        PageOptions options = m_output->pageOptions();
        options.largePrint = on;
        m_output->setPageOptions(options);
    });
    // The box is in the status bar; the menu leads to it from the keyboard.
    connect(addAction(u"pageTarget"_s), &QAction::triggered, this, [this] {
        m_pageStatus->targetBox()->setFocus(Qt::ShortcutFocusReason);
        m_pageStatus->targetBox()->selectAll();
    });
    connect(addAction(u"cut"_s, QKeySequence::Cut), &QAction::triggered, m_editor, &QTextEdit::cut);
    connect(addAction(u"copy"_s, QKeySequence::Copy), &QAction::triggered, m_editor, &QTextEdit::copy);
    connect(addAction(u"paste"_s, QKeySequence::Paste), &QAction::triggered, m_editor, &QTextEdit::paste);
    connect(addAction(u"selectAll"_s, QKeySequence::SelectAll), &QAction::triggered, m_editor, &QTextEdit::selectAll);
    connect(addAction(u"addNotes"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)), &QAction::triggered, this,
            &MainWindow::addNotes);
    QAction *summary = addAction(u"summary"_s);
    summary->setCheckable(true);
    summary->setChecked(m_document->hasSummary());
    connect(summary, &QAction::triggered, this, &MainWindow::toggleSummary);
    QAction *glossary = addAction(u"glossary"_s);
    glossary->setCheckable(true);
    glossary->setChecked(m_document->glossaryIncluded());
    connect(glossary, &QAction::triggered, m_document, &HandoutDocument::setGlossaryIncluded);
    connect(m_document, &HandoutDocument::optionsChanged, glossary,
            [this, glossary] { glossary->setChecked(m_document->glossaryIncluded()); });
    QAction *teachBack = addAction(u"teachBack"_s);
    teachBack->setCheckable(true);
    teachBack->setChecked(m_document->teachBackIncluded());
    connect(teachBack, &QAction::triggered, m_document, &HandoutDocument::setTeachBackIncluded);
    connect(m_document, &HandoutDocument::optionsChanged, teachBack,
            [this, teachBack] { teachBack->setChecked(m_document->teachBackIncluded()); });
    connect(addAction(u"preferences"_s, QKeySequence::Preferences), &QAction::triggered, this,
            &MainWindow::showPreferences);
    connect(addAction(u"selectAllSections"_s), &QAction::triggered, m_sections, &SectionPanel::selectAll);
    connect(addAction(u"selectNoSections"_s), &QAction::triggered, m_sections, &SectionPanel::selectNone);
    connect(addAction(u"about"_s, QKeySequence::HelpContents), &QAction::triggered, this, &MainWindow::showAbout);
    connect(addAction(u"aboutQt"_s), &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(addAction(u"translationCoverage"_s), &QAction::triggered, this, &MainWindow::showTranslationCoverage);
    m_composerActions->undoAction()->setObjectName(u"undo"_s);
    m_composerActions->redoAction()->setObjectName(u"redo"_s);
    connect(m_editor, &QTextEdit::copyAvailable, action(u"cut"_s), &QAction::setEnabled);
    connect(m_editor, &QTextEdit::copyAvailable, action(u"copy"_s), &QAction::setEnabled);
    action(u"cut"_s)->setEnabled(false);
    action(u"copy"_s)->setEnabled(false);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({action(u"new"_s), action(u"open"_s)});
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_packMenu = new PackMenu(m_library, m_fileMenu);
    m_packMenu->showPack(m_article->meta.id);
    connect(m_packMenu, &PackMenu::packChosen, this, &MainWindow::usePack);
    m_fileMenu->addMenu(m_packMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addActions(
        {action(u"save"_s), action(u"saveAs"_s), action(u"saveTemplate"_s), action(u"manageTemplates"_s)});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(action(u"exportPdf"_s));
    m_fileMenu->addActions({action(u"printPreview"_s), action(u"print"_s), action(u"history"_s)});
    m_pageMenu = m_fileMenu->addMenu(QString());
    m_pageMenu->addActions({action(u"pageA4"_s), action(u"pageLetter"_s)});
    m_pageMenu->addSeparator();
    m_pageMenu->addAction(action(u"largePrint"_s));
    m_pageMenu->addSeparator();
    m_pageMenu->addAction(action(u"pageTarget"_s));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(action(u"quit"_s));

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({m_composerActions->undoAction(), m_composerActions->redoAction()});
    m_editMenu->addSeparator();
    m_editMenu->addActions({action(u"cut"_s), action(u"copy"_s), action(u"paste"_s), action(u"selectAll"_s)});
    m_editMenu->addSeparator();
    m_editMenu->addActions({action(u"selectAllSections"_s), action(u"selectNoSections"_s)});
    m_editMenu->addSeparator();
    m_editMenu->addActions(
        {action(u"addNotes"_s), action(u"summary"_s), action(u"glossary"_s), action(u"teachBack"_s)});
    m_editMenu->addSeparator();
    m_editMenu->addAction(action(u"preferences"_s));

    m_formatMenu = menuBar()->addMenu(QString());
    m_composerActions->addToFormatMenu(m_formatMenu);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions({m_sectionsDock->toggleViewAction(), m_formDock->toggleViewAction(),
                            m_safetyDock->toggleViewAction(), m_readabilityDock->toggleViewAction(),
                            m_formatBar->toggleViewAction()});

    m_languageMenu = menuBar()->addMenu(QString());
    auto *languages = new QActionGroup(this);
    for (const LanguageManager::Language &language : LanguageManager::available()) {
        QAction *a = m_languageMenu->addAction(language.nativeName);
        a->setObjectName(u"language-"_s + language.code);
        a->setCheckable(true);
        a->setChecked(m_languages && m_languages->current() == language.code);
        a->setEnabled(m_languages != nullptr);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = language.code] { m_languages->setLanguage(code); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(action(u"translationCoverage"_s));
    m_helpMenu->addSeparator();
    m_helpMenu->addActions({action(u"about"_s), action(u"aboutQt"_s)});
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_formatMenu->setTitle(tr("F&ormat"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_languageMenu->setTitle(tr("&Language"));
    action(u"new"_s)->setText(tr("&New Handout"));
    action(u"open"_s)->setText(tr("&Open…"));
    action(u"save"_s)->setText(tr("&Save"));
    action(u"saveAs"_s)->setText(tr("Save &As…"));
    action(u"saveTemplate"_s)->setText(tr("Save as &Template…"));
    action(u"manageTemplates"_s)->setText(tr("&Manage Templates…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    updateRecentMenu();
    action(u"quit"_s)->setText(tr("&Quit"));
    action(u"exportPdf"_s)->setText(tr("&Export PDF…"));
    action(u"print"_s)->setText(tr("&Print…"));
    action(u"history"_s)->setText(tr("&History of Handouts Given…"));
    action(u"printPreview"_s)->setText(tr("Print Pre&view…"));
    action(u"pageA4"_s)->setText(tr("A&4"));
    action(u"pageLetter"_s)->setText(tr("US &Letter"));
    action(u"largePrint"_s)->setText(tr("L&arge Print (18 pt)"));
    action(u"pageTarget"_s)->setText(tr("Page &Target…"));
    m_pageMenu->setTitle(tr("Pa&ge Setup"));
    action(u"cut"_s)->setText(tr("Cu&t"));
    action(u"copy"_s)->setText(tr("&Copy"));
    action(u"paste"_s)->setText(tr("&Paste"));
    action(u"selectAll"_s)->setText(tr("Select &All Text"));
    action(u"selectAllSections"_s)->setText(tr("Select All &Sections"));
    action(u"selectNoSections"_s)->setText(tr("Select &No Sections"));
    action(u"addNotes"_s)->setText(tr("Add &Notes from Your Care Team"));
    action(u"summary"_s)->setText(tr("Include Safety and Supervision &Summary"));
    action(u"glossary"_s)->setText(tr("Include “&Words to Know” Box"));
    action(u"glossary"_s)->setToolTip(tr("Print the glossary terms the handout uses, with their plain definitions"));
    action(u"teachBack"_s)->setText(tr("Include “Check Your Understanding” &Questions"));
    action(u"teachBack"_s)
        ->setToolTip(tr("Print the teach-back questions of the chosen sections, with room for the patient's answers"));
    action(u"preferences"_s)->setText(tr("Pr&eferences…"));
    action(u"about"_s)->setText(tr("&About Handout Composer"));
    action(u"aboutQt"_s)->setText(tr("About &Qt"));
    action(u"translationCoverage"_s)->setText(tr("&Translation Coverage…"));
    m_sectionsDock->setWindowTitle(tr("Sections"));
    m_formDock->setWindowTitle(tr("Patient and Follow-up"));
    m_safetyDock->setWindowTitle(tr("Safety Review"));
    m_readabilityDock->setWindowTitle(tr("Reading Level"));
    m_formatBar->setWindowTitle(tr("Formatting"));
    m_composerActions->retranslate();
    updateTitle();
    updateStatus();
    if (m_budget->measure().pages > 0) // measured at least once
        showPageBudget();
}
