#pragma once

#include "article.h"
#include "handoutcontent.h"
#include "pageoptions.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// One passage as it was given: its id and the SHA-256 of its source text in
// the pack (and language) the handout was made from. A later pack whose text
// hashes differently means the patient got the old wording.
struct RecordedPassage
{
    QString id;
    QString sourceHash;

    bool operator==(const RecordedPassage &o) const { return id == o.id && sourceHash == o.sourceHash; }
};

// A handout that was given: what went out, when, in which form. The patient's
// name is never part of it (docs/privacy.md); a clinic that wants to find
// records per patient gives a patient reference (a chart number) instead.
struct HandoutRecord
{
    enum class Output { Pdf, Print };

    qint64 id = 0; // set by the store
    QDateTime time; // UTC
    QString title;
    QString packId;
    QString packVersion;
    QString language;
    QString wording; // "original" until handouts carry a wording of their own
    QStringList sectionIds;
    QList<RecordedPassage> passages; // handout order, each passage once
    bool largePrint = false;
    QString pageSize; // "A4" or "Letter"
    QString clinician;
    Output output = Output::Pdf;
    QString pdfSha256; // hex; empty when the handout was printed
    QString patientRef; // as typed; empty when none was given
    QByteArray handoutJson; // the .handout JSON, without the patient's name

    static QString outputName(Output output); // "pdf" or "print"
    static bool parseOutput(const QString &name, Output *output);

    // The record of `content` as it is given now. `article` is the pack (in the
    // handout's language) the content came from: the passage hashes describe it.
    // The patient's name is left out of the record, and taken out of the title
    // and the text too, should a clinician have typed it there.
    static HandoutRecord describe(const HandoutContent &content, const PageOptions &page, const Article &article,
                                  Output output, const QString &patientRef);

    // Hex SHA-256 of the file at `path`; empty with *error set when it cannot be read.
    static QString fileSha256(const QString &path, QString *error);
};
