#include "handoutassembler.h"

#include <QLocale>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

#include "articlewording.h"
#include "bidiisolation.h"
#include "dateformat.h"
#include "safetysummary.h"
#include "wordstoknow.h"

using namespace Qt::StringLiterals;
using namespace DocumentMarks;

HandoutAssembler::HandoutAssembler(const Article &article, HandoutStyle style)
    : m_article(article)
    , m_formats(std::move(style))
{ }

QString HandoutAssembler::text(const QString &key, const QHash<QString, QString> &values) const
{
    QString out = m_article.texts.value(key);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        out.replace(u'{' + it.key() + u'}', it.value());
    return out;
}

QString HandoutAssembler::sourceKey(const Article &article, const HandoutContent &content)
{
    if (ArticleWording::isChanged(article, content))
        return content.person.clinician.trimmed().isEmpty() ? u"adapted-unnamed"_s : u"adapted-by"_s;
    return article.wording == Wording::Plain ? u"adapted-from"_s : u"source"_s;
}

QString HandoutAssembler::sourceLine(const HandoutContent &content) const
{
    const ArticleMeta &meta = m_article.meta;
    return text(sourceKey(m_article, content),
                {{u"title"_s, meta.citedTitle()},
                 {u"author"_s, meta.author},
                 {u"publisher"_s, meta.publisher},
                 {u"published"_s, DateFormat::longDate(meta.published, QLocale(meta.language))},
                 {u"clinician"_s, content.person.clinician.trimmed()}});
}

bool HandoutAssembler::showsContext(const Article &article, const QStringList &orderedIds, int index)
{
    const Section *section = article.section(orderedIds.value(index));
    if (!section || section->parentId.isEmpty() || orderedIds.contains(section->parentId))
        return false;
    const Section *previous = index > 0 ? article.section(orderedIds.value(index - 1)) : nullptr;
    return !previous || previous->parentId != section->parentId;
}

bool HandoutAssembler::needsPersonalization(const Personalization &person)
{
    return !person.patient.isEmpty() || !person.date.isEmpty() || !person.clinician.isEmpty();
}

SectionContent HandoutAssembler::sourceSection(const Article &article, const QString &sectionId)
{
    SectionContent content;
    content.sectionId = sectionId;
    const Section *section = article.section(sectionId);
    if (!section)
        return content;
    ContentBlock heading;
    heading.kind = BlockKind::SectionHeading;
    heading.level = section->level;
    heading.runs << TextRun {section->title};
    content.items << ContentItem {{}, {heading}};
    for (const Passage &passage : section->passages) {
        ContentBlock block;
        block.passageId = passage.id;
        block.runs << TextRun {passage.text};
        if (passage.tags || content.items.last().callout)
            content.items << ContentItem {passage.tags, {block}};
        else
            content.items.last().blocks << block;
    }
    return content;
}

void HandoutAssembler::build(QTextDocument *doc, const HandoutContent &content) const
{
    QTextCursor cursor = beginBuild(doc, content);
    // One edit block: a document with a layout (the editor's) is then laid
    // out once, not after every insertion.
    cursor.beginEditBlock();
    const QStringList ids = content.sectionIds();
    for (int i = 0; i < content.sections.size(); ++i)
        appendSection(cursor, content, ids, i);
    finishBuild(cursor, content);
    cursor.endEditBlock();
    doc->setUndoRedoEnabled(true);
    doc->setModified(false);
}

QTextCursor HandoutAssembler::beginBuild(QTextDocument *doc, const HandoutContent &content, bool attributionFirst) const
{
    doc->clear();
    doc->setUndoRedoEnabled(false);
    applyStyle(doc);
    doc->setMetaInformation(QTextDocument::DocumentTitle, content.title);

    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    writeHeader(cursor, content, attributionFirst);
    cursor.endEditBlock();
    return cursor;
}

void HandoutAssembler::applyStyle(QTextDocument *doc) const
{
    QFont font;
    font.setFamilies(m_formats.style().fontFamilies);
    font.setPointSizeF(m_formats.style().bodyPt);
    if (m_formats.style().avoidLigatures)
        font.setStyleStrategy(QFont::PreferNoShaping);
    doc->setDefaultFont(font);
    QTextOption option = doc->defaultTextOption();
    option.setTextDirection(m_formats.style().direction);
    doc->setDefaultTextOption(option);
}

