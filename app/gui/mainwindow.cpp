#include "mainwindow.h"

#include "clinicsettings.h"
#include "composeractions.h"
#include "composereditor.h"
#include "contentlibrary.h"
#include "documentmarks.h"
#include "documentreader.h"
#include "filecommands.h"
#include "handoutassembler.h"
#include "handoutdocument.h"
#include "handoutoutput.h"
#include "languagemanager.h"
#include "messageprompt.h"
#include "pagedrenderer.h"
#include "personalizationform.h"
#include "preferencesdialog.h"
#include "safetypanel.h"
#include "sectionpanel.h"
#include "templatesdialog.h"
#include "translationhighlighter.h"
#include "translationlibrary.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextFrame>
#include <QTimer>
#include <QToolBar>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(const ContentLibrary &library, LanguageManager *languages, const QString &presetId,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_article(&library.defaultPack())
    , m_document(new HandoutDocument(*m_article, this))
    , m_editor(new ComposerEditor(this))
    , m_composerActions(nullptr)
    , m_sections(new SectionPanel(m_document, this))
    , m_form(new PersonalizationForm(m_document, this))
    , m_safety(new SafetyPanel(m_document, this))
    , m_output(new HandoutOutput(this, m_document, m_safety))
    , m_files(new FileCommands(this, m_document, m_output, m_form))
    , m_translations(std::make_unique<TranslationLibrary>())
    , m_sectionsDock(new QDockWidget(this))
    , m_formDock(new QDockWidget(this))
    , m_safetyDock(new QDockWidget(this))
    , m_wordCount(new QLabel(this))
    , m_pageCount(new QLabel(this))
    , m_statusPause(new QTimer(this))
    , m_pagesPause(new QTimer(this))
    , m_languages(languages)
{
    setObjectName(u"MainWindow"_s);
    QSettings settings;
    m_translations->scan(ContentLibrary::userFolder());
    m_form->setLanguages(*m_translations, *m_article);
    connect(m_form, &PersonalizationForm::languageRequested, this, &MainWindow::setHandoutLanguage);
    m_document->setClinic(ClinicSettings::load(settings));
    // Built once with the starting sections: building an empty handout and
    // then applying the preset laid the text out twice (docs/performance.md).
    const Preset *preset = m_article->preset(presetId);
    m_document->resetToSections(preset ? preset->sectionIds : QStringList(),
                                preset ? preset->title : m_article->meta.title);
    if (preset)
        m_sections->showPreset(preset->id);
    m_editor->setDocument(m_document->textDocument());
    setCentralWidget(m_editor);
    m_composerActions = new ComposerActions(m_editor, this);
    new TranslationHighlighter(m_editor, m_document);

    createActions();
    createDocks();
    createMenus();
    statusBar()->addPermanentWidget(m_wordCount);
    statusBar()->addPermanentWidget(m_pageCount);

    // Counting pages means laying the handout out for paper: wait for a pause
    // in typing so it never gets in the way.
    m_pagesPause->setSingleShot(true);
    m_pagesPause->setInterval(900);
    connect(m_pagesPause, &QTimer::timeout, this, &MainWindow::updatePageCount);
    connect(m_document->textDocument(), &QTextDocument::contentsChanged, m_pagesPause, qOverload<>(&QTimer::start));
    connect(m_output, &HandoutOutput::pageOptionsChanged, this, [this] {
        syncPageActions();
        updatePageCount();
    });
    connect(m_output, &HandoutOutput::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
    });

    m_statusPause->setSingleShot(true);
    m_statusPause->setInterval(300);
    connect(m_statusPause, &QTimer::timeout, this, &MainWindow::updateStatus);
    connect(m_document->textDocument(), &QTextDocument::contentsChanged, m_statusPause, qOverload<>(&QTimer::start));
    connect(m_document->textDocument(), &QTextDocument::modificationChanged, this, &QWidget::setWindowModified);
    connect(m_document->textDocument(), &QTextDocument::contentsChanged, this,
            [this] { action(u"summary"_s)->setChecked(m_document->hasSummary()); });
    connect(m_sections, &SectionPanel::presetApplied, this, [this](const QString &title) {
        statusBar()->showMessage(
            tr("Applied the preset “%1”. Edit > Undo brings back the previous selection.").arg(title), 8000);
    });
    connect(m_safety, &SafetyPanel::findingActivated, this, &MainWindow::showFinding);
    connect(m_files, &FileCommands::pathChanged, this, &MainWindow::updateTitle);
    connect(m_files, &FileCommands::recentFilesChanged, this, &MainWindow::updateRecentMenu);
    connect(m_files, &FileCommands::templatesChanged, this, &MainWindow::updateTemplates);
    connect(m_sections, &SectionPanel::templateChosen, this, [this](const QString &path) {
        if (m_files->maybeSave(tr("Use Template")))
            m_files->applyTemplate(path);
    });

    retranslate();
    updateTemplates();
    readSettings();
    updateTitle();
    updateStatus();
    syncPageActions();
    // Counted after the first pause like every other change, not while the
    // window is being built: start-up is measured (docs/performance.md).
    m_pagesPause->start();
}

