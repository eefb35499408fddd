#pragma once

#include "handoutfiledata.h"
#include "sourceerror.h"

#include <QList>
#include <QString>

#include <optional>

class Article;

// A saved template as the lists show it: under the name it was saved with.
struct TemplateEntry
{
    QString name;
    QString path;
    HandoutFileData data;
};

// The folder of named templates, shared by the window and handout-cli. A
// template is a .handout file in the "template" format; its "name" is what
// every list shows, so two templates of the same handout title stay apart.
// Names are unique in the folder, compared without case.
class TemplateLibrary
{
public:
    explicit TemplateLibrary(const QString &folder = defaultFolder());
    // <app data>/templates, the same for the window and handout-cli.
    static QString defaultFolder();
    QString folder() const { return m_folder; }

    // Every readable template, by name; files that cannot be read are left
    // out and reported in *problems (when given).
    QList<TemplateEntry> entries(QList<SourceError> *problems = nullptr) const;
    // The template with this name (any case).
    std::optional<TemplateEntry> find(const QString &name) const;
    // A template named on the command line: a name from the folder, or else a
    // template file. Empty with *error set when it is neither.
    std::optional<TemplateEntry> resolve(const QString &nameOrFile, QString *error) const;

    // Why `name` cannot be given to a template (empty, too long, or taken by
    // another template than the one at `exceptPath`); empty when it can.
    QString nameProblem(const QString &name, const QString &exceptPath = {}) const;
    // Saves a new template called `name` in the folder; returns its path, or
    // empty with *error set.
    QString save(const QString &name, const HandoutContent &content, const PageOptions &page, const Article &article,
                 QString *error) const;
    bool rename(const QString &path, const QString &newName, QString *error) const;
    bool remove(const QString &path, QString *error) const;

    static constexpr int MaxNameLength = 120;

private:
    QString freePathFor(const QString &name) const;
    QString m_folder;
};
