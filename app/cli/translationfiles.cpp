#include "translationfiles.h"

#include "boundedfile.h"
#include "languagecode.h"
#include "outputtarget.h"
#include "safeecho.h"
#include "safewrite.h"
#include "translationimport.h"
#include "translationlibrary.h"
#include "xliffcatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

// A new file, written whole: an administrator's edited copy is never
// replaced by a command meant to start one.
bool writeNew(const QString &path, const QByteArray &bytes, QString *error)
{
    if (QFileInfo::exists(path)) {
        *error = u"“%1” already exists: nothing was written over it (move it away or choose another name)"_s.arg(path);
        return false;
    }
    if (const QString problem = OutputTarget::problem(path); !problem.isEmpty()) {
        *error = u"cannot write “%1”: %2"_s.arg(path, problem);
        return false;
    }
    QString reason;
    if (!SafeWrite::write(path, bytes, &reason)) {
        *error = u"cannot write “%1”: %2"_s.arg(path, reason);
        return false;
    }
    return true;
}

// The translation into `language` in use for the pack, the user's or the
// built-in one; nullopt when there is none.
std::optional<TranslationLibrary::Entry> entryInUse(const Article &pack, const QString &language)
{
    TranslationLibrary library;
    library.scan(ContentLibrary::userFolder());
    for (const TranslationLibrary::Entry &e : library.entries(pack.meta.id)) {
        if (e.language == language && e.wording == Wording::Original)
            return e;
    }
    return std::nullopt;
}

QString counts(const TranslationCoverage &c)
{
    return u"%1 reviewed, %2 draft, %3 stale, %4 missing"_s.arg(c.reviewed).arg(c.draft).arg(c.stale).arg(c.missing);
}

// The language of an XLIFF file against --lang: the same, or the file names
// a region of it ("es-ES" for "es"). Empty when they agree.
QString languageMismatch(const QString &fileLanguage, const QString &language)
{
    if (fileLanguage.isEmpty())
        return {};
    const QString normalised = LanguageCode::normalised(fileLanguage);
    if (normalised == language || normalised.section(u'-', 0, 0) == language)
        return {};
    return u"the file translates into %1 (its target-language), not %2 (--lang): nothing was imported"_s.arg(
        SafeEcho::quoted(fileLanguage), SafeEcho::quoted(language));
}

} // namespace

bool TranslationFiles::writeCatalog(const QString &path, const TsCatalog &catalog, QString *error)
{
    // A file the program would refuse to read is worse than none.
    const QByteArray xml = catalog.toXml();
    if (xml.size() > TsCatalog::MaxFileSize) {
        *error
            = u"cannot write “%1”: the file would be larger than %2 MiB, which no translation file may be"_s.arg(path)
                  .arg(TsCatalog::MaxFileSize / ByteSizes::MiB);
        return false;
    }
    if (const QString problem = OutputTarget::problem(path); !problem.isEmpty()) {
        *error = u"cannot write “%1”: %2"_s.arg(path, problem);
        return false;
    }
    QString reason;
    if (!SafeWrite::write(path, xml, &reason)) {
        *error = u"cannot write “%1”: %2"_s.arg(path, reason);
        return false;
    }
    return true;
}

int TranslationFiles::exportTs(CliContext &cli, const QString &folder, const QString &language)
{
    // Where each built-in file goes: as in the user's content folder, where a
    // copy replaces the built-in one once edited.
    struct File
    {
        QString from, to;
    };
    QList<File> files;
    QStringList available;
    const QList<std::pair<QString, QString>> sources {{TranslationLibrary::builtinFolder(), QString()},
                                                      {TranslationLibrary::builtinPlainFolder(), u"plain"_s}};
    for (const auto &[source, subfolder] : sources) {
        const QDir dir(source);
        for (const QString &name : dir.entryList({u"*.ts"_s, u"*.info"_s}, QDir::Files, QDir::Name)) {
            const QString fileLanguage = QFileInfo(name).completeBaseName().section(u'_', -1);
            available << fileLanguage;
            if (language.isEmpty() || fileLanguage == language)
                files << File {dir.filePath(name),
                               QDir(folder).filePath(subfolder.isEmpty() ? name : subfolder + u'/' + name)};
        }
    }
    available.removeDuplicates();
    available.sort();
    if (files.isEmpty())
        return cli.failure(u"no built-in translation into %1 (built in: %2)"_s.arg(SafeEcho::quoted(language),
                                                                                   available.join(u", "_s)));
    // Every problem is found before the first file is written.
    for (const File &f : std::as_const(files)) {
        const QString target = QFileInfo(f.to).absolutePath();
        if (!QDir().mkpath(target))
            return cli.failure(u"cannot create the folder “%1”"_s.arg(target));
        if (!QFileInfo(target).isWritable())
            return cli.failure(u"cannot write into “%1”: the folder is not writable"_s.arg(target));
        if (QFileInfo::exists(f.to))
            return cli.failure(
                u"“%1” already exists: nothing was written (move it away or choose an empty folder)"_s.arg(f.to));
    }
    for (const File &f : std::as_const(files)) {
        QFile in(f.from);
        QString error;
        if (!in.open(QIODevice::ReadOnly) || !writeNew(f.to, in.readAll(), &error))
            return cli.failure(error.isEmpty() ? u"cannot read the built-in “%1”"_s.arg(f.from) : error);
        cli.out() << f.to << "\n";
    }
    cli.out().flush();
    return CliContext::Success;
}

