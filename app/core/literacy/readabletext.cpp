#include "readabletext.h"

#include "article.h"
#include "documentmarks.h"
#include "documentreader.h"
#include "handoutcontent.h"

#include <QTextDocument>
#include <QTextFrame>

using namespace DocumentMarks;
using namespace Qt::StringLiterals;

namespace {

bool isCountedKind(BlockKind kind)
{
    return kind == BlockKind::Paragraph || kind == BlockKind::BulletItem || kind == BlockKind::NumberedItem;
}

void appendBlocks(const QList<ContentBlock> &blocks, QList<TextPiece> *pieces)
{
    for (const ContentBlock &block : blocks) {
        if (isCountedKind(block.kind))
            pieces->append(TextPiece {block.plainText(), -1});
    }
}

// Blocks of a frame and of the frames (callout tables) inside it, in order.
void readFrame(const QTextFrame *frame, ReadableSection *section)
{
    for (auto it = frame->begin(); !it.atEnd(); ++it) {
        if (const QTextFrame *child = it.currentFrame()) {
            readFrame(child, section);
            continue;
        }
        const QTextBlock block = it.currentBlock();
        const QTextBlockFormat format = block.blockFormat();
        const Role role = roleOf(format);
        if (role == Role::SectionHeading) {
            if (section->title.isEmpty()) {
                section->title = block.text();
                section->position = block.position();
            }
            continue;
        }
        if (role == Role::SectionContext || role == Role::CalloutLabel || role == Role::Spacer
            || role == Role::FrameHeading || format.headingLevel() > 0)
            continue;
        QString text = block.text();
        // Images stand in the text as one character each; a space keeps the
        // offsets of the words after them.
        text.replace(QChar::ObjectReplacementCharacter, u' ');
        if (!text.trimmed().isEmpty())
            section->pieces.append(TextPiece {text, block.position()});
    }
}

} // namespace

ReadableText ReadableText::fromContent(const HandoutContent &content, const Article *pack)
{
    ReadableText out;
    out.language = content.language;
    for (const SectionContent &sc : content.sections) {
        ReadableSection section;
        section.id = sc.sectionId;
        if (pack) {
            if (const Section *s = pack->section(sc.sectionId))
                section.title = s->title;
        }
        for (const ContentItem &item : sc.items)
            appendBlocks(item.blocks, &section.pieces);
        out.sections << section;
    }
    if (content.hasNotes) {
        ReadableSection notes;
        notes.id = u"notes"_s;
        appendBlocks(content.notes, &notes.pieces);
        if (!notes.pieces.isEmpty())
            out.sections << notes;
    }
    return out;
}

ReadableText ReadableText::fromDocument(const QTextDocument *document, const QString &language)
{
    ReadableText out;
    out.language = language;
    for (const QTextFrame *frame : DocumentReader::sectionFrames(document)) {
        ReadableSection section;
        section.id = frame->frameFormat().stringProperty(SectionIdProperty);
        readFrame(frame, &section);
        out.sections << section;
    }
    if (const QTextFrame *notes = DocumentReader::frameWithRole(document, int(Role::Notes))) {
        ReadableSection section;
        section.id = u"notes"_s;
        readFrame(notes, &section);
        if (!section.pieces.isEmpty())
            out.sections << section;
    }
    return out;
}
