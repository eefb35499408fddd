#pragma once

#include "wording.h"

#include <QMainWindow>

#include <memory>

class Article;
class ComposerActions;
class ComposerEditor;
class ContentLibrary;
class HandoutDocument;
class FileCommands;
class TranslatedPackCache;
class HandoutOutput;
class LanguageManager;
class PackMenu;
class PageBudgetBanner;
class PageBudgetWatcher;
class PageStatus;
class PersonalizationForm;
class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTimer;
class ChecklistBox;
class ReadabilityPanel;
class QSettings;
class SafetyPanel;
class SectionPanel;
class SpellingHighlighter;

// The composer's window: the section panel on the left, the handout in the
// middle, the patient's details and the safety review on the right. It lays
// out and forwards; rules about handouts live in core.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // With a preset id, the first handout holds that preset's sections from
    // the start (handout-composer --preset); an unknown id starts empty.
    MainWindow(const ContentLibrary &library, LanguageManager *languages, const QString &presetId = QString(),
               QWidget *parent = nullptr);
    ~MainWindow() override;

    HandoutDocument *document() const { return m_document; }
    ComposerEditor *editor() const { return m_editor; }
    SectionPanel *sectionPanel() const { return m_sections; }
    PersonalizationForm *personalizationForm() const { return m_form; }
    SafetyPanel *safetyPanel() const { return m_safety; }
    ReadabilityPanel *readabilityPanel() const { return m_readability; }
    ChecklistBox *checklistBox() const { return m_checklists; }
    HandoutOutput *output() const { return m_output; }
    FileCommands *files() const { return m_files; }
    PageBudgetWatcher *pageBudget() const { return m_budget; }
    PageBudgetBanner *pageBudgetBanner() const { return m_budgetBanner; }
    PageStatus *pageStatus() const { return m_pageStatus; }
    // Puts the handout into another language (asks first when sections were edited).
    bool setHandoutLanguage(const QString &language);
    // The article's own wording or its plain-language wording, in the
    // handout's language; false (after saying why) when there is none.
    bool setHandoutWording(Wording wording);
    // Starts a new handout from another installed content pack, by its id
    // (asks to save first); false when nothing changed.
    bool usePack(const QString &packId);
    // Actions by object name, for the menus' owners and the GUI tests.
    QAction *action(const QString &name) const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void retranslate();
    void readSettings();
    void writeSettings() const;
    void updateRecentMenu();
    void updateTemplates();
    void manageTemplates();
    void toggleSummary(bool include);
    void addNotes();
    void showPreferences();
    void applyReadabilityTargets(const QSettings &settings);
    void selectText(int position, int length);
    void showAbout();
    void showTranslationCoverage();
    void showFinding(const QString &sectionId, const QString &passageId);
    void updateStatus();
    // The latest measurement in the status bar, the section panel and the
    // banner.
    void showPageBudget();
    void syncPageActions();
    void updateTitle();
    QAction *addAction(const QString &name, const QKeySequence &key = {});

    const ContentLibrary &m_library;
    const Article *m_article;
    HandoutDocument *m_document;
    ComposerEditor *m_editor;
    ComposerActions *m_composerActions;
    SectionPanel *m_sections;
    PersonalizationForm *m_form;
    SafetyPanel *m_safety;
    ReadabilityPanel *m_readability;
    ChecklistBox *m_checklists = nullptr;
    HandoutOutput *m_output;
    FileCommands *m_files;
    std::unique_ptr<TranslatedPackCache> m_packs; // the handout languages used so far
    // Switches the handout to the pack in `language` and `wording`, asking
    // first when edits inside sections would be lost.
    bool switchPack(const QString &language, Wording wording, const QString &dialogTitle, const QString &question);
    QDockWidget *m_sectionsDock;
    QDockWidget *m_formDock;
    QDockWidget *m_safetyDock;
    QDockWidget *m_readabilityDock;
    QLabel *m_wordCount;
    PageStatus *m_pageStatus;
    PageBudgetWatcher *m_budget;
    PageBudgetBanner *m_budgetBanner;
    QTimer *m_statusPause;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_pageMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_formatMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    PackMenu *m_packMenu = nullptr;
    SpellingHighlighter *m_spelling = nullptr;
    LanguageManager *m_languages;
    QToolBar *m_formatBar = nullptr;
};
