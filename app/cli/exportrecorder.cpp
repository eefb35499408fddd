#include "exportrecorder.h"

#include "handoutrecord.h"
#include "recordsettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

QList<QCommandLineOption> ExportRecorder::commandOptions()
{
    return {
        {u"record"_s, u"Record each handout written in the record of handouts given (see 'handout-cli history')."_s},
        {u"database"_s,
         u"The record database: postgresql://user@host:port/db or an SQLite file (default: HANDOUT_DATABASE, the "
         "preference, or the SQLite file in the user's data folder)."_s,
         u"uri"_s},
    };
}

QCommandLineOption ExportRecorder::patientRefOption()
{
    return {u"patient-ref"_s, u"With --record: the patient's reference (a chart number), stored as typed."_s, u"ref"_s};
}

bool ExportRecorder::configure(const QCommandLineParser &parser, QString *problem)
{
    m_on = parser.isSet(u"record"_s);
    if (!m_on) {
        if (parser.isSet(u"database"_s))
            *problem = u"--database is for --record"_s;
        return !parser.isSet(u"database"_s);
    }
    return RecordLocation::choose(parser.value(u"database"_s), RecordSettings::database(QSettings()), &m_location,
                                  problem);
}

bool ExportRecorder::record(const HandoutContent &content, const PageOptions &page, const Article &pack,
                            const QString &pdfPath, const QString &patientRef, QString *error)
{
    HandoutRecord record = HandoutRecord::describe(content, page, pack, HandoutRecord::Output::Pdf, patientRef);
    record.pdfSha256 = HandoutRecord::fileSha256(pdfPath, error);
    if (record.pdfSha256.isEmpty())
        return false;
    // A database that could not be opened is not tried again for every line
    // of a batch (a server that is down would cost its timeout each time).
    if (!m_openFailure.isEmpty()) {
        *error = m_openFailure;
        return false;
    }
    if (!m_store)
        m_store = std::make_unique<RecordStore>(m_location);
    if (m_store->add(&record, error))
        return true;
    if (!m_store->isOpen())
        m_openFailure = *error;
    return false;
}
