#include "personalizationform.h"

#include "clearbutton.h"
#include "clock.h"
#include "dateformat.h"
#include "fieldlimits.h"
#include "handoutdocument.h"
#include "languagemanager.h"
#include "translationlibrary.h"

#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStandardItemModel>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

// Text the document set, not the user: a long title reads from its start, not
// its end. (Typing is never interrupted: callers skip a field being typed in.)
void showText(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    edit->setText(text);
    edit->setCursorPosition(0);
}

} // namespace

PersonalizationForm::PersonalizationForm(HandoutDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_pause(new QTimer(this))
    , m_layout(new QFormLayout(this))
    , m_language(new QComboBox(this))
    , m_languageLabel(new QLabel(this))
    , m_wording(new QComboBox(this))
    , m_wordingLabel(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_patient(new QLineEdit(this))
    , m_date(new QLineEdit(this))
    , m_today(new QToolButton(this))
    , m_clinician(new QLineEdit(this))
    , m_appointment(new QLineEdit(this))
    , m_contact(new QLineEdit(this))
    , m_patientRef(new QLineEdit(this))
    , m_note(new QLabel(this))
{
    m_pause->setSingleShot(true);
    m_pause->setInterval(700);
    connect(m_pause, &QTimer::timeout, this, &PersonalizationForm::commit);

    auto *dateRow = new QHBoxLayout;
    dateRow->setContentsMargins(0, 0, 0, 0);
    dateRow->addWidget(m_date, 1);
    dateRow->addWidget(m_today);
    connect(m_today, &QToolButton::clicked, this, [this] {
        m_date->setText(DateFormat::longDate(Clock::today(), QLocale(m_document->language())));
        commit();
    });

    m_layout->setContentsMargins(6, 6, 6, 6);
    m_layout->addRow(m_languageLabel, m_language);
    m_languageLabel->setBuddy(m_language);
    connect(m_language, &QComboBox::activated, this,
            [this](int index) { Q_EMIT languageRequested(m_language->itemData(index).toString()); });
    m_layout->addRow(m_wordingLabel, m_wording);
    m_wordingLabel->setBuddy(m_wording);
    m_wording->addItem(QString(), int(Wording::Original));
    m_wording->addItem(QString(), int(Wording::Plain));
    connect(m_wording, &QComboBox::activated, this,
            [this](int index) { Q_EMIT wordingRequested(Wording(m_wording->itemData(index).toInt())); });
    for (int i = 0; i < 7; ++i)
        m_labels << new QLabel(this);
    m_layout->addRow(m_labels[0], m_title);
    m_layout->addRow(m_labels[1], m_patient);
    m_layout->addRow(m_labels[2], dateRow);
    m_layout->addRow(m_labels[3], m_clinician);
    m_layout->addRow(m_labels[4], m_appointment);
    m_layout->addRow(m_labels[5], m_contact);
    m_layout->addRow(m_labels[6], m_patientRef);
    m_patientRef->setObjectName(u"patientRef"_s);
    // The limits a saved handout is checked against (FieldLimits): a field
    // holds a line or two of the page, never pages of it.
    const std::pair<QLineEdit *, FieldLimits::Field> limited[] = {
        {m_title, FieldLimits::Field::Title},
        {m_patient, FieldLimits::Field::Patient},
        {m_date, FieldLimits::Field::Date},
        {m_clinician, FieldLimits::Field::Clinician},
        {m_appointment, FieldLimits::Field::NextAppointment},
        {m_contact, FieldLimits::Field::Contact},
    };
    for (const auto &[edit, field] : limited)
        edit->setMaxLength(int(FieldLimits::maxLength(field)));
    ClearButton::add(m_patientRef);
    m_note->setWordWrap(true);
    m_note->setEnabled(false);
    m_layout->addRow(m_note);

    for (QLineEdit *edit : {m_title, m_patient, m_date, m_clinician, m_appointment, m_contact}) {
        ClearButton::add(edit);
        connect(edit, &QLineEdit::textEdited, m_pause, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::editingFinished, this, &PersonalizationForm::commit);
    }
    connect(document, &HandoutDocument::personalizationChanged, this, &PersonalizationForm::loadFromDocument);
    // Undo of a language change puts the old language back: the list follows.
    connect(document, &HandoutDocument::packChanged, this, [this] { showLanguage(m_document->language()); });
    connect(document->textDocument(), &QTextDocument::contentsChanged, this, [this] {
        if (!m_pause->isActive() && !m_title->hasFocus())
            showText(m_title, m_document->title());
    });
    retranslate();
    loadFromDocument();
}

void PersonalizationForm::commit()
{
    m_pause->stop();
    if (m_title->text() != m_document->title() && !m_title->text().trimmed().isEmpty())
        m_document->setTitle(m_title->text());
    Personalization p;
    p.patient = m_patient->text();
    p.date = m_date->text();
    p.clinician = m_clinician->text();
    p.nextAppointment = m_appointment->text();
    p.contact = m_contact->text();
    m_document->setPersonalization(p);
}

void PersonalizationForm::setLanguages(const TranslationLibrary &library, const Article &pack)
{
    m_translations = &library;
    m_pack = &pack;
    m_language->clear();
    m_coverage.clear();
    for (const QString &code : library.languages(pack)) {
        m_language->addItem(QString(), code);
        m_coverage << (code == pack.meta.language ? Coverage::Original : Coverage::Unknown);
    }
    labelLanguages();
    showLanguage(m_document->language());
    // Reading the translation files was a measurable share of start-up
    // (docs/performance.md), and a zero timer still runs before the first
    // paint: the list says how complete each one is a moment later.
    QTimer::singleShot(300, this, &PersonalizationForm::describeLanguages);
}

void PersonalizationForm::describeLanguages()
{
    if (!m_translations || !m_coverage.contains(Coverage::Unknown))
        return;
    for (int i = 0; i < m_coverage.size(); ++i) {
        if (m_coverage[i] != Coverage::Unknown)
            continue;
        SourceError error;
        const std::optional<TranslatedPack> t
            = m_translations->translate(*m_pack, m_language->itemData(i).toString(), &error);
        m_coverage[i] = coverageOf(t);
    }
    const QStringList plain = m_translations->plainLanguages(*m_pack);
    if (!plain.isEmpty()) {
        // The plain wording's review state, shown beside its name. (The
        // wording of the pack's own language: the one the window offers.)
        SourceError error;
        const QString language = plain.contains(m_pack->meta.language) ? m_pack->meta.language : plain.first();
        m_plainCoverage = coverageOf(m_translations->translate(*m_pack, language, Wording::Plain, &error));
    }
    labelLanguages();
}

QString PersonalizationForm::coverageName(Coverage coverage)
{
    switch (coverage) {
    case Coverage::Original:
        return tr("original");
    case Coverage::Partial:
        return tr("partly translated");
    case Coverage::Draft:
        return tr("not yet reviewed");
    case Coverage::Reviewed:
        return tr("reviewed");
    case Coverage::Unusable:
        return tr("cannot be used");
    case Coverage::Unknown:
        break;
    }
    return {};
}

PersonalizationForm::Coverage PersonalizationForm::coverageOf(const std::optional<TranslatedPack> &pack)
{
    if (!pack)
        return Coverage::Unusable;
    if (pack->coverage.missing + pack->coverage.stale > 0)
        return Coverage::Partial;
    if (pack->coverage.draft > 0)
        return Coverage::Draft;
    return Coverage::Reviewed;
}

void PersonalizationForm::labelLanguages()
{
    for (int i = 0; i < m_language->count(); ++i) {
        const QString name = LanguageManager::nativeName(m_language->itemData(i).toString());
        const QString state = coverageName(m_coverage.value(i, Coverage::Unknown));
        m_language->setItemText(i, state.isEmpty() ? name : tr("%1 (%2)").arg(name, state));
    }
    const QString plain = coverageName(m_plainCoverage);
    m_wording->setItemText(1, plain.isEmpty() ? tr("Plain language") : tr("%1 (%2)").arg(tr("Plain language"), plain));
}

void PersonalizationForm::showLanguage(const QString &code)
{
    m_language->setCurrentIndex(m_language->findData(code));
    showWording(m_document->wording(), code);
}

void PersonalizationForm::showWording(Wording wording, const QString &language)
{
    const bool plainExists = m_translations && m_pack && m_translations->plainLanguages(*m_pack).contains(language);
    if (auto *model = qobject_cast<QStandardItemModel *>(m_wording->model()))
        model->item(1)->setEnabled(plainExists);
    m_wording->setCurrentIndex(m_wording->findData(int(wording)));
}

void PersonalizationForm::loadFromDocument()
{
    if (m_pause->isActive())
        return; // the user is typing; their text wins
    const Personalization p = m_document->personalization();
    showText(m_title, m_document->title());
    showText(m_patient, p.patient);
    showText(m_date, p.date);
    showText(m_clinician, p.clinician);
    showText(m_appointment, p.nextAppointment);
    showText(m_contact, p.contact);
}

void PersonalizationForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PersonalizationForm::retranslate()
{
    const struct
    {
        QLineEdit *edit;
        QString label;
        QString placeholder;
    } rows[] = {
        {m_title, tr("Handout &title:"), tr("Title printed at the top")},
        {m_patient, tr("&Patient:"), tr("Name as it should be printed")},
        {m_date, tr("&Date:"), tr("Date of the visit")},
        {m_clinician, tr("&Clinician:"), tr("Who prepared the handout")},
        {m_appointment, tr("&Next appointment:"), tr("Day and time")},
        {m_contact, tr("C&ontact:"), tr("Who to call with questions")},
        {m_patientRef, tr("Patient &reference:"), tr("Chart number, for the record only")},
    };
    for (int i = 0; i < 7; ++i) {
        m_labels[i]->setText(rows[i].label);
        m_labels[i]->setBuddy(rows[i].edit);
        rows[i].edit->setPlaceholderText(rows[i].placeholder);
        rows[i].edit->setAccessibleName(QString(rows[i].label).remove(u'&').remove(u':'));
    }
    m_wordingLabel->setText(tr("&Wording:"));
    m_wording->setItemText(0, tr("Article wording"));
    m_wording->setAccessibleName(tr("Wording"));
    m_wording->setToolTip(tr("Print the article's own sentences, or its plain-language adaptation. Plain language "
                             "is not available in every handout language."));
    m_languageLabel->setText(tr("Handout &language:"));
    m_language->setAccessibleName(tr("Handout language"));
    m_language->setToolTip(tr("The language the handout is printed in, whatever the language of the menus."));
    m_patientRef->setToolTip(tr("Not printed. Kept as typed in the record of handouts given, so the clinic can "
                                "find what a patient was given. Never type the patient's name here."));
    m_today->setText(tr("Today"));
    m_today->setAccessibleName(tr("Use today's date"));
    m_note->setText(tr("Printed as typed. Patient details stay in this handout only."));
    labelLanguages();
}
