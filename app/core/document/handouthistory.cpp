#include "handouthistory.h"

#include <QTextDocument>

TextStep::TextStep(QTextDocument *doc, const QString &name, bool joinsPrevious)
    : QUndoCommand(name)
    , m_doc(doc)
    , m_joinsPrevious(joinsPrevious)
{ }

bool TextStep::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const TextStep *>(other);
    if (!next->m_joinsPrevious)
        return false;
    m_textSteps += next->m_textSteps;
    return true;
}

void TextStep::undo()
{
    for (int i = 0; i < m_textSteps; ++i)
        m_doc->undo();
    // Typing after an undo must start a step of its own.
    m_doc->setModified(false);
}

void TextStep::redo()
{
    // QUndoStack::push() calls redo(); the edit is already in the document.
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    for (int i = 0; i < m_textSteps; ++i)
        m_doc->redo();
    m_doc->setModified(false);
}

StateStep::StateStep(const QString &name, QTextDocument *textOrNull, std::function<void(bool)> apply)
    : QUndoCommand(name)
    , m_text(textOrNull)
    , m_apply(std::move(apply))
{ }

void StateStep::undo()
{
    if (m_text) {
        m_text->undo();
        m_text->setModified(false);
    }
    m_apply(false);
}

void StateStep::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    m_apply(true);
    if (m_text) {
        m_text->redo();
        m_text->setModified(false);
    }
}
