#pragma once

#include "handoutcontent.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QComboBox;
class QCheckBox;

// The clinic profile (printed in every handout's header and contact lines) and
// the application's own preferences.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    struct Values
    {
        ClinicProfile clinic;
        int autosaveSeconds = 10;
        QString pageSize; // "A4" or "Letter"
        int pageTarget = 0; // for new handouts; 0: none
        int targetGrade = 6; // reading level the readability panel aims at
        int warningGrade = 8; // above this a level is set apart
        bool record = true; // record every export and print
        QString recordDatabase; // empty: the SQLite file in the user's data folder
    };

    explicit PreferencesDialog(const Values &values, QWidget *parent = nullptr);
    Values values() const;

private:
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QPlainTextEdit *m_address;
    QLineEdit *m_crisis;
    QSpinBox *m_autosave;
    QComboBox *m_pageSize;
    QSpinBox *m_pageTarget;
    QSpinBox *m_targetGrade;
    QSpinBox *m_warningGrade;
    QCheckBox *m_record;
    QLineEdit *m_recordDatabase;
};
