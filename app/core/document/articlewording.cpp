#include "articlewording.h"

namespace {

// The handout's text of one passage (or of the heading, for an empty id),
// blocks joined: a passage split in two by Return is still its wording.
QString handoutText(const SectionContent &section, const QString &passageId)
{
    QStringList parts;
    for (const ContentItem &item : section.items) {
        for (const ContentBlock &block : item.blocks) {
            const bool heading = passageId.isEmpty() && block.kind == BlockKind::SectionHeading;
            if ((heading || (!passageId.isEmpty() && block.passageId == passageId)))
                parts << block.plainText();
        }
    }
    return parts.join(u' ').simplified();
}

} // namespace

bool ArticleWording::isChanged(const Article &article, const HandoutContent &content)
{
    for (const SectionContent &section : content.sections) {
        const Section *source = article.section(section.sectionId);
        if (!source)
            continue;
        if (handoutText(section, {}) != source->title.simplified())
            return true;
        for (const Passage &passage : source->passages) {
            if (handoutText(section, passage.id) != passage.text.simplified())
                return true;
        }
    }
    return false;
}
