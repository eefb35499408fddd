#include "filecommands.h"

#include "filedialogs.h"
#include "handoutdocument.h"
#include "handoutfile.h"
#include "handoutoutput.h"
#include "messageprompt.h"
#include "personalizationform.h"
#include "recoverystore.h"
#include "settingskeys.h"
#include "startfolder.h"
#include "templatelibrary.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr int MaxRecent = 8;

} // namespace

FileCommands::FileCommands(QWidget *window, HandoutDocument *document, HandoutOutput *output, PersonalizationForm *form)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_output(output)
    , m_form(form)
    , m_recovery(std::make_unique<RecoveryStore>())
    , m_autosave(new QTimer(this))
{
    QString error;
    if (!m_recovery->open(&error))
        m_recovery.reset(); // autosave off; offerRecovery() says so
    setAutosaveInterval(QSettings().value(SettingsKeys::AutosaveSeconds, SettingsKeys::DefaultAutosaveSeconds).toInt());
    connect(m_autosave, &QTimer::timeout, this, [this] { autosaveNow(); });
    connect(document, &HandoutDocument::modificationChanged, this, [this](bool modified) {
        if (modified)
            m_autosave->start();
    });
}

FileCommands::~FileCommands() = default;

void FileCommands::setAutosaveInterval(int seconds)
{
    m_autosave->setInterval(qBound(2, seconds, 600) * 1000);
}

QString FileCommands::autosavePath() const
{
    return m_recovery ? m_recovery->autosavePath() : QString();
}

bool FileCommands::autosaveNow()
{
    if (!m_recovery || !m_document->isModified()) {
        m_autosave->stop();
        return false;
    }
    m_form->commit();
    QString error;
    // A failed autosave must not interrupt typing with a dialog: keep trying on
    // the next tick; the status stays in the autosave file's absence.
    return m_recovery->save(m_document->content(), m_output->pageOptions(), m_document->article(), &error);
}

void FileCommands::closeCleanly()
{
    m_autosave->stop();
    if (m_recovery)
        m_recovery->discard();
}

