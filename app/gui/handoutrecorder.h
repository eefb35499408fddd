#pragma once

#include "handoutrecord.h"

#include <QObject>

#include <memory>

class HandoutDocument;
class HandoutOutput;
class PersonalizationForm;
class QWidget;
class RecordStore;

// Records every PDF export and print from the window in the record of handouts
// given, unless the preference turns it off. The output has happened by then:
// a record that fails is reported ("the PDF was written, but...") and never
// undoes it.
class HandoutRecorder : public QObject
{
    Q_OBJECT

public:
    HandoutRecorder(QWidget *window, HandoutDocument *document, HandoutOutput *output, PersonalizationForm *form);
    ~HandoutRecorder() override;

    // False when the record failed (the user has been told why) or is off.
    bool recordExport(const QString &pdfPath);
    bool recordPrint();

Q_SIGNALS:
    void recorded(qint64 id);

private:
    bool record(HandoutRecord::Output output, const QString &pdfPath);

    QWidget *m_window;
    HandoutDocument *m_document;
    HandoutOutput *m_output;
    PersonalizationForm *m_form;
    std::unique_ptr<RecordStore> m_store; // kept open between outputs
    QString m_storeName; // the database m_store is on, to notice a changed preference
};
