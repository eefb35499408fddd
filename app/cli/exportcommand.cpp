#include "argumentsplitter.h"
#include "clicontext.h"
#include "clock.h"
#include "dateformat.h"
#include "exportrecorder.h"
#include "pagedrenderer.h"
#include "pdfexporter.h"
#include "translationstatus.h"

#include <QDate>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

struct ExportJob
{
    QString where; // "" for the command line, "FILE:LINE" for a batch line
    HandoutRequest request;
    HandoutRequest::Resolved resolved;
    PageOptions page;
    QString out;
    QString language;
    QString patientRef;
};

QList<QCommandLineOption> exportOptions()
{
    QList<QCommandLineOption> options = CliContext::selectionOptions();
    options << QCommandLineOption(u"out"_s, u"Write the PDF to <file>."_s, u"file"_s)
            << QCommandLineOption(u"patient"_s, u"The patient's name, printed as typed."_s, u"name"_s)
            << QCommandLineOption(u"clinician"_s, u"The clinician's name."_s, u"name"_s)
            << QCommandLineOption(u"date"_s, u"The date printed on the handout (default: today)."_s, u"text"_s)
            << QCommandLineOption(u"next-appointment"_s, u"The next appointment."_s, u"text"_s)
            << QCommandLineOption(u"contact"_s, u"Who to contact with questions."_s, u"text"_s)
            << QCommandLineOption(u"clinic"_s, u"The clinic's name, printed at the top of each page."_s, u"name"_s)
            << QCommandLineOption(u"clinic-phone"_s, u"The clinic's phone number."_s, u"number"_s)
            << QCommandLineOption(u"crisis-line"_s, u"The after-hours or crisis line."_s, u"number"_s)
            << QCommandLineOption(u"notes"_s, u"Notes from the care team (\\n starts a paragraph)."_s, u"text"_s)
            << QCommandLineOption(u"no-summary"_s, u"Leave out the safety and supervision summary."_s)
            << QCommandLineOption(u"large-print"_s, u"Large print: 18 pt sans-serif body, 1.5 line spacing."_s)
            << QCommandLineOption(u"page-size"_s, u"A4 or Letter (default: from the locale)."_s, u"size"_s)
            << ExportRecorder::patientRefOption();
    return options;
}

// Reads one job's options; false with *problem set on a usage error.
bool readJob(CliContext &cli, const QCommandLineParser &parser, ExportJob *job, QString *problem)
{
    int code = 0;
    if (!cli.readSelection(parser, &job->request, &code)) {
        *problem = u"bad section list"_s;
        return false;
    }
    if (!parser.isSet(u"out"_s) || parser.value(u"out"_s).isEmpty()) {
        *problem = u"--out FILE.pdf is required"_s;
        return false;
    }
    job->out = parser.value(u"out"_s);
    job->language = parser.value(u"lang"_s);
    job->patientRef = parser.value(u"patient-ref"_s);
    Personalization &p = job->request.person;
    p.patient = parser.value(u"patient"_s);
    p.clinician = parser.value(u"clinician"_s);
    p.date = parser.value(u"date"_s);
    p.nextAppointment = parser.value(u"next-appointment"_s);
    p.contact = parser.value(u"contact"_s);
    job->request.clinic.name = parser.value(u"clinic"_s);
    job->request.clinic.phone = parser.value(u"clinic-phone"_s);
    job->request.clinic.crisisLine = parser.value(u"crisis-line"_s);
    job->request.notes = parser.value(u"notes"_s).replace(u"\\n"_s, u"\n"_s);
    job->request.includeSummary = !parser.isSet(u"no-summary"_s);
    job->page.largePrint = parser.isSet(u"large-print"_s);
    job->page.pageSize = PageOptions::defaultPageSize();
    if (parser.isSet(u"page-size"_s)
        && !PageOptions::parsePageSize(parser.value(u"page-size"_s), &job->page.pageSize)) {
        *problem = u"--page-size must be A4 or Letter, not '%1'"_s.arg(parser.value(u"page-size"_s));
        return false;
    }
    return true;
}

} // namespace

int CliCommands::exportHandouts(CliContext &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Export handouts to PDF. Quiet on success. With --batch FILE, each non-empty line of FILE holds the options "
        "of one handout (quoted as in a shell); every line is checked before any file is written, and start-up is "
        "paid once."_s);
    parser.addOptions(CliContext::contentOptions());
    parser.addOptions(exportOptions());
    parser.addOption(QCommandLineOption(u"batch"_s, u"Export every handout described in <file>."_s, u"file"_s));
    parser.addOptions(ExportRecorder::commandOptions());
    if (const int code = cli.parse(parser, arguments, u"export"_s,
                                   u"(--sections ID,ID,... | --preset ID) --out FILE.pdf [options] | --batch FILE"_s);
        code >= 0)
        return code;

    QList<ExportJob> jobs;
    if (parser.isSet(u"batch"_s)) {
        const QString batchPath = parser.value(u"batch"_s);
        QFile batch(batchPath);
        if (!batch.open(QIODevice::ReadOnly | QIODevice::Text))
            return cli.failure(u"cannot read batch file “%1”: %2"_s.arg(batchPath, batch.errorString()));
        int lineNumber = 0;
        while (!batch.atEnd()) {
            ++lineNumber;
            const QString line = QString::fromUtf8(batch.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            QCommandLineParser lineParser;
            lineParser.addOptions(exportOptions());
            const QString where = u"%1:%2"_s.arg(batchPath).arg(lineNumber);
            QStringList args;
            QString splitError;
            if (!ArgumentSplitter::split(line, &args, &splitError))
                return cli.usage(u"%1: %2"_s.arg(where, splitError));
            // QCommandLineParser takes the first argument as the program's name.
            args.prepend(u"handout-cli"_s);
            if (!lineParser.parse(args))
                return cli.usage(u"%1: %2"_s.arg(where, lineParser.errorText()));
            if (!lineParser.positionalArguments().isEmpty())
                return cli.usage(
                    u"%1: unexpected argument '%2'"_s.arg(where, lineParser.positionalArguments().first()));
            ExportJob job;
            job.where = where;
            QString problem;
            if (!readJob(cli, lineParser, &job, &problem))
                return cli.usage(u"%1: %2"_s.arg(where, problem));
            jobs << job;
        }
        if (jobs.isEmpty())
            return cli.usage(u"batch file “%1” holds no handouts"_s.arg(batchPath));
    } else {
        ExportJob job;
        QString problem;
        if (!readJob(cli, parser, &job, &problem))
            return cli.usage(u"export: "_s + problem);
        jobs << job;
    }

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
    // Every line is checked before the first PDF is written: a typo on line 40
    // of a batch must not leave 39 handouts behind and the rest missing.
    for (ExportJob &job : jobs) {
        const TranslatedPack *pack = cli.translate(*article, job.language, &code, job.where);
        if (!pack || !cli.resolve(pack->article, job.request, &job.resolved, &code, job.where))
            return code;
    }

    // A handout that cannot be written does not stop the others: each failure
    // is named, and the exit code says that something failed.
    int failures = 0;
    for (const ExportJob &job : std::as_const(jobs)) {
        const TranslatedPack *pack = cli.translate(*article, job.language, &code);
        HandoutContent content = job.request.compose(pack->article, job.resolved);
        if (content.person.date.isEmpty())
            content.person.date = DateFormat::longDate(Clock::today(), QLocale(pack->language));
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
