#pragma once

#include <QObject>

class HandoutDocument;
class ComposerEditor;
class QTimer;

// Marks, on screen only, the passages of a translated handout that are not
// reviewed translations: drafts in light yellow, passages shown in the source
// language (missing or out-of-date translation) in light orange. Extra
// selections are not part of the document, so nothing of this is printed.
class TranslationHighlighter : public QObject
{
    Q_OBJECT

public:
    TranslationHighlighter(ComposerEditor *editor, HandoutDocument *document);

    // Counts of marked passages and section headings, for tests and the
    // status line.
    int draftCount() const { return m_draft; }
    int fallbackCount() const { return m_fallback; }
    void refresh();

private:
    ComposerEditor *m_editor;
    HandoutDocument *m_document;
    QTimer *m_pause;
    int m_draft = 0;
    int m_fallback = 0;
};
