#include "mainwindow.h"

#include "checklistbox.h"
#include "clinicsettings.h"
#include "composeractions.h"
#include "composereditor.h"
#include "contentlibrary.h"
#include "documentreader.h"
#include "filecommands.h"
#include "handoutdocument.h"
#include "handoutoutput.h"
#include "languagemanager.h"
#include "languagenames.h"
#include "messageprompt.h"
#include "packmenu.h"
#include "pagebudgetbanner.h"
#include "pagebudgetwatcher.h"
#include "pagestatus.h"
#include "passagemenu.h"
#include "personaldictionary.h"
#include "personalizationform.h"
#include "preferencesdialog.h"
#include "readabilitypanel.h"
#include "recordsettings.h"
#include "safetypanel.h"
#include "sectionpanel.h"
#include "settingskeys.h"
#include "spellinghighlighter.h"
#include "templatesdialog.h"
#include "translatedpackcache.h"
#include "translationcoveragedialog.h"
#include "translationhighlighter.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextFrame>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

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
    , m_readability(new ReadabilityPanel(m_document, this))
    , m_output(new HandoutOutput(this, m_document))
    , m_files(new FileCommands(this, m_document, m_output, m_form))
    , m_packs(std::make_unique<TranslatedPackCache>(ContentLibrary::userFolder()))
    , m_sectionsDock(new QDockWidget(this))
    , m_formDock(new QDockWidget(this))
    , m_safetyDock(new QDockWidget(this))
    , m_readabilityDock(new QDockWidget(this))
    , m_wordCount(new QLabel(this))
    , m_pageStatus(new PageStatus(m_document, this))
    , m_budget(new PageBudgetWatcher(m_document, m_output, this))
    , m_budgetBanner(new PageBudgetBanner(this))
    , m_statusPause(new QTimer(this))
    , m_languages(languages)
{
    setObjectName(u"MainWindow"_s);
    QSettings settings;
    m_form->setLanguages(m_packs->library(), *m_article);
    connect(m_form, &PersonalizationForm::languageRequested, this, &MainWindow::setHandoutLanguage);
    connect(m_form, &PersonalizationForm::wordingRequested, this, &MainWindow::setHandoutWording);
    m_document->setClinic(ClinicSettings::load(settings));
    applyReadabilityTargets(settings);
    // Built once with the starting sections: building an empty handout and
    // then applying the preset laid the text out twice (docs/performance.md).
    const Preset *preset = m_article->preset(presetId);
    m_document->resetToSections(preset ? preset->sectionIds : QStringList(),
                                preset ? preset->title : m_article->meta.title);
    if (preset)
        m_sections->showPreset(preset->id);
    m_editor->setDocument(m_document->textDocument());
    // The page budget's warning sits above the handout, where it is seen
    // without covering any of it.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_budgetBanner);
    centralLayout->addWidget(m_editor, 1);
    setCentralWidget(central);
    m_editor->setHistory(m_document->history());
    connect(m_editor, &ComposerEditor::contextMenuAboutToShow, this,
            [this](QMenu *menu, const QTextCursor &at) { PassageMenu::addTo(menu, at, m_document); });
    m_composerActions = new ComposerActions(m_editor, m_document->history(), this);
    new TranslationHighlighter(m_editor, m_document);
    m_spelling = new SpellingHighlighter(m_editor, m_document, m_article, PersonalDictionary::defaultFolder());
    auto *spelling = m_spelling;
    spelling->setObjectName(u"SpellingHighlighter"_s);
    connect(m_editor, &ComposerEditor::contextMenuAboutToShow, spelling, &SpellingHighlighter::addActions);
    connect(spelling, &SpellingHighlighter::dictionaryMissing, this, [this](const QString &language) {
        statusBar()->showMessage(tr("No spelling dictionary for %1 is installed: spelling is not checked in it.")
                                     .arg(LanguageNames::nativeName(language)),
                                 15000);
    });
    connect(spelling, &SpellingHighlighter::wordNotAdded, this, [this](const QString &problem) {
        QMessageBox::warning(this, tr("Add to Dictionary"), tr("The word was not added: %1").arg(problem));
    });

    createActions();
    createDocks();
    createMenus();
    statusBar()->addPermanentWidget(m_wordCount);
    statusBar()->addPermanentWidget(m_pageStatus);

    // Counting pages means laying the handout out for paper: the watcher
    // waits for a pause in typing so it never gets in the way.
    connect(m_budget, &PageBudgetWatcher::measured, this, &MainWindow::showPageBudget);
    connect(m_output, &HandoutOutput::pageOptionsChanged, this, &MainWindow::syncPageActions);
    connect(m_output, &HandoutOutput::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
    });

    m_statusPause->setSingleShot(true);
    m_statusPause->setInterval(300);
    connect(m_statusPause, &QTimer::timeout, this, &MainWindow::updateStatus);
    connect(m_document->textDocument(), &QTextDocument::contentsChanged, m_statusPause, qOverload<>(&QTimer::start));
    connect(m_document, &HandoutDocument::modificationChanged, this, &QWidget::setWindowModified);
    connect(m_document->textDocument(), &QTextDocument::contentsChanged, this,
            [this] { action(u"summary"_s)->setChecked(m_document->hasSummary()); });
    connect(m_sections, &SectionPanel::presetApplied, this, [this](const QString &title) {
        statusBar()->showMessage(
            tr("Applied the preset “%1”. Edit > Undo brings back the previous selection.").arg(title), 8000);
    });
    connect(m_safety, &SafetyPanel::findingActivated, this, &MainWindow::showFinding);
    connect(m_readability, &ReadabilityPanel::textRequested, this, &MainWindow::selectText);
    m_checklists = new ChecklistBox(m_document, m_readability);
    m_readability->addCheck(m_checklists);
    connect(m_readability, &ReadabilityPanel::measured, m_checklists, &ChecklistBox::refresh);
    // The jargon check takes the pack's glossary terms as explained.
    const auto useGlossary = [this] {
        QStringList terms;
        for (const GlossaryEntry &entry : m_document->article().glossary)
            terms << entry.forms();
        m_readability->setDefinedTerms(terms);
    };
    connect(m_document, &HandoutDocument::packChanged, this, useGlossary);
    useGlossary();
    m_files->setPackSwitch([this](const QString &language, Wording wording) {
        return switchPack(language, wording, tr("Restore Unsaved Handout"), QString());
    });
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
    // A corrected pack in place of the shipped one is said, so no one
    // mistakes whose wording the handout prints (the menu's tips say it too).
    for (const ContentLibrary::Supersession &change : m_library.supersessions()) {
        statusBar()->showMessage(
            tr("The content pack “%1” is the corrected version %2 from %3, in place of the "
               "built-in version %4.")
                .arg(change.id, change.version, QDir::toNativeSeparators(change.file), change.builtinVersion),
            20000);
    }
    updateTitle();
    updateStatus();
    syncPageActions();
    // Counted after the first pause like every other change, not while the
    // window is being built: start-up is measured (docs/performance.md).
    m_budget->schedule();
}

