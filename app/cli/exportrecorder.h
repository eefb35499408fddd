#pragma once

#include "article.h"
#include "handoutcontent.h"
#include "pageoptions.h"
#include "recordlocation.h"
#include "recordstore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

#include <memory>

// `export --record`: records each handout written, in the database the
// options, HANDOUT_DATABASE or the preference name. The PDF is written first;
// a record that fails is reported and makes the command fail, but never
// undoes the PDF.
class ExportRecorder
{
public:
    // --record, --database (the command's options); --patient-ref is per handout.
    static QList<QCommandLineOption> commandOptions();
    static QCommandLineOption patientRefOption();

    // False with *problem set when the options are wrong (a usage error).
    bool configure(const QCommandLineParser &parser, QString *problem);
    bool isOn() const { return m_on; }

    // Records the handout written to `pdfPath`; false with *error set.
    bool record(const HandoutContent &content, const PageOptions &page, const Article &pack, const QString &pdfPath,
                const QString &patientRef, QString *error);

private:
    bool m_on = false;
    RecordLocation m_location;
    std::unique_ptr<RecordStore> m_store; // opened at the first record, then kept for a batch
    QString m_openFailure;
};
