#include "templatelibrary.h"

#include "handoutfile.h"
#include "safefilename.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Messages of TemplateLibrary's members, in its translation context.
QString tr(const char *text)
{
    return QCoreApplication::translate("TemplateLibrary", text);
}

std::optional<TemplateEntry> entryAt(const QString &path, SourceError *error)
{
    std::optional<HandoutFileData> data = HandoutFile::read(path, error);
    if (!data)
        return std::nullopt;
    if (!data->isTemplate) {
        *error = {path, 0, QCoreApplication::translate("TemplateLibrary", "is a handout, not a template")};
        return std::nullopt;
    }
    // Templates saved before they had names are listed by their file's name.
    const QString name = data->templateName.isEmpty() ? QFileInfo(path).completeBaseName() : data->templateName;
    return TemplateEntry {name, QFileInfo(path).absoluteFilePath(), std::move(*data)};
}

} // namespace

TemplateLibrary::TemplateLibrary(const QString &folder)
    : m_folder(folder)
{ }

QString TemplateLibrary::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/templates"_s;
}

QList<TemplateEntry> TemplateLibrary::entries(QList<SourceError> *problems) const
{
    QList<TemplateEntry> out;
    const QDir dir(m_folder);
    for (const QFileInfo &file : dir.entryInfoList({u"*.handout"_s}, QDir::Files)) {
        SourceError error;
        if (std::optional<TemplateEntry> entry = entryAt(file.absoluteFilePath(), &error))
            out << std::move(*entry);
        else if (problems)
            *problems << error;
    }
    std::sort(out.begin(), out.end(), [](const TemplateEntry &a, const TemplateEntry &b) {
        const int byName = QString::localeAwareCompare(a.name.toCaseFolded(), b.name.toCaseFolded());
        return byName != 0 ? byName < 0 : a.path < b.path;
    });
    return out;
}

std::optional<TemplateEntry> TemplateLibrary::find(const QString &name) const
{
    const QString wanted = name.trimmed();
    const QList<TemplateEntry> all = entries();
    for (const TemplateEntry &entry : all) {
        if (entry.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return entry;
    }
    return std::nullopt;
}

std::optional<TemplateEntry> TemplateLibrary::resolve(const QString &nameOrFile, QString *error) const
{
    // A name wins over a file of the same name in the working folder: names
    // are what `handout-cli templates` lists.
    if (std::optional<TemplateEntry> entry = find(nameOrFile))
        return entry;
    if (QFileInfo(nameOrFile).isFile()) {
        SourceError readError;
        if (std::optional<TemplateEntry> entry = entryAt(nameOrFile, &readError))
            return entry;
        *error = readError.toString();
        return std::nullopt;
    }
    *error = tr("no template is named “%1” and there is no such file (see 'handout-cli templates')").arg(nameOrFile);
    return std::nullopt;
}

QString TemplateLibrary::nameProblem(const QString &name, const QString &exceptPath) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("A template needs a name.");
    if (trimmed.size() > MaxNameLength)
        return tr("A template name can be at most %1 characters long.").arg(MaxNameLength);
    const QString except = exceptPath.isEmpty() ? QString() : QFileInfo(exceptPath).absoluteFilePath();
    for (const TemplateEntry &entry : entries()) {
        if (entry.path != except && entry.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return tr("There is already a template named “%1”.").arg(entry.name);
    }
    return {};
}

QString TemplateLibrary::freePathFor(const QString &name) const
{
    QString base = SafeFileName::fromText(name);
    if (base.isEmpty())
        base = u"template"_s;
    const QDir dir(m_folder);
    QString path = dir.filePath(base + u".handout"_s);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(u"%1-%2.handout"_s.arg(base).arg(n));
    return path;
}

QString TemplateLibrary::save(const QString &name, const HandoutContent &content, const PageOptions &page,
                              const Article &article, QString *error) const
{
    if (const QString problem = nameProblem(name); !problem.isEmpty()) {
        *error = problem;
        return {};
    }
    if (!QDir().mkpath(m_folder)) {
        *error = tr("cannot create the templates folder “%1”").arg(m_folder);
        return {};
    }
    QString path = freePathFor(name); // not const: returned by move
    if (!HandoutFile::write(path, content, page, article, true, error, name.trimmed()))
        return {};
    return path;
}

bool TemplateLibrary::rename(const QString &path, const QString &newName, QString *error) const
{
    if (const QString problem = nameProblem(newName, path); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    // The file keeps its name: only the name inside it is what lists show.
    return HandoutFile::setTemplateName(path, newName.trimmed(), error);
}

bool TemplateLibrary::remove(const QString &path, QString *error) const
{
    SourceError readError;
    if (!entryAt(path, &readError)) {
        *error = readError.toString(); // never delete what is not a template
        return false;
    }
    QFile file(path);
    if (!file.remove()) {
        *error = tr("cannot delete “%1”: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