MainWindow::~MainWindow() = default;

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
    // The reading level and its checklists are taller than a laptop screen
    // leaves the right-hand column: they scroll, so the window (and its status
    // bar with the page count) fits a 900-pixel-high screen.
    auto *readabilityScroll = new QScrollArea(this);
    readabilityScroll->setWidgetResizable(true);
    readabilityScroll->setFrameShape(QFrame::NoFrame);
    readabilityScroll->setWidget(m_readability);
    setup(m_readabilityDock, readabilityScroll, u"ReadabilityDock"_s, Qt::RightDockWidgetArea);
    tabifyDockWidget(m_safetyDock, m_readabilityDock);
    m_safetyDock->raise();
    resizeDocks({m_sectionsDock, m_formDock}, {300, 300}, Qt::Horizontal);

    m_formatBar = new QToolBar(this);
    m_formatBar->setObjectName(u"FormatToolBar"_s);
    m_formatBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_composerActions->addToToolBar(m_formatBar);
    addToolBar(Qt::TopToolBarArea, m_formatBar);
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

void MainWindow::showPageBudget()
{
    m_pageStatus->showBudget(m_output->pageOptions(), m_budget->budget());
    m_sections->showPageCosts(m_budget->measure());
    m_budgetBanner->showBudget(m_budget->budget(), m_budget->measure(), m_document->article());
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(SettingsKeys::WindowGeometry).toByteArray()))
        resize(1280, 820);
    if (!restoreState(settings.value(SettingsKeys::WindowState).toByteArray())) {
        // The form whole, its wrapped note included; the review takes the rest.
        resizeDocks({m_formDock, m_safetyDock}, {m_form->heightForWidth(300) + 40, 300}, Qt::Vertical);
    }
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(SettingsKeys::WindowGeometry, saveGeometry());
    settings.setValue(SettingsKeys::WindowState, saveState());
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
    // A plain wording exists per language: in one without it, the handout
    // changes to the article's wording, and the wording box shows it.
    const bool keepPlain
        = m_document->wording() == Wording::Plain && m_packs->library().plainLanguages(*m_article).contains(language);
    return switchPack(language, keepPlain ? Wording::Plain : Wording::Original, tr("Handout Language"),
                      tr("The sections are rebuilt from the translated text, so changes you made inside them "
                         "are not kept. Change the handout language?"));
}

bool MainWindow::setHandoutWording(Wording wording)
{
    if (wording == m_document->wording())
        return true;
    return switchPack(m_document->language(), wording, tr("Handout Wording"),
                      tr("The sections are rebuilt in the other wording, so changes you made inside them are not "
                         "kept. Change the wording?"));
}

