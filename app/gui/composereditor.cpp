#include "composereditor.h"

#include <QMimeData>
#include <QResizeEvent>

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
