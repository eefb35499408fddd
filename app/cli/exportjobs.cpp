#include "exportjobs.h"

#include "batchfile.h"
#include "exportrecorder.h"
#include "outputtarget.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

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
        *problem = u"--page-size must be A4 or Letter"_s;
        return false;
    }
    return true;
}

QString prefixed(const ExportJob &job, const QString &message)
{
    return job.where.isEmpty() ? message : job.where + u": "_s + message;
}

} // namespace

QList<QCommandLineOption> ExportJobs::options()
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

int ExportJobs::readBatch(CliContext &cli, const QString &path, QList<ExportJob> *jobs)
{
    SourceError error;
    const std::optional<QList<BatchFile::Line>> lines = BatchFile::read(path, &error);
    if (!lines) {
        // A file that cannot be read is a failure; one that reads wrong is
        // the user's to fix, like any other usage error.
        const bool unreadable = error.line == 0 && !error.message.contains(u"holds no handouts"_s);
        return unreadable ? cli.failure(error.toString()) : cli.usage(error.toString());
    }
    for (const BatchFile::Line &line : *lines) {
        QCommandLineParser lineParser;
        lineParser.addOptions(options());
        const QString where = u"%1:%2"_s.arg(path).arg(line.number);
        if (!lineParser.parse(QStringList {u"handout-cli"_s} + line.arguments))
            return cli.usage(u"%1: %2"_s.arg(where, CliContext::parseError(lineParser)));
        if (!lineParser.positionalArguments().isEmpty())
            return cli.usage(u"%1: %2"_s.arg(where, CliContext::unexpectedArgument(lineParser)));
        ExportJob job;
        job.where = where;
        QString problem;
        if (!readJob(cli, lineParser, &job, &problem))
            return cli.usage(u"%1: %2"_s.arg(where, problem));
        *jobs << job;
    }
    return -1;
}

int ExportJobs::readCommandLine(CliContext &cli, const QCommandLineParser &parser, QList<ExportJob> *jobs)
{
    ExportJob job;
    QString problem;
    if (!readJob(cli, parser, &job, &problem))
        return cli.usage(u"export: "_s + problem);
    *jobs << job;
    return -1;
}

int ExportJobs::validate(CliContext &cli, const Article &article, QList<ExportJob> *jobs)
{
    int result = -1;
    // A usage error (2) outranks a failure (1): it is what the user fixes first.
    const auto record = [&result](int code) { result = std::max(result, code); };
    QHash<QString, QString> writers; // output identity -> the place of the job that writes it
    for (ExportJob &job : *jobs) {
        int code = CliContext::Success;
        const TranslatedPack *pack = cli.translate(article, job.language, &code, job.where);
        if (!pack || !cli.resolve(pack->article, job.request, &job.resolved, &code, job.where))
            record(code);
        const QString problem = OutputTarget::problem(job.out);
        if (!problem.isEmpty()) {
            cli.failure(prefixed(job, u"cannot write “%1”: %2"_s.arg(job.out, problem)));
            record(CliContext::Failure);
            continue;
        }
        const QString identity = OutputTarget::identity(job.out);
        const auto first = writers.constFind(identity);
        if (first != writers.cend()) {
            record(cli.usage(prefixed(
                job, u"“%1” is also the --out of %2: each handout needs a file of its own"_s.arg(job.out, *first))));
            continue;
        }
        writers.insert(identity, job.where.isEmpty() ? u"the command line"_s : job.where);
    }
    return result;
}
