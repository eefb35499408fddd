#include "handoutrecorder.h"

#include "handoutdocument.h"
#include "handoutoutput.h"
#include "messageprompt.h"
#include "personalizationform.h"
#include "recordsettings.h"
#include "recordstore.h"

#include <QLineEdit>
#include <QSettings>

HandoutRecorder::HandoutRecorder(QWidget *window, HandoutDocument *document, HandoutOutput *output,
                                 PersonalizationForm *form)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_output(output)
    , m_form(form)
{
    connect(output, &HandoutOutput::exported, this, &HandoutRecorder::recordExport);
    connect(output, &HandoutOutput::printed, this, &HandoutRecorder::recordPrint);
}

HandoutRecorder::~HandoutRecorder() = default;

bool HandoutRecorder::recordExport(const QString &pdfPath)
{
    return record(HandoutRecord::Output::Pdf, pdfPath);
}

bool HandoutRecorder::recordPrint()
{
    return record(HandoutRecord::Output::Print, {});
}

bool HandoutRecorder::record(HandoutRecord::Output output, const QString &pdfPath)
{
    const QSettings settings;
    if (!RecordSettings::enabled(settings))
        return false;
    const bool printed = output == HandoutRecord::Output::Print;
    const auto fail = [&](const QString &error) {
        MessagePrompt::inform(m_window, QMessageBox::Warning, tr("Record of Handouts Given"),
                              (printed ? tr("The handout was printed, but it was not recorded: %1")
                                       : tr("The PDF was written, but it was not recorded: %1"))
                                  .arg(error));
        return false;
    };
    RecordLocation location;
    QString error;
    if (!RecordLocation::choose({}, RecordSettings::database(settings), &location, &error))
        return fail(error);
    if (!m_store || m_storeName != location.displayName()) {
        m_store = std::make_unique<RecordStore>(location);
        m_storeName = location.displayName();
    }
    HandoutRecord record = HandoutRecord::describe(m_document->content(), m_output->pageOptions(),
                                                   m_document->article(), output, m_form->patientRefEdit()->text());
    if (!printed && (record.pdfSha256 = HandoutRecord::fileSha256(pdfPath, &error)).isEmpty())
        return fail(error);
    if (!m_store->add(&record, &error))
        return fail(error);
    Q_EMIT recorded(record.id);
    return true;
}
