#include "pagebudgetwatcher.h"

#include "handoutdocument.h"
#include "handoutoutput.h"
#include "pagedrenderer.h"

PageBudgetWatcher::PageBudgetWatcher(HandoutDocument *document, const HandoutOutput *output, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_output(output)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(PauseMs);
    connect(&m_pause, &QTimer::timeout, this, &PageBudgetWatcher::measureNow);
    connect(document->textDocument(), &QTextDocument::contentsChanged, this, &PageBudgetWatcher::schedule);
    // Page size, large print, the target, the "Words to know" box: all move
    // the page breaks or the verdict.
    connect(document, &HandoutDocument::optionsChanged, this, &PageBudgetWatcher::schedule);
}

void PageBudgetWatcher::schedule()
{
    m_pause.start();
}

void PageBudgetWatcher::measureNow()
{
    m_pause.stop();
    const HandoutContent content = m_document->content();
    m_measure = PageMeasure::of(*m_output->layOut(content));
    m_budget = PageBudget::assess(m_measure, m_document->options().pageTarget, content);
    Q_EMIT measured();
}
