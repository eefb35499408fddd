#include "wordstoknow.h"

#include "safetysummary.h"
#include "termfinder.h"

using namespace Qt::StringLiterals;

QString WordsToKnow::printedText(const Article &article, const HandoutContent &content)
{
    QStringList parts {content.title};
    if (content.includeSummary) {
        const SafetySummary summary = SafetySummary::build(article, content.sectionIds());
        for (const SafetyPoint *point : summary.points)
            parts << point->text;
        for (const Passage *passage : summary.uncoveredPassages)
            parts << passage->text;
    }
    for (const SectionContent &section : content.sections) {
        for (const ContentItem &item : section.items) {
            for (const ContentBlock &block : item.blocks)
                parts << block.plainText();
        }
    }
    if (content.hasNotes) {
        for (const ContentBlock &block : content.notes)
            parts << block.plainText();
    }
    // A line break between pieces: a form never runs across two of them.
    return parts.join(u'\n');
}

QList<const GlossaryEntry *> WordsToKnow::of(const Article &article, const HandoutContent &content)
{
    QList<const GlossaryEntry *> out;
    if (article.glossary.isEmpty())
        return out;
    const TermFinder finder(article.glossary);
    for (const TermFinder::Match &match : finder.find(printedText(article, content)))
        out << match.entry;
    return out;
}