void FileCommands::offerRecovery()
{
    if (!m_recovery) {
        MessagePrompt::inform(m_window, QMessageBox::Warning, tr("Autosave"),
                              tr("The recovery folder “%1” cannot be used, so unsaved work is not autosaved.")
                                  .arg(RecoveryStore::defaultFolder()));
        return;
    }
    for (const RecoveryStore::Orphan &orphan : m_recovery->orphans()) {
        const QMessageBox::StandardButton answer = MessagePrompt::ask(
            m_window, QMessageBox::Question, tr("Restore Unsaved Handout"),
            tr("Handout Composer did not close normally. A handout with unsaved changes was autosaved on %1.\n\n"
               "Restore it?")
                .arg(QLocale().toString(orphan.saved, QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Ignore, QMessageBox::Yes);
        if (answer == QMessageBox::Ignore)
            continue; // keep it for the next start
        if (answer == QMessageBox::Yes) {
            restoreLanguageOf(orphan.path);
            const std::optional<HandoutFileData> data = readChecked(orphan.path);
            if (!data) {
                // The unsaved work is still in the autosave: it stays, and
                // the user is told where, for another try or for support.
                MessagePrompt::inform(m_window, QMessageBox::Warning, tr("Restore Unsaved Handout"),
                                      tr("The autosave was not restored and has been kept:\n%1")
                                          .arg(QDir::toNativeSeparators(orphan.path)));
                continue;
            }
            load(*data, QString());
            m_document->setModified(true);
            // Until this window's own autosave holds the work, the old file is
            // its only copy on disk.
            if (!autosaveNow()) {
                MessagePrompt::inform(m_window, QMessageBox::Warning, tr("Restore Unsaved Handout"),
                                      tr("The handout was restored, but could not be autosaved again; the old "
                                         "autosave has been kept:\n%1")
                                          .arg(QDir::toNativeSeparators(orphan.path)));
                break;
            }
        }
        // Restored and autosaved again under this window, or discarded on purpose.
        RecoveryStore::remove(orphan);
        if (answer == QMessageBox::Yes)
            break; // one handout per window
    }
}

void FileCommands::restoreLanguageOf(const QString &path)
{
    // Read against the English pack, a Spanish autosave would look rewritten
    // passage by passage and come back under an English summary (issue 19).
    SourceError ignored; // readChecked reads it again and says what is wrong
    const std::optional<HandoutFileData> peek = HandoutFile::read(path, &ignored);
    if (!peek || !m_packSwitch)
        return;
    if (peek->content.language != m_document->language() || peek->content.wording != m_document->wording())
        m_packSwitch(peek->content.language, peek->content.wording);
}

void FileCommands::setPath(const QString &path)
{
    m_path = path;
    Q_EMIT pathChanged(path);
}

QStringList FileCommands::recentFiles() const
{
    QStringList files = QSettings().value(SettingsKeys::RecentFiles).toStringList();
    files.erase(std::remove_if(files.begin(), files.end(), [](const QString &f) { return !QFileInfo::exists(f); }),
                files.end());
    return files;
}

void FileCommands::addRecent(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(SettingsKeys::RecentFiles).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    settings.setValue(SettingsKeys::RecentFiles, files.mid(0, MaxRecent));
    Q_EMIT recentFilesChanged();
}

bool FileCommands::maybeSave(const QString &action)
{
    m_form->commit();
    if (!m_document->isModified())
        return true;
    const QMessageBox::StandardButton answer
        = MessagePrompt::ask(m_window, QMessageBox::Warning, action, tr("Save the changes to this handout first?"),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool FileCommands::newHandout()
{
    if (!maybeSave(tr("New Handout")))
        return false;
    startNew();
    return true;
}

void FileCommands::startNew()
{
    m_document->setPersonalization({});
    m_document->resetToSections({}, m_document->article().meta.title);
    setPath({});
    closeCleanly();
}

bool FileCommands::open()
{
    if (!maybeSave(tr("Open Handout")))
        return false;
    const QString folder = StartFolder::choose(m_path.isEmpty() ? QString() : QFileInfo(m_path).absolutePath());
    const QString path = FileDialogs::openFileName(m_window, tr("Open Handout"), folder, FileDialogs::handoutFilters());
    return !path.isEmpty() && openPath(path);
}

std::optional<HandoutFileData> FileCommands::readChecked(const QString &path)
{
    SourceError error;
    std::optional<HandoutFileData> data = HandoutFile::read(path, &error);
    return checked(std::move(data), error, QFileInfo(path).fileName());
}

std::optional<HandoutFileData> FileCommands::checked(std::optional<HandoutFileData> data, const SourceError &error,
                                                     const QString &name)
{
    if (!data) {
        MessagePrompt::inform(m_window, QMessageBox::Critical, tr("Open Handout"),
                              tr("The handout could not be opened:\n%1").arg(error.toString()));
        return std::nullopt;
    }
    const QList<PackChange> changes = HandoutFile::changesSince(*data, m_document->article());
    QStringList refusals;
    for (const PackChange &change : changes) {
        if (change.kind == PackChange::OtherPack || change.kind == PackChange::SectionRemoved)
            refusals << change.message;
    }
    if (!refusals.isEmpty()) {
        MessagePrompt::inform(m_window, QMessageBox::Critical, tr("Open Handout"),
                              tr("“%1” cannot be opened with this content:\n\n%2").arg(name, refusals.join(u'\n')));
        return std::nullopt;
    }
    if (!changes.isEmpty()) {
        // The handout opens as it was saved; the safety review then shows
        // which passages differ from today's source.
        MessagePrompt::inform(
            m_window, QMessageBox::Information, tr("Open Handout"),
            tr("The content has changed since “%1” was saved:\n\n%2\n\nThe handout keeps the wording it "
               "was saved with; the safety review lists the passages that now differ.")
                .arg(name, HandoutFile::messages(changes).join(u'\n')));
    }
    return data;
}

bool FileCommands::load(const HandoutFileData &data, const QString &path)
{
    HandoutContent content = data.content;
    content.clinic = m_document->clinic(); // the clinic's current profile, from settings
    m_document->reset(content, HandoutOptions::fromPage(data.page));
    setPath(path);
    return true;
}

bool FileCommands::openRecorded(const QByteArray &handout, const QString &name)
{
    if (!maybeSave(tr("Open Handout")))
        return false;
    SourceError error;
    std::optional<HandoutFileData> read = HandoutFile::readBytes(handout, name, &error);
    const std::optional<HandoutFileData> data = checked(std::move(read), error, name);
    if (!data)
        return false;
    if (data->content.language != m_document->language()) {
        MessagePrompt::inform(
            m_window, QMessageBox::Critical, tr("Open Handout"),
            tr("“%1” is a handout in “%2”; choose that handout language first.").arg(name, data->content.language));
        return false;
    }
    // A new, unsaved handout: saving it asks for a file name.
    load(*data, {});
    closeCleanly();
    return true;
}

bool FileCommands::openPath(const QString &path)
{
    const std::optional<HandoutFileData> data = readChecked(path);
    if (!data)
        return false;
    if (data->isTemplate)
        return applyTemplate(path);
    if (data->content.language != m_document->language()) {
        MessagePrompt::inform(m_window, QMessageBox::Critical, tr("Open Handout"),
                              tr("“%1” is a handout in “%2”; choose that handout language first.")
                                  .arg(QFileInfo(path).fileName(), data->content.language));
        return false;
    }
    if (data->content.wording != m_document->wording()) {
        MessagePrompt::inform(m_window, QMessageBox::Critical, tr("Open Handout"),
                              data->content.wording == Wording::Plain
                                  ? tr("“%1” is a handout in plain language; choose the plain-language wording first.")
                                        .arg(QFileInfo(path).fileName())
                                  : tr("“%1” is a handout in the article's wording; choose that wording first.")
                                        .arg(QFileInfo(path).fileName()));
        return false;
    }
    load(*data, path);
    addRecent(path);
    closeCleanly();
    return true;
}

bool FileCommands::applyTemplate(const QString &path)
{
    const std::optional<HandoutFileData> data = readChecked(path);
    if (!data)
        return false;
    HandoutFileData fresh = *data;
    fresh.content.person = {};
    load(fresh, QString()); // a template starts an untitled handout
    return true;
}

bool FileCommands::writeTo(const QString &path)
{
    m_form->commit();
    QString error;
    if (!HandoutFile::write(path, m_document->content(), m_output->pageOptions(), m_document->article(), false,
                            &error)) {
        MessagePrompt::inform(m_window, QMessageBox::Critical, tr("Save Handout"),
                              tr("The handout was not saved: %1").arg(error));
        return false;
    }
    return true;
}

bool FileCommands::save()
{
    if (m_path.isEmpty())
        return saveAs();
    if (!writeTo(m_path))
        return false;
    m_document->setModified(false);
    closeCleanly();
    addRecent(m_path);
    return true;
}

bool FileCommands::saveAs()
{
    const QString folder = StartFolder::choose(m_path.isEmpty() ? QString() : QFileInfo(m_path).absolutePath());
    const QString suggested = FileDialogs::fileNameFromTitle(m_document->title());
    QString path = FileDialogs::saveFileName(m_window, tr("Save Handout"), QDir(folder).filePath(suggested),
                                             FileDialogs::handoutFilters(), u"handout"_s);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".handout"_s;
    if (!writeTo(path))
        return false;
    setPath(path);
    m_document->setModified(false);
    closeCleanly();
    addRecent(path);
    return true;
}

QString FileCommands::templatesFolder()
{
    return TemplateLibrary::defaultFolder();
}

QList<QPair<QString, QString>> FileCommands::templates()
{
    QList<QPair<QString, QString>> out;
    for (const TemplateEntry &entry : TemplateLibrary().entries())
        out.append({entry.name, entry.path});
    return out;
}

bool FileCommands::saveAsTemplate()
{
    m_form->commit();
    const TemplateLibrary library;
    // Asked again until the name is usable or the user cancels: a name that
    // is taken or empty would make two templates look alike in the lists.
    QString name = m_document->title();
    QString label = tr("Template name (the lists show templates by this name):");
    for (;;) {
        if (!MessagePrompt::askText(m_window, tr("Save as Template"), label, &name))
            return false;
        const QString problem = library.nameProblem(name);
        if (problem.isEmpty())
            break;
        label = problem + u"\n\n"_s + tr("Template name:");
    }
    QString error;
    if (library.save(name, m_document->content(), m_output->pageOptions(), m_document->article(), &error).isEmpty()) {
        MessagePrompt::inform(m_window, QMessageBox::Critical, tr("Save as Template"),
                              tr("The template was not saved: %1").arg(error));
        return false;
    }
    Q_EMIT templatesChanged();
    return true;
}
