#include "clicontext.h"
#include "languagecode.h"
#include "safeecho.h"
#include "translationfiles.h"
#include "translationlibrary.h"
#include "translationlist.h"
#include "translationrefresh.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QJsonObject countsJson(const TranslationCoverage &c)
{
    return {{u"total"_s, c.total},
            {u"reviewed"_s, c.reviewed},
            {u"draft"_s, c.draft},
            {u"stale"_s, c.stale},
            {u"missing"_s, c.missing}};
}

// The interface's own .ts files, built in as sources for this report.
TranslationCoverage interfaceCoverage(const TsCatalog &catalog)
{
    TranslationCoverage c;
    for (const TsMessage &m : catalog.messages) {
        if (m.obsolete)
            continue;
        ++c.total;
        if (m.translation.trimmed().isEmpty())
            ++c.missing;
        else if (!m.finished && !m.oldSource.isEmpty())
            ++c.stale;
        else if (m.finished)
            ++c.reviewed;
        else
            ++c.draft;
    }
    return c;
}

void printCounts(QTextStream &out, const QString &label, const TranslationCoverage &c)
{
    out << "  " << label.leftJustified(6) << QString::number(c.total).rightJustified(6)
        << QString::number(c.reviewed).rightJustified(10) << QString::number(c.draft).rightJustified(7)
        << QString::number(c.stale).rightJustified(7) << QString::number(c.missing).rightJustified(9) << "\n";
}

// --list: every text of each translation in use, with its state.
int listTexts(CliContext &cli, const QList<const Article *> &packs, const TranslationLibrary &library,
              const QString &onlyLanguage, bool json)
{
    QJsonArray lists;
    QTextStream &out = cli.out();
    bool found = false;
    for (const Article *pack : packs) {
        for (const TranslationLibrary::Entry &entry : library.entries(pack->meta.id)) {
            if (!onlyLanguage.isEmpty() && entry.language != onlyLanguage)
                continue;
            found = true;
            SourceError error;
            const std::optional<TsCatalog> catalog = TsCatalog::readFile(entry.tsPath, &error);
            const std::optional<TranslationInfo> info
                = catalog ? TranslationLibrary::readInfo(entry, &error) : std::nullopt;
            if (!info)
                return cli.failure(error.toString());
            const TranslationList list = TranslationList::of(*pack, entry, *catalog, *info);
            if (json) {
                lists.append(list.toJson());
                continue;
            }
            out << pack->meta.id << ", " << list.language
                << (list.wording == Wording::Plain ? " (plain-language wording)" : "") << ": " << list.file
                << (list.builtIn ? " (built in)" : " (user folder)") << "\n"
                << "  translator: " << (list.info.translator.isEmpty() ? u"-"_s : list.info.translator)
                << "; method: " << (list.info.method.isEmpty() ? u"-"_s : list.info.method)
                << "; reviewer: " << (list.info.reviewer.isEmpty() ? u"not reviewed"_s : list.info.reviewer) << "\n";
            for (const TranslationList::Text &t : list.texts) {
                out << "  " << t.state.leftJustified(9) << t.kind.leftJustified(14) << t.context << "/" << t.id << "\n";
                if (!t.oldSource.isEmpty())
                    out << "      was: " << t.oldSource << "\n      now: " << t.source << "\n";
            }
        }
    }
    if (!onlyLanguage.isEmpty() && !found)
        return cli.failure(u"no translation into %1"_s.arg(SafeEcho::quoted(onlyLanguage)));
    if (json)
        cli.printJson(QJsonDocument(QJsonObject {{u"translations"_s, lists}}));
    out.flush();
    return CliContext::Success;
}