void HandoutAssembler::writeHeader(QTextCursor &cursor, const HandoutContent &content, bool attributionFirst) const
{
    writeTitle(cursor, content.title);
    // An ordinary block after the title: frames are inserted there, never into
    // the title block, whose format they would otherwise inherit.
    cursor.insertBlock(m_formats.blockFormat(BlockKind::Paragraph, 0), m_formats.bodyChar());
    if (attributionFirst)
        insertAttribution(cursor, content);
    if (needsPersonalization(content.person))
        insertPersonalization(cursor, content.person);
    insertWhatToDo(cursor, content.person, content.clinic);
    if (content.includeSummary)
        insertSummary(cursor, content.sectionIds());
}

void HandoutAssembler::rewrite(QTextDocument *doc, const HandoutContent &content) const
{
    // Everything goes and comes back inside one edit block of the document's
    // own undo stack, so one undo brings the old handout back exactly.
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.removeSelectedText();
    cursor.setBlockFormat(QTextBlockFormat());
    writeHeader(cursor, content, false);
    const QStringList ids = content.sectionIds();
    for (int i = 0; i < content.sections.size(); ++i)
        appendSection(cursor, content, ids, i);
    finishBuild(cursor, content);
    cursor.endEditBlock();
    doc->setMetaInformation(QTextDocument::DocumentTitle, content.title);
}

void HandoutAssembler::appendSection(QTextCursor &cursor, const HandoutContent &content, const QStringList &ids,
                                     int index) const
{
    insertSection(cursor, content.sections[index], showsContext(m_article, ids, index));
}

void HandoutAssembler::finishBuild(QTextCursor &cursor, const HandoutContent &content, bool attributionFirst) const
{
    if (content.includeGlossary)
        insertWordsToKnow(cursor, WordsToKnow::of(m_article, content));
    if (content.includeTeachBack)
        insertTeachBack(cursor, TeachBack::forSections(m_article, content.sectionIds()));
    if (content.hasNotes)
        insertNotes(cursor, content.notes);
    if (!attributionFirst)
        insertAttribution(cursor, content);
}

void HandoutAssembler::writeTitle(QTextCursor &cursor, const QString &title) const
{
    cursor.movePosition(QTextCursor::StartOfBlock);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    cursor.setBlockFormat(m_formats.titleBlock());
    cursor.setBlockCharFormat(m_formats.titleChar());
    // A line of its own, where a direction control cannot reach other text;
    // one left open is still dropped, as in every typed field.
    cursor.insertText(BidiIsolation::neutralised(title), m_formats.titleChar());
}

void HandoutAssembler::startBlock(QTextCursor &cursor, const QTextBlockFormat &block, const QTextCharFormat &chars,
                                  bool *first) const
{
    if (*first) {
        cursor.setBlockFormat(block);
        cursor.setBlockCharFormat(chars);
        *first = false;
    } else {
        cursor.insertBlock(block, chars);
    }
}

void HandoutAssembler::finishFrame(QTextCursor &cursor, QTextFrame *frame) const
{
    // A frame that ends with a table keeps an empty block after it; keep that
    // block from adding a blank line to the page.
    QTextCursor last = frame->lastCursorPosition();
    const QTextBlock previous = last.block().previous();
    if (last.block().length() == 1 && previous.isValid() && last.block().position() > frame->firstPosition()
        && QTextCursor(previous).currentFrame() != frame)
        markSpacer(last);
    cursor.setPosition(frame->lastPosition() + 1);
}

void HandoutAssembler::markSpacer(QTextCursor &cursor) const
{
    QTextBlockFormat spacer;
    spacer.setProperty(RoleProperty, int(Role::Spacer));
    spacer.setLineHeight(1, QTextBlockFormat::FixedHeight);
    cursor.setBlockFormat(spacer);
    QTextCharFormat tiny = m_formats.bodyChar();
    tiny.setFontPointSize(1);
    cursor.setBlockCharFormat(tiny);
}

