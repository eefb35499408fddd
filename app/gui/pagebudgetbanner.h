#pragma once

#include <QFrame>

class Article;
class QLabel;
struct PageBudget;
struct PageMeasure;

// The warning above the handout when it runs over its page target: how far
// over, which sections could go (PageBudget's suggestions, costliest first,
// with their cost), and whether even that would be enough. It only informs:
// it never leaves anything out, and it does not take the focus.
class PageBudgetBanner : public QFrame
{
    Q_OBJECT

public:
    explicit PageBudgetBanner(QWidget *parent = nullptr);

    // Shown while the handout runs over, hidden otherwise.
    void showBudget(const PageBudget &budget, const PageMeasure &measure, const Article &article);
    QString text() const;

private:
    QLabel *m_label;
};
