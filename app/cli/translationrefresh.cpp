#include "translationrefresh.h"

#include "contenttranslation.h"
#include "languagecode.h"
#include "safeecho.h"
#include "translationfiles.h"
#include "translationlibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

// Refreshes one pack's files in `folder`, starting `added` first when given.
// Returns the languages written, or an empty optional after printing why not.
std::optional<QStringList> refreshPack(CliContext &cli, const Article &pack, const TranslationLibrary &found,
                                       const QString &folder, const QString &added)
{
    QList<TranslationLibrary::Entry> entries = found.entries(pack.meta.id);
    if (!added.isEmpty()) {
        const QString path = QDir(folder).filePath(u"%1_%2.ts"_s.arg(pack.meta.id, added));
        if (!QFile::exists(path)) {
            entries << TranslationLibrary::Entry {pack.meta.id, added, path, {}};
            QFile info(QDir(folder).filePath(u"%1_%2.info"_s.arg(pack.meta.id, added)));
            if (!info.exists() && info.open(QIODevice::WriteOnly))
                info.write("translator: \nmethod: draft\nreviewer: \nreviewed: \n");
        }
    }
    QStringList written;
    for (const TranslationLibrary::Entry &entry : std::as_const(entries)) {
        TsCatalog existing;
        if (QFile::exists(entry.tsPath)) {
            SourceError error;
            std::optional<TsCatalog> read = TsCatalog::readFile(entry.tsPath, &error);
            if (!read) {
                cli.failure(error.toString());
                return std::nullopt;
            }
            existing = *read;
        }
        const TsCatalog refreshed = ContentTranslation::refresh(pack, existing, entry.language);
        QString error;
        if (!TranslationFiles::writeCatalog(entry.tsPath, refreshed, &error)) {
            cli.failure(error);
            return std::nullopt;
        }
        written << entry.language;
    }
    return written;
}

// The packs a refresh works on: the one named, else every installed pack with
// a file in the folder; a new language in a folder of no pack yet goes to all.
QList<const Article *> packsToRefresh(const CliContext &cli, const Article *named, const TranslationLibrary &found,
                                      bool adding)
{
    if (named)
        return {named};
    QList<const Article *> packs;
    for (const Article &a : cli.library().packs()) {
        if (!found.entries(a.meta.id).isEmpty())
            packs << &a;
    }
    if (packs.isEmpty() && adding) {
        for (const Article &a : cli.library().packs())
            packs << &a;
    }
    return packs;
}

} // namespace

int TranslationRefresh::run(CliContext &cli, const QCommandLineParser &parser)
{
    int code = CliContext::Success;
    const Article *first = cli.chooseArticle(parser, &code);
    if (!first)
        return code;
    const bool named = parser.isSet(u"content"_s) || parser.isSet(u"pack"_s);
    const QString folder = parser.value(u"refresh"_s);
    if (!QFileInfo(folder).isDir())
        return cli.failure(u"“%1” is not a folder"_s.arg(folder));
    const QString added = LanguageCode::normalised(parser.value(u"add-language"_s));
    if (parser.isSet(u"add-language"_s) && !LanguageCode::isValid(added))
        return cli.usage(u"translations: %1 is not a language code to translate into"_s.arg(SafeEcho::quoted(added)));

    TranslationLibrary found;
    found.addFolder(folder);
    const QList<const Article *> packs = packsToRefresh(cli, named ? first : nullptr, found, !added.isEmpty());
    if (packs.isEmpty()) {
        QStringList ids;
        for (const Article &a : cli.library().packs())
            ids << a.meta.id;
        return cli.failure(u"“%1” holds no .ts file of an installed pack (%2): start one with --add-language CODE, "
                           "or name the pack with --pack ID"_s.arg(folder, ids.join(u", "_s)));
    }
    for (const Article *pack : packs) {
        if (added == pack->meta.language)
            return cli.usage(u"translations: %1 is the language of the pack %2 itself, not one to translate into"_s.arg(
                SafeEcho::quoted(added), SafeEcho::quoted(pack->meta.id)));
    }
    QTextStream &out = cli.out();
    for (const Article *pack : packs) {
        const std::optional<QStringList> written = refreshPack(cli, *pack, found, folder, added);
        if (!written)
            return CliContext::Failure;
        out << "refreshed " << pack->meta.id << " (version " << pack->meta.version
            << "): " << (written->isEmpty() ? u"no .ts file here"_s : written->join(u", "_s)) << "\n";
    }
    out.flush();
    return CliContext::Success;
}
