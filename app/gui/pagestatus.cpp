#include "pagestatus.h"

#include "handoutdocument.h"
#include "pagebudget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

using namespace Qt::StringLiterals;

PageStatus::PageStatus(HandoutDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_count(new QLabel(this))
    , m_targetLabel(new QLabel(this))
    , m_target(new QSpinBox(this))
{
    m_count->setObjectName(u"pageCount"_s);
    m_target->setObjectName(u"pageTarget"_s);
    m_target->setRange(0, PageBudget::MaxTarget);
    // Typing "12" is one step to 12, not a step to 1 on the way.
    m_target->setKeyboardTracking(false);
    m_targetLabel->setBuddy(m_target);
    connect(m_target, &QSpinBox::valueChanged, document, &HandoutDocument::setPageTarget);
    connect(document, &HandoutDocument::optionsChanged, this, &PageStatus::showTarget);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_count);
    layout->addSpacing(12);
    layout->addWidget(m_targetLabel);
    layout->addWidget(m_target);
    retranslate();
    showTarget();
}

void PageStatus::showTarget()
{
    const QSignalBlocker block(m_target);
    m_target->setValue(m_document->options().pageTarget);
}

void PageStatus::showBudget(const PageOptions &options, const PageBudget &budget)
{
    const QString size = options.pageSize == QPageSize::Letter ? tr("US Letter") : tr("A4");
    QString pages = tr("%n page(s)", nullptr, budget.pages);
    if (budget.over())
        pages = tr("%n page(s), over the target of %1", nullptr, budget.pages).arg(budget.target);
    else if (budget.target > 0)
        pages = tr("%n page(s), target %1", nullptr, budget.pages).arg(budget.target);
    m_count->setText((options.largePrint ? tr("%1, large print").arg(size) : size) + u" · "_s + pages);
    // Amber-brown on the status bar reads in light and dark themes alike.
    m_count->setStyleSheet(budget.over() ? u"color: #b45309; font-weight: bold;"_s : QString());
}

void PageStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PageStatus::retranslate()
{
    m_targetLabel->setText(tr("Page tar&get:"));
    m_target->setSpecialValueText(tr("None"));
    m_target->setAccessibleName(tr("Page target"));
    m_target->setToolTip(tr("The number of pages this handout should keep to. Going over shows a warning with "
                            "sections you could leave out; nothing is removed by itself."));
}
