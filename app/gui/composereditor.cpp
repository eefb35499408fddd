#include "composereditor.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QResizeEvent>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
bool isHistoryKey(QKeyEvent *event)
{
    return event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo);
}
} // namespace

ComposerEditor::ComposerEditor(QWidget *parent)
    : QTextEdit(parent)
{
    setAcceptRichText(false);
    setTabChangesFocus(true); // keyboard users must be able to leave the editor
    setAccessibleName(tr("Handout text"));
}

void ComposerEditor::resizeEvent(QResizeEvent *event)
{
    // Keep the text in a page-wide column (about the body width of a printed
    // page) in the middle of the window, so line lengths match the print.
    const int column = 760;
    const int side = qMax(0, (width() - column) / 2);
    setViewportMargins(side, 0, side, 0);
    QTextEdit::resizeEvent(event);
}

bool ComposerEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasText();
}

void ComposerEditor::insertFromMimeData(const QMimeData *source)
{
    if (source->hasText())
        textCursor().insertText(source->text());
}

QVariant ComposerEditor::loadResource(int, const QUrl &)
{
    return {}; // the handout never loads files or URLs
}

bool ComposerEditor::event(QEvent *event)
{
    // QTextEdit claims Ctrl+Z for its own undo; leave it to the window's
    // Edit > Undo, which undoes the handout's history.
    if (m_history && event->type() == QEvent::ShortcutOverride && isHistoryKey(static_cast<QKeyEvent *>(event))) {
        event->ignore();
        return false;
    }
    return QTextEdit::event(event);
}

void ComposerEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_history && isHistoryKey(event)) {
        if (event->matches(QKeySequence::Undo))
            m_history->undo();
        else
            m_history->redo();
        event->accept();
        return;
    }
    QTextEdit::keyPressEvent(event);
}

void ComposerEditor::setMarks(MarkLayer layer, const QList<QTextEdit::ExtraSelection> &marks)
{
    (layer == MarkLayer::Translation ? m_translationMarks : m_spellingMarks) = marks;
    // Spelling last: its underline is drawn over a passage's background.
    setExtraSelections(m_translationMarks + m_spellingMarks);
}

void ComposerEditor::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    if (m_history) {
        // Qt names its own entries; ours take their place.
        for (QAction *a : menu->actions()) {
            const bool undo = a->objectName() == "edit-undo"_L1;
            if (!undo && a->objectName() != "edit-redo"_L1)
                continue;
            auto *ours = new QAction(a->icon(), a->text(), menu.get());
            ours->setShortcut(a->shortcut());
            ours->setEnabled(undo ? m_history->canUndo() : m_history->canRedo());
            connect(ours, &QAction::triggered, m_history, undo ? &QUndoStack::undo : &QUndoStack::redo);
            menu->insertAction(a, ours);
            menu->removeAction(a);
        }
    }
    Q_EMIT contextMenuAboutToShow(menu.get(), cursorForPosition(event->pos()));
    menu->exec(event->globalPos());
}
