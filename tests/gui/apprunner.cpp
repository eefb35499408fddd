#include "apprunner.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;

AppRunner::AppRunner(const QString &home)
    : m_home(home)
{ }

AppRunner::~AppRunner()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished();
    }
}

QString AppRunner::dataFolder() const
{
    return m_home + u"/data"_s;
}

QString AppRunner::configFolder() const
{
    return m_home + u"/config"_s;
}

void AppRunner::start(const QStringList &script, const QStringList &arguments)
{
    static int count = 0;
    const QString path = m_scriptDir.filePath(u"script-%1.txt"_s.arg(++count));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write the test script");
    file.write(script.join(u'\n').toUtf8() + '\n');
    file.close();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HANDOUT_COMPOSER_TESTING"_s, u"1"_s);
    env.insert(u"HOME"_s, m_home);
    env.insert(u"XDG_DATA_HOME"_s, dataFolder());
    env.insert(u"XDG_CONFIG_HOME"_s, configFolder());
    if (!env.contains(u"QT_QPA_PLATFORM"_s))
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(env);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_output.clear();
    m_process->start(QStringLiteral(HANDOUT_COMPOSER), QStringList {u"--test-script"_s, path} + arguments);
}

QString AppRunner::waitFor(const QString &prefix, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    // Only whole lines count: a long line may arrive in pieces.
    const auto completeLine = [&]() -> QString {
        const QStringList lines = m_output.split(u'\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            if (lines[i].startsWith(prefix))
                return lines[i];
        }
        return {};
    };
    while (!deadline.hasExpired()) {
        m_output += QString::fromUtf8(m_process->readAllStandardOutput());
        if (const QString line = completeLine(); !line.isEmpty())
            return line;
        if (m_process->state() == QProcess::NotRunning)
            break;
        m_process->waitForReadyRead(200);
    }
    m_output += QString::fromUtf8(m_process->readAllStandardOutput());
    return completeLine();
}

bool AppRunner::waitForExit(int timeoutMs)
{
    const bool done = m_process->waitForFinished(timeoutMs);
    m_output += QString::fromUtf8(m_process->readAllStandardOutput());
    return done && m_process->exitStatus() == QProcess::NormalExit;
}

void AppRunner::killHard()
{
    m_process->kill(); // SIGKILL: no chance to clean up, like a crash or power cut
    m_process->waitForFinished();
}

QJsonObject AppRunner::state()
{
    const QString line = waitFor(u"state "_s);
    return QJsonDocument::fromJson(line.mid(6).toUtf8()).object();
}
