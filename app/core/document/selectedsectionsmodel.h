#pragma once

#include <QAbstractListModel>
#include <QHash>

class HandoutDocument;

// The sections in the handout, in their printed order. Rows can be dragged to
// a new place; a drop becomes HandoutDocument::moveSection, so the move is one
// undo step and keeps the section's edits. Each row can carry the section's
// measured page cost (PageMeasure), which the window shows beside the title.
class SelectedSectionsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        SectionIdRole = Qt::UserRole + 1,
        PageCostRole, // double, in pages; no value until the handout is measured
    };

    explicit SelectedSectionsModel(HandoutDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // Moves the section at row by delta places (-1 up, +1 down).
    bool moveRow(int row, int delta);

    // The page cost of each section, by id, as PageMeasure found it. A
    // section added since keeps no figure until the next measurement.
    void setPageCosts(const QHash<QString, double> &costs);

private:
    void reload();

    HandoutDocument *m_document;
    QStringList m_ids;
    QHash<QString, double> m_costs;
};
