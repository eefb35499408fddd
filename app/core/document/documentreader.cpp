#include "documentreader.h"

#include "documentmarks.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

using namespace DocumentMarks;

namespace {

bool isGenerated(const QTextBlock &block)
{
    const Role role = roleOf(block.blockFormat());
    return role == Role::SectionContext || role == Role::CalloutLabel || role == Role::Spacer;
}

void appendPlain(QList<ContentItem> *items, const ContentBlock &block)
{
    if (items->isEmpty() || items->last().callout)
        items->append(ContentItem {});
    items->last().blocks << block;
}

// Drops trailing empty paragraphs: Qt keeps one after a table, and they never
// carry anything the clinician wrote.
void trimTrailingEmpty(QList<ContentItem> *items)
{
    while (!items->isEmpty()) {
        ContentItem &last = items->last();
        while (!last.blocks.isEmpty() && last.blocks.last().kind == BlockKind::Paragraph
               && last.blocks.last().plainText().isEmpty() && last.blocks.last().passageId.isEmpty())
            last.blocks.removeLast();
        if (!last.blocks.isEmpty())
            return;
        items->removeLast();
    }
}

} // namespace

ContentBlock DocumentReader::readBlock(const QTextBlock &block)
{
    ContentBlock out;
    const QTextBlockFormat bf = block.blockFormat();
    out.passageId = bf.stringProperty(PassageIdProperty);
    if (roleOf(bf) == Role::SectionHeading) {
        out.kind = BlockKind::SectionHeading;
        out.level = qMax(1, bf.headingLevel() - 1);
    } else if (bf.headingLevel() > 0) {
        out.kind = BlockKind::Heading;
        out.level = qBound(1, bf.headingLevel() - 1, 3);
    } else if (QTextList *list = block.textList()) {
        const QTextListFormat::Style style = list->format().style();
        const bool numbered = style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha
            || style == QTextListFormat::ListUpperAlpha || style == QTextListFormat::ListLowerRoman
            || style == QTextListFormat::ListUpperRoman;
        out.kind = numbered ? BlockKind::NumberedItem : BlockKind::BulletItem;
        out.level = qMax(1, list->format().indent());
    }
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat cf = fragment.charFormat();
        if (cf.isImageFormat())
            continue; // images are not part of a handout's text
        TextRun run;
        run.text = fragment.text();
        run.text.replace(QChar::ObjectReplacementCharacter, QString());
        // Headings are bold by style; a run is "bold" only where the clinician made it so.
        run.bold = cf.fontWeight() >= QFont::DemiBold && out.kind != BlockKind::SectionHeading
            && out.kind != BlockKind::Heading;
        run.italic = cf.fontItalic();
        run.underline = cf.fontUnderline();
        if (run.text.isEmpty())
            continue;
        if (!out.runs.isEmpty() && out.runs.last().sameFormat(run))
            out.runs.last().text += run.text;
        else
            out.runs << run;
    }
    return out;
}

void DocumentReader::readFrameBlocks(const QTextFrame *frame, QList<ContentItem> *items, bool skipHeadings)
{
    for (auto it = frame->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *child = it.currentFrame()) {
            QList<ContentItem> inner;
            readFrameBlocks(child, &inner, false);
            trimTrailingEmpty(&inner);
            const auto *table = qobject_cast<QTextTable *>(child);
            const PassageTags callout = table && roleOf(table->format()) == Role::Callout
                ? PassageTags(table->format().intProperty(CalloutTagsProperty))
                : PassageTags();
            if (callout) {
                // Everything in one callout table stays one callout. A line
                // emptied of its text is gone, and a box with no text left is
                // removed, box and all: nothing empty is printed, and the
                // review counts the passage as removed.
                ContentItem item {callout, {}};
                for (const ContentItem &part : std::as_const(inner)) {
                    for (const ContentBlock &block : part.blocks) {
                        if (!block.plainText().trimmed().isEmpty())
                            item.blocks << block;
                    }
                }
                if (!item.blocks.isEmpty())
                    items->append(item);
            } else {
                // Tables or frames pasted in: keep their text as paragraphs.
                for (const ContentItem &part : std::as_const(inner)) {
                    for (const ContentBlock &block : part.blocks)
                        appendPlain(items, block);
                }
            }
            continue;
        }
        const QTextBlock block = it.currentBlock();
        if (isGenerated(block))
            continue;
        if (skipHeadings && roleOf(block.blockFormat()) == Role::FrameHeading)
            continue;
        appendPlain(items, readBlock(block));
    }
}

SectionContent DocumentReader::readSection(const QTextFrame *frame)
{
    SectionContent section;
    section.sectionId = frame->frameFormat().stringProperty(SectionIdProperty);
    readFrameBlocks(frame, &section.items, false);
    trimTrailingEmpty(&section.items);
    return section;
}

