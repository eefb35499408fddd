#include "historywindow.h"

#include "messageprompt.h"
#include "recordsettings.h"
#include "recordstore.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Column { Time, PatientRef, Title, Language, Output, Clinician, Changed, ColumnCount };

std::optional<RecordStore> openStore(QString *error)
{
    RecordLocation location;
    if (!RecordLocation::choose({}, RecordSettings::database(QSettings()), &location, error))
        return std::nullopt;
    return std::make_optional<RecordStore>(location);
}

} // namespace

HistoryWindow::HistoryWindow(AffectedRecords::PackFor packFor, QWidget *parent)
    : QDialog(parent)
    , m_packFor(std::move(packFor))
    , m_useSince(new QCheckBox(tr("Given &since:"), this))
    , m_since(new QDateEdit(QDate::currentDate().addMonths(-1), this))
    , m_patientRef(new QLineEdit(this))
    , m_affected(new QCheckBox(tr("Only those with &changed passages"), this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_status(new QLabel(this))
    , m_open(new QPushButton(tr("&Open as New Handout"), this))
    , m_reprint(new QPushButton(tr("&Print Again…"), this))
{
    setWindowTitle(tr("History of Handouts Given"));
    setObjectName(u"history"_s);
    m_since->setCalendarPopup(true);
    m_since->setEnabled(false);
    m_since->setAccessibleName(tr("Given since"));
    m_patientRef->setPlaceholderText(tr("Patient reference"));
    m_patientRef->setAccessibleName(tr("Patient reference"));
    m_patientRef->setClearButtonEnabled(true);
    m_affected->setToolTip(tr("Handouts holding a passage whose text the content has corrected since, or that it "
                              "no longer has."));

    m_table->setHorizontalHeaderLabels({tr("Given (UTC)"), tr("Patient reference"), tr("Title"), tr("Language"),
                                        tr("Output"), tr("Clinician"), tr("Changed passages")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Handouts given"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_useSince);
    filters->addWidget(m_since);
    filters->addWidget(m_patientRef, 1);
    filters->addWidget(m_affected);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_reprint, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 480);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_useSince, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_useSince, &QCheckBox::toggled, this, &HistoryWindow::refresh);
    connect(m_since, &QDateEdit::dateChanged, this, &HistoryWindow::refresh);
    connect(m_patientRef, &QLineEdit::editingFinished, this, &HistoryWindow::refresh);
    connect(m_affected, &QCheckBox::toggled, this, &HistoryWindow::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HistoryWindow::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this] { request(false); });
    connect(m_open, &QPushButton::clicked, this, [this] { request(false); });
    connect(m_reprint, &QPushButton::clicked, this, [this] { request(true); });
    updateButtons();
}

bool HistoryWindow::refresh()
{
    QString error;
    std::optional<RecordStore> store = openStore(&error);
    RecordStore::Filter filter;
    if (m_useSince->isChecked())
        filter.since = m_since->date().startOfDay(Qt::UTC);
    filter.patientRef = m_patientRef->text().trimmed();
    const std::optional<QList<HandoutRecord>> records = store ? store->list(filter, &error) : std::nullopt;
    if (!records) {
        m_table->setRowCount(0);
        m_status->setText(tr("The record cannot be read: %1").arg(error));
        updateButtons();
        return false;
    }
    QList<AffectedRecord> rows;
    if (m_affected->isChecked()) {
        rows = AffectedRecords::find(*records, m_packFor);
    } else {
        for (const HandoutRecord &r : *records)
            rows.append({r, {}});
    }
    showRecords(rows, m_affected->isChecked());
    return true;
}

void HistoryWindow::showRecords(const QList<AffectedRecord> &rows, bool affected)
{
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const HandoutRecord &r = rows.at(i).record;
        QStringList changed;
        for (const AffectedRecord::Passage &p : rows.at(i).passages)
            changed << (p.removed ? tr("%1 (removed)").arg(p.id) : p.id);
        const QString cells[ColumnCount] = {
            r.time.toString(u"yyyy-MM-dd HH:mm"_s),
            r.patientRef,
            r.title,
            r.language,
            r.output == HandoutRecord::Output::Print ? tr("Print") : tr("PDF"),
            r.clinician,
            changed.join(u", "_s),
        };
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, r.id);
            m_table->setItem(i, c, item);
        }
    }
    m_table->setColumnHidden(Changed, !affected);
    m_table->resizeColumnsToContents();
    m_status->setText(affected ? tr("Handouts with passages changed since: %1").arg(rows.size())
                               : tr("Handouts given: %1").arg(rows.size()));
    updateButtons();
}

qint64 HistoryWindow::selectedId() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(Qt::UserRole).toLongLong();
}

void HistoryWindow::updateButtons()
{
    const bool any = selectedId() > 0;
    m_open->setEnabled(any);
    m_reprint->setEnabled(any);
}

void HistoryWindow::request(bool reprint)
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    QString error;
    std::optional<RecordStore> store = openStore(&error);
    const std::optional<HandoutRecord> record = store ? store->record(id, &error) : std::nullopt;
    if (!record) {
        MessagePrompt::inform(this, QMessageBox::Critical, windowTitle(),
                              tr("The recorded handout cannot be read: %1").arg(error));
        return;
    }
    if (reprint)
        Q_EMIT reprintRequested(record->handoutJson);
    else
        Q_EMIT openRequested(record->handoutJson);
}
