#pragma once

#include "documentmarks.h"
#include "handoutcontent.h"
#include "handoutstyle.h"

#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextFrameFormat>
#include <QTextTableCellFormat>
#include <QTextTableFormat>

// Turns a HandoutStyle into the Qt text formats of each part of a handout.
class TextFormats
{
public:
    explicit TextFormats(HandoutStyle style);

    const HandoutStyle &style() const { return m_style; }

    QTextCharFormat bodyChar() const;
    QTextCharFormat runChar(const TextRun &run, BlockKind kind, int level) const;
    QTextBlockFormat blockFormat(BlockKind kind, int level) const;
    QTextCharFormat blockChar(BlockKind kind, int level) const;

    QTextBlockFormat titleBlock() const;
    QTextCharFormat titleChar() const;
    QTextBlockFormat contextBlock() const;
    QTextCharFormat contextChar() const;
    QTextBlockFormat frameHeadingBlock() const;
    QTextCharFormat frameHeadingChar() const;
    QTextCharFormat fieldLabelChar() const;
    QTextCharFormat fieldValueChar(const QString &key) const;
    QTextCharFormat smallChar() const;
    QTextBlockFormat smallBlock() const;

    QTextFrameFormat sectionFrame(const QString &sectionId) const;
    QTextFrameFormat panelFrame(DocumentMarks::Role role) const;
    QTextFrameFormat summaryFrame() const;
    QTextTableFormat calloutTable(PassageTags tags) const;
    QTextTableCellFormat calloutCell(PassageTags tags) const;
    // The ruled lines under a teach-back question: a one-column table whose
    // cells have only a bottom rule, each a line of handwriting high.
    QTextTableFormat answerTable() const;
    QTextTableCellFormat answerCell() const;
    QTextBlockFormat calloutLabelBlock() const;
    QTextCharFormat calloutLabelChar(PassageTags tags) const;

    // The label's icon is a glyph, not an image: it stays vector in the PDF,
    // scales with large print and still reads in black-and-white.
    static QString calloutIcon(PassageTag tag);

private:
    QTextBlockFormat baseBlock() const;
    QColor calloutBorder(PassageTags tags) const;

    HandoutStyle m_style;
};
