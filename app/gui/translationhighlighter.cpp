#include "translationhighlighter.h"

#include "composereditor.h"
#include "documentmarks.h"
#include "documentreader.h"
#include "handoutdocument.h"

#include <QTextBlock>
#include <QTextEdit>
#include <QTextFrame>
#include <QTimer>

using namespace DocumentMarks;

TranslationHighlighter::TranslationHighlighter(ComposerEditor *editor, HandoutDocument *document)
    : QObject(editor)
    , m_editor(editor)
    , m_document(document)
    , m_pause(new QTimer(this))
{
    // After a pause in typing: every passage of the handout is visited, which
    // should not happen on each keystroke of a long handout.
    m_pause->setSingleShot(true);
    m_pause->setInterval(300);
    connect(m_pause, &QTimer::timeout, this, &TranslationHighlighter::refresh);
    connect(document->textDocument(), &QTextDocument::contentsChanged, m_pause, qOverload<>(&QTimer::start));
    connect(document, &HandoutDocument::packChanged, m_pause, qOverload<>(&QTimer::start));
}

void TranslationHighlighter::refresh()
{
    m_pause->stop();
    m_draft = 0;
    m_fallback = 0;
    QList<QTextEdit::ExtraSelection> marks;
    const TranslatedPack &pack = m_document->pack();
    for (QTextFrame *frame : DocumentReader::sectionFrames(m_document->textDocument())) {
        const QString sectionId = frame->frameFormat().stringProperty(SectionIdProperty);
        QTextCursor cursor = frame->firstCursorPosition();
        for (QTextBlock b = cursor.block(); b.isValid() && b.position() < frame->lastPosition(); b = b.next()) {
            const QString passageId = b.blockFormat().stringProperty(PassageIdProperty);
            // The section's heading is a translated text too (issue 19).
            const bool heading = passageId.isEmpty() && roleOf(b.blockFormat()) == Role::SectionHeading;
            if (passageId.isEmpty() && !heading)
                continue;
            const TranslationState state = heading ? pack.textState(sectionId, ContentTranslation::TitleId)
                                                   : pack.passageState(sectionId, passageId);
            QColor color;
            if (state == TranslationState::Draft) {
                color = QColor(0xff, 0xf4, 0xc2);
                ++m_draft;
            } else if (state == TranslationState::Stale || state == TranslationState::Missing) {
                color = QColor(0xff, 0xdd, 0xb8);
                ++m_fallback;
            } else {
                continue;
            }
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(b);
            mark.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            mark.format.setBackground(color);
            marks << mark;
        }
    }
    // Extra selections, not character formats: the marks are the editor's,
    // so they never reach the document, its undo history, a saved file or the
    // printed page.
    m_editor->setMarks(ComposerEditor::MarkLayer::Translation, marks);
}