void HandoutAssembler::writeBlocks(QTextCursor &cursor, const QList<ContentBlock> &blocks, bool *first) const
{
    QTextList *list = nullptr;
    BlockKind listKind = BlockKind::Paragraph;
    int listLevel = 0;
    for (const ContentBlock &block : blocks) {
        QTextBlockFormat blockFormat = m_formats.blockFormat(block.kind, block.level);
        if (!block.passageId.isEmpty())
            blockFormat.setProperty(PassageIdProperty, block.passageId);
        blockFormat.setLayoutDirection(
            BidiIsolation::paragraphDirection(block.plainText(), m_formats.style().direction));
        startBlock(cursor, blockFormat, m_formats.blockChar(block.kind, block.level), first);
        const bool isList = block.kind == BlockKind::BulletItem || block.kind == BlockKind::NumberedItem;
        if (isList) {
            if (list && listKind == block.kind && listLevel == block.level) {
                list->add(cursor.block());
            } else {
                QTextListFormat lf;
                lf.setStyle(block.kind == BlockKind::BulletItem ? QTextListFormat::ListDisc
                                                                : QTextListFormat::ListDecimal);
                lf.setIndent(qBound(1, block.level, 6));
                list = cursor.createList(lf);
                listKind = block.kind;
                listLevel = block.level;
            }
        } else {
            list = nullptr;
        }
        for (const TextRun &run : block.runs)
            cursor.insertText(run.text, m_formats.runChar(run, block.kind, block.level));
    }
}

void HandoutAssembler::writeItem(QTextCursor &cursor, const ContentItem &item, bool *first) const
{
    if (!item.callout) {
        writeBlocks(cursor, item.blocks, first);
        return;
    }
    if (*first) {
        // A table inserted into an empty block leaves that block in front of it.
        markSpacer(cursor);
    }
    QTextTable *table = cursor.insertTable(1, 1, m_formats.calloutTable(item.callout));
    table->cellAt(0, 0).setFormat(m_formats.calloutCell(item.callout));
    QTextCursor cell = table->cellAt(0, 0).firstCursorPosition();
    cell.setBlockFormat(m_formats.calloutLabelBlock());
    const QTextCharFormat label = m_formats.calloutLabelChar(item.callout);
    QStringList words;
    for (PassageTag tag : {PassageTag::Risk, PassageTag::Supervision}) {
        if (item.callout.testFlag(tag)) {
            words << TextFormats::calloutIcon(tag) + u"\u00A0"_s
                    + text(tag == PassageTag::Risk ? u"risk-label"_s : u"supervision-label"_s);
        }
    }
    cell.insertText(words.join(u"   "_s), label);
    bool cellFirst = false;
    writeBlocks(cell, item.blocks, &cellFirst);
    // The empty block Qt keeps after a table is where the next item goes.
    cursor.setPosition(table->lastPosition() + 1);
    *first = true;
}

QTextFrame *HandoutAssembler::insertSection(QTextCursor &cursor, const SectionContent &section, bool showContext) const
{
    QTextFrame *frame = cursor.insertFrame(m_formats.sectionFrame(section.sectionId));
    bool first = true;
    for (const ContentItem &item : section.items)
        writeItem(cursor, item, &first);
    if (first) // an empty section still needs its block
        startBlock(cursor, m_formats.blockFormat(BlockKind::Paragraph, 0), m_formats.bodyChar(), &first);
    writeSectionContext(frame, showContext);
    finishFrame(cursor, frame);
    return frame;
}

