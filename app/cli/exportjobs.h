#pragma once

#include "clicontext.h"
#include "handoutjob.h"

#include <QList>
#include <QString>

// One handout of an export run: the command line's, or one line of a batch.
struct ExportJob
{
    // The handout: its place ("" for the command line, "FILE:LINE" for a
    // batch line), its options, and after validate() what is printed.
    HandoutJob handout;
    QString out;
    QString patientRef; // for --record
    // The file name holds a name from a names file: messages then name the
    // line, not the file, since the name is the patient's.
    bool outHoldsName = false;

    const QString &where() const { return handout.where; }
};

namespace ExportJobs {

// The options of one handout.
QList<QCommandLineOption> options();

// Reads every line of a batch file into jobs; on a problem prints it with
// its file:line and returns the exit code, else -1.
int readBatch(CliContext &cli, const QString &path, QList<ExportJob> *jobs);
// A group export: the command line's handout once per name of the names
// file at `namesPath`, the name as the patient and in the file name
// `outPattern` makes ("{name}" replaced by NamesFile::fileNamePart). Two
// names that make one file name get "-2", "-3"... so that each person has a
// file. -1 or the exit code, as readBatch.
int readGroup(CliContext &cli, const QCommandLineParser &parser, const QString &namesPath, const QString &outPattern,
              QList<ExportJob> *jobs);
// The job of the command line itself; -1 or the exit code, as readBatch.
int readCommandLine(CliContext &cli, const QCommandLineParser &parser, QList<ExportJob> *jobs);

// Everything that can be checked before a file is written, for every job:
// ids, languages, saved handouts, each output path, and that no two jobs
// write one file. Prepares each job's handout in place (a saved handout uses
// its own pack unless `packChosen`). Prints every problem it finds, with the
// job's place, and returns the exit code, or -1 when every job can be written.
// Any list of jobs goes through here before the first is exported.
int validate(CliContext &cli, const Article &article, bool packChosen, QList<ExportJob> *jobs);

} // namespace ExportJobs
