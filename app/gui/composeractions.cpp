#include "composeractions.h"

#include "documentmarks.h"
#include "textformats.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QMenu>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

ComposerActions::ComposerActions(QTextEdit *editor, QUndoStack *history, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_history(history)
{
    auto make = [this](const QString &iconName, const QKeySequence &key, bool checkable) {
        auto *action = new QAction(this);
        if (!iconName.isEmpty())
            action->setIcon(QIcon(u":/icons/%1.svg"_s.arg(iconName)));
        action->setShortcut(key);
        action->setCheckable(checkable);
        return action;
    };
    m_undo = make(u"edit-undo"_s, QKeySequence::Undo, false);
    m_redo = make(u"edit-redo"_s, QKeySequence::Redo, false);
    m_bold = make({}, QKeySequence::Bold, true);
    m_italic = make({}, QKeySequence::Italic, true);
    m_underline = make({}, QKeySequence::Underline, true);
    m_bullets = make(u"list-bullet"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8), true);
    m_numbers = make(u"list-numbered"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7), true);
    m_clear = make(u"format-clear"_s, QKeySequence(Qt::CTRL | Qt::Key_Backslash), false);

    QFont bold = m_bold->font();
    bold.setBold(true);
    m_bold->setFont(bold);
    QFont italic = m_italic->font();
    italic.setItalic(true);
    m_italic->setFont(italic);
    QFont underline = m_underline->font();
    underline.setUnderline(true);
    m_underline->setFont(underline);

    m_headingGroup = new QActionGroup(this);
    for (int level = 0; level <= 3; ++level) {
        QAction *a = make({}, QKeySequence(Qt::CTRL | (Qt::Key_0 + level)), true);
        a->setData(level);
        m_headingGroup->addAction(a);
        m_headings << a;
        connect(a, &QAction::triggered, this, [this, level] { setHeadingLevel(level); });
    }

    // The handout's one history, not the editor's: a language or page change
    // is a step too, and each step says what it undoes.
    m_undo->setEnabled(history->canUndo());
    m_redo->setEnabled(history->canRedo());
    connect(m_undo, &QAction::triggered, history, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, history, &QUndoStack::redo);
    connect(history, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(history, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(history, &QUndoStack::undoTextChanged, this, &ComposerActions::retranslateHistory);
    connect(history, &QUndoStack::redoTextChanged, this, &ComposerActions::retranslateHistory);

    connect(m_bold, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat f;
        f.setFontWeight(on ? QFont::Bold : QFont::Normal);
        mergeFormat(f);
    });
    connect(m_italic, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat f;
        f.setFontItalic(on);
        mergeFormat(f);
    });
    connect(m_underline, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat f;
        f.setFontUnderline(on);
        mergeFormat(f);
    });
    connect(m_bullets, &QAction::triggered, this, [this](bool on) { toggleList(false, on); });
    connect(m_numbers, &QAction::triggered, this, [this](bool on) { toggleList(true, on); });
    connect(m_clear, &QAction::triggered, this, &ComposerActions::clearFormatting);
    connect(editor, &QTextEdit::cursorPositionChanged, this, &ComposerActions::updateStates);
    connect(editor, &QTextEdit::currentCharFormatChanged, this, &ComposerActions::updateStates);
    retranslate();
    updateStates();
}

void ComposerActions::retranslateHistory()
{
    const QString undo = m_history->undoText();
    const QString redo = m_history->redoText();
    m_undo->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redo->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
}

void ComposerActions::retranslate()
{
    retranslateHistory();
    m_bold->setText(tr("&Bold"));
    m_bold->setIconText(tr("B", "toolbar button for bold"));
    m_italic->setText(tr("&Italic"));
    m_italic->setIconText(tr("I", "toolbar button for italic"));
    m_underline->setText(tr("&Underline"));
    m_underline->setIconText(tr("U", "toolbar button for underline"));
    m_bullets->setText(tr("Bulleted &list"));
    m_numbers->setText(tr("&Numbered list"));
    m_clear->setText(tr("&Clear formatting"));
    m_headings[0]->setText(tr("&Paragraph"));
    m_headings[1]->setText(tr("Heading &1"));
    m_headings[2]->setText(tr("Heading &2"));
    m_headings[3]->setText(tr("Heading &3"));
    for (QAction *a : {m_undo, m_redo, m_bold, m_italic, m_underline, m_bullets, m_numbers, m_clear}) {
        const QString plain = a->text().remove(u'&');
        a->setToolTip(a->shortcut().isEmpty()
                          ? plain
                          : u"%1 (%2)"_s.arg(plain, a->shortcut().toString(QKeySequence::NativeText)));
    }
    if (m_headingBox) {
        for (int i = 0; i < m_headings.size(); ++i)
            m_headingBox->setItemText(i, m_headings[i]->text().remove(u'&'));
        m_headingBox->setAccessibleName(tr("Paragraph style"));
        m_headingBox->setToolTip(tr("Paragraph style (Ctrl+0 to Ctrl+3)"));
    }
}

