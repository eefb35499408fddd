#include "articlejson.h"

using namespace Qt::StringLiterals;

QJsonArray ArticleJson::tags(PassageTags tags)
{
    return QJsonArray::fromStringList(PassageTagNames::names(tags));
}

QJsonObject ArticleJson::metadata(const ArticleMeta &meta)
{
    return {
        {u"id"_s, meta.id},
        {u"title"_s, meta.title},
        {u"author"_s, meta.author},
        {u"credentials"_s, meta.credentials},
        {u"publisher"_s, meta.publisher},
        {u"date"_s, meta.published.toString(Qt::ISODate)},
        {u"language"_s, meta.language},
        {u"version"_s, meta.version},
        {u"reviewed"_s, meta.reviewed.toString(Qt::ISODate)},
        {u"next_review"_s, meta.nextReview.toString(Qt::ISODate)},
    };
}

QJsonObject ArticleJson::sections(const Article &article)
{
    QJsonArray sections;
    for (const Section &s : article.sections) {
        QJsonArray passages;
        for (const Passage &p : s.passages)
            passages.append(QJsonObject {{u"id"_s, p.id}, {u"text"_s, p.text}, {u"tags"_s, tags(p.tags)}});
        QJsonArray teachBack;
        for (const TeachBackPrompt *p : TeachBack::forSections(article, {s.id})) {
            teachBack.append(QJsonObject {{u"id"_s, p->id},
                                          {u"prompt"_s, p->prompt},
                                          {u"sources"_s, QJsonArray::fromStringList(p->sourcePassageIds)},
                                          {u"added_by"_s, p->addedBy},
                                          {u"review"_s, p->review}});
        }
        sections.append(QJsonObject {
            {u"id"_s, s.id},
            {u"title"_s, s.title},
            {u"level"_s, s.level},
            {u"parent"_s, s.parentId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.parentId)},
            {u"tags"_s, tags(s.tags())},
            {u"passages"_s, passages},
            {u"teach_back"_s, teachBack},
        });
    }
    return {{u"article"_s, metadata(article.meta)}, {u"sections"_s, sections}, {u"glossary"_s, glossary(article)}};
}

QJsonArray ArticleJson::glossary(const Article &article)
{
    QJsonArray out;
    for (const GlossaryEntry &e : article.glossary) {
        out.append(QJsonObject {{u"id"_s, e.id},
                                {u"term"_s, e.term},
                                {u"definition"_s, e.definition},
                                {u"variants"_s, QJsonArray::fromStringList(e.variants)},
                                {u"added_by"_s, e.addedBy},
                                {u"review"_s, e.review}});
    }
    return out;
}

QJsonArray ArticleJson::presets(const Article &article)
{
    QJsonArray out;
    for (const Preset &p : article.presets) {
        out.append(QJsonObject {{u"id"_s, p.id},
                                {u"title"_s, p.title},
                                {u"audience"_s, p.audience},
                                {u"sections"_s, QJsonArray::fromStringList(p.sectionIds)}});
    }
    return out;
}
