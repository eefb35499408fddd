#pragma once

#include <QObject>

class ContentLibrary;
class FileCommands;
class HandoutDocument;
class HandoutOutput;
class HandoutRecorder;
class PersonalizationForm;
class QWidget;
class TranslationLibrary;

// The window's side of the record of handouts given: every export and print
// recorded (HandoutRecorder), and File > History, whose handouts open as new
// unsaved handouts or print again through the window's own commands.
class RecordCommands : public QObject
{
    Q_OBJECT

public:
    RecordCommands(QWidget *window, HandoutDocument *document, HandoutOutput *output, PersonalizationForm *form,
                   FileCommands *files, const ContentLibrary &library, const TranslationLibrary &translations);

    HandoutRecorder *recorder() const { return m_recorder; }
    void showHistory();

private:
    QWidget *m_window;
    HandoutOutput *m_output;
    FileCommands *m_files;
    const ContentLibrary &m_library;
    const TranslationLibrary &m_translations;
    HandoutRecorder *m_recorder;
};
