#include "clicontext.h"
#include "exportjobs.h"
#include "exportrecorder.h"
#include "pagebudget.h"
#include "pagedrenderer.h"
#include "pdfexporter.h"
#include "translationstatus.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

// The CLI never asks: what the window would ask about goes to stderr.
// A page target saved in the handout file is the counselor's wish, not a
// limit: the PDF is written and the warning says what could go. --max-pages
// is the limit that refuses.
void warnOverTarget(CliContext &cli, const HandoutJob &job, const PagedRenderer &renderer)
{
    const int target = job.page.pageTarget;
    if (target <= 0 || renderer.pageCount() <= target)
        return;
    const PageBudget budget = PageBudget::assess(PageMeasure::of(renderer), target, job.content);
    cli.err() << "handout-cli: warning: " << job.prefix() << "the handout runs to " << renderer.pageCount()
              << " pages, over its page target of " << target;
    if (!budget.suggestions.isEmpty())
        cli.err() << "; sections without a risk or supervision passage, costliest first: "
                  << budget.suggestions.join(u", "_s);
    cli.err() << "\n";
    cli.err().flush();
}

void warn(CliContext &cli, const HandoutJob &job, const SafetyReport &report)
{
    for (const QString &warning : job.warnings)
        cli.err() << "handout-cli: warning: " << job.prefix() << warning << "\n";
    // A saved handout can hold the clinician's removals and edits; one built
    // from the source with options cannot, and stays quiet as before.
    if (!job.handoutPath.isEmpty()) {
        for (const SafetyFinding &f : report.findings)
            cli.err() << "handout-cli: warning: " << job.prefix() << HandoutJob::findingText(f) << "\n";
        for (const AcknowledgedFinding &a : report.acknowledged)
            cli.err() << "handout-cli: note: " << job.prefix() << HandoutJob::acknowledgedText(a) << "\n";
    }
    cli.err().flush();
}

} // namespace