MainWindow::~MainWindow() = default;

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
    connect(addAction(u"preferences"_s, QKeySequence::Preferences), &QAction::triggered, this,
            &MainWindow::showPreferences);
    connect(addAction(u"selectAllSections"_s), &QAction::triggered, m_sections, &SectionPanel::selectAll);
    connect(addAction(u"selectNoSections"_s), &QAction::triggered, m_sections, &SectionPanel::selectNone);
    connect(addAction(u"about"_s, QKeySequence::HelpContents), &QAction::triggered, this, &MainWindow::showAbout);
    connect(addAction(u"aboutQt"_s), &QAction::triggered, qApp, &QApplication::aboutQt);
    m_composerActions->undoAction()->setObjectName(u"undo"_s);
    m_composerActions->redoAction()->setObjectName(u"redo"_s);
    connect(m_editor, &QTextEdit::copyAvailable, action(u"cut"_s), &QAction::setEnabled);
    connect(m_editor, &QTextEdit::copyAvailable, action(u"copy"_s), &QAction::setEnabled);
    action(u"cut"_s)->setEnabled(false);
    action(u"copy"_s)->setEnabled(false);
}

void MainWindow::createDocks()
{
    const auto setup = [this](QDockWidget *dock, QWidget *content, const QString &name, Qt::DockWidgetArea area) {
        dock->setObjectName(name);
        dock->setWidget(content);
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable
                          | QDockWidget::DockWidgetFloatable);
        addDockWidget(area, dock);
    };
    setup(m_sectionsDock, m_sections, u"SectionsDock"_s, Qt::LeftDockWidgetArea);
    setup(m_formDock, m_form, u"PersonalizationDock"_s, Qt::RightDockWidgetArea);
    setup(m_safetyDock, m_safety, u"SafetyDock"_s, Qt::RightDockWidgetArea);
    resizeDocks({m_sectionsDock, m_formDock}, {300, 300}, Qt::Horizontal);

    m_formatBar = new QToolBar(this);
    m_formatBar->setObjectName(u"FormatToolBar"_s);
    m_formatBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_composerActions->addToToolBar(m_formatBar);
    addToolBar(Qt::TopToolBarArea, m_formatBar);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({action(u"new"_s), action(u"open"_s)});
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addActions(
        {action(u"save"_s), action(u"saveAs"_s), action(u"saveTemplate"_s), action(u"manageTemplates"_s)});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(action(u"exportPdf"_s));
    m_fileMenu->addActions({action(u"printPreview"_s), action(u"print"_s)});
    m_pageMenu = m_fileMenu->addMenu(QString());
    m_pageMenu->addActions({action(u"pageA4"_s), action(u"pageLetter"_s)});
    m_pageMenu->addSeparator();
    m_pageMenu->addAction(action(u"largePrint"_s));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(action(u"quit"_s));

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({m_composerActions->undoAction(), m_composerActions->redoAction()});
    m_editMenu->addSeparator();
    m_editMenu->addActions({action(u"cut"_s), action(u"copy"_s), action(u"paste"_s), action(u"selectAll"_s)});
    m_editMenu->addSeparator();
    m_editMenu->addActions({action(u"selectAllSections"_s), action(u"selectNoSections"_s)});
    m_editMenu->addSeparator();
    m_editMenu->addActions({action(u"addNotes"_s), action(u"summary"_s)});
    m_editMenu->addSeparator();
    m_editMenu->addAction(action(u"preferences"_s));

    m_formatMenu = menuBar()->addMenu(QString());
    m_composerActions->addToFormatMenu(m_formatMenu);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions({m_sectionsDock->toggleViewAction(), m_formDock->toggleViewAction(),
                            m_safetyDock->toggleViewAction(), m_formatBar->toggleViewAction()});

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
    action(u"printPreview"_s)->setText(tr("Print Pre&view…"));
    action(u"pageA4"_s)->setText(tr("A&4"));
    action(u"pageLetter"_s)->setText(tr("US &Letter"));
    action(u"largePrint"_s)->setText(tr("L&arge Print (18 pt)"));
    m_pageMenu->setTitle(tr("Pa&ge Setup"));
    action(u"cut"_s)->setText(tr("Cu&t"));
    action(u"copy"_s)->setText(tr("&Copy"));
    action(u"paste"_s)->setText(tr("&Paste"));
    action(u"selectAll"_s)->setText(tr("Select &All Text"));
    action(u"selectAllSections"_s)->setText(tr("Select All &Sections"));
    action(u"selectNoSections"_s)->setText(tr("Select &No Sections"));
    action(u"addNotes"_s)->setText(tr("Add &Notes from Your Care Team"));
    action(u"summary"_s)->setText(tr("Include Safety and Supervision &Summary"));
    action(u"preferences"_s)->setText(tr("Pr&eferences…"));
    action(u"about"_s)->setText(tr("&About Handout Composer"));
    action(u"aboutQt"_s)->setText(tr("About &Qt"));
    m_sectionsDock->setWindowTitle(tr("Sections"));
    m_formDock->setWindowTitle(tr("Patient and Follow-up"));
    m_safetyDock->setWindowTitle(tr("Safety Review"));
    m_formatBar->setWindowTitle(tr("Formatting"));
    m_composerActions->retranslate();
    updateTitle();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateTitle()
{
    // Never the patient's name: window titles end up in task bars, screenshots
    // and window-manager logs (docs/privacy.md).
    // The application's name ends the title on every platform (xcb adds it
    // itself unless it is already there).
    const QString name
        = m_files->currentPath().isEmpty() ? tr("Untitled handout") : QFileInfo(m_files->currentPath()).fileName();
    setWindowTitle(tr("%1[*] — %2").arg(name, tr("Handout Composer")));
}

