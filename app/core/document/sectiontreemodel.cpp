#include "sectiontreemodel.h"

#include "handoutdocument.h"

#include <QCoreApplication>

#include <functional>

SectionTreeModel::SectionTreeModel(HandoutDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
    , m_sectionIds(sectionIdsOf(document->article()))
    , m_topLevel(topLevelOf(document->article()))
{
    connect(document, &HandoutDocument::selectionChanged, this, &SectionTreeModel::refreshChecks);
    connect(document, &HandoutDocument::packChanged, this, &SectionTreeModel::onPackChanged);
}

QStringList SectionTreeModel::sectionIdsOf(const Article &article)
{
    QStringList ids;
    for (const Section &s : article.sections)
        ids << s.id;
    return ids;
}

QStringList SectionTreeModel::topLevelOf(const Article &article)
{
    QStringList ids;
    for (const Section &s : article.sections) {
        if (s.parentId.isEmpty())
            ids << s.id;
    }
    return ids;
}

void SectionTreeModel::onPackChanged()
{
    // Same sections, new language: every title and tooltip changes, and the
    // view keeps what is expanded. Another pack has other sections: all anew.
    const QStringList ids = sectionIdsOf(m_document->article());
    if (ids == m_sectionIds) {
        notifyAll({});
        return;
    }
    beginResetModel();
    m_sectionIds = ids;
    m_topLevel = topLevelOf(m_document->article());
    endResetModel();
}

const Section *SectionTreeModel::sectionAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    return &m_document->article().sections.at(int(index.internalId()));
}

QStringList SectionTreeModel::childrenOf(const QModelIndex &parent) const
{
    const Section *s = sectionAt(parent);
    return s ? s->childIds : m_topLevel;
}

QModelIndex SectionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const QStringList children = childrenOf(parent);
    return createIndex(row, column, quintptr(m_document->article().sectionIndex(children.at(row))));
}

QModelIndex SectionTreeModel::parent(const QModelIndex &child) const
{
    const Section *s = sectionAt(child);
    if (!s || s->parentId.isEmpty())
        return {};
    return indexOf(s->parentId);
}

QModelIndex SectionTreeModel::indexOf(const QString &sectionId) const
{
    const Article &article = m_document->article();
    const Section *s = article.section(sectionId);
    if (!s)
        return {};
    const QStringList siblings = s->parentId.isEmpty() ? m_topLevel : article.section(s->parentId)->childIds;
    return createIndex(int(siblings.indexOf(sectionId)), 0, quintptr(article.sectionIndex(sectionId)));
}

int SectionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(childrenOf(parent).size());
}

int SectionTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::CheckState SectionTreeModel::checkState(const Section &section) const
{
    const QStringList branch = m_document->article().withDescendants(section.id);
    int in = 0;
    for (const QString &id : branch)
        in += m_document->isSelected(id) ? 1 : 0;
    if (in == 0)
        return Qt::Unchecked;
    return in == branch.size() ? Qt::Checked : Qt::PartiallyChecked;
}

QString SectionTreeModel::toolTip(const Section &section) const
{
    int risk = 0;
    int supervision = 0;
    for (const Passage &p : section.passages) {
        risk += p.tags.testFlag(PassageTag::Risk) ? 1 : 0;
        supervision += p.tags.testFlag(PassageTag::Supervision) ? 1 : 0;
    }
    QStringList lines {section.title};
    if (risk > 0)
        lines << QCoreApplication::translate("SectionTreeModel", "%n passage(s) on risks", nullptr, risk);
    if (supervision > 0)
        lines << QCoreApplication::translate("SectionTreeModel", "%n passage(s) on medical supervision", nullptr,
                                             supervision);
    return lines.join(u'\n');
}

QVariant SectionTreeModel::data(const QModelIndex &index, int role) const
{
    const Section *s = sectionAt(index);
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return s->title;
    case Qt::ToolTipRole:
        return toolTip(*s);
    case Qt::AccessibleDescriptionRole: {
        return toolTip(*s);
    }
    case Qt::CheckStateRole:
        return checkState(*s);
    case Qt::DecorationRole: {
        const PassageTags tags = s->tags();
        if (tags == (PassageTag::Risk | PassageTag::Supervision))
            return m_bothIcon;
        if (tags.testFlag(PassageTag::Risk))
            return m_riskIcon;
        if (tags.testFlag(PassageTag::Supervision))
            return m_supervisionIcon;
        return {};
    }
    case SectionIdRole:
        return s->id;
    case TagsRole:
        return int(s->tags());
    case SearchTextRole: {
        QString text = s->title;
        for (const Passage &p : s->passages)
            text += u'\n' + p.text;
        return text;
    }
    default:
        return {};
    }
}

bool SectionTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Section *s = sectionAt(index);
    if (!s || role != Qt::CheckStateRole)
        return false;
    const auto state = static_cast<Qt::CheckState>(value.toInt());
    // Checking a topic brings its whole branch; a partly checked topic that is
    // clicked becomes fully checked, as in file managers.
    const QStringList branch = m_document->article().withDescendants(s->id);
    m_document->setSectionsSelected(branch, state != Qt::Unchecked);
    return true;
}

Qt::ItemFlags SectionTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    if (!sectionAt(index)->childIds.isEmpty())
        f |= Qt::ItemIsAutoTristate;
    return f;
}

QVariant SectionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return QCoreApplication::translate("SectionTreeModel", "Sections of the article");
    return {};
}

void SectionTreeModel::setIcons(const QIcon &risk, const QIcon &supervision, const QIcon &both)
{
    m_riskIcon = risk;
    m_supervisionIcon = supervision;
    m_bothIcon = both;
}

void SectionTreeModel::refreshChecks()
{
    // Every row may change (a parent follows its children).
    notifyAll({Qt::CheckStateRole});
}

void SectionTreeModel::notifyAll(const QList<int> &roles)
{
    std::function<void(const QModelIndex &)> notify = [&](const QModelIndex &parent) {
        const int rows = rowCount(parent);
        if (rows == 0)
            return;
        Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, 0, parent), roles);
        for (int r = 0; r < rows; ++r)
            notify(index(r, 0, parent));
    };
    notify({});
}

void SectionTreeModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, 0);
    refreshChecks();
}
