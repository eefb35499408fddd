#pragma once

#include "contentlibrary.h"
#include "handoutrequest.h"
#include "pageoptions.h"
#include "translatedpackcache.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTextStream>

class QJsonDocument;

// What every handout-cli command shares: the output streams, the options that
// choose content, and the exit codes.
class CliContext
{
public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    CliContext();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const ContentLibrary &library() const { return m_library; }

    // parser.errorText() with unknown option names passed through SafeEcho.
    static QString parseError(const QCommandLineParser &parser);
    // "2 unexpected arguments (words 8, 9 of the command line; not shown) …":
    // how many and where, never the words themselves. `parsed` is what the
    // parser was given (its first word the program); a word's number is its
    // index there plus `offset`.
    static QString unexpectedArgument(const QCommandLineParser &parser, const QStringList &parsed, int offset,
                                      const QString &counted);
    // The indexes in `parsed` of the parser's positional arguments.
    static QList<int> unexpectedPositions(const QCommandLineParser &parser, const QStringList &parsed);

    // Prints "handout-cli: <message>" and a hint; returns UsageError.
    int usage(const QString &message);
    // Prints "handout-cli: <message>"; returns Failure.
    int failure(const QString &message);
    void printJson(const QJsonDocument &doc);

    // Adds --help to the parser and parses the command's arguments. Returns -1
    // to go on, or the exit code to stop with.
    int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
              const QString &usageLine);

    // --content / --pack
    static QList<QCommandLineOption> contentOptions();
    // --sections / --preset / --title
    static QList<QCommandLineOption> selectionOptions();
    static QCommandLineOption jsonOption();
    // --page-size / --large-print
    static QList<QCommandLineOption> pageOptions();
    // --wording original|plain
    static QCommandLineOption wordingOption();

    // Loads the packs and picks the one the options ask for; nullptr (after
    // printing why) on failure, with *exitCode set.
    const Article *chooseArticle(const QCommandLineParser &parser, int *exitCode);
    // Fills the selection fields of a request; false (after printing) on a usage error.
    bool readSelection(const QCommandLineParser &parser, HandoutRequest *request, int *exitCode);
    // Reads --page-size and --large-print; false (after printing) on a usage error.
    bool readPage(const QCommandLineParser &parser, PageOptions *page, int *exitCode);
    // Resolves the request; prints every unknown id and returns false on failure.
    // `where` ("file:line") prefixes the messages of a batch line.
    bool resolve(const Article &article, const HandoutRequest &request, HandoutRequest::Resolved *resolved,
                 int *exitCode, const QString &where = QString());

    // The pack in the handout language `language` (empty: the pack's own);
    // nullptr (after printing why) with *exitCode set: 2 for a language the
    // pack has no translation into, 1 for a broken translation file.
    // With Wording::Plain, a language without a plain wording is a usage
    // error (2) naming the languages that have one.
    const TranslatedPack *translate(const Article &pack, const QString &language, int *exitCode,
                                    const QString &where = QString(), Wording wording = Wording::Original);

private:
    ContentLibrary m_library;
    TranslatedPackCache m_packs;
    QTextStream m_out;
    QTextStream m_err;
};

namespace CliCommands {
int sections(CliContext &cli, const QStringList &arguments);
int presets(CliContext &cli, const QStringList &arguments);
int check(CliContext &cli, const QStringList &arguments);
int exportHandouts(CliContext &cli, const QStringList &arguments);
int translations(CliContext &cli, const QStringList &arguments);
int history(CliContext &cli, const QStringList &arguments);
int templates(CliContext &cli, const QStringList &arguments);
} // namespace CliCommands
