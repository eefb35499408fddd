#include "handouthistory.h"

#include <QTextDocument>

TextStep::TextStep(QTextDocument *doc, const QString &name)
    : QUndoCommand(name)
    , m_doc(doc)
{ }

void TextStep::undo()
{
    m_doc->undo();
}

void TextStep::redo()
{
    // QUndoStack::push() calls redo(); the edit is already in the document.
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    m_doc->redo();
}

StateStep::StateStep(const QString &name, QTextDocument *textOrNull, std::function<void(bool)> apply)
    : QUndoCommand(name)
    , m_text(textOrNull)
    , m_apply(std::move(apply))
{ }

void StateStep::undo()
{
    if (m_text)
        m_text->undo();
    m_apply(false);
}

void StateStep::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    m_apply(true);
    if (m_text)
        m_text->redo();
}
