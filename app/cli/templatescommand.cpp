#include "clicontext.h"
#include "templatelibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QJsonObject templateJson(const TemplateEntry &entry)
{
    const HandoutContent &c = entry.data.content;
    return {
        {u"name"_s, entry.name},
        {u"file"_s, entry.path},
        {u"title"_s, c.title},
        {u"pack"_s, c.packId},
        {u"language"_s, c.language},
        {u"sections"_s, QJsonArray::fromStringList(c.sectionIds())},
        {u"page"_s,
         QJsonObject {
             {u"size"_s, PageOptions::pageSizeName(entry.data.page.pageSize)},
             {u"large_print"_s, entry.data.page.largePrint},
         }},
    };
}

} // namespace

int CliCommands::templates(CliContext &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"List the saved templates by name (the names 'export --template' takes), with the handout title, "
        "sections and page of each. Templates are saved from the window, into "_s
        + TemplateLibrary::defaultFolder() + u"."_s);
    parser.addOption(CliContext::jsonOption());
    if (const int code = cli.parse(parser, arguments, u"templates"_s, u"[--json]"_s); code >= 0)
        return code;
    const TemplateLibrary library;
    QList<SourceError> problems;
    const QList<TemplateEntry> entries = library.entries(&problems);
    // A broken file in the folder must not go unnoticed, nor stop the list.
    for (const SourceError &e : std::as_const(problems))
        cli.err() << "handout-cli: warning: skipped " << e.toString() << "\n";
    cli.err().flush();
    if (parser.isSet(u"json"_s)) {
        QJsonArray list;
        for (const TemplateEntry &entry : entries)
            list.append(templateJson(entry));
        cli.printJson(QJsonDocument(list));
        return CliContext::Success;
    }
    QTextStream &out = cli.out();
    if (entries.isEmpty())
        out << "No templates in " << library.folder() << "\n";
    for (const TemplateEntry &entry : entries) {
        const HandoutContent &c = entry.data.content;
        out << entry.name << "\n"
            << "    title: " << c.title << "\n"
            << "    sections: " << c.sectionIds().join(u", "_s) << "\n"
            << "    page: " << PageOptions::pageSizeName(entry.data.page.pageSize)
            << (entry.data.page.largePrint ? ", large print" : "") << "\n"
            << "    file: " << entry.path << "\n";
    }
    out.flush();
    return CliContext::Success;
}
