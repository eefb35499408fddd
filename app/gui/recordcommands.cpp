#include "recordcommands.h"

#include "filecommands.h"
#include "handoutoutput.h"
#include "handoutrecorder.h"
#include "historywindow.h"
#include "recordpacks.h"

#include <memory>

RecordCommands::RecordCommands(QWidget *window, HandoutDocument *document, HandoutOutput *output,
                               PersonalizationForm *form, FileCommands *files, const ContentLibrary &library,
                               const TranslationLibrary &translations)
    : QObject(window)
    , m_window(window)
    , m_output(output)
    , m_files(files)
    , m_library(library)
    , m_translations(translations)
    , m_recorder(new HandoutRecorder(window, document, output, form))
{ }

void RecordCommands::showHistory()
{
    auto *history = m_window->findChild<HistoryWindow *>();
    if (!history) {
        // One set of translated packs for the window's life: each is read once.
        auto packs = std::make_shared<RecordPacks>(m_library, m_translations);
        history = new HistoryWindow([packs](const HandoutRecord &record) { return packs->packFor(record); }, m_window);
        connect(history, &HistoryWindow::openRequested, this,
                [this](const QByteArray &handout) { m_files->openRecorded(handout, tr("recorded handout")); });
        connect(history, &HistoryWindow::reprintRequested, this, [this](const QByteArray &handout) {
            if (m_files->openRecorded(handout, tr("recorded handout")))
                m_output->print();
        });
        connect(m_recorder, &HandoutRecorder::recorded, history, &HistoryWindow::refresh);
    }
    history->refresh();
    history->show();
    history->raise();
    history->activateWindow();
}