bool MainWindow::switchPack(const QString &language, Wording wording, const QString &dialogTitle,
                            const QString &question)
{
    m_form->commit();
    // Sections are rebuilt from the translated text: edits inside them go.
    if (m_document->hasEditedSections()
        && MessagePrompt::ask(this, QMessageBox::Question, dialogTitle, question,
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes) {
        m_form->showLanguage(m_document->language());
        return false;
    }
    SourceError error;
    std::shared_ptr<const TranslatedPack> pack = m_packs->translated(*m_article, language, &error, wording);
    if (!pack) {
        MessagePrompt::inform(this, QMessageBox::Critical, dialogTitle,
                              tr("The translation cannot be used:\n%1").arg(error.toString()));
        // Nothing changed: the boxes show the handout as it is.
        m_form->showLanguage(m_document->language());
        return false;
    }
    m_document->setPack(pack);
    m_form->showLanguage(language);
    m_safety->refresh();
    return true;
}

bool MainWindow::usePack(const QString &packId)
{
    const Article *article = m_library.pack(packId);
    if (!article || article == m_article)
        return false;
    // A handout is made from one pack: the current one is closed first.
    if (!m_files->maybeSave(tr("Content Pack"))) {
        m_packMenu->showPack(m_article->meta.id);
        return false;
    }
    SourceError error;
    std::shared_ptr<const TranslatedPack> pack
        = m_packs->translated(*article, article->meta.language, &error, Wording::Original);
    if (!pack) {
        MessagePrompt::inform(this, QMessageBox::Critical, tr("Content Pack"),
                              tr("The content pack cannot be used:\n%1").arg(error.toString()));
        m_packMenu->showPack(m_article->meta.id);
        return false;
    }
    m_article = article;
    m_spelling->setOriginal(m_article);
    m_form->setLanguages(m_packs->library(), *m_article);
    // Emptied first: the sections chosen are the old pack's, unknown to the new one.
    m_document->resetToSections({}, m_article->meta.title);
    m_document->setPack(pack);
    // A new handout, whose history starts here: Undo cannot take the pack back.
    m_files->startNew();
    m_packMenu->showPack(m_article->meta.id);
    statusBar()->showMessage(tr("New handout from the content pack “%1”.").arg(m_article->meta.title), 8000);
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
    values.autosaveSeconds
        = settings.value(SettingsKeys::AutosaveSeconds, SettingsKeys::DefaultAutosaveSeconds).toInt();
    values.pageSize = PageOptions::pageSizeName(m_output->pageOptions().pageSize);
    values.pageTarget = m_document->defaultOptions().pageTarget;
    values.targetGrade = settings.value(SettingsKeys::ReadabilityTargetGrade, values.targetGrade).toInt();
    values.warningGrade = settings.value(SettingsKeys::ReadabilityWarningGrade, values.warningGrade).toInt();
    values.record = RecordSettings::enabled(settings);
    values.recordDatabase = RecordSettings::database(settings);
    PreferencesDialog dialog(values, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    values = dialog.values();
    ClinicSettings::save(settings, values.clinic);
    settings.setValue(SettingsKeys::AutosaveSeconds, values.autosaveSeconds);
    settings.setValue(SettingsKeys::PageSize, values.pageSize);
    settings.setValue(SettingsKeys::PageTarget, values.pageTarget);
    settings.setValue(SettingsKeys::ReadabilityTargetGrade, values.targetGrade);
    settings.setValue(SettingsKeys::ReadabilityWarningGrade, values.warningGrade);
    applyReadabilityTargets(settings);
    RecordSettings::setEnabled(settings, values.record);
    RecordSettings::setDatabase(settings, values.recordDatabase);
    m_document->setClinic(values.clinic);
    // The page size applies to this handout too; the target is where new
    // handouts start (this one keeps its own).
    m_output->applyPreferredDefaults();
    PageOptions options = m_output->pageOptions();
    PageOptions::parsePageSize(values.pageSize, &options.pageSize);
    m_output->setPageOptions(options);
}

void MainWindow::applyReadabilityTargets(const QSettings &settings)
{
    // Defaults: the AMA's grade 6 for patient material, flagged above the NIH's grade 8.
    m_readability->setTargets(
        settings.value(SettingsKeys::ReadabilityTargetGrade, SettingsKeys::DefaultReadabilityTargetGrade).toInt(),
        settings.value(SettingsKeys::ReadabilityWarningGrade, SettingsKeys::DefaultReadabilityWarningGrade).toInt());
}

void MainWindow::selectText(int position, int length)
{
    QTextCursor cursor(m_document->textDocument());
    cursor.setPosition(position);
    cursor.setPosition(qMin(position + length, m_document->textDocument()->characterCount() - 1),
                       QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
    m_editor->setFocus();
}

void MainWindow::showTranslationCoverage()
{
    // Window-modal and deleted on close: the handout stays where it was.
    auto *dialog = new TranslationCoverageDialog(*m_article, m_packs->library(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
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
    if (const QTextBlock passage = DocumentReader::passageBlock(frame, passageId); passage.isValid())
        cursor = QTextCursor(passage);
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
    m_editor->setFocus();
}
