#pragma once

#include <QWidget>

class HandoutDocument;
class QLabel;
class QSpinBox;
struct PageBudget;
struct PageOptions;

// The status bar's part about paper: the paper, the page count against the
// handout's page target (in a warning colour when it runs over), and the box
// that sets the target. A new target is one named step of the handout's
// history, like the other page options.
class PageStatus : public QWidget
{
    Q_OBJECT

public:
    explicit PageStatus(HandoutDocument *document, QWidget *parent = nullptr);

    QLabel *countLabel() const { return m_count; }
    QSpinBox *targetBox() const { return m_target; }
    void showBudget(const PageOptions &options, const PageBudget &budget);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showTarget();

    HandoutDocument *m_document;
    QLabel *m_count;
    QLabel *m_targetLabel;
    QSpinBox *m_target;
};
