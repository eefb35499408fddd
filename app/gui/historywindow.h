#pragma once

#include "affectedrecords.h"
#include "handoutrecord.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// File > History: the handouts given, newest first, filtered by day and
// patient reference; "Changed since given" shows only those holding a passage
// the pack has corrected since, with the passage ids. A recorded handout opens
// as a new unsaved handout, or is printed again. Reads the database the
// preference (or HANDOUT_DATABASE) names.
class HistoryWindow : public QDialog
{
    Q_OBJECT

public:
    // `packFor` gives the pack (in the record's language) to compare a record with.
    HistoryWindow(AffectedRecords::PackFor packFor, QWidget *parent = nullptr);

    // Reads the records again with the current filters; false (with the
    // reason shown in the window) when the database cannot be read.
    bool refresh();

    QTableWidget *table() const { return m_table; }
    QLineEdit *patientRefEdit() const { return m_patientRef; }
    QCheckBox *sinceCheck() const { return m_useSince; }
    QDateEdit *sinceEdit() const { return m_since; }
    QCheckBox *affectedCheck() const { return m_affected; }
    QLabel *statusLabel() const { return m_status; }
    // The selected record's id; 0 when none.
    qint64 selectedId() const;

Q_SIGNALS:
    // The recorded handout's .handout JSON.
    void openRequested(const QByteArray &handout);
    void reprintRequested(const QByteArray &handout);

private:
    void showRecords(const QList<AffectedRecord> &rows, bool affected);
    void request(bool reprint);
    void updateButtons();

    AffectedRecords::PackFor m_packFor;
    QCheckBox *m_useSince;
    QDateEdit *m_since;
    QLineEdit *m_patientRef;
    QCheckBox *m_affected;
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_open;
    QPushButton *m_reprint;
};
