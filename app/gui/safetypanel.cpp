#include "safetypanel.h"

#include "dateformat.h"
#include "handoutdocument.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SafetyPanel::SafetyPanel(HandoutDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_pause(new QTimer(this))
    , m_status(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_counts(new QLabel(this))
    , m_restoreSummary(new QPushButton(this))
    , m_restorePassage(new QPushButton(this))
{
    m_pause->setSingleShot(true);
    m_pause->setInterval(250);
    connect(m_pause, &QTimer::timeout, this, &SafetyPanel::refresh);
    connect(document->textDocument(), &QTextDocument::contentsChanged, m_pause, qOverload<>(&QTimer::start));
    connect(document, &HandoutDocument::packChanged, m_pause, qOverload<>(&QTimer::start));
    // A confirmation (or its undo) changes what is left to check.
    connect(document, &HandoutDocument::optionsChanged, m_pause, qOverload<>(&QTimer::start));

    m_status->setWordWrap(true);
    m_counts->setWordWrap(true);
    m_counts->setObjectName(u"safetyCounts"_s);
    m_list->setWordWrap(true);
    m_list->setIconSize(QSize(16, 16));
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT findingActivated(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString());
    });
    connect(m_restoreSummary, &QPushButton::clicked, this, [this] { m_document->setSummaryIncluded(true); });
    m_restorePassage->setObjectName(u"restorePassage"_s);
    connect(m_restorePassage, &QPushButton::clicked, this, &SafetyPanel::restoreChosenPassage);
    connect(m_list, &QListWidget::currentItemChanged, this, &SafetyPanel::updateRestoreButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_restorePassage);
    layout->addWidget(m_restoreSummary);
    layout->addWidget(m_counts);
    layout->addStretch(0);
    retranslate();
    refresh();
}

void SafetyPanel::refresh()
{
    m_pause->stop();
    show(SafetyReview::review(*m_document));
}

void SafetyPanel::show(const SafetyReport &report)
{
    m_report = report;
    m_list->clear();
    for (const SafetyFinding &f : report.findings) {
        auto *item = new QListWidgetItem(QIcon(u":/icons/risk.svg"_s), f.message, m_list);
        item->setData(Qt::UserRole, f.sectionId);
        item->setData(Qt::UserRole + 1, f.passageId);
    }
    // Confirmed changes stay in view, after what is left to check, saying
    // who confirmed them and when.
    for (const AcknowledgedFinding &a : report.acknowledged) {
        const QString date = DateFormat::longDate(a.change.time.toLocalTime().date(), QLocale());
        const QString text = a.change.clinician.isEmpty()
            ? tr("✓ Confirmed on %1: %2").arg(date, a.finding.message)
            : tr("✓ Confirmed by %1 on %2: %3").arg(a.change.clinician, date, a.finding.message);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, a.finding.sectionId);
        item->setData(Qt::UserRole + 1, a.finding.passageId);
        item->setData(AcknowledgedRole, true);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateRestoreButton();
    m_restoreSummary->setVisible(!report.summaryPresent);
    if (!report.isClean())
        m_status->setText(tr("%n point(s) to check before printing:", nullptr, int(report.findings.size())));
    else if (!report.acknowledged.isEmpty())
        m_status->setText(tr("✓ Nothing left to check. The clinician confirmed the removed or edited passages "
                             "below."));
    else
        m_status->setText(tr("✓ Every risk and supervision passage of the selected sections is in the handout, "
                             "unchanged, and the safety summary is present."));
    const bool listed = m_list->count() > 0;
    m_list->setVisible(listed);
    // With nothing to list, the counts follow the status line instead of the
    // bottom of the panel.
    static_cast<QBoxLayout *>(layout())->setStretch(5, listed ? 0 : 1);
    QString counts = tr("%n risk passage(s)", nullptr, int(report.riskPassages.size())) + u" · "_s
        + tr("%n supervision passage(s)", nullptr, int(report.supervisionPassages.size()));
    if (!report.removedPassages.isEmpty())
        counts += u" · "_s + tr("%n removed", "risk or supervision passages", int(report.removedPassages.size()));
    if (!report.draftTranslations.isEmpty() || !report.fallbackTranslations.isEmpty())
        counts += u"\n"_s
            + tr("In the text, yellow marks a translation not yet reviewed; orange, a passage shown in the source "
                 "language.");
    m_counts->setText(counts);
    Q_EMIT reportChanged(report);
}

void SafetyPanel::updateRestoreButton()
{
    // Only a finding about one passage (removed, edited or out of its box)
    // has a wording to bring back.
    const QListWidgetItem *item = m_list->currentItem();
    m_restorePassage->setVisible(item && !item->data(Qt::UserRole + 1).toString().isEmpty());
}

void SafetyPanel::restoreChosenPassage()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    m_document->restorePassage(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString());
    refresh();
}

void SafetyPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void SafetyPanel::retranslate()
{
    m_list->setAccessibleName(tr("Safety findings"));
    m_restoreSummary->setText(tr("Put the safety summary back"));
    m_restorePassage->setText(tr("Restore the article's wording"));
}
