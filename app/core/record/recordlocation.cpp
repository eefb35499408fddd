#include "recordlocation.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

RecordLocation RecordLocation::defaultLocation()
{
    RecordLocation location;
    location.path
        = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(u"records.sqlite"_s);
    return location;
}

bool RecordLocation::parse(const QString &text, RecordLocation *location, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = u"the record database is empty: give a postgresql:// URI or an SQLite file"_s;
        return false;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    RecordLocation out;
    if (scheme == "postgresql"_L1 || scheme == "postgres"_L1) {
        if (!url.isValid()) {
            *error = u"the record database “%1” is not a valid URI: %2"_s.arg(trimmed, url.errorString());
            return false;
        }
        out.kind = Kind::Postgresql;
        out.user = url.userName(QUrl::FullyDecoded);
        out.password = url.password(QUrl::FullyDecoded);
        out.host = url.host(QUrl::FullyDecoded);
        out.port = url.port(-1);
        out.database = url.path(QUrl::FullyDecoded).mid(1);
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key == "host"_L1) {
                out.host = value;
            } else if (key == "port"_L1) {
                bool ok = false;
                out.port = value.toInt(&ok);
                if (!ok) {
                    *error = u"the record database URI has a port that is not a number: “%1”"_s.arg(value);
                    return false;
                }
            } else {
                *error = u"the record database URI has an option this program does not know: “%1” (known: host, "
                         "port)"_s.arg(key);
                return false;
            }
        }
        if (out.database.isEmpty() || out.database.contains(u'/')) {
            *error = u"the record database URI names no database: write postgresql://user@host:port/database"_s;
            return false;
        }
    } else if (scheme == "sqlite"_L1) {
        out.path = url.path(QUrl::FullyDecoded);
    } else if (scheme.size() > 1 && trimmed.contains(u"://"_s)) {
        *error = u"the record database “%1” is neither postgresql:// nor an SQLite file"_s.arg(url.scheme());
        return false;
    } else {
        out.path = trimmed;
    }
    if (out.kind == Kind::Sqlite && out.path.isEmpty()) {
        *error = u"the record database URI names no file"_s;
        return false;
    }
    *location = out;
    return true;
}

bool RecordLocation::choose(const QString &given, const QString &preference, RecordLocation *location, QString *error)
{
    if (!given.isEmpty())
        return parse(given, location, error);
    const QString fromEnvironment = qEnvironmentVariable("HANDOUT_DATABASE");
    if (!fromEnvironment.isEmpty())
        return parse(fromEnvironment, location, error);
    if (!preference.trimmed().isEmpty())
        return parse(preference, location, error);
    *location = defaultLocation();
    return true;
}

QString RecordLocation::displayName() const
{
    if (kind == Kind::Sqlite)
        return QDir::toNativeSeparators(path);
    const bool socket = host.startsWith(u'/');
    QString name = u"postgresql://"_s;
    if (!user.isEmpty())
        name += user + u'@';
    if (!socket) {
        name += host;
        if (port > 0)
            name += u':' + QString::number(port);
    }
    name += u'/' + database;
    if (socket) {
        name += u"?host="_s + host;
        if (port > 0)
            name += u"&port="_s + QString::number(port);
    }
    return name;
}
