#include "articlejson.h"
#include "clicontext.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

int CliCommands::sections(CliContext &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"List the sections of a content pack as a tree: id, title and tags."_s);
    parser.addOptions(CliContext::contentOptions());
    parser.addOption(CliContext::jsonOption());
    if (const int code = cli.parse(parser, arguments, u"sections"_s, u"[--json] [--content FILE | --pack ID]"_s);
        code >= 0)
        return code;
    int code = CliContext::Success;
    const Article *article = cli.chooseArticle(parser, &code);
    if (!article)
        return code;

    if (parser.isSet(u"json"_s)) {
        cli.printJson(QJsonDocument(ArticleJson::sections(*article)));
        return CliContext::Success;
    }
    QTextStream &out = cli.out();
    out << article->meta.title << " (" << article->meta.id << ", version " << article->meta.version << ")\n";
    for (const Section &s : article->sections) {
        out << QString(qsizetype(2) * s.level, u' ') << s.id << "  " << s.title;
        const QStringList tags = PassageTagNames::names(s.tags());
        if (!tags.isEmpty())
            out << "  [" << tags.join(u", "_s) << "]";
        out << "\n";
    }
    out.flush();
    return CliContext::Success;
}

int CliCommands::presets(CliContext &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"List the audience presets of a content pack."_s);
    parser.addOptions(CliContext::contentOptions());
    parser.addOption(CliContext::jsonOption());
    if (const int code = cli.parse(parser, arguments, u"presets"_s, u"[--json] [--content FILE | --pack ID]"_s);
        code >= 0)
        return code;
    int code = CliContext::Success;
    const Article *article = cli.chooseArticle(parser, &code);
    if (!article)
        return code;
    if (parser.isSet(u"json"_s)) {
        cli.printJson(QJsonDocument(ArticleJson::presets(*article)));
        return CliContext::Success;
    }
    QTextStream &out = cli.out();
    for (const Preset &p : article->presets) {
        out << p.id << "  " << p.title << "\n"
            << "    for: " << p.audience << "\n"
            << "    sections: " << p.sectionIds.join(u", "_s) << "\n";
    }
    out.flush();
    return CliContext::Success;
}
