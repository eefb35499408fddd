#include "personaldictionary.h"

#include "boundedfile.h"
#include "languagecode.h"
#include "safewrite.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

PersonalDictionary::PersonalDictionary(const QString &language, const QString &folder)
{
    // The code names a file: anything but a language code stays out of paths.
    const QString code = LanguageCode::normalised(language);
    m_path = QDir(folder).filePath((LanguageCode::isValid(code) ? code : u"unknown"_s) + u".txt"_s);
}

QString PersonalDictionary::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/dictionary"_s;
}

QStringList PersonalDictionary::words(QString *problem) const
{
    if (!QFileInfo::exists(m_path))
        return {};
    SourceError error;
    const std::optional<QByteArray> bytes = BoundedFile::read(m_path, MaxFileSize, tr("a word list"), &error);
    if (!bytes) {
        if (problem)
            *problem = error.toString();
        return {};
    }
    QStringList out;
    for (const QString &line : QString::fromUtf8(*bytes).split(u'\n')) {
        const QString word = line.trimmed();
        if (!word.isEmpty() && !word.contains(u' '))
            out << word;
    }
    return out;
}

bool PersonalDictionary::add(const QString &word, QString *problem)
{
    const QString clean = word.trimmed();
    if (clean.isEmpty() || clean.contains(QRegularExpression(u"\\s"_s))) {
        *problem = tr("“%1” is not one word").arg(clean);
        return false;
    }
    QString readProblem;
    QStringList all = words(&readProblem);
    if (!readProblem.isEmpty()) {
        // Never write over a list that could not be read: its words would be lost.
        *problem = readProblem;
        return false;
    }
    if (all.contains(clean))
        return true;
    all << clean;
    if (!QDir().mkpath(QFileInfo(m_path).path())) {
        *problem = tr("cannot create the folder “%1”").arg(QFileInfo(m_path).path());
        return false;
    }
    QString reason;
    if (!SafeWrite::write(m_path, (all.join(u'\n') + u'\n').toUtf8(), &reason, SafeWrite::Access::OwnerOnly)) {
        *problem = tr("cannot write “%1”: %2").arg(m_path, reason);
        return false;
    }
    return true;
}
