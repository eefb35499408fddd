#include "contentlibrary.h"

#include "contentpackreader.h"
#include "packversion.h"

#include <QDir>
#include <QStandardPaths>
#include <algorithm>

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
    const auto same
        = std::find_if(m_packs.begin(), m_packs.end(), [&](const Article &a) { return a.meta.id == article->meta.id; });
    if (same != m_packs.end()) {
        if (isBuiltin(*same))
            return supersede(&*same, *article);
        m_problems << SourceError {path, 0,
                                   u"pack id '%1' is already used by %2"_s.arg(article->meta.id, same->sourceFile)};
        return false;
    }
    m_packs << *article;
    m_packs.last().rebuildIndex();
    return true;
}

QString ContentLibrary::Supersession::describe() const
{
    return u"pack '%1' version %2 from %3 supersedes the built-in version %4"_s.arg(id, version, file, builtinVersion);
}

bool ContentLibrary::isBuiltin(const Article &pack)
{
    // Built-in packs live in the resources; user packs never can.
    return pack.sourceFile.startsWith(u":/"_s);
}

bool ContentLibrary::supersede(Article *builtin, const Article &corrected)
{
    // Only a newer version may replace what was reviewed and shipped: an equal
    // or older one is most likely a stale copy left in the folder.
    if (PackVersion::compare(corrected.meta.version, builtin->meta.version) <= 0) {
        m_problems << SourceError {corrected.sourceFile, 0,
                                   u"pack id '%1' is the built-in pack's, and its version %2 is not higher than the "
                                   "built-in version %3: give the corrected pack a higher version to use it"_s.arg(
                                       corrected.meta.id, corrected.meta.version, builtin->meta.version)};
        return false;
    }
    m_supersessions << Supersession {corrected.meta.id, builtin->meta.version, corrected.meta.version,
                                     corrected.sourceFile};
    // Replaced in place, so the default pack stays first and becomes the corrected one.
    *builtin = corrected;
    builtin->rebuildIndex();
    return true;
}

bool ContentLibrary::load(const QString &extraFolder)
{
    m_packs.clear();
    m_problems.clear();
    m_supersessions.clear();
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
    m_supersessions.clear();
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
