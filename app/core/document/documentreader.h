#pragma once

#include "handoutcontent.h"

class QTextDocument;
class QTextFrame;
class QTextBlock;

// Reads the composer's QTextDocument back into HandoutContent: what is in the
// document, with the clinician's edits, is what gets saved and printed. Text
// typed between frames is kept with the section before it, so nothing typed is
// dropped. Fills title, personalization, summary flag, sections and notes; the
// caller supplies pack, language and clinic.
class DocumentReader
{
public:
    static HandoutContent read(const QTextDocument *doc);
    static SectionContent readSection(const QTextFrame *frame);
    // The typed fields of the personalization panel and the "What to do" box.
    static Personalization readPersonalization(const QTextDocument *doc);

    // The frame of a section, or nullptr.
    static QTextFrame *sectionFrame(const QTextDocument *doc, const QString &sectionId);
    // Section frames in document order.
    static QList<QTextFrame *> sectionFrames(const QTextDocument *doc);
    // The first top-level frame with the role, or nullptr.
    static QTextFrame *frameWithRole(const QTextDocument *doc, int role);
    // The first block of a passage, in the whole document or inside one
    // frame; an invalid block when there is none (or passageId is empty).
    static QTextBlock passageBlock(const QTextDocument *doc, const QString &passageId);
    static QTextBlock passageBlock(const QTextFrame *frame, const QString &passageId);
    // Callout boxes of the sections with no text left in them (only the label).
    static QList<QTextFrame *> emptiedCallouts(const QTextDocument *doc);

private:
    static ContentBlock readBlock(const QTextBlock &block);
    static void readFrameBlocks(const QTextFrame *frame, QList<ContentItem> *items, bool skipHeadings);
};
