#pragma once

#include <QTextEdit>

// The rich-text editor of the composer. Text pasted or dropped in arrives as
// plain text: outside HTML could pull in local files, break the handout's
// structure, or nest tables deep enough to freeze layout (QT-NOTES.md).
class ComposerEditor : public QTextEdit
{
    Q_OBJECT

public:
    explicit ComposerEditor(QWidget *parent = nullptr);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    QVariant loadResource(int type, const QUrl &name) override;
};
