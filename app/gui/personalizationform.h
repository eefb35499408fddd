#pragma once

#include <QWidget>

class Article;
class HandoutDocument;
class QComboBox;
class TranslationLibrary;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

// The handout's title and the patient's details. What is typed goes into the
// document as plain text after a short pause (or on Enter), as one undo step;
// when the document changes (undo, an edit in the text), the fields follow.
// Nothing typed here is stored in settings (docs/privacy.md).
class PersonalizationForm : public QWidget
{
    Q_OBJECT

public:
    explicit PersonalizationForm(HandoutDocument *document, QWidget *parent = nullptr);

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *patientEdit() const { return m_patient; }
    QLineEdit *dateEdit() const { return m_date; }
    QLineEdit *clinicianEdit() const { return m_clinician; }
    QLineEdit *appointmentEdit() const { return m_appointment; }
    QLineEdit *contactEdit() const { return m_contact; }

    // Sends what is typed to the document now (before saving or exporting).
    void commit();

    // The languages a handout can be printed in, with how far each is translated.
    void setLanguages(const TranslationLibrary &library, const Article &pack);
    void showLanguage(const QString &code);
    QComboBox *languageBox() const { return m_language; }

Q_SIGNALS:
    void languageRequested(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadFromDocument();
    void retranslate();

    HandoutDocument *m_document;
    QTimer *m_pause;
    QFormLayout *m_layout;
    QComboBox *m_language;
    QLabel *m_languageLabel;
    QLineEdit *m_title;
    QLineEdit *m_patient;
    QLineEdit *m_date;
    QToolButton *m_today;
    QLineEdit *m_clinician;
    QLineEdit *m_appointment;
    QLineEdit *m_contact;
    QLabel *m_note;
    QList<QLabel *> m_labels;
};
