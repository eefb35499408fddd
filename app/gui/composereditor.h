#pragma once

#include <QTextEdit>

class QMenu;
class QUndoStack;

// The rich-text editor of the composer. Text pasted or dropped in arrives as
// plain text: outside HTML could pull in local files, break the handout's
// structure, or nest tables deep enough to freeze layout (QT-NOTES.md).
class ComposerEditor : public QTextEdit
{
    Q_OBJECT

public:
    explicit ComposerEditor(QWidget *parent = nullptr);

    // Undo and redo in the editor (keys, context menu) go through the
    // handout's history, never straight to the text document: the history
    // also holds steps that are not text (a language, large print).
    void setHistory(QUndoStack *history) { m_history = history; }

    // On-screen marks over the text, one list per kind, so that the
    // translation marks and the spelling marks never replace each other.
    // Extra selections: never part of the document, a file or a page.
    enum class MarkLayer { Translation, Spelling };
    void setMarks(MarkLayer layer, const QList<QTextEdit::ExtraSelection> &marks);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    // Lets the window add entries for the passage under the mouse.
    void contextMenuAboutToShow(QMenu *menu, const QTextCursor &at);

private:
    QUndoStack *m_history = nullptr;
    QList<QTextEdit::ExtraSelection> m_translationMarks;
    QList<QTextEdit::ExtraSelection> m_spellingMarks;
};
