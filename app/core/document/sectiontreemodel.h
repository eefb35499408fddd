#pragma once

#include <QAbstractItemModel>
#include <QIcon>

class HandoutDocument;
class Article;
struct Section;

// The article's sections as a checkable tree. A check mark means "in the
// handout"; a parent shows partly checked when only some of its branch is in.
// Checking or unchecking goes to the HandoutDocument, whose selection is the
// only state: the model just presents it.
class SectionTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Roles {
        SectionIdRole = Qt::UserRole + 1,
        SearchTextRole, // title and passage text, for the filter box
        TagsRole, // int PassageTags of the section's own passages
    };

    explicit SectionTreeModel(HandoutDocument *document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOf(const QString &sectionId) const;
    void setIcons(const QIcon &risk, const QIcon &supervision, const QIcon &both);

    // Re-reads the document's selection (it also does so on its own signal).
    void refreshChecks();
    void retranslate();

private:
    const Section *sectionAt(const QModelIndex &index) const;
    QStringList childrenOf(const QModelIndex &parent) const;
    Qt::CheckState checkState(const Section &section) const;
    QString toolTip(const Section &section) const;
    void notifyAll(const QList<int> &roles);
    void onPackChanged();
    static QStringList sectionIdsOf(const Article &article);
    static QStringList topLevelOf(const Article &article);

    HandoutDocument *m_document;
    QStringList m_sectionIds; // the pack's, to tell a new language from another pack
    QStringList m_topLevel;
    QIcon m_riskIcon;
    QIcon m_supervisionIcon;
    QIcon m_bothIcon;
};
