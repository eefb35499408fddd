#pragma once

#include <QAbstractListModel>

class HandoutDocument;

// The sections in the handout, in their printed order. Rows can be dragged to
// a new place; a drop becomes HandoutDocument::moveSection, so the move is one
// undo step and keeps the section's edits.
class SelectedSectionsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles { SectionIdRole = Qt::UserRole + 1 };

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

private:
    void reload();

    HandoutDocument *m_document;
    QStringList m_ids;
};