int CliCommands::exportHandouts(CliContext &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Export handouts to PDF. Quiet on success. With --handout FILE, the handout saved from Handout Composer, "
        "as saved (the options given change it), and the safety review's findings as warnings on stderr; "
        "--template NAME does the same with a saved template. With --batch "
        "FILE, each non-empty line of FILE holds the options of one handout (quoted "
        "as in a shell); with --names FILE, the same handout is made for each name of FILE. Either way every "
        "handout and output is checked before any file is written, and start-up is paid once."_s);
    parser.addOptions(CliContext::contentOptions());
    parser.addOptions(ExportJobs::options());
    parser.addOption(QCommandLineOption(u"batch"_s, u"Export every handout described in <file>."_s, u"file"_s));
    parser.addOption(QCommandLineOption(
        u"names"_s,
        u"A group: one handout per line of <file> (a person's name, printed as the patient), written to "
        "--out-pattern."_s,
        u"file"_s));
    parser.addOption(QCommandLineOption(
        u"out-pattern"_s,
        u"With --names: where each PDF goes, {name} standing for the name made safe for a file name, e.g. "
        "'handout-{name}.pdf'."_s,
        u"pattern"_s));
    parser.addOption(QCommandLineOption(
        u"max-pages"_s,
        u"Refuse any handout that runs to more than <n> pages: exit 1, naming its page count, and write nothing."_s,
        u"n"_s));
    parser.addOption(CliContext::jsonOption());
    parser.addOptions(ExportRecorder::commandOptions());
    if (const int code = cli.parse(
            parser, arguments, u"export"_s,
            u"(--sections ID,ID,... | --preset ID | --handout FILE | --template NAME) (--out FILE.pdf | --names FILE "
            "--out-pattern PATTERN) [options] | --batch FILE"_s);
        code >= 0)
        return code;

    int maxPages = 0;
    if (parser.isSet(u"max-pages"_s)) {
        bool ok = false;
        maxPages = parser.value(u"max-pages"_s).toInt(&ok);
        if (!ok || maxPages < 1 || maxPages > PageBudget::MaxTarget)
            return cli.usage(u"export: --max-pages must be a whole number from 1 to %1"_s.arg(PageBudget::MaxTarget));
    }

    if (parser.isSet(u"names"_s) != parser.isSet(u"out-pattern"_s))
        return cli.usage(u"export: --names and --out-pattern go together"_s);
    QList<ExportJob> jobs;
    int read = -1;
    if (parser.isSet(u"batch"_s))
        read = ExportJobs::readBatch(cli, parser.value(u"batch"_s), &jobs);
    else if (parser.isSet(u"names"_s))
        read = ExportJobs::readGroup(cli, parser, parser.value(u"names"_s), parser.value(u"out-pattern"_s), &jobs);
    else
        read = ExportJobs::readCommandLine(cli, parser, &jobs);
    if (read >= 0)
        return read;

    ExportRecorder recorder;
    QString recordProblem;
    if (!recorder.configure(parser, &recordProblem))
        return cli.usage(u"export: "_s + recordProblem);
    for (const ExportJob &job : std::as_const(jobs)) {
        if (!recorder.isOn() && !job.patientRef.isEmpty())
            return cli.usage((job.where().isEmpty() ? u"export"_s : job.where())
                             + u": --patient-ref is for --record"_s);
    }

    int code = CliContext::Success;
    const Article *article = cli.chooseArticle(parser, &code);
    if (!article)
        return code;
    // Every line is checked before the first PDF is written, its output path
    // included: a typo on line 40 of a batch must not leave 39 handouts behind
    // and the rest missing.
    const bool packChosen = parser.isSet(u"content"_s) || parser.isSet(u"pack"_s);
    if (const int invalid = ExportJobs::validate(cli, *article, packChosen, &jobs); invalid >= 0)
        return invalid;

    if (maxPages > 0) {
        int over = 0;
        for (const ExportJob &job : std::as_const(jobs)) {
            const HandoutJob &handout = job.handout;
            const QStringList notes
                = TranslationStatus::of(*handout.pack, handout.content).noteLines(handout.pack->article);
            const PageMeasure measure
                = PageMeasure::of(PagedRenderer(handout.pack->article, handout.content, handout.page, notes));
            if (measure.pages <= maxPages)
                continue;
            ++over;
            const PageBudget budget = PageBudget::assess(measure, maxPages, handout.content);
            QString advice;
            if (!budget.suggestions.isEmpty())
                advice = u"; sections without a risk or supervision passage, costliest first: %1"_s.arg(
                    budget.suggestions.join(u", "_s));
            if (!budget.reachable && budget.suggestions.isEmpty())
                advice = u"; every section holds a risk or supervision passage, and those are never left out for "
                         "you"_s;
            else if (!budget.reachable)
                advice += u"; even without those it would not fit (the other sections hold risk or supervision "
                          "passages, which are never left out for you)"_s;
            cli.failure(u"%1the handout runs to %2 pages, more than --max-pages %3%4"_s.arg(handout.prefix())
                            .arg(measure.pages)
                            .arg(maxPages)
                            .arg(advice));
        }
        if (over > 0)
            return cli.failure(u"nothing was written"_s);
    }

    // A handout that cannot be written does not stop the others: each failure
    // is named, and the exit code says that something failed.
    int failures = 0;
    QJsonArray exported;
    for (const ExportJob &job : std::as_const(jobs)) {
        const HandoutJob &handout = job.handout;
        const SafetyReport report = handout.review();
        warn(cli, handout, report);
        const QStringList notes
            = TranslationStatus::of(*handout.pack, handout.content).noteLines(handout.pack->article);
        const PagedRenderer renderer(handout.pack->article, handout.content, handout.page, notes);
        QString error;
        if (!PdfExporter::write(renderer, job.out, handout.content.title, &error)) {
            if (job.outHoldsName)
                error.replace(job.out, u"the PDF of this name"_s);
            cli.failure(job.where().isEmpty() ? error : job.where() + u": "_s + error);
            ++failures;
            continue;
        }
        if (recorder.isOn()
            && !recorder.record(handout.content, handout.page, handout.pack->article, job.out, job.patientRef,
                                &error)) {
            cli.failure(u"%1: the PDF was written, but the record failed: %2"_s.arg(
                job.outHoldsName ? job.where() : job.out, error));
            ++failures;
        }
        warnOverTarget(cli, handout, renderer);
        QJsonObject entry {{u"out"_s, job.out}, {u"pages"_s, renderer.pageCount()}, {u"review"_s, report.toJson()}};
        if (!handout.templateName.isEmpty())
            entry.insert(u"template"_s, handout.templateName);
        else if (!handout.handoutPath.isEmpty())
            entry.insert(u"handout"_s, handout.handoutPath);
        exported.append(entry);
    }
    if (parser.isSet(u"json"_s))
        cli.printJson(QJsonDocument(QJsonObject {{u"exported"_s, exported}}));
    return failures == 0 ? CliContext::Success : CliContext::Failure;
}
