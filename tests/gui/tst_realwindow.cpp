#include "apprunner.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;

// The real program in a real X server (Xvfb, started by CTest through
// xvfb-run): the xcb platform plugin and system font configuration, which the
// offscreen tests never touch. A preset is applied and a PDF exported through
// the window's own action while a screenshot of the screen is taken.
class TestRealWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowAppearsAndExports();
    void opensTheFileNamedOnTheCommandLine();
    void opensOnlyTheFirstOfSeveralFiles();
};

void TestRealWindow::windowAppearsAndExports()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        QSKIP("needs an X server: CTest runs this test through xvfb-run");
    QTemporaryDir home;
    QTemporaryDir out;
    const QString pdf = out.filePath(u"handout.pdf"_s);
    const QString grab = out.filePath(u"window.png"_s);
    const QString screen = out.filePath(u"screen.png"_s);
    qputenv("QT_QPA_PLATFORM", "xcb");
    AppRunner app(home.path());
    app.start({u"preset in-recovery"_s, u"patient Test Patient"_s, u"wait 2500"_s, u"answer yes"_s, u"export "_s + pdf,
               u"grab "_s + grab, u"answer discard"_s, u"quit"_s});
    QVERIFY2(!app.waitFor(u"ok wait"_s).isEmpty(),
             qPrintable(app.output() + QString::fromUtf8(app.process().readAllStandardError())));
    QTest::qWait(1200); // let the window map and paint
    QCOMPARE(QProcess::execute(u"import"_s, {u"-window"_s, u"root"_s, screen}), 0);
    QVERIFY2(!app.waitFor(u"ok export"_s).isEmpty(), qPrintable(app.output()));
    QVERIFY(!app.waitFor(u"ok grab"_s).isEmpty());
    QVERIFY(app.waitForExit());
    QCOMPARE(app.process().exitCode(), 0);

    // The screen shows a window: many colours where an empty Xvfb screen is black.
    const QImage shot(screen);
    QVERIFY(!shot.isNull());
    QSet<QRgb> colours;
    for (int y = 0; y < shot.height(); y += 4) {
        for (int x = 0; x < shot.width(); x += 4)
            colours.insert(shot.pixel(x, y));
    }
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
    const QImage window(grab);
    QVERIFY(window.width() >= 800 && window.height() >= 500);

    QProcess info;
    info.start(u"pdfinfo"_s, {pdf});
    QVERIFY(info.waitForFinished());
    const QString text = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(text.contains(u"Title:           Ketamine and recovery from substance use"_s), qPrintable(text));
    const int pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(text).captured(1).toInt();
    QVERIFY(pages >= 3);
    // Keep the pictures for a person to look at.
    const QString keep = qEnvironmentVariable("HANDOUT_SCREENSHOT_DIR");
    if (!keep.isEmpty()) {
        QFile::copy(screen, keep + u"/xvfb-screen.png"_s);
        QFile::copy(pdf, keep + u"/xvfb-handout.pdf"_s);
    }
}

// The desktop file starts "handout-composer %F": a file named on the command
// line opens in the window (its path, its title), unmodified, and no autosave
// offer stands in front of it.
void TestRealWindow::opensTheFileNamedOnTheCommandLine()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        QSKIP("needs an X server: CTest runs this test through xvfb-run");
    QTemporaryDir home;
    QTemporaryDir files;
    const QString file = files.filePath(u"visit one.handout"_s);
    QVERIFY(QFile::copy(QStringLiteral(HANDOUT_TEST_DATA "/handouts/recovery-edited.handout"), file));
    qputenv("QT_QPA_PLATFORM", "xcb");
    AppRunner app(home.path());
    app.start({u"state"_s, u"quit"_s}, {file});
    const QJsonObject state = app.state();
    QVERIFY2(!state.isEmpty(), qPrintable(app.output() + QString::fromUtf8(app.process().readAllStandardError())));
    QCOMPARE(state.value(u"path"_s).toString(), file);
    QVERIFY2(state.value(u"title"_s).toString().startsWith(u"visit one"_s),
             qPrintable(state.value(u"title"_s).toString()));
    QCOMPARE(state.value(u"modified"_s).toBool(), false);
    QVERIFY(!state.value(u"sections"_s).toArray().isEmpty());
    QVERIFY(state.value(u"status"_s).toString().isEmpty());
    QVERIFY(app.waitForExit());
    QCOMPARE(app.process().exitCode(), 0);
}

// Several files: the first opens, and the status bar says the rest did not.
void TestRealWindow::opensOnlyTheFirstOfSeveralFiles()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        QSKIP("needs an X server: CTest runs this test through xvfb-run");
    QTemporaryDir home;
    QTemporaryDir files;
    const QString first = files.filePath(u"first.handout"_s);
    const QString second = files.filePath(u"second.handout"_s);
    QVERIFY(QFile::copy(QStringLiteral(HANDOUT_TEST_DATA "/handouts/recovery-edited.handout"), first));
    QVERIFY(QFile::copy(QStringLiteral(HANDOUT_TEST_DATA "/handouts/recovery-edited.handout"), second));
    qputenv("QT_QPA_PLATFORM", "xcb");
    AppRunner app(home.path());
    app.start({u"state"_s, u"quit"_s}, {first, second});
    const QJsonObject state = app.state();
    QVERIFY2(!state.isEmpty(), qPrintable(app.output() + QString::fromUtf8(app.process().readAllStandardError())));
    QCOMPARE(state.value(u"path"_s).toString(), first);
    QVERIFY2(state.value(u"status"_s).toString().contains(u"first file"_s),
             qPrintable(state.value(u"status"_s).toString()));
    QVERIFY(app.waitForExit());
}

QTEST_GUILESS_MAIN(TestRealWindow)
#include "tst_realwindow.moc"
