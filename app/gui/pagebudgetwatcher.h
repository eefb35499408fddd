#pragma once

#include "pagebudget.h"
#include "pagemeasure.h"

#include <QObject>
#include <QTimer>

class HandoutDocument;
class HandoutOutput;

// Measures the handout on paper after a pause in typing, and holds it
// against its page target. The figures come from the layout that export and
// print use (HandoutOutput::layOut), never from an estimate; laying a
// handout out takes a moment (docs/performance.md), so it runs once the text
// has been still for a short while, never per keystroke.
class PageBudgetWatcher : public QObject
{
    Q_OBJECT

public:
    PageBudgetWatcher(HandoutDocument *document, const HandoutOutput *output, QObject *parent = nullptr);

    const PageMeasure &measure() const { return m_measure; }
    const PageBudget &budget() const { return m_budget; }
    // Whether a measurement is waiting for the pause to end.
    bool isPending() const { return m_pause.isActive(); }

    // Measures after the pause; another change restarts it.
    void schedule();
    void measureNow();

    static constexpr int PauseMs = 900;

Q_SIGNALS:
    void measured();

private:
    HandoutDocument *m_document;
    const HandoutOutput *m_output;
    QTimer m_pause;
    PageMeasure m_measure;
    PageBudget m_budget;
};