int TranslationFiles::exportXliff(CliContext &cli, const Article &pack, const QString &path, const QString &language)
{
    const std::optional<TranslationLibrary::Entry> entry = entryInUse(pack, language);
    TsCatalog catalog;
    if (entry) {
        SourceError error;
        std::optional<TsCatalog> read = TsCatalog::readFile(entry->tsPath, &error);
        if (!read)
            return cli.failure(error.toString());
        catalog = *read;
    } else {
        // A new language: every unit empty, for the agency to translate.
        cli.err() << "handout-cli: no translation into " << SafeEcho::quoted(language) << " yet: every unit is empty\n";
        cli.err().flush();
    }
    const TsCatalog refreshed = ContentTranslation::refresh(pack, catalog, language);
    const QString original = u"%1_%2.ts"_s.arg(pack.meta.id, language);
    QString error;
    if (!writeNew(path, XliffCatalog::toXml(refreshed, original), &error))
        return cli.failure(error);
    const TranslationCoverage coverage = TranslationImport::coverageOf(refreshed);
    cli.out() << path << ": " << coverage.total << " units (" << counts(coverage) << ")";
    if (entry)
        cli.out() << " from " << entry->tsPath;
    cli.out() << "\n";
    cli.out().flush();
    return CliContext::Success;
}

int TranslationFiles::importXliff(CliContext &cli, const Article &pack, const QString &path, const QString &language)
{
    SourceError error;
    const std::optional<TsCatalog> returned = XliffCatalog::readFile(path, &error);
    if (!returned)
        return cli.failure(error.toString());
    if (const QString mismatch = languageMismatch(returned->language, language); !mismatch.isEmpty())
        return cli.failure(SourceError {path, 0, mismatch}.toString());
    if (!returned->sourceLanguage.isEmpty()
        && LanguageCode::normalised(returned->sourceLanguage).section(u'-', 0, 0)
            != pack.meta.language.section(u'-', 0, 0))
        return cli.failure(
            SourceError {path, 0,
                         u"the file translates from %1, but the pack %2 is in %3: nothing was imported"_s.arg(
                             SafeEcho::quoted(returned->sourceLanguage), SafeEcho::quoted(pack.meta.id),
                             SafeEcho::quoted(pack.meta.language))}
                .toString());

    const std::optional<TranslationLibrary::Entry> entry = entryInUse(pack, language);
    TsCatalog inUse;
    if (entry) {
        std::optional<TsCatalog> read = TsCatalog::readFile(entry->tsPath, &error);
        if (!read)
            return cli.failure(error.toString());
        inUse = *read;
    }
    const TranslationImport imported = TranslationImport::of(pack, inUse, *returned, language);
    if (imported.applied == 0)
        return cli.failure(SourceError {
            path, 0,
            u"no unit translates a text of the pack %1: nothing was imported"_s.arg(SafeEcho::quoted(pack.meta.id))}
                               .toString());

    const QDir folder(ContentLibrary::userFolder());
    if (!QDir().mkpath(folder.path()))
        return cli.failure(u"cannot create the folder “%1”"_s.arg(folder.path()));
    const QString base = u"%1_%2"_s.arg(pack.meta.id, language);
    const QString tsPath = folder.filePath(base + u".ts"_s);
    const QString infoPath = folder.filePath(base + u".info"_s);
    // The user's .ts is read with the .info beside it only: without one, the
    // translator and reviewer of the built-in file would be lost.
    if (!QFileInfo::exists(infoPath)) {
        QByteArray info = "translator: \nmethod: draft\nreviewer: \nreviewed: \n";
        if (entry && !entry->infoPath.isEmpty()) {
            const std::optional<QByteArray> bytes = BoundedFile::read(entry->infoPath, TranslationInfo::MaxFileSize,
                                                                      u"a translation's .info file"_s, &error);
            if (!bytes)
                return cli.failure(error.toString());
            info = *bytes;
        }
        QString reason;
        if (!writeNew(infoPath, info, &reason))
            return cli.failure(reason);
    }
    QString reason;
    if (!writeCatalog(tsPath, imported.catalog, &reason))
        return cli.failure(reason);

    QTextStream &out = cli.out();
    out << "imported " << imported.applied << " units from " << path << " into " << tsPath << "\n"
        << "  " << imported.coverage.total << " texts: " << counts(imported.coverage) << "\n";
    if (imported.unknown > 0)
        out << "  " << imported.unknown << " units match no text of the pack: kept as vanished\n";
    const std::optional<TranslationInfo> info
        = TranslationLibrary::readInfo({pack.meta.id, language, tsPath, infoPath}, &error);
    if (imported.coverage.reviewed > 0 && info && info->reviewer.isEmpty())
        out << "  name the reviewer in " << infoPath
            << " (reviewer:, reviewed:): until then every handout says the translation is not reviewed\n";
    out.flush();
    return CliContext::Success;
}
