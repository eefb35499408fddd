#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// Starts the real handout-composer with a test script, in its own settings and
// data folders, and follows its "ok ..." lines.
class AppRunner
{
public:
    explicit AppRunner(const QString &home);
    ~AppRunner();

    // `arguments` follow the script on the command line (files to open).
    void start(const QStringList &script, const QStringList &arguments = {});
    // Waits until a stdout line starts with `prefix`; returns it (empty on timeout).
    QString waitFor(const QString &prefix, int timeoutMs = 30000);
    bool waitForExit(int timeoutMs = 30000);
    void killHard();
    QJsonObject state(); // after a "state" command
    QString output() const { return m_output; }
    QProcess &process() { return *m_process; }

    QString home() const { return m_home; }
    QString dataFolder() const;
    QString configFolder() const;

private:
    QString m_home;
    QTemporaryDir m_scriptDir;
    std::unique_ptr<QProcess> m_process;
    QString m_output;
};
