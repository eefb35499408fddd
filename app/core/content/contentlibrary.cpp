#include "contentlibrary.h"

#include "contentpackreader.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

QString ContentLibrary::builtinPath()
{
    return u":/content/ketamine-review.md"_s;
}

QString ContentLibrary::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/content"_s;
}

bool ContentLibrary::add(const QString &path)
{
    ContentPackReader reader;
    std::optional<Article> article = reader.readFile(path);
    if (!article) {
        m_problems << reader.error();
        return false;
    }
    if (const Article *existing = pack(article->meta.id)) {
        m_problems << SourceError {path, 0,
                                   u"pack id '%1' is already used by %2"_s.arg(article->meta.id, existing->sourceFile)};
        return false;
    }
    m_packs << *article;
    m_packs.last().rebuildIndex();
    return true;
}

bool ContentLibrary::load(const QString &extraFolder)
{
    m_packs.clear();
    m_problems.clear();
    if (!add(builtinPath()))
        return false;
    const QString folder = extraFolder.isEmpty() ? userFolder() : extraFolder;
    const QDir dir(folder);
    const QStringList files = dir.entryList({u"*.md"_s}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : files)
        add(dir.filePath(name));
    return true;
}

bool ContentLibrary::loadFile(const QString &path)
{
    m_packs.clear();
    m_problems.clear();
    return add(path);
}

const Article *ContentLibrary::pack(const QString &id) const
{
    for (const Article &a : m_packs) {
        if (a.meta.id == id)
            return &a;
    }
    return nullptr;
}
