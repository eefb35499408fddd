#include "sectionpanel.h"

#include "clearbutton.h"
#include "handoutdocument.h"
#include "isolatingitemdelegate.h"
#include "pagecostdelegate.h"
#include "pagemeasure.h"
#include "sectiontreemodel.h"
#include "selectedsectionsmodel.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SectionPanel::SectionPanel(HandoutDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new SectionTreeModel(document, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_orderModel(new SelectedSectionsModel(document, this))
    , m_presetLabel(new QLabel(this))
    , m_presets(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_all(new QPushButton(this))
    , m_none(new QPushButton(this))
    , m_orderLabel(new QLabel(this))
    , m_order(new QListView(this))
    , m_up(new QToolButton(this))
    , m_down(new QToolButton(this))
{
    m_model->setIcons(QIcon(u":/icons/risk.svg"_s), QIcon(u":/icons/supervision.svg"_s),
                      QIcon(u":/icons/risk-supervision.svg"_s));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SectionTreeModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);

    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->expandAll();
    // Another content pack rebuilds the tree: shown open, as at start.
    connect(m_model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    ClearButton::add(m_filter);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        m_tree->expandAll();
    });

    reloadPresets();
    connect(document, &HandoutDocument::packChanged, this, &SectionPanel::reloadPresets);
    m_presetLabel->setBuddy(m_presets);
    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        const QString chosen = m_presets->itemData(index).toString();
        if (chosen.startsWith(u"template:"_s))
            Q_EMIT templateChosen(chosen.mid(9));
        else
            applyPreset(chosen);
    });

    m_tree->setItemDelegate(new IsolatingItemDelegate(m_tree));
    m_order->setModel(m_orderModel);
    m_order->setItemDelegate(new PageCostDelegate(m_order));
    m_order->setDragDropMode(QAbstractItemView::InternalMove);
    m_order->setDefaultDropAction(Qt::MoveAction);
    m_order->setDragEnabled(true);
    m_order->setAcceptDrops(true);
    m_order->setDropIndicatorShown(true);
    m_up->setArrowType(Qt::UpArrow);
    m_down->setArrowType(Qt::DownArrow);
    m_up->setAutoRaise(true);
    m_down->setAutoRaise(true);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(+1); });
    auto *upAction = new QAction(this);
    upAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    upAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(upAction, &QAction::triggered, this, [this] { moveCurrent(-1); });
    auto *downAction = new QAction(this);
    downAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    downAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(downAction, &QAction::triggered, this, [this] { moveCurrent(+1); });
    m_order->addActions({upAction, downAction});
    connect(m_orderModel, &QAbstractItemModel::modelReset, this, &SectionPanel::updateMoveButtons);
    connect(m_order->selectionModel(), &QItemSelectionModel::currentChanged, this, &SectionPanel::updateMoveButtons);

    connect(m_all, &QPushButton::clicked, this, &SectionPanel::selectAll);
    connect(m_none, &QPushButton::clicked, this, &SectionPanel::selectNone);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_presetLabel);
    layout->addWidget(m_presets);
    layout->addSpacing(6);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_all);
    buttons->addWidget(m_none);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addSpacing(6);
    auto *orderHeader = new QHBoxLayout;
    orderHeader->addWidget(m_orderLabel, 1);
    orderHeader->addWidget(m_up);
    orderHeader->addWidget(m_down);
    layout->addLayout(orderHeader);
    layout->addWidget(m_order, 2);

    retranslate();
    updateMoveButtons();
}

void SectionPanel::reloadPresets()
{
    const QString current = m_presets->currentData().toString();
    m_presets->clear();
    for (const Preset &p : m_document->article().presets) {
        m_presets->addItem(p.title, p.id);
        m_presets->setItemData(m_presets->count() - 1, p.audience, Qt::ToolTipRole);
    }
    if (!m_templates.isEmpty()) {
        m_presets->insertSeparator(m_presets->count());
        for (const auto &[title, path] : std::as_const(m_templates)) {
            m_presets->addItem(tr("Template: %1").arg(title), QString(u"template:"_s + path));
            m_presets->setItemData(m_presets->count() - 1, path, Qt::ToolTipRole);
        }
    }
    m_presets->setCurrentIndex(m_presets->findData(current));
}

void SectionPanel::setTemplates(const QList<QPair<QString, QString>> &templates)
{
    m_templates = templates;
    reloadPresets();
}

void SectionPanel::applyPreset(const QString &presetId)
{
    const Preset *preset = m_document->article().preset(presetId);
    if (!preset)
        return;
    m_document->applySelection(preset->sectionIds, preset->title);
    showPreset(presetId);
    Q_EMIT presetApplied(preset->title);
}

void SectionPanel::showPreset(const QString &presetId)
{
    m_presets->setCurrentIndex(m_presets->findData(presetId));
}

void SectionPanel::selectAll()
{
    QStringList all;
    for (const Section &s : m_document->article().sections)
        all << s.id;
    m_document->setSectionsSelected(all, true);
}

void SectionPanel::selectNone()
{
    m_document->setSectionsSelected(m_document->selectedSections(), false);
}

void SectionPanel::moveCurrent(int delta)
{
    const int row = m_order->currentIndex().row();
    if (row < 0)
        return;
    const QString id = m_orderModel->index(row).data(SelectedSectionsModel::SectionIdRole).toString();
    if (m_orderModel->moveRow(row, delta)) {
        // Keep the moved section selected so repeated Alt+Up walks it along.
        const int newRow = int(m_document->selectedSections().indexOf(id));
        m_order->setCurrentIndex(m_orderModel->index(newRow));
    }
}

void SectionPanel::showPageCosts(const PageMeasure &measure)
{
    QHash<QString, double> costs;
    for (const PageMeasure::Section &s : measure.sections)
        costs.insert(s.id, s.pages);
    m_orderModel->setPageCosts(costs);
}

void SectionPanel::updateMoveButtons()
{
    const int row = m_order->currentIndex().row();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_orderModel->rowCount() - 1);
}

void SectionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SectionPanel::retranslate()
{
    m_presetLabel->setText(tr("Audience &preset:"));
    m_presets->setPlaceholderText(tr("Choose who the handout is for…"));
    m_presets->setAccessibleName(tr("Audience preset"));
    m_filter->setPlaceholderText(tr("Filter sections by title or text…"));
    m_filter->setAccessibleName(tr("Filter sections"));
    m_tree->setAccessibleName(tr("Sections of the article"));
    m_tree->setAccessibleDescription(tr("Check a section to put it in the handout."));
    m_all->setText(tr("Select &all"));
    m_none->setText(tr("Select &none"));
    m_orderLabel->setText(tr("In this handout, in order:"));
    m_order->setAccessibleName(tr("Sections in the handout, in order"));
    m_order->setAccessibleDescription(tr("Drag to reorder, or use Alt+Up and Alt+Down."));
    m_up->setToolTip(tr("Move up (Alt+Up)"));
    m_up->setAccessibleName(tr("Move section up"));
    m_down->setToolTip(tr("Move down (Alt+Down)"));
    m_down->setAccessibleName(tr("Move section down"));
    m_model->retranslate();
}
