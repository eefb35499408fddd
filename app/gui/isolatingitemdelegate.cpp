#include "isolatingitemdelegate.h"

#include "bidiisolation.h"

void IsolatingItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!option->text.isEmpty()
        && BidiIsolation::paragraphDirection(option->text, option->direction) != option->direction)
        option->text = BidiIsolation::isolated(option->text);
}
