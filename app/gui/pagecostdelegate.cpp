#include "pagecostdelegate.h"

#include "pagemeasure.h"
#include "selectedsectionsmodel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace {
constexpr int Gap = 8; // between the title and the cost
}

QString PageCostDelegate::costText(const QModelIndex &index)
{
    const QVariant cost = index.data(SelectedSectionsModel::PageCostRole);
    if (!cost.isValid())
        return {};
    return tr("%1 p.").arg(QLocale().toString(PageMeasure::rounded(cost.toDouble()), 'f', 1));
}

void PageCostDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString cost = costText(index);
    if (cost.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    const int costWidth = opt.fontMetrics.horizontalAdvance(cost);
    opt.text = opt.fontMetrics.elidedText(opt.text, opt.textElideMode, textRect.width() - costWidth - Gap);
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    // At the row's end: the right in a left-to-right layout, the left otherwise.
    const QRect costRect = QStyle::visualRect(
        opt.direction, textRect, QRect(textRect.right() - costWidth + 1, textRect.top(), costWidth, textRect.height()));
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->drawText(costRect, Qt::AlignVCenter | Qt::AlignRight, cost);
    painter->restore();
}

QSize PageCostDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString cost = costText(index);
    if (!cost.isEmpty())
        size.rwidth() += option.fontMetrics.horizontalAdvance(cost) + Gap;
    return size;
}