void HandoutAssembler::writeSectionContext(QTextFrame *frame, bool show) const
{
    QTextCursor cursor = frame->firstCursorPosition();
    const bool present = roleOf(cursor.blockFormat()) == Role::SectionContext;
    if (present && !show) {
        cursor.movePosition(QTextCursor::NextBlock, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    } else if (!present && show) {
        const Section *section = m_article.section(frame->frameFormat().stringProperty(SectionIdProperty));
        const Section *parent = section ? m_article.section(section->parentId) : nullptr;
        if (!parent)
            return;
        const QTextBlockFormat oldBlock = cursor.blockFormat();
        const QTextCharFormat oldChars = cursor.blockCharFormat();
        cursor.insertBlock(oldBlock, oldChars);
        cursor.movePosition(QTextCursor::PreviousBlock);
        cursor.setBlockFormat(m_formats.contextBlock());
        cursor.setBlockCharFormat(m_formats.contextChar());
        cursor.insertText(parent->title, m_formats.contextChar());
    }
}

QTextFrame *HandoutAssembler::insertSummary(QTextCursor &cursor, const QStringList &sectionIds) const
{
    QTextFrame *frame = cursor.insertFrame(m_formats.summaryFrame());
    bool first = true;
    startBlock(cursor, m_formats.frameHeadingBlock(), m_formats.frameHeadingChar(), &first);
    cursor.insertText(text(u"summary-title"_s), m_formats.frameHeadingChar());
    startBlock(cursor, m_formats.smallBlock(), m_formats.bodyChar(), &first);
    cursor.insertText(text(u"summary-intro"_s), m_formats.bodyChar());

    const SafetySummary summary = SafetySummary::build(m_article, sectionIds);
    QList<ContentBlock> bullets;
    for (const SafetyPoint *point : summary.points) {
        ContentBlock b;
        b.kind = BlockKind::BulletItem;
        b.level = 1;
        b.runs << TextRun {point->text};
        bullets << b;
    }
    writeBlocks(cursor, bullets, &first);
    if (!summary.uncoveredPassages.isEmpty()) {
        startBlock(cursor, m_formats.smallBlock(), m_formats.bodyChar(), &first);
        cursor.insertText(text(u"summary-passages"_s), m_formats.fieldLabelChar());
        QList<ContentBlock> quoted;
        for (const Passage *p : summary.uncoveredPassages) {
            ContentBlock b;
            b.kind = BlockKind::BulletItem;
            b.level = 1;
            b.runs << TextRun {p->text};
            quoted << b;
        }
        writeBlocks(cursor, quoted, &first);
    }
    finishFrame(cursor, frame);
    return frame;
}

void HandoutAssembler::writeField(QTextCursor &cursor, const QString &key, const QString &label, const QString &value,
                                  bool *firstOnLine) const
{
    if (value.isEmpty())
        return;
    if (!*firstOnLine)
        cursor.insertText(u"    "_s, m_formats.fieldLabelChar());
    *firstOnLine = false;
    cursor.insertText(label + u": "_s, m_formats.fieldLabelChar());
    // Inserted as plain text: a name such as "<b>Eve</b>" prints as typed.
    // In an isolate, so that its direction stops at its end (BidiIsolation);
    // the isolate's marks carry the label's format, so that reading the
    // field back (DocumentReader) gives the value alone.
    cursor.insertText(QString(BidiIsolation::FirstStrongIsolate), m_formats.fieldLabelChar());
    cursor.insertText(BidiIsolation::neutralised(value), m_formats.fieldValueChar(key));
    cursor.insertText(QString(BidiIsolation::PopDirectionalIsolate), m_formats.fieldLabelChar());
}

QTextFrame *HandoutAssembler::insertPersonalization(QTextCursor &cursor, const Personalization &person) const
{
    QTextFrame *frame = cursor.insertFrame(m_formats.panelFrame(Role::Personalization));
    bool first = true;
    const struct
    {
        QString key;
        QString label;
        QString value;
        int line;
    } fields[] = {
        {u"patient"_s, text(u"patient"_s), person.patient, 0},
        {u"date"_s, text(u"date"_s), person.date, 0},
        {u"clinician"_s, text(u"clinician"_s), person.clinician, 1},
    };
    // The next appointment, the contact and the clinic's lines are in the
    // "What to do" box (whattodobox.cpp), never printed twice.
    int currentLine = -1;
    bool firstOnLine = true;
    for (const auto &field : fields) {
        if (field.value.isEmpty())
            continue;
        if (field.line != currentLine) {
            QTextBlockFormat block = m_formats.smallBlock();
            block.setBottomMargin(m_formats.style().paragraphSpacing * 0.25);
            startBlock(cursor, block, m_formats.bodyChar(), &first);
            currentLine = field.line;
            firstOnLine = true;
        }
        writeField(cursor, field.key, field.label, field.value, &firstOnLine);
    }
    if (first)
        startBlock(cursor, m_formats.smallBlock(), m_formats.bodyChar(), &first);
    finishFrame(cursor, frame);
    return frame;
}

QTextFrame *HandoutAssembler::insertNotes(QTextCursor &cursor, const QList<ContentBlock> &notes) const
{
    QTextFrame *frame = cursor.insertFrame(m_formats.panelFrame(Role::Notes));
    bool first = true;
    startBlock(cursor, m_formats.frameHeadingBlock(), m_formats.frameHeadingChar(), &first);
    cursor.insertText(text(u"notes-title"_s), m_formats.frameHeadingChar());
    if (notes.isEmpty())
        startBlock(cursor, m_formats.blockFormat(BlockKind::Paragraph, 0), m_formats.bodyChar(), &first);
    else
        writeBlocks(cursor, notes, &first);
    finishFrame(cursor, frame);
    return frame;
}

QTextFrame *HandoutAssembler::insertWordsToKnow(QTextCursor &cursor, const QList<const GlossaryEntry *> &entries) const
{
    if (entries.isEmpty())
        return nullptr;
    QTextFrame *frame = cursor.insertFrame(m_formats.panelFrame(Role::WordsToKnow));
    bool first = true;
    startBlock(cursor, m_formats.frameHeadingBlock(), m_formats.frameHeadingChar(), &first);
    cursor.insertText(text(u"words-to-know"_s), m_formats.frameHeadingChar());
    for (const GlossaryEntry *entry : entries) {
        startBlock(cursor, m_formats.smallBlock(), m_formats.bodyChar(), &first);
        cursor.insertText(entry->term + u": "_s, m_formats.fieldLabelChar());
        cursor.insertText(entry->definition, m_formats.bodyChar());
    }
    finishFrame(cursor, frame);
    return frame;
}

QTextFrame *HandoutAssembler::insertTeachBack(QTextCursor &cursor, const QList<const TeachBackPrompt *> &prompts) const
{
    if (prompts.isEmpty())
        return nullptr;
    QStringList authors;
    bool allReviewed = true;
    for (const TeachBackPrompt *prompt : prompts) {
        if (!authors.contains(prompt->addedBy))
            authors << prompt->addedBy;
        allReviewed = allReviewed && prompt->review == "reviewed"_L1;
    }
    QTextFrameFormat format = m_formats.panelFrame(Role::TeachBack);
    format.setBackground(QBrush(Qt::NoBrush));
    QTextFrame *frame = cursor.insertFrame(format);
    bool first = true;
    startBlock(cursor, m_formats.frameHeadingBlock(), m_formats.frameHeadingChar(), &first);
    cursor.insertText(text(u"teach-back-title"_s), m_formats.frameHeadingChar());
    // The intro and the note lead into the first question: a page break
    // never parts them from it (PageBreakRules).
    QTextBlockFormat leadIn = m_formats.smallBlock();
    leadIn.setProperty(KeepWithNextProperty, true);
    startBlock(cursor, leadIn, m_formats.bodyChar(), &first);
    cursor.insertText(text(u"teach-back-intro"_s), m_formats.bodyChar());
    // The questions are the pack's words, not the article's: say whose, and
    // whether a person has checked them, as the footer does for a
    // translation. Up front, so that it never ends up alone on a last page.
    startBlock(cursor, leadIn, m_formats.smallChar(), &first);
    cursor.insertText(
        text(allReviewed ? u"teach-back-reviewed"_s : u"teach-back-draft"_s, {{u"author"_s, authors.join(u"; "_s)}}),
        m_formats.smallChar());
    constexpr int AnswerLines = 3;
    const QLocale locale(m_article.meta.language);
    for (int i = 0; i < prompts.size(); ++i) {
        startBlock(cursor, m_formats.blockFormat(BlockKind::Paragraph, 0), m_formats.fieldLabelChar(), &first);
        cursor.insertText(locale.toString(i + 1) + u". "_s, m_formats.fieldLabelChar());
        cursor.insertText(prompts[i]->prompt, m_formats.bodyChar());
        QTextTable *lines = cursor.insertTable(AnswerLines, 1, m_formats.answerTable());
        for (int row = 0; row < AnswerLines; ++row)
            lines->cellAt(row, 0).setFormat(m_formats.answerCell());
        cursor.setPosition(lines->lastPosition() + 1);
    }
    finishFrame(cursor, frame);
    return frame;
}

QTextFrame *HandoutAssembler::insertAttribution(QTextCursor &cursor, const HandoutContent &content) const
{
    QTextFrameFormat format;
    format.setProperty(RoleProperty, int(Role::Attribution));
    format.setTopMargin(m_formats.style().frameSpacing);
    format.setBorder(0);
    QTextFrame *frame = cursor.insertFrame(format);
    const ArticleMeta &meta = m_article.meta;
    bool first = true;
    const QStringList lines = {
        sourceLine(content),
        meta.authorNote,
        text(u"content-version"_s,
             {{u"version"_s, meta.version}, {u"reviewed"_s, meta.reviewed.toString(Qt::ISODate)}}),
        text(u"disclaimer"_s),
    };
    for (const QString &line : lines) {
        if (line.isEmpty())
            continue;
        // The note on the author may be in the article's language only.
        QTextBlockFormat block = m_formats.smallBlock();
        block.setLayoutDirection(BidiIsolation::paragraphDirection(line, m_formats.style().direction));
        startBlock(cursor, block, m_formats.smallChar(), &first);
        cursor.insertText(line, m_formats.smallChar());
    }
    finishFrame(cursor, frame);
    return frame;
}
