#pragma once

#include <QObject>

class QAction;
class QLineEdit;

// A line edit's "clear" button, shown while there is text to clear. Qt's own
// (QLineEdit::setClearButtonEnabled) asks the style for its icon, which reads
// the desktop's icon theme: a measurable share of start-up for the first line
// edit that has one (docs/performance.md). This one uses a bundled icon.
class ClearButton : public QObject
{
    Q_OBJECT

public:
    // Adds the button to `edit`, which owns it.
    static void add(QLineEdit *edit);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ClearButton(QLineEdit *edit);
    void retranslate();

    QLineEdit *m_edit;
    QAction *m_action;
};
