#include "appinfo.h"
#include "bundledfonts.h"
#include "contentlibrary.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "messageprompt.h"

#include "filecommands.h"
#include "sectionpanel.h"
#ifdef HANDOUT_TEST_SCRIPT
#include "testscript.h"
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QStatusBar>

namespace {

// The window's command line, made the same way for --help without a display
// and for a normal start.
struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption preset {QStringLiteral("preset"), QObject::tr("Start with the sections of an audience preset."),
                               QStringLiteral("id")};
    QCommandLineOption language {QStringLiteral("ui-language"),
                                 QObject::tr("Use this interface language (en, es, fr, de, ar)."),
                                 QStringLiteral("code")};
#ifdef HANDOUT_TEST_SCRIPT
    // Only in handout-composer-scripted, the build of this file that the
    // end-to-end tests start (tests/gui/CMakeLists.txt): the program users run
    // has no test driver in it.
    QCommandLineOption script {QStringLiteral("test-script"), QStringLiteral("Test only."), QStringLiteral("file")};
#endif

    CommandLine()
    {
        parser.setApplicationDescription(QObject::tr("Compose patient handouts from vetted source articles."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(preset);
        parser.addOption(language);
        parser.addPositionalArgument(
            QStringLiteral("files"),
            QObject::tr("Handout files to open. A window holds one handout: only the first file opens."),
            QStringLiteral("[files...]"));
#ifdef HANDOUT_TEST_SCRIPT
        script.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(script);
#endif
    }
};

// --help and --version only print: they are answered before anything touches
// a window system, so they work with no display at all (over SSH, and for
// help2man during the build). QApplication would abort without one.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            return false;
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication core(argc, argv);
        AppInfo::apply();
        CommandLine commandLine;
        // Prints and exits; returns only when "--help" was an option's value
        // (--preset --help), and then the normal start reports the problem.
        commandLine.parser.process(core);
    }
    QApplication app(argc, argv);
    AppInfo::apply();
    QApplication::setApplicationDisplayName(QObject::tr("Handout Composer"));
    QApplication::setDesktopFileName(QStringLiteral(HANDOUT_APP_ID_STRING));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.example.HandoutComposer.svg")));
    BundledFonts::registerAll();

    CommandLine commandLine;
    const QCommandLineParser &parser = commandLine.parser;
    const QCommandLineOption &presetOption = commandLine.preset;
    const QCommandLineOption &languageOption = commandLine.language;
#ifdef HANDOUT_TEST_SCRIPT
    const QCommandLineOption &scriptOption = commandLine.script;
#endif
    commandLine.parser.process(app);

    LanguageManager languages;
    if (parser.isSet(languageOption)) {
        if (!languages.setLanguage(parser.value(languageOption), false)) {
            fprintf(stderr, "handout-composer: unknown interface language '%s'\n",
                    qPrintable(parser.value(languageOption)));
            return 2;
        }
    } else {
        languages.setLanguage(LanguageManager::preferred(), false);
    }

    ContentLibrary library;
    if (!library.load()) {
        MessagePrompt::inform(
            nullptr, QMessageBox::Critical, QObject::tr("Handout Composer"),
            QObject::tr("The built-in content could not be loaded:\n%1").arg(library.problems().value(0).toString()));
        return 1;
    }
    const QString presetId = parser.value(presetOption);
    if (parser.isSet(presetOption) && !library.defaultPack().preset(presetId)) {
        fprintf(stderr, "handout-composer: unknown preset '%s' (handout-cli presets lists them)\n",
                qPrintable(presetId));
        return 2;
    }
    MainWindow window(library, &languages, presetId);
    window.show();
    // Files named on the command line (the desktop file's %F, a double click
    // in a file manager): a window holds one handout, so the first opens and
    // the status bar says the others did not.
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        window.files()->openPath(QFileInfo(files.first()).absoluteFilePath());
        if (files.size() > 1)
            window.statusBar()->showMessage(
                QObject::tr("Only the first file named was opened: a window holds one handout."));
    }
#ifdef HANDOUT_TEST_SCRIPT
    if (parser.isSet(scriptOption) && TestScript::enabled()) {
        QFile script(parser.value(scriptOption));
        if (!script.open(QIODevice::ReadOnly | QIODevice::Text)) {
            fprintf(stderr, "handout-composer: cannot read the test script\n");
            return 2;
        }
        (new TestScript(&window, QString::fromUtf8(script.readAll()).split(u'\n')))->start();
    } else
#endif
        if (files.isEmpty()) {
        // A scripted run chooses for itself whether to recover (its "recover"
        // command): the offer's question would only stand in its way. A file
        // named on the command line is what was asked for: the autosave offer
        // waits for the next start without one.
        window.files()->offerRecovery();
    }
    // Once the window is up, so the notice has a parent and the clinician
    // learns what is missing from the composer they are about to use.
    if (!library.problems().isEmpty()) {
        QStringList lines;
        for (const SourceError &e : library.problems())
            lines << e.toString();
        MessagePrompt::inform(
            &window, QMessageBox::Warning, QObject::tr("Content packs skipped"),
            QObject::tr("These content packs were not loaded, and are not used:\n\n%1").arg(lines.join(u'\n')));
    }
    return app.exec();
}