// --export-xliff and --import-xliff, on the pack --content or --pack chooses.
int xliff(CliContext &cli, const QCommandLineParser &parser, const QString &action)
{
    const QString language = LanguageCode::normalised(parser.value(u"lang"_s));
    int code = CliContext::Success;
    const Article *pack = cli.chooseArticle(parser, &code);
    if (!pack)
        return code;
    if (!LanguageCode::isValid(language) || language == pack->meta.language)
        return cli.usage(u"translations: %1 is not a language code to translate the pack %2 into"_s.arg(
            SafeEcho::quoted(language), SafeEcho::quoted(pack->meta.id)));
    const QString file = parser.value(action);
    return action == u"export-xliff"_s ? TranslationFiles::exportXliff(cli, *pack, file, language)
                                       : TranslationFiles::importXliff(cli, *pack, file, language);
}

} // namespace

int CliCommands::translations(CliContext &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Report, per language, how much of the interface and of each content pack is translated: total, reviewed, "
        "draft, stale (source changed since) and missing. With --refresh FOLDER, update the content .ts files in "
        "FOLDER after the pack changed (without --pack or --content, of every installed pack with a file there): "
        "existing translations are kept, and those whose source changed are marked "
        "unfinished with the old source beside them, for review in Qt Linguist."_s);
    parser.addOptions(CliContext::contentOptions());
    parser.addOption(CliContext::jsonOption());
    parser.addOption({u"refresh"_s,
                      u"Update the .ts files in <folder>: the named pack's, else every installed pack's."_s,
                      u"folder"_s});
    parser.addOption({u"list"_s,
                      u"List every text of each translation in use: its id, kind and state (reviewed, "
                      "draft, stale with its old and new source, or missing), and the file it comes from."_s});
    parser.addOption({u"lang"_s,
                      u"With --list or --export-ts: only the translation into <code>; with --export-xliff or "
                      "--import-xliff: the language of the file."_s,
                      u"code"_s});
    parser.addOption({u"export-ts"_s,
                      u"Write the built-in .ts and .info files into <folder> (plain wordings into <folder>/plain), "
                      "to start a translation from; files already there are never overwritten."_s,
                      u"folder"_s});
    parser.addOption({u"export-xliff"_s,
                      u"Write the translation into --lang as XLIFF 1.2 <file>, each text's state in the standard's "
                      "words (final, translated, needs-review-translation, needs-translation)."_s,
                      u"file"_s});
    parser.addOption({u"import-xliff"_s,
                      u"Read an XLIFF 1.2 <file> translated into --lang (an agency's, or lconvert's) into the "
                      "user's content folder, keeping its states: final and signed-off are reviewed, translated "
                      "and needs-review-* are drafts."_s,
                      u"file"_s});
    parser.addOption(
        {u"add-language"_s, u"With --refresh: start a translation into <code> (es, fr, ...)."_s, u"code"_s});
    if (const int code = cli.parse(
            parser, arguments, u"translations"_s,
            u"[--json] [--content FILE | --pack ID] [--list [--lang CODE] | --refresh FOLDER [--add-language CODE] | "
            "--export-ts FOLDER [--lang CODE] | --export-xliff FILE --lang CODE | --import-xliff FILE --lang CODE]"_s);
        code >= 0)
        return code;
    if (parser.isSet(u"add-language"_s) && !parser.isSet(u"refresh"_s))
        return cli.usage(u"translations: --add-language needs --refresh FOLDER"_s);
    const QStringList actions {u"list"_s, u"refresh"_s, u"export-ts"_s, u"export-xliff"_s, u"import-xliff"_s};
    QStringList chosen;
    for (const QString &action : actions) {
        if (parser.isSet(action))
            chosen << u"--"_s + action;
    }
    if (chosen.size() > 1)
        return cli.usage(u"translations: choose one of %1"_s.arg(chosen.join(u", "_s)));
    const QString action = chosen.isEmpty() ? QString() : chosen.first().mid(2);
    if (parser.isSet(u"lang"_s) && (action.isEmpty() || action == u"refresh"_s))
        return cli.usage(u"translations: --lang needs --list, --export-ts, --export-xliff or --import-xliff"_s);
    if (action.endsWith(u"-xliff"_s)) {
        if (!parser.isSet(u"lang"_s))
            return cli.usage(u"translations: --%1 needs --lang CODE"_s.arg(action));
        return xliff(cli, parser, action);
    }
    if (action == u"export-ts"_s) {
        const QString language = LanguageCode::normalised(parser.value(u"lang"_s));
        return TranslationFiles::exportTs(cli, parser.value(action), language);
    }

    if (parser.isSet(u"refresh"_s))
        return TranslationRefresh::run(cli, parser);

    int code = CliContext::Success;
    const Article *only = nullptr;
    if (parser.isSet(u"content"_s) || parser.isSet(u"pack"_s)) {
        only = cli.chooseArticle(parser, &code);
        if (!only)
            return code;
    }
    QList<const Article *> packs;
    if (only) {
        packs << only;
    } else {
        const Article *first = cli.chooseArticle(parser, &code);
        if (!first)
            return code;
        for (const Article &a : cli.library().packs())
            packs << &a;
    }
    TranslationLibrary library;
    library.scan(ContentLibrary::userFolder());
    if (parser.isSet(u"list"_s))
        return listTexts(cli, packs, library, LanguageCode::normalised(parser.value(u"lang"_s)),
                         parser.isSet(u"json"_s));

    QJsonObject interfaceJson;
    QJsonObject contentJson;
    QTextStream &out = cli.out();
    const bool json = parser.isSet(u"json"_s);
    if (!json)
        out << "Interface\n  lang   total  reviewed  draft  stale  missing\n";
    const QDir ui(u":/ui-translations"_s);
    for (const QString &file : ui.entryList({u"handout_*.ts"_s}, QDir::Files, QDir::Name)) {
        const QString language = file.mid(8).chopped(3);
        if (language == "en"_L1)
            continue; // English is the source language; its file holds plural forms only
        SourceError error;
        const std::optional<TsCatalog> catalog
            = TsCatalog::readFile(ui.filePath(file), &error, TsCatalog::Kind::Interface);
        if (!catalog)
            return cli.failure(error.toString());
        const TranslationCoverage c = interfaceCoverage(*catalog);
        interfaceJson.insert(language, countsJson(c));
        if (!json)
            printCounts(out, language, c);
    }
    for (const Article *pack : std::as_const(packs)) {
        QJsonObject languages;
        if (!json)
            out << "\nContent pack " << pack->meta.id << " (version " << pack->meta.version
                << (ContentLibrary::isBuiltin(*pack) ? u""_s : u", "_s + pack->sourceFile) << ")\n"
                << "  lang   total  reviewed  draft  stale  missing  translator, method, reviewer\n";
        for (const QString &language : library.languages(*pack)) {
            SourceError error;
            const std::optional<TranslatedPack> translated = library.translate(*pack, language, &error);
            if (!translated)
                return cli.failure(error.toString());
            QJsonObject entry = countsJson(translated->coverage);
            entry.insert(u"original"_s, language == pack->meta.language);
            entry.insert(u"translator"_s, translated->info.translator);
            entry.insert(u"method"_s, translated->info.method);
            entry.insert(u"reviewer"_s, translated->info.reviewer);
            entry.insert(u"reviewed_on"_s, translated->info.reviewed.toString(Qt::ISODate));
            languages.insert(language, entry);
            if (!json) {
                printCounts(out, language, translated->coverage);
                if (language != pack->meta.language) {
                    out << "         " << (translated->info.translator.isEmpty() ? u"-"_s : translated->info.translator)
                        << ", " << (translated->info.method.isEmpty() ? u"-"_s : translated->info.method) << ", "
                        << (translated->info.reviewer.isEmpty() ? u"not reviewed"_s : translated->info.reviewer)
                        << "\n";
                }
            }
        }
        contentJson.insert(pack->meta.id, languages);
    }
    if (json)
        cli.printJson(QJsonDocument(QJsonObject {{u"interface"_s, interfaceJson}, {u"content"_s, contentJson}}));
    out.flush();
    return CliContext::Success;
}
