#include "exportjobs.h"

#include "batchfile.h"
#include "exportrecorder.h"
#include "namesfile.h"
#include "outputtarget.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

// Reads one job's options; false with *problem set on a usage error.
bool readJob(CliContext &cli, const QCommandLineParser &parser, ExportJob *job, QString *problem)
{
    if (!job->handout.read(cli, parser, problem))
        return false;
    if (!parser.isSet(u"out"_s) || parser.value(u"out"_s).isEmpty()) {
        *problem = u"--out FILE.pdf is required"_s;
        return false;
    }
    job->out = parser.value(u"out"_s);
    job->patientRef = parser.value(u"patient-ref"_s);
    return true;
}

QString prefixed(const ExportJob &job, const QString &message)
{
    return job.where().isEmpty() ? message : job.where() + u": "_s + message;
}

// The output as messages show it.
QString shownOut(const ExportJob &job)
{
    return job.outHoldsName ? u"the PDF of this name"_s : u"“%1”"_s.arg(job.out);
}

} // namespace

QList<QCommandLineOption> ExportJobs::options()
{
    QList<QCommandLineOption> options = HandoutJob::options();
    options << QCommandLineOption(u"out"_s, u"Write the PDF to <file>."_s, u"file"_s)
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
        const QStringList parsed = QStringList {u"handout-cli"_s} + line.arguments;
        if (!lineParser.parse(parsed))
            return cli.usage(u"%1: %2"_s.arg(where, CliContext::parseError(lineParser)));
        if (!lineParser.positionalArguments().isEmpty())
            return cli.usage(
                u"%1: %2"_s.arg(where, CliContext::unexpectedArgument(lineParser, parsed, 0, u"of the line"_s)));
        ExportJob job;
        job.handout.where = where;
        QString problem;
        if (!readJob(cli, lineParser, &job, &problem))
            return cli.usage(u"%1: %2"_s.arg(where, problem));
        *jobs << job;
    }
    return -1;
}

int ExportJobs::readGroup(CliContext &cli, const QCommandLineParser &parser, const QString &namesPath,
                          const QString &outPattern, QList<ExportJob> *jobs)
{
    const QString placeholder = u"{name}"_s;
    if (outPattern.count(placeholder) != 1)
        return cli.usage(u"export: --out-pattern must hold {name} once, where each name goes"_s);
    for (const char *option : {"out", "patient", "batch"}) {
        if (parser.isSet(QString::fromLatin1(option)))
            return cli.usage(
                u"export: --names makes one handout per name: leave out --%1"_s.arg(QString::fromLatin1(option)));
    }
    ExportJob base;
    QString problem;
    if (!base.handout.read(cli, parser, &problem))
        return cli.usage(u"export: "_s + problem);
    base.patientRef = parser.value(u"patient-ref"_s);
    if (!base.patientRef.isEmpty())
        return cli.usage(u"export: --patient-ref is one person's: it cannot go with --names"_s);

    SourceError error;
    const std::optional<QList<NamesFile::Entry>> names = NamesFile::read(namesPath, &error);
    if (!names) {
        const bool unreadable = error.line == 0 && !error.message.contains(u"holds no names"_s);
        return unreadable ? cli.failure(error.toString()) : cli.usage(error.toString());
    }
    QHash<QString, int> taken; // file name part (any case) -> how many used it
    for (const NamesFile::Entry &entry : *names) {
        ExportJob job = base;
        job.handout.where = u"%1:%2"_s.arg(namesPath).arg(entry.line);
        job.handout.changes.patient = entry.name;
        QString part = NamesFile::fileNamePart(entry.name);
        if (part.isEmpty())
            part = u"line-%1"_s.arg(entry.line);
        // Case-blind: two names differing only in case are one file on
        // some file systems.
        const int uses = ++taken[part.toCaseFolded()];
        if (uses > 1)
            part += u"-%1"_s.arg(uses);
        job.out = QString(outPattern).replace(placeholder, part);
        job.outHoldsName = true;
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

int ExportJobs::validate(CliContext &cli, const Article &article, bool packChosen, QList<ExportJob> *jobs)
{
    int result = -1;
    // A usage error (2) outranks a failure (1): it is what the user fixes first.
    const auto record = [&result](int code) { result = std::max(result, code); };
    QHash<QString, QString> writers; // output identity -> the place of the job that writes it
    for (ExportJob &job : *jobs) {
        int code = CliContext::Success;
        if (!job.handout.prepare(cli, article, packChosen, &code)) {
            record(code);
            // The jobs of a group share their handout: the others would fail
            // the same way, once a name.
            if (job.outHoldsName)
                return result;
        }
        const QString problem = OutputTarget::problem(job.out);
        if (!problem.isEmpty()) {
            cli.failure(prefixed(job, u"cannot write %1: %2"_s.arg(shownOut(job), problem)));
            record(CliContext::Failure);
            continue;
        }
        const QString identity = OutputTarget::identity(job.out);
        const auto first = writers.constFind(identity);
        if (first != writers.cend()) {
            record(cli.usage(prefixed(
                job,
                u"%1 is also the output of %2: each handout needs a file of its own"_s.arg(shownOut(job), *first))));
            continue;
        }
        writers.insert(identity, job.where().isEmpty() ? u"the command line"_s : job.where());
    }
    return result;
}
