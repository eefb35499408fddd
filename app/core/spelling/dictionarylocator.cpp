#include "dictionarylocator.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

// The dictionary people of a language most often expect, when the handout's
// language names no region.
QString usualRegion(const QString &language)
{
    static const QHash<QString, QString> usual {
        {u"en"_s, u"en_US"_s}, {u"es"_s, u"es_ES"_s}, {u"fr"_s, u"fr_FR"_s},
        {u"de"_s, u"de_DE"_s}, {u"pt"_s, u"pt_PT"_s}, {u"it"_s, u"it_IT"_s},
    };
    return usual.value(language);
}

std::optional<DictionaryFiles> inFolders(const QString &name, const QStringList &folders)
{
    for (const QString &folder : folders) {
        const QDir dir(folder);
        const QString aff = dir.filePath(name + u".aff"_s);
        const QString dic = dir.filePath(name + u".dic"_s);
        if (QFileInfo(aff).isFile() && QFileInfo(dic).isFile())
            return DictionaryFiles {name, aff, dic, {}};
    }
    return std::nullopt;
}

QStringList regionsOf(const QString &language, const QStringList &folders)
{
    QStringList names;
    for (const QString &folder : folders) {
        const QStringList found = QDir(folder).entryList({language + u"_*.aff"_s}, QDir::Files, QDir::Name);
        for (const QString &file : found)
            names << QFileInfo(file).completeBaseName();
    }
    return names;
}

} // namespace

QStringList DictionaryLocator::searchFolders()
{
    const QByteArray path = qgetenv("DICPATH");
    if (!path.isNull())
        return QString::fromLocal8Bit(path).split(u':', Qt::SkipEmptyParts);
    return {u"/usr/share/hunspell"_s, u"/usr/share/myspell/dicts"_s};
}

std::optional<DictionaryFiles> DictionaryLocator::locate(const QString &code, const QStringList &folders)
{
    const QStringList parts = code.split(u'-');
    const QString language = parts.value(0).toLower();
    if (language.isEmpty())
        return std::nullopt;
    QStringList candidates;
    if (parts.size() > 1)
        candidates << language + u'_' + parts.value(1).toUpper();
    if (const QString usual = usualRegion(language); !usual.isEmpty())
        candidates << usual;
    candidates << language;
    candidates << regionsOf(language, folders);

    std::optional<DictionaryFiles> found;
    for (const QString &name : std::as_const(candidates)) {
        if ((found = inFolders(name, folders)))
            break;
    }
    if (!found)
        return std::nullopt;
    // Debian's hunspell-en-med: a word list without rules of its own, read
    // with the English dictionary's.
    if (language == u"en"_s) {
        for (const QString &folder : folders) {
            const QString medical = QDir(folder).filePath(u"en_med_glut.dic"_s);
            if (QFileInfo(medical).isFile()) {
                found->extraWordLists << medical;
                break;
            }
        }
    }
    return found;
}