void ComposerActions::addToToolBar(QToolBar *toolBar)
{
    toolBar->addAction(m_undo);
    toolBar->addAction(m_redo);
    toolBar->addSeparator();
    m_headingBox = new QComboBox(toolBar);
    for (QAction *a : std::as_const(m_headings))
        m_headingBox->addItem(a->text().remove(u'&'));
    connect(m_headingBox, &QComboBox::activated, this, [this](int index) {
        setHeadingLevel(index);
        m_editor->setFocus();
    });
    toolBar->addWidget(m_headingBox);
    toolBar->addAction(m_bold);
    toolBar->addAction(m_italic);
    toolBar->addAction(m_underline);
    toolBar->addSeparator();
    toolBar->addAction(m_bullets);
    toolBar->addAction(m_numbers);
    toolBar->addAction(m_clear);
    retranslate();
    updateStates();
}

void ComposerActions::addToFormatMenu(QMenu *menu)
{
    menu->addActions({m_bold, m_italic, m_underline});
    menu->addSeparator();
    menu->addActions(m_headings);
    menu->addSeparator();
    menu->addActions({m_bullets, m_numbers});
    menu->addSeparator();
    menu->addAction(m_clear);
}

void ComposerActions::mergeFormat(const QTextCharFormat &format)
{
    QTextCursor cursor = m_editor->textCursor();
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::WordUnderCursor);
    cursor.mergeCharFormat(format);
    m_editor->mergeCurrentCharFormat(format);
}

void ComposerActions::setHeadingLevel(int level)
{
    // The same formats the assembler uses, so a heading typed here prints like
    // one that came from the source.
    const TextFormats formats(HandoutStyle::normal());
    const BlockKind kind = level == 0 ? BlockKind::Paragraph : BlockKind::Heading;
    QTextCursor cursor = m_editor->textCursor();
    cursor.beginEditBlock();
    QTextBlockFormat block = cursor.blockFormat();
    if (DocumentMarks::roleOf(block) == DocumentMarks::Role::SectionHeading)
        block.clearProperty(DocumentMarks::RoleProperty);
    block.merge(formats.blockFormat(kind, level));
    block.setHeadingLevel(level == 0 ? 0 : level + 1); // level 1 is the handout's title
    cursor.setBlockFormat(block);
    cursor.movePosition(QTextCursor::StartOfBlock);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    cursor.mergeCharFormat(formats.blockChar(kind, level));
    cursor.endEditBlock();
    updateStates();
}

void ComposerActions::toggleList(bool numbered, bool on)
{
    QTextCursor cursor = m_editor->textCursor();
    cursor.beginEditBlock();
    if (!on) {
        if (QTextList *list = cursor.currentList()) {
            list->remove(cursor.block());
            QTextBlockFormat block = cursor.blockFormat();
            block.setIndent(0);
            cursor.setBlockFormat(block);
        }
    } else {
        QTextListFormat format;
        format.setStyle(numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc);
        format.setIndent(1);
        cursor.createList(format);
    }
    cursor.endEditBlock();
    updateStates();
}

void ComposerActions::clearFormatting()
{
    QTextCursor cursor = m_editor->textCursor();
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::BlockUnderCursor);
    QTextCharFormat plain;
    plain.setFontWeight(QFont::Normal);
    plain.setFontItalic(false);
    plain.setFontUnderline(false);
    cursor.mergeCharFormat(plain);
    updateStates();
}

void ComposerActions::updateStates()
{
    const QTextCursor cursor = m_editor->textCursor();
    const QTextCharFormat f = m_editor->currentCharFormat();
    m_bold->setChecked(f.fontWeight() >= QFont::DemiBold);
    m_italic->setChecked(f.fontItalic());
    m_underline->setChecked(f.fontUnderline());
    const QTextList *list = cursor.currentList();
    const bool numbered = list && list->format().style() == QTextListFormat::ListDecimal;
    m_bullets->setChecked(list && !numbered);
    m_numbers->setChecked(numbered);
    const int level = qBound(0, cursor.blockFormat().headingLevel() - 1, 3);
    m_headings[level]->setChecked(true);
    if (m_headingBox)
        m_headingBox->setCurrentIndex(level);
}
