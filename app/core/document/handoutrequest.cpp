#include "handoutrequest.h"

#include "handoutassembler.h"
#include "safeecho.h"

#include <QSet>

using namespace Qt::StringLiterals;

QStringList HandoutRequest::splitIds(const QString &list, QStringList *problems)
{
    QStringList ids;
    QSet<QString> seen; // a set: a list may name every section of a large pack
    const QStringList parts = list.split(u',');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString id = parts[i].trimmed();
        if (id.isEmpty()) {
            problems->append(u"empty section id (entry %1 of the list)"_s.arg(i + 1));
            continue;
        }
        if (seen.contains(id)) {
            problems->append(u"section %1 is named twice"_s.arg(SafeEcho::quoted(id)));
            continue;
        }
        seen.insert(id);
        ids << id;
    }
    return ids;
}

HandoutRequest::Resolved HandoutRequest::resolve(const Article &article) const
{
    Resolved out;
    if (!presetId.isEmpty() && !sectionIds.isEmpty())
        out.problems << u"use either --sections or --preset, not both"_s;
    if (presetId.isEmpty() && sectionIds.isEmpty())
        out.problems << u"choose the content with --sections ID,ID,... or --preset ID"_s;

    if (!presetId.isEmpty()) {
        if (const Preset *preset = article.preset(presetId)) {
            out.sectionIds = preset->sectionIds;
            out.title = preset->title;
        } else {
            out.unknownIds << u"preset %1"_s.arg(SafeEcho::quoted(presetId));
        }
    }
    QSet<QString> chosen(out.sectionIds.cbegin(), out.sectionIds.cend());
    for (const QString &id : sectionIds) {
        if (!article.section(id)) {
            out.unknownIds << u"section %1"_s.arg(SafeEcho::quoted(id));
            continue;
        }
        for (const QString &member : article.withDescendants(id)) {
            if (!chosen.contains(member)) {
                chosen.insert(member);
                out.sectionIds << member;
            }
        }
    }
    if (!title.isEmpty())
        out.title = title;
    if (out.title.isEmpty())
        out.title = article.meta.title;
    return out;
}

namespace {

void appendNotes(const QString &notes, HandoutContent *content)
{
    content->hasNotes = true;
    content->notes.clear();
    for (const QString &paragraph : notes.split(u'\n')) {
        ContentBlock block;
        block.runs << TextRun {paragraph};
        content->notes << block;
    }
}

} // namespace

HandoutContent HandoutRequest::fill(const HandoutContent &templateContent) const
{
    HandoutContent content = templateContent;
    content.person = person;
    if (!title.isEmpty())
        content.title = title;
    if (!clinic.name.isEmpty() || !clinic.phone.isEmpty() || !clinic.address.isEmpty() || !clinic.crisisLine.isEmpty())
        content.clinic = clinic;
    content.includeSummary = templateContent.includeSummary && includeSummary;
    if (!notes.isEmpty())
        appendNotes(notes, &content);
    return content;
}

HandoutContent HandoutRequest::compose(const Article &article, const Resolved &resolved) const
{
    HandoutContent content;
    content.packId = article.meta.id;
    content.packVersion = article.meta.version;
    content.language = article.meta.language;
    content.title = resolved.title;
    content.person = person;
    content.clinic = clinic;
    content.wording = article.wording;
    content.includeSummary = includeSummary;
    content.includeGlossary = includeGlossary;
    content.includeTeachBack = includeTeachBack;
    for (const QString &id : resolved.sectionIds)
        content.sections << HandoutAssembler::sourceSection(article, id);
    if (!notes.isEmpty())
        appendNotes(notes, &content);
    return content;
}