Personalization DocumentReader::readPersonalization(const QTextDocument *doc)
{
    Personalization person;
    QHash<QString, QString> values;
    // The fields are split between the panel (who) and the box (what to do).
    for (const int role : {int(Role::Personalization), int(Role::WhatToDo)}) {
        const QTextFrame *frame = frameWithRole(doc, role);
        if (!frame)
            continue;
        for (auto it = frame->begin(); !it.atEnd(); ++it) {
            const QTextBlock block = it.currentBlock();
            for (auto f = block.begin(); !f.atEnd(); ++f) {
                const QString key = f.fragment().charFormat().stringProperty(FieldKeyProperty);
                if (!key.isEmpty())
                    values[key] += f.fragment().text();
            }
        }
    }
    person.patient = values.value(QStringLiteral("patient"));
    person.date = values.value(QStringLiteral("date"));
    person.clinician = values.value(QStringLiteral("clinician"));
    person.nextAppointment = values.value(QStringLiteral("next-appointment"));
    person.contact = values.value(QStringLiteral("contact"));
    return person;
}

QTextFrame *DocumentReader::frameWithRole(const QTextDocument *doc, int role)
{
    for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
        if (frame->frameFormat().intProperty(RoleProperty) == role)
            return frame;
    }
    return nullptr;
}

QList<QTextFrame *> DocumentReader::sectionFrames(const QTextDocument *doc)
{
    QList<QTextFrame *> out;
    for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
        if (roleOf(frame->frameFormat()) == Role::Section)
            out << frame;
    }
    return out;
}

QTextFrame *DocumentReader::sectionFrame(const QTextDocument *doc, const QString &sectionId)
{
    for (QTextFrame *frame : sectionFrames(doc)) {
        if (frame->frameFormat().stringProperty(SectionIdProperty) == sectionId)
            return frame;
    }
    return nullptr;
}

HandoutContent DocumentReader::read(const QTextDocument *doc)
{
    HandoutContent content;
    const QTextFrame *root = doc->rootFrame();
    content.includeSummary = false;
    QList<ContentBlock> stray;
    auto flushStray = [&] {
        if (stray.isEmpty())
            return;
        // Keep text typed between frames with the section before it, or with
        // the notes when no section precedes it.
        if (!content.sections.isEmpty()) {
            for (const ContentBlock &b : std::as_const(stray))
                appendPlain(&content.sections.last().items, b);
        } else {
            content.hasNotes = true;
            content.notes << stray;
        }
        stray.clear();
    };
    for (auto it = root->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            flushStray();
            switch (roleOf(frame->frameFormat())) {
            case Role::Section:
                content.sections << readSection(frame);
                break;
            case Role::Summary:
                content.includeSummary = true;
                break;
            case Role::Personalization:
            case Role::WhatToDo:
                content.person = readPersonalization(doc);
                break;
            case Role::Notes: {
                content.hasNotes = true;
                QList<ContentItem> items;
                readFrameBlocks(frame, &items, true);
                trimTrailingEmpty(&items);
                for (const ContentItem &item : std::as_const(items))
                    content.notes << item.blocks;
                break;
            }
            default:
                break; // the attribution is regenerated from the pack
            }
            continue;
        }
        const QTextBlock block = it.currentBlock();
        if (roleOf(block.blockFormat()) == Role::Title) {
            content.title = block.text();
            continue;
        }
        if (isGenerated(block) || block.text().trimmed().isEmpty())
            continue;
        ContentBlock b = readBlock(block);
        b.passageId.clear();
        stray << b;
    }
    // Text typed after the last frame joins the notes or the last section.
    if (content.hasNotes)
        content.notes << stray;
    else
        flushStray();
    return content;
}

QTextBlock DocumentReader::passageBlock(const QTextDocument *doc, const QString &passageId)
{
    if (passageId.isEmpty())
        return {};
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().stringProperty(PassageIdProperty) == passageId)
            return b;
    }
    return {};
}

QTextBlock DocumentReader::passageBlock(const QTextFrame *frame, const QString &passageId)
{
    if (passageId.isEmpty())
        return {};
    for (QTextBlock b = frame->firstCursorPosition().block(); b.isValid() && b.position() <= frame->lastPosition();
         b = b.next()) {
        if (b.blockFormat().stringProperty(PassageIdProperty) == passageId)
            return b;
    }
    return {};
}

QList<QTextFrame *> DocumentReader::emptiedCallouts(const QTextDocument *doc)
{
    QList<QTextFrame *> out;
    for (QTextFrame *section : sectionFrames(doc)) {
        for (QTextFrame *child : section->childFrames()) {
            const auto *table = qobject_cast<QTextTable *>(child);
            if (!table || roleOf(table->format()) != Role::Callout)
                continue;
            bool empty = true;
            for (QTextBlock b = doc->findBlock(table->firstPosition());
                 b.isValid() && b.position() < table->lastPosition(); b = b.next()) {
                if (!isGenerated(b) && !b.text().trimmed().isEmpty()) {
                    empty = false;
                    break;
                }
            }
            if (empty)
                out << child;
        }
    }
    return out;
}
