// The baseline for start-up time: a bare Qt window (one QTextEdit) holding the
// same text as the composer, that quits right after its first paint.
//
//   bench-bare-window TEXT-FILE

#include "firstpaint.h"

#include <QApplication>
#include <QFile>
#include <QTextEdit>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fputs("usage: bench-bare-window TEXT-FILE\n", stderr);
        return 2;
    }
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench-bare-window: %s\n", qPrintable(file.errorString()));
        return 1;
    }
    FirstPaintExit exitAfterFirstPaint;
    app.installEventFilter(&exitAfterFirstPaint);
    QTextEdit edit;
    edit.setWindowTitle(u"Bare window"_s);
    edit.setPlainText(QString::fromUtf8(file.readAll()));
    edit.resize(1280, 820); // the composer's default size
    edit.show();
    return app.exec();
}
