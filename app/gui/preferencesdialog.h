#pragma once

#include "handoutcontent.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QComboBox;

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
};
