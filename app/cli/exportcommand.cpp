#include "clicontext.h"
#include "clock.h"
#include "dateformat.h"
#include "exportjobs.h"
#include "exportrecorder.h"
#include "pagebudget.h"
#include "pagedrenderer.h"
#include "pdfexporter.h"
#include "translationstatus.h"

#include <QDate>

using namespace Qt::StringLiterals;

int CliCommands::exportHandouts(CliContext &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Export handouts to PDF. Quiet on success. With --batch FILE, each non-empty line of FILE holds the options "
        "of one handout (quoted as in a shell); every line is checked before any file is written, and start-up is "
        "paid once."_s);
    parser.addOptions(CliContext::contentOptions());
    parser.addOptions(ExportJobs::options());
    parser.addOption(QCommandLineOption(u"batch"_s, u"Export every handout described in <file>."_s, u"file"_s));
    parser.addOption(QCommandLineOption(
        u"max-pages"_s,
        u"Refuse any handout that runs to more than <n> pages: exit 1, naming its page count, and write nothing."_s,
        u"n"_s));
    parser.addOptions(ExportRecorder::commandOptions());
    if (const int code = cli.parse(parser, arguments, u"export"_s,
                                   u"(--sections ID,ID,... | --preset ID) --out FILE.pdf [options] | --batch FILE"_s);
        code >= 0)
        return code;

    int maxPages = 0;
    if (parser.isSet(u"max-pages"_s)) {
        bool ok = false;
        maxPages = parser.value(u"max-pages"_s).toInt(&ok);
        if (!ok || maxPages < 1 || maxPages > PageBudget::MaxTarget)
            return cli.usage(u"export: --max-pages must be a whole number from 1 to %1"_s.arg(PageBudget::MaxTarget));
    }

    QList<ExportJob> jobs;
    const int read = parser.isSet(u"batch"_s) ? ExportJobs::readBatch(cli, parser.value(u"batch"_s), &jobs)
                                              : ExportJobs::readCommandLine(cli, parser, &jobs);
    if (read >= 0)
        return read;

    ExportRecorder recorder;
    QString recordProblem;
    if (!recorder.configure(parser, &recordProblem))
        return cli.usage(u"export: "_s + recordProblem);
    for (const ExportJob &job : std::as_const(jobs)) {
        if (!recorder.isOn() && !job.patientRef.isEmpty())
            return cli.usage((job.where.isEmpty() ? u"export"_s : job.where) + u": --patient-ref is for --record"_s);
    }

    int code = CliContext::Success;
    const Article *article = cli.chooseArticle(parser, &code);
    if (!article)
        return code;
    // Every line is checked before the first PDF is written, its output path
    // included: a typo on line 40 of a batch must not leave 39 handouts behind
    // and the rest missing.
    if (const int invalid = ExportJobs::validate(cli, *article, &jobs); invalid >= 0)
        return invalid;

    // What export prints for a job: its content, measured once when a page
    // limit is set, laid out again to write.
    const auto contentOf = [&](const ExportJob &job, const TranslatedPack *pack) {
        HandoutContent content = job.request.compose(pack->article, job.resolved);
        if (content.person.date.isEmpty())
            content.person.date = DateFormat::longDate(Clock::today(), QLocale(pack->language));
        return content;
    };
    if (maxPages > 0) {
        int over = 0;
        for (const ExportJob &job : std::as_const(jobs)) {
            const TranslatedPack *pack = cli.translate(*article, job.language, &code);
            const HandoutContent content = contentOf(job, pack);
            const QStringList notes = TranslationStatus::of(*pack, content).noteLines(pack->article);
            const PageMeasure measure = PageMeasure::of(PagedRenderer(pack->article, content, job.page, notes));
            if (measure.pages <= maxPages)
                continue;
            ++over;
            const PageBudget budget = PageBudget::assess(measure, maxPages, content);
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
            cli.failure(u"%1the handout runs to %2 pages, more than --max-pages %3%4"_s
                            .arg(job.where.isEmpty() ? QString() : job.where + u": "_s)
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
    for (const ExportJob &job : std::as_const(jobs)) {
        const TranslatedPack *pack = cli.translate(*article, job.language, &code);
        const HandoutContent content = contentOf(job, pack);
        const QStringList notes = TranslationStatus::of(*pack, content).noteLines(pack->article);
        const PagedRenderer renderer(pack->article, content, job.page, notes);
        QString error;
        if (!PdfExporter::write(renderer, job.out, content.title, &error)) {
            cli.failure(job.where.isEmpty() ? error : job.where + u": "_s + error);
            ++failures;
        } else if (recorder.isOn()
                   && !recorder.record(content, job.page, pack->article, job.out, job.patientRef, &error)) {
            cli.failure(u"%1: the PDF was written, but the record failed: %2"_s.arg(job.out, error));
            ++failures;
        }
    }
    return failures == 0 ? CliContext::Success : CliContext::Failure;
}
