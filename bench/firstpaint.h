#pragma once

#include <QEvent>
#include <QGuiApplication>
#include <QObject>
#include <QPixmap>
#include <QScreen>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

// Ends the process right after the first frame of a window has been painted
// and handed to the window system. Installed as an application event filter:
// on the first paint event a zero timer is queued, which runs once that paint
// and its flush are done; it waits for the window system to have taken the
// frame (QGuiApplication::sync, a round trip to the X server), prints
// "first-paint" on stderr and exits at once, without tearing the program down.
// With BENCH_FIRST_PAINT_SCREENSHOT=FILE.png it first saves what the screen
// shows, to check that the frame really reached the window system.
// bench-bare-window uses it directly; the startup probe plugin puts it into an
// unmodified program (docs/performance.md).
class FirstPaintExit : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType()) {
            m_seen = true;
            QTimer::singleShot(0, this, [] {
                QGuiApplication::sync();
                // To check the method: what the X server shows at that moment.
                const QString shot = qEnvironmentVariable("BENCH_FIRST_PAINT_SCREENSHOT");
                if (!shot.isEmpty())
                    QGuiApplication::primaryScreen()->grabWindow(0).save(shot);
                std::fputs("first-paint\n", stderr);
                std::fflush(stderr);
                std::_Exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};
