#include "clicontext.h"
#include "safetyreview.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

int CliCommands::check(CliContext &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Print the safety review of a handout: its risk and supervision passages, whether the safety summary is "
        "there, and what needs the clinician's attention."_s);
    parser.addOptions(CliContext::contentOptions());
    parser.addOptions(CliContext::selectionOptions());
    parser.addOption(CliContext::jsonOption());
    if (const int code = cli.parse(parser, arguments, u"check"_s,
                                   u"(--sections ID,ID,... | --preset ID) [--lang CODE] [--json] [--content FILE]"_s);
        code >= 0)
        return code;
    HandoutRequest request;
    int code = CliContext::Success;
    if (!cli.readSelection(parser, &request, &code))
        return code;
    const Article *article = cli.chooseArticle(parser, &code);
    if (!article)
        return code;
    const TranslatedPack *pack = cli.translate(*article, parser.value(u"lang"_s), &code);
    if (!pack)
        return code;
    HandoutRequest::Resolved resolved;
    if (!cli.resolve(pack->article, request, &resolved, &code))
        return code;

    const HandoutContent content = request.compose(pack->article, resolved);
    const TranslationStatus translation = TranslationStatus::of(*pack, content);
    const SafetyReport report = SafetyReview::review(pack->article, content, &translation);
    if (parser.isSet(u"json"_s)) {
        cli.printJson(QJsonDocument(report.toJson()));
        return CliContext::Success;
    }
    QTextStream &out = cli.out();
    out << "Handout: " << resolved.title << "\n"
        << "Sections (" << report.selectedSections.size() << "): " << report.selectedSections.join(u", "_s) << "\n"
        << "Risk passages (" << report.riskPassages.size() << "): " << report.riskPassages.join(u", "_s) << "\n"
        << "Supervision passages (" << report.supervisionPassages.size()
        << "): " << report.supervisionPassages.join(u", "_s) << "\n"
        << "Safety and supervision summary: " << (report.summaryPresent ? "present" : "missing") << "\n"
        << "Language: " << report.language;
    if (!translation.original)
        out << " (" << report.draftTranslations.size() << " draft, " << report.fallbackTranslations.size()
            << " in the source language)";
    out << "\n";
    if (report.isClean()) {
        out << "Findings: none\n";
    } else {
        out << "Findings (" << report.findings.size() << "):\n";
        for (const SafetyFinding &f : report.findings)
            out << "  - " << f.message << "\n";
    }
    out.flush();
    return CliContext::Success;
}
