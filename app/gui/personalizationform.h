#pragma once

#include "contenttranslation.h"
#include "wording.h"

#include <QWidget>

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
    // For the record of handouts given only (a chart number): never printed,
    // never saved in the handout or settings.
    QLineEdit *patientRefEdit() const { return m_patientRef; }

    // Sends what is typed to the document now (before saving or exporting).
    void commit();

    // The languages a handout can be printed in, with how far each is
    // translated. Both must outlive the form. Finding out how far means
    // reading every translation, so that waits until the window is up.
    void setLanguages(const TranslationLibrary &library, const Article &pack);
    void showLanguage(const QString &code);
    QComboBox *languageBox() const { return m_language; }
    // "Article wording" or "Plain language", the latter only for a language
    // that has a plain wording.
    void showWording(Wording wording, const QString &language);
    QComboBox *wordingBox() const { return m_wording; }

Q_SIGNALS:
    void languageRequested(const QString &code);
    void wordingRequested(Wording wording);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Coverage { Original, Unknown, Partial, Draft, Reviewed, Unusable };

    void loadFromDocument();
    void retranslate();
    // Reads the translations to find out how far each one is.
    void describeLanguages();
    void labelLanguages();
    static QString coverageName(Coverage coverage);
    static Coverage coverageOf(const std::optional<TranslatedPack> &pack);

    HandoutDocument *m_document;
    QTimer *m_pause;
    QFormLayout *m_layout;
    QComboBox *m_language;
    QLabel *m_languageLabel;
    QComboBox *m_wording;
    QLabel *m_wordingLabel;
    QLineEdit *m_title;
    QLineEdit *m_patient;
    QLineEdit *m_date;
    QToolButton *m_today;
    QLineEdit *m_clinician;
    QLineEdit *m_appointment;
    QLineEdit *m_contact;
    QLineEdit *m_patientRef;
    QLabel *m_note;
    QList<QLabel *> m_labels;
    const TranslationLibrary *m_translations = nullptr;
    const Article *m_pack = nullptr;
    QList<Coverage> m_coverage; // per item of m_language
    Coverage m_plainCoverage = Coverage::Unknown;
};
