#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QComboBox;
class QTextCharFormat;
class QTextEdit;
class QToolBar;
class QUndoStack;
class QMenu;

// The composer's formatting commands (bold, italic, underline, lists, heading
// levels, clear formatting, undo and redo), with the usual shortcuts. Each
// command is one undo step; the check marks follow the cursor.
class ComposerActions : public QObject
{
    Q_OBJECT

public:
    ComposerActions(QTextEdit *editor, QUndoStack *history, QObject *parent = nullptr);

    void addToToolBar(QToolBar *toolBar);
    void addToFormatMenu(QMenu *menu);
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    void retranslate();

private:
    void mergeFormat(const QTextCharFormat &format);
    void setHeadingLevel(int level);
    void toggleList(bool numbered, bool on);
    void clearFormatting();
    void updateStates();
    // "Undo Large print on": the step's name follows the history.
    void retranslateHistory();

    QTextEdit *m_editor;
    QUndoStack *m_history;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_bold;
    QAction *m_italic;
    QAction *m_underline;
    QAction *m_bullets;
    QAction *m_numbers;
    QAction *m_clear;
    QList<QAction *> m_headings; // paragraph, heading 1-3
    QActionGroup *m_headingGroup;
    QComboBox *m_headingBox = nullptr;
};
