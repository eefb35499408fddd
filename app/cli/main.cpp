#include "appinfo.h"
#include "clicontext.h"
#include "safeecho.h"

#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace {

const char *const Help = R"(Usage: handout-cli <command> [options]

Builds patient handouts from vetted content packs, without a display.

Commands:
  sections      List the sections of a content pack as a tree.
  presets       List the audience presets of a content pack.
  check         Print the safety review of a handout.
  export        Export handouts to PDF (one, or a batch).
  templates     List the saved templates by name.
  translations  Report translation coverage; refresh content .ts files.
  history       List the handouts recorded, or those a corrected passage affects.

Run 'handout-cli <command> --help' for a command's options.

Options:
  -h, --help        Show this help.
  -v, --version     Show the version.

Exit status: 0 success, 1 runtime failure, 2 usage error.
)";

// Qt's own start-up chatter (for example about XDG_RUNTIME_DIR) is not for
// counselors running scripts: keep stderr for handout-cli's messages.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || type == QtCriticalMsg)
        fprintf(stderr, "handout-cli: %s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    // handout-cli never opens a window: it runs from cron or SSH with no
    // display server, so it always uses the offscreen platform.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("HANDOUT_CLI_DEBUG"))
        qInstallMessageHandler(quietMessages);
    QGuiApplication app(argc, argv);
    AppInfo::apply();

    const QStringList args = QCoreApplication::arguments();
    CliContext cli;
    // Whitespace around the command word is not part of it: a line pasted
    // from a document can carry a trailing space or line end inside quotes.
    const QString command = args.value(1).trimmed();
    if (command.isEmpty())
        return cli.usage(u"no command given"_s);
    if (command == "-h"_L1 || command == "--help"_L1 || command == "help"_L1) {
        cli.out() << Help;
        return CliContext::Success;
    }
    if (command == "-v"_L1 || command == "--version"_L1) {
        cli.out() << "handout-cli " << AppInfo::version() << "\n";
        return CliContext::Success;
    }
    if (command == "sections"_L1)
        return CliCommands::sections(cli, args);
    if (command == "presets"_L1)
        return CliCommands::presets(cli, args);
    if (command == "check"_L1)
        return CliCommands::check(cli, args);
    if (command == "export"_L1)
        return CliCommands::exportHandouts(cli, args);
    if (command == "history"_L1)
        return CliCommands::history(cli, args);
    if (command == "templates"_L1)
        return CliCommands::templates(cli, args);
    if (command == "translations"_L1)
        return CliCommands::translations(cli, args);
    return cli.usage(u"unknown command %1"_s.arg(SafeEcho::quoted(command)));
}
