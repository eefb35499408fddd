#include "spellingscope.h"

#include "article.h"
#include "documentmarks.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>

using namespace DocumentMarks;
using namespace Qt::StringLiterals;

namespace {

// The frame just under the root that holds the block (a section, the notes,
// a box), or nullptr for a block of the root itself.
const QTextFrame *topFrameOf(const QTextBlock &block)
{
    const QTextFrame *root = block.document()->rootFrame();
    const QTextFrame *frame = block.document()->frameAt(block.position());
    while (frame && frame->parentFrame() && frame->parentFrame() != root)
        frame = frame->parentFrame();
    return frame == root ? nullptr : frame;
}

bool isSourceWording(const QTextBlock &block, const Article &pack)
{
    const QString passageId = block.blockFormat().stringProperty(PassageIdProperty);
    if (passageId.isEmpty())
        return false;
    const Passage *passage = pack.passage(passageId);
    const QString text = block.text();
    return passage && !text.isEmpty() && passage->text.contains(text);
}

QList<SpellingRange> typedFields(const QTextBlock &block)
{
    QList<SpellingRange> out;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const QString key = fragment.charFormat().stringProperty(FieldKeyProperty);
        if (key == u"next-appointment"_s || key == u"contact"_s)
            out.append({fragment.position() - block.position(), fragment.length(), u"field:"_s + key});
    }
    return out;
}

} // namespace

QList<SpellingRange> SpellingScope::rangesIn(const QTextBlock &block, const Article &pack)
{
    if (!block.isValid() || block.length() <= 1)
        return {};
    const int length = block.length() - 1;
    switch (roleOf(block.blockFormat())) {
    case Role::Title:
        return {{0, length, u"title"_s}};
    case Role::None:
        break;
    default:
        return {}; // headings, labels, spacers: the handout's own
    }
    const QTextFrame *frame = topFrameOf(block);
    if (!frame)
        return {};
    switch (roleOf(frame->frameFormat())) {
    case Role::Notes:
        return {{0, length, u"notes"_s}};
    case Role::Section:
        if (isSourceWording(block, pack))
            return {};
        return {{0, length, u"section:"_s + frame->frameFormat().stringProperty(SectionIdProperty)}};
    case Role::WhatToDo:
        return typedFields(block);
    default:
        return {};
    }
}
