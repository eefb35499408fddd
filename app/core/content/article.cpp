#include "article.h"

using namespace Qt::StringLiterals;

bool PassageTagNames::parse(const QString &name, PassageTag *tag)
{
    if (name == "risk"_L1) {
        *tag = PassageTag::Risk;
        return true;
    }
    if (name == "supervision"_L1) {
        *tag = PassageTag::Supervision;
        return true;
    }
    return false;
}

QString PassageTagNames::name(PassageTag tag)
{
    return tag == PassageTag::Risk ? u"risk"_s : u"supervision"_s;
}

QStringList PassageTagNames::names(PassageTags tags)
{
    QStringList out;
    for (PassageTag tag : {PassageTag::Risk, PassageTag::Supervision}) {
        if (tags.testFlag(tag))
            out << name(tag);
    }
    return out;
}

PassageTags Section::tags() const
{
    PassageTags all;
    for (const Passage &p : passages)
        all |= p.tags;
    return all;
}

QStringList HandoutTexts::requiredKeys()
{
    return {u"summary-title"_s,
            u"summary-intro"_s,
            u"summary-passages"_s,
            u"notes-title"_s,
            u"risk-label"_s,
            u"supervision-label"_s,
            u"disclaimer"_s,
            u"source"_s,
            u"page"_s,
            u"patient"_s,
            u"date"_s,
            u"clinician"_s,
            u"next-appointment"_s,
            u"contact"_s,
            u"clinic-phone"_s,
            u"crisis-line"_s,
            u"content-version"_s,
            u"translation-by"_s,
            u"translation-draft"_s,
            u"translation-reviewed"_s,
            u"translation-fallback"_s,
            u"words-to-know"_s,
            u"what-to-do"_s,
            u"get-help"_s,
            u"your-next-appointment"_s,
            u"adapted-from"_s,
            u"adapted-by"_s,
            u"adapted-unnamed"_s,
            u"teach-back-title"_s,
            u"teach-back-intro"_s,
            u"teach-back-draft"_s,
            u"teach-back-reviewed"_s};
}

QStringList HandoutTexts::optionalKeys()
{
    return {u"translation-method-professional"_s, u"translation-method-back-translated"_s,
            u"translation-method-draft"_s};
}

void Article::rebuildIndex()
{
    m_sectionIndex.clear();
    m_passageIndex.clear();
    m_presetIndex.clear();
    for (int s = 0; s < sections.size(); ++s) {
        m_sectionIndex.insert(sections[s].id, s);
        for (int p = 0; p < sections[s].passages.size(); ++p)
            m_passageIndex.insert(sections[s].passages[p].id, {s, p});
    }
    for (int i = 0; i < presets.size(); ++i)
        m_presetIndex.insert(presets[i].id, i);
}

const Section *Article::section(const QString &id) const
{
    const auto it = m_sectionIndex.constFind(id);
    return it == m_sectionIndex.cend() ? nullptr : &sections[*it];
}

const Passage *Article::passage(const QString &id, const Section **owner) const
{
    const auto it = m_passageIndex.constFind(id);
    if (it == m_passageIndex.cend())
        return nullptr;
    if (owner)
        *owner = &sections[it->first];
    return &sections[it->first].passages[it->second];
}

const Preset *Article::preset(const QString &id) const
{
    const auto it = m_presetIndex.constFind(id);
    return it == m_presetIndex.cend() ? nullptr : &presets[*it];
}

int Article::sectionIndex(const QString &id) const
{
    return m_sectionIndex.value(id, -1);
}

QStringList Article::titlePath(const QString &sectionId) const
{
    QStringList path;
    for (const Section *s = section(sectionId); s; s = section(s->parentId))
        path.prepend(s->title);
    return path;
}

QStringList Article::withDescendants(const QString &sectionId) const
{
    QStringList ids;
    const Section *s = section(sectionId);
    if (!s)
        return ids;
    ids << s->id;
    for (const QString &child : s->childIds)
        ids << withDescendants(child);
    return ids;
}

QList<const Passage *> Article::taggedPassages(const QStringList &sectionIds, PassageTags tags) const
{
    QList<const Passage *> out;
    for (const QString &id : sectionIds) {
        if (const Section *s = section(id)) {
            for (const Passage &p : s->passages) {
                if (p.tags & tags)
                    out << &p;
            }
        }
    }
    return out;
}

const GlossaryEntry *Article::glossaryEntry(const QString &id) const
{
    for (const GlossaryEntry &entry : glossary) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}
