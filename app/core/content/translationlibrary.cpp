#include "translationlibrary.h"

#include "boundedfile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString TranslationLibrary::builtinFolder()
{
    return u":/content-translations"_s;
}

QString TranslationLibrary::builtinPlainFolder()
{
    return u":/content-plain"_s;
}

void TranslationLibrary::scan(const QString &userFolder)
{
    m_entries.clear();
    addFolder(builtinFolder());
    addFolder(builtinPlainFolder(), Wording::Plain);
    if (!userFolder.isEmpty()) {
        addFolder(userFolder);
        addFolder(QDir(userFolder).filePath(u"plain"_s), Wording::Plain);
    }
}

void TranslationLibrary::addFolder(const QString &folder, Wording wording)
{
    static const QRegularExpression name(u"^([a-z0-9]+(?:-[a-z0-9]+)*)_([a-z]{2,3}(?:-[A-Z]{2})?)\\.ts$"_s);
    const QDir dir(folder);
    for (const QString &file : dir.entryList({u"*.ts"_s}, QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch m = name.match(file);
        if (!m.hasMatch())
            continue;
        Entry entry {m.captured(1), m.captured(2), dir.filePath(file), {}, wording};
        const QString info = dir.filePath(file.chopped(3) + u".info"_s);
        if (QFile::exists(info))
            entry.infoPath = info;
        // A later folder (the user's) replaces what an earlier one had.
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            if (m_entries[i].packId == entry.packId && m_entries[i].language == entry.language
                && m_entries[i].wording == wording)
                m_entries.removeAt(i--);
        }
        m_entries << entry;
    }
}

QList<TranslationLibrary::Entry> TranslationLibrary::entries(const QString &packId) const
{
    QList<Entry> out;
    for (const Entry &e : m_entries) {
        if (e.packId == packId)
            out << e;
    }
    return out;
}

QStringList TranslationLibrary::languages(const Article &pack) const
{
    QStringList out;
    for (const Entry &e : entries(pack.meta.id)) {
        if (e.language != pack.meta.language && e.wording == Wording::Original)
            out << e.language;
    }
    out.sort();
    out.prepend(pack.meta.language);
    return out;
}

QStringList TranslationLibrary::plainLanguages(const Article &pack) const
{
    QStringList out;
    for (const Entry &e : entries(pack.meta.id)) {
        if (e.wording == Wording::Plain)
            out << e.language;
    }
    out.sort();
    return out;
}

bool TranslationLibrary::hasLanguage(const Article &pack, const QString &language) const
{
    return languages(pack).contains(language);
}

std::optional<TranslatedPack> TranslationLibrary::translate(const Article &pack, const QString &language,
                                                            SourceError *error) const
{
    return translate(pack, language, Wording::Original, error);
}

std::optional<TranslatedPack> TranslationLibrary::translate(const Article &pack, const QString &language,
                                                            Wording wording, SourceError *error) const
{
    if (language == pack.meta.language && wording == Wording::Original)
        return ContentTranslation::original(pack);
    for (const Entry &e : entries(pack.meta.id)) {
        if (e.language == language && e.wording == wording)
            return load(pack, e, error);
    }
    if (wording == Wording::Plain) {
        const QStringList plain = plainLanguages(pack);
        *error = {pack.sourceFile, 0,
                  plain.isEmpty() ? tr("no plain-language wording of this pack")
                                  : tr("no plain-language wording in “%1” (plain language is available in: %2)")
                                        .arg(language, plain.join(u", "_s))};
        return std::nullopt;
    }
    *error = {pack.sourceFile, 0, tr("no translation into “%1”").arg(language)};
    return std::nullopt;
}

std::optional<TranslationInfo> TranslationLibrary::readInfo(const Entry &e, SourceError *error)
{
    if (e.infoPath.isEmpty())
        return TranslationInfo();
    const std::optional<QByteArray> bytes
        = BoundedFile::read(e.infoPath, TranslationInfo::MaxFileSize, u"a translation's .info file"_s, error);
    if (!bytes)
        return std::nullopt;
    return TranslationInfo::parse(*bytes, e.infoPath, error);
}

std::optional<TranslatedPack> TranslationLibrary::load(const Article &pack, const Entry &e, SourceError *error) const
{
    std::optional<TsCatalog> catalog = TsCatalog::readFile(e.tsPath, error);
    if (!catalog)
        return std::nullopt;
    if (catalog->language.section(u'_', 0, 0) != e.language.section(u'-', 0, 0)) {
        *error = {e.tsPath, 0,
                  tr("the file says its language is “%1”, but its name says “%2”").arg(catalog->language, e.language)};
        return std::nullopt;
    }
    const std::optional<TranslationInfo> info = readInfo(e, error);
    if (!info)
        return std::nullopt;
    TranslatedPack translated = ContentTranslation::apply(pack, *catalog, *info, e.wording);
    translated.language = e.language;
    translated.article.meta.language = e.language;
    return translated;
}
