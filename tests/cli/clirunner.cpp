#include "clirunner.h"

#include <QJsonParseError>
#include <QProcess>
#include <QtTest>

QJsonDocument CliRun::json() const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("stdout is not one JSON document: %s at %d", qPrintable(error.errorString()), error.offset);
    return doc;
}

CliRun CliRunner::run(const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HANDOUT_CLI), arguments);
    CliRun result;
    if (!process.waitForFinished(120000)) {
        qWarning("handout-cli did not finish: %s", qPrintable(arguments.join(u' ')));
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QProcessEnvironment CliRunner::withoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XAUTHORITY"})
        env.remove(QString::fromLatin1(name));
    return env;
}
