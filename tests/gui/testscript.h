#pragma once

#include <QObject>
#include <QStringList>

class MainWindow;

// Drives the real window from a script, for the end-to-end tests that start
// the real program (crash recovery, the Xvfb run). It only runs when both the
// hidden --test-script option is given and HANDOUT_COMPOSER_TESTING=1 is set,
// so no user reaches it by accident. Each command prints "ok <command>" (or
// "error <command>: why") on stdout, so a test can follow along.
//
// Commands, one per line: preset ID | sections ID,ID,... | patient TEXT |
// type PASSAGE-ID TEXT | answer yes|no|cancel|discard|ok | export PATH |
// save PATH | autosave | recover | grab PATH | wait MS | state | quit
class TestScript : public QObject
{
    Q_OBJECT

public:
    TestScript(MainWindow *window, const QStringList &lines);
    static bool enabled();
    void start();

private:
    void next();
    bool run(const QString &command, const QString &argument, QString *error);

    MainWindow *m_window;
    QStringList m_lines;
    int m_index = 0;
};
