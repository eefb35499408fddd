#include "selectedsectionsmodel.h"

#include "handoutdocument.h"
#include "pagemeasure.h"

#include <QLocale>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace {
const QString MimeType = u"application/x-handout-section-id"_s;
}

SelectedSectionsModel::SelectedSectionsModel(HandoutDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_ids(document->selectedSections())
{
    connect(document, &HandoutDocument::selectionChanged, this, &SelectedSectionsModel::reload);
    connect(document, &HandoutDocument::packChanged, this, &SelectedSectionsModel::reload);
}

void SelectedSectionsModel::reload()
{
    beginResetModel();
    m_ids = m_document->selectedSections();
    endResetModel();
}

int SelectedSectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant SelectedSectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &id = m_ids.at(index.row());
    const Section *s = m_document->article().section(id);
    const auto cost = m_costs.constFind(id);
    const QString costText = cost == m_costs.cend()
        ? QString()
        : tr("About %1 pages on paper").arg(QLocale().toString(PageMeasure::rounded(*cost), 'f', 1));
    switch (role) {
    case Qt::DisplayRole:
        return s ? s->title : id;
    case Qt::ToolTipRole: {
        const QString path = m_document->article().titlePath(id).join(u" › "_s);
        return costText.isEmpty() ? path : path + u'\n' + costText;
    }
    case Qt::AccessibleDescriptionRole:
        return costText.isEmpty() ? QVariant() : costText;
    case SectionIdRole:
        return id;
    case PageCostRole:
        return cost == m_costs.cend() ? QVariant() : QVariant(*cost);
    default:
        return {};
    }
}

Qt::ItemFlags SelectedSectionsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

Qt::DropActions SelectedSectionsModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList SelectedSectionsModel::mimeTypes() const
{
    return {MimeType};
}

QMimeData *SelectedSectionsModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.size() != 1)
        return nullptr;
    auto *data = new QMimeData;
    data->setData(MimeType, m_ids.at(indexes.first().row()).toUtf8());
    return data;
}

bool SelectedSectionsModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                            const QModelIndex &) const
{
    return action == Qt::MoveAction && data && m_ids.contains(QString::fromUtf8(data->data(MimeType)));
}

bool SelectedSectionsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                         const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString id = QString::fromUtf8(data->data(MimeType));
    int target = row >= 0 ? row : (parent.isValid() ? parent.row() : int(m_ids.size()));
    const int from = int(m_ids.indexOf(id));
    if (target > from)
        --target; // the row is taken out before it is put back
    m_document->moveSection(id, target);
    // The view must not remove the dragged row itself: the reload did the move.
    return false;
}

void SelectedSectionsModel::setPageCosts(const QHash<QString, double> &costs)
{
    m_costs = costs;
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_ids.size()) - 1),
                           {PageCostRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole});
}

bool SelectedSectionsModel::moveRow(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= m_ids.size() || target < 0 || target >= m_ids.size())
        return false;
    m_document->moveSection(m_ids.at(row), target);
    return true;
}
