#include "preferencesdialog.h"

#include "fieldlimits.h"
#include "pagebudget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PreferencesDialog::PreferencesDialog(const Values &values, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(values.clinic.name, this))
    , m_phone(new QLineEdit(values.clinic.phone, this))
    , m_address(new QPlainTextEdit(values.clinic.address, this))
    , m_crisis(new QLineEdit(values.clinic.crisisLine, this))
    , m_autosave(new QSpinBox(this))
    , m_pageSize(new QComboBox(this))
    , m_pageTarget(new QSpinBox(this))
    , m_targetGrade(new QSpinBox(this))
    , m_warningGrade(new QSpinBox(this))
    , m_record(new QCheckBox(tr("&Record every PDF export and print"), this))
    , m_recordDatabase(new QLineEdit(values.recordDatabase, this))
{
    setWindowTitle(tr("Preferences"));
    auto *clinicBox = new QGroupBox(tr("Clinic profile (printed on every handout)"), this);
    auto *clinicForm = new QFormLayout(clinicBox);
    clinicForm->addRow(tr("Clinic &name:"), m_name);
    clinicForm->addRow(tr("&Phone:"), m_phone);
    clinicForm->addRow(tr("&Address:"), m_address);
    clinicForm->addRow(tr("After hours or &crisis line:"), m_crisis);
    m_address->setTabChangesFocus(true);
    // The limits a saved handout is checked against (FieldLimits).
    m_name->setMaxLength(int(FieldLimits::maxLength(FieldLimits::Field::ClinicName)));
    m_phone->setMaxLength(int(FieldLimits::maxLength(FieldLimits::Field::ClinicPhone)));
    m_crisis->setMaxLength(int(FieldLimits::maxLength(FieldLimits::Field::CrisisLine)));
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 3 + 12);
    m_name->setAccessibleName(tr("Clinic name"));
    m_phone->setAccessibleName(tr("Clinic phone"));
    m_address->setAccessibleName(tr("Clinic address"));
    m_crisis->setAccessibleName(tr("After hours or crisis line"));

    auto *appBox = new QGroupBox(tr("Application"), this);
    auto *appForm = new QFormLayout(appBox);
    m_autosave->setRange(2, 600);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setValue(values.autosaveSeconds);
    m_autosave->setAccessibleName(tr("Autosave interval in seconds"));
    appForm->addRow(tr("&Autosave every:"), m_autosave);
    m_pageSize->addItem(tr("A4"), u"A4"_s);
    m_pageSize->addItem(tr("US Letter"), u"Letter"_s);
    m_pageSize->setCurrentIndex(qMax(0, m_pageSize->findData(values.pageSize)));
    m_pageSize->setAccessibleName(tr("Default page size"));
    appForm->addRow(tr("Default page &size:"), m_pageSize);
    m_pageTarget->setObjectName(u"defaultPageTarget"_s);
    m_pageTarget->setRange(0, PageBudget::MaxTarget);
    m_pageTarget->setSpecialValueText(tr("None"));
    m_pageTarget->setValue(values.pageTarget);
    m_pageTarget->setAccessibleName(tr("Default page target for new handouts"));
    appForm->addRow(tr("Default page tar&get:"), m_pageTarget);

    auto *levelBox = new QGroupBox(tr("Reading level"), this);
    auto *levelForm = new QFormLayout(levelBox);
    for (QSpinBox *grade : {m_targetGrade, m_warningGrade})
        grade->setRange(1, 16);
    m_targetGrade->setValue(values.targetGrade);
    m_warningGrade->setValue(values.warningGrade);
    m_targetGrade->setAccessibleName(tr("Target school grade"));
    m_warningGrade->setAccessibleName(tr("Warning above school grade"));
    levelForm->addRow(tr("&Target grade:"), m_targetGrade);
    levelForm->addRow(tr("&Warn above grade:"), m_warningGrade);
    auto *recordBox = new QGroupBox(tr("Record of handouts given"), this);
    auto *recordForm = new QFormLayout(recordBox);
    m_record->setChecked(values.record);
    recordForm->addRow(m_record);
    m_recordDatabase->setPlaceholderText(tr("This computer (SQLite)"));
    m_recordDatabase->setToolTip(
        tr("Leave empty to keep the record on this computer, or give the clinic's server as "
           "postgresql://user@host:port/database. HANDOUT_DATABASE, when set, takes precedence."));
    m_recordDatabase->setAccessibleName(tr("Record database"));
    recordForm->addRow(tr("&Database:"), m_recordDatabase);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(clinicBox);
    layout->addWidget(appBox);
    layout->addWidget(levelBox);
    layout->addWidget(recordBox);
    layout->addWidget(buttons);
}

PreferencesDialog::Values PreferencesDialog::values() const
{
    Values v;
    v.clinic.name = m_name->text().trimmed();
    v.clinic.phone = m_phone->text().trimmed();
    // A plain-text box has no maxLength: the rest is cut here (FieldLimits).
    v.clinic.address
        = m_address->toPlainText().trimmed().left(FieldLimits::maxLength(FieldLimits::Field::ClinicAddress));
    v.clinic.crisisLine = m_crisis->text().trimmed();
    v.autosaveSeconds = m_autosave->value();
    v.pageSize = m_pageSize->currentData().toString();
    v.pageTarget = m_pageTarget->value();
    v.targetGrade = m_targetGrade->value();
    v.warningGrade = qMax(m_targetGrade->value(), m_warningGrade->value());
    v.record = m_record->isChecked();
    v.recordDatabase = m_recordDatabase->text().trimmed();
    return v;
}