void MainWindow::updateStatus()
{
    const QString text = m_document->textDocument()->toPlainText();
    static const QRegularExpression words(u"\\b\\w+\\b"_s);
    int count = 0;
    for (auto it = words.globalMatch(text); it.hasNext(); it.next())
        ++count;
    m_wordCount->setText(tr("%n word(s)", nullptr, count));
}

void MainWindow::syncPageActions()
{
    const PageOptions options = m_output->pageOptions();
    action(u"pageA4"_s)->setChecked(options.pageSize == QPageSize::A4);
    action(u"pageLetter"_s)->setChecked(options.pageSize == QPageSize::Letter);
    action(u"largePrint"_s)->setChecked(options.largePrint);
}

void MainWindow::updatePageCount()
{
    m_pagesPause->stop();
    const PageOptions options = m_output->pageOptions();
    const int pages = m_output->layOut()->pageCount();
    const QString size = options.pageSize == QPageSize::Letter ? tr("US Letter") : tr("A4");
    m_pageCount->setText((options.largePrint ? tr("%1, large print").arg(size) : size) + u" · "_s
                         + tr("%n page(s)", nullptr, pages));
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1280, 820);
    restoreState(settings.value(u"window/state"_s).toByteArray());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave(tr("Close Handout Composer"))) {
        event->ignore();
        return;
    }
    m_files->closeCleanly();
    writeSettings();
    event->accept();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_files->recentFiles();
    for (const QString &path : files) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] {
            if (m_files->maybeSave(tr("Open Handout")))
                m_files->openPath(path);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::manageTemplates()
{
    TemplatesDialog dialog(this);
    connect(&dialog, &TemplatesDialog::templatesChanged, this, &MainWindow::updateTemplates);
    dialog.exec();
}

void MainWindow::updateTemplates()
{
    m_sections->setTemplates(FileCommands::templates());
}

bool MainWindow::setHandoutLanguage(const QString &language)
{
    if (language == m_document->language())
        return true;
    m_form->commit();
    // Sections are rebuilt from the translated text: edits inside them go.
    const HandoutContent before = m_document->content();
    bool edited = false;
    for (const SectionContent &section : before.sections)
        edited = edited || !(section == HandoutAssembler::sourceSection(m_document->article(), section.sectionId));
    if (edited
        && MessagePrompt::ask(this, QMessageBox::Question, tr("Handout Language"),
                              tr("The sections are rebuilt from the translated text, so changes you made inside them "
                                 "are not kept. Change the handout language?"),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes) {
        m_form->showLanguage(m_document->language());
        return false;
    }
    auto &cached = m_packs[language];
    if (!cached) {
        SourceError error;
        std::optional<TranslatedPack> pack = m_translations->translate(*m_article, language, &error);
        if (!pack) {
            MessagePrompt::inform(this, QMessageBox::Critical, tr("Handout Language"),
                                  tr("The translation cannot be used:\n%1").arg(error.toString()));
            m_form->showLanguage(m_document->language());
            return false;
        }
        cached = std::make_shared<const TranslatedPack>(std::move(*pack));
    }
    m_document->setPack(cached);
    m_form->showLanguage(language);
    m_safety->refresh();
    return true;
}

void MainWindow::toggleSummary(bool include)
{
    if (!include
        && MessagePrompt::ask(this, QMessageBox::Warning, tr("Remove the Safety Summary"),
                              tr("The “Safety and supervision” summary puts the risks and the need for medical "
                                 "supervision where no reader can miss them. Remove it from this handout?"),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes) {
        action(u"summary"_s)->setChecked(true);
        return;
    }
    m_document->setSummaryIncluded(include);
}

void MainWindow::addNotes()
{
    const int position = m_document->addNotes();
    QTextCursor cursor(m_document->textDocument());
    cursor.setPosition(position);
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
    m_editor->setFocus();
}

void MainWindow::showPreferences()
{
    QSettings settings;
    PreferencesDialog::Values values;
    values.clinic = ClinicSettings::load(settings);
    values.autosaveSeconds = settings.value(u"autosave/seconds"_s, 10).toInt();
    values.pageSize = PageOptions::pageSizeName(m_output->pageOptions().pageSize);
    PreferencesDialog dialog(values, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    values = dialog.values();
    ClinicSettings::save(settings, values.clinic);
    settings.setValue(u"autosave/seconds"_s, values.autosaveSeconds);
    settings.setValue(u"print/pageSize"_s, values.pageSize);
    m_document->setClinic(values.clinic);
    PageOptions options = m_output->pageOptions();
    PageOptions::parsePageSize(values.pageSize, &options.pageSize);
    m_output->setPageOptions(options);
}

void MainWindow::showAbout()
{
    const ArticleMeta &m = m_article->meta;
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QMessageBox::about(
        this, tr("About Handout Composer"),
        tr("<h3>Handout Composer %1</h3>"
           "<p>Builds patient-education handouts from a vetted source article.</p>"
           "<p><b>Source:</b> “%2”, by %3 (%4), %5, %6.</p>"
           "<p>%7</p>"
           "<p>Content version %8, reviewed %9, next review due %10.</p>"
           "<p>Handouts are for education only and are not a substitute for professional medical advice.</p>")
            .arg(esc(QApplication::applicationVersion()), esc(m.title), esc(m.author), esc(m.credentials),
                 esc(m.publisher), esc(QLocale().toString(m.published, QLocale::LongFormat)), esc(m.authorNote),
                 esc(m.version), esc(QLocale().toString(m.reviewed, QLocale::ShortFormat)))
            .arg(esc(QLocale().toString(m.nextReview, QLocale::ShortFormat))));
}

void MainWindow::showFinding(const QString &sectionId, const QString &passageId)
{
    QTextFrame *frame = DocumentReader::sectionFrame(m_document->textDocument(), sectionId);
    if (!frame)
        return;
    QTextCursor cursor = frame->firstCursorPosition();
    for (QTextBlock b = cursor.block(); b.isValid() && b.position() <= frame->lastPosition(); b = b.next()) {
        if (!passageId.isEmpty() && b.blockFormat().stringProperty(DocumentMarks::PassageIdProperty) == passageId) {
            cursor = QTextCursor(b);
            break;
        }
    }
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
    m_editor->setFocus();
}
