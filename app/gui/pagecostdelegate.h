#pragma once

#include "isolatingitemdelegate.h"

// Draws a section's page cost ("0.8 p.", SelectedSectionsModel::PageCostRole)
// at the end of its row, and elides the title before it rather than under it.
class PageCostDelegate : public IsolatingItemDelegate
{
    Q_OBJECT

public:
    using IsolatingItemDelegate::IsolatingItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The cost as the row shows it; empty before the handout is measured.
    static QString costText(const QModelIndex &index);
};
