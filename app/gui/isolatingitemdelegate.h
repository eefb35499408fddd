#pragma once

#include <QStyledItemDelegate>

// Shows each item's text in its own direction inside a view of the other
// one: an English section title in the Arabic interface read "?A New
// Pathway" with its question mark at the wrong end (issue 13). The text is
// put in a Unicode isolate when its first strong character disagrees with
// the view; the model's text stays as it is.
class IsolatingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
