#pragma once

#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QStringList>

// Runs handout-cli as a user would, and keeps what it printed.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString errText() const { return QString::fromUtf8(err); }
    QString outText() const { return QString::fromUtf8(out); }
    // Parses stdout as exactly one JSON document; fails the calling test if not.
    QJsonDocument json() const;
};

namespace CliRunner {
CliRun run(const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
// The environment of a cron job or SSH session: no display variables at all.
QProcessEnvironment withoutDisplay();
QString tool(const char *path);
} // namespace CliRunner
