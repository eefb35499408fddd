#pragma once

#include "pageoptions.h"
#include "wording.h"

#include <QObject>
#include <QStringList>

#include <functional>

#include <memory>

class HandoutDocument;
class HandoutOutput;
class PersonalizationForm;
class QTimer;
class QWidget;
class RecoveryStore;
struct HandoutFileData;
struct SourceError;

// What File > New, Open, Save, Save As, Save as Template and Open Recent do,
// and the autosave that protects unsaved work. The recent-files list holds
// paths only; file names are never built from patient names.
class FileCommands : public QObject
{
    Q_OBJECT

public:
    FileCommands(QWidget *window, HandoutDocument *document, HandoutOutput *output, PersonalizationForm *form);
    ~FileCommands() override;

    QString currentPath() const { return m_path; }
    QStringList recentFiles() const;
    static QString templatesFolder();
    // Templates as (name, path), by name, for the preset list.
    static QList<QPair<QString, QString>> templates();

    bool newHandout();
    // An empty handout without asking: the caller asked already (another pack).
    void startNew();
    bool open();
    bool openPath(const QString &path);
    // A handout from the record of handouts given, as a new unsaved handout;
    // `name` stands for it in messages.
    bool openRecorded(const QByteArray &handout, const QString &name);
    bool save();
    bool saveAs();
    // Asks for the template's name and saves it into the templates folder.
    bool saveAsTemplate();
    bool applyTemplate(const QString &path);
    // Asks to save unsaved changes; false when the user cancels.
    bool maybeSave(const QString &action);

    // Offers autosaves left by a crash; call once the window is shown.
    void offerRecovery();
    // How the window puts the handout into a language and wording: a restored
    // autosave comes back in its own, not in the new window's.
    using PackSwitch = std::function<bool(const QString &language, Wording wording)>;
    void setPackSwitch(PackSwitch packSwitch) { m_packSwitch = std::move(packSwitch); }
    void setAutosaveInterval(int seconds);
    // Writes the autosave now (tests; the timer does it otherwise).
    bool autosaveNow();
    QString autosavePath() const;
    // A clean close: the autosave goes.
    void closeCleanly();

Q_SIGNALS:
    void pathChanged(const QString &path);
    void recentFilesChanged();
    void templatesChanged();

private:
    void restoreLanguageOf(const QString &path);
    PackSwitch m_packSwitch;
    bool writeTo(const QString &path);
    bool load(const HandoutFileData &data, const QString &path);
    std::optional<HandoutFileData> readChecked(const QString &path);
    // Tells the user why a handout cannot be opened, or what changed since it
    // was saved; nothing when it cannot be opened.
    std::optional<HandoutFileData> checked(std::optional<HandoutFileData> data, const SourceError &error,
                                           const QString &name);
    void setPath(const QString &path);
    void addRecent(const QString &path);

    QWidget *m_window;
    HandoutDocument *m_document;
    HandoutOutput *m_output;
    PersonalizationForm *m_form;
    QString m_path;
    std::unique_ptr<RecoveryStore> m_recovery;
    QTimer *m_autosave;
};
