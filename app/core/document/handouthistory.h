#pragma once

#include <QUndoCommand>

#include <functional>

class QTextDocument;

// The steps of a handout's one history (Edit > Undo), kept on
// HandoutDocument's QUndoStack.
//
// Text lives in a QTextDocument, whose own undo stack merges typing and
// records every edit block; a TextStep stands for one step of it, so the
// QUndoStack holds everything the user did, in order, each with a name.
class TextStep : public QUndoCommand
{
public:
    // A step that `joinsPrevious` becomes part of the text step before it
    // (an emptied callout box removed right after its last word was deleted:
    // one undo brings back both).
    TextStep(QTextDocument *doc, const QString &name, bool joinsPrevious = false);
    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    QTextDocument *m_doc;
    int m_textSteps = 1; // steps of the text document's own stack
    bool m_joinsPrevious;
    bool m_firstRedo = true; // pushed after the edit was made
};

// A change to what the handout holds beside its text (language, clinic, page
// options, ...), together with the text step it made, if any. `apply(true)`
// puts the new values in place, `apply(false)` the old ones; undo reverts the
// text first, redo redoes it last, so the values match the text at every step.
class StateStep : public QUndoCommand
{
public:
    StateStep(const QString &name, QTextDocument *textOrNull, std::function<void(bool after)> apply);
    void undo() override;
    void redo() override;

private:
    QTextDocument *m_text;
    std::function<void(bool)> m_apply;
    bool m_firstRedo = true;
};
