#include "translationlist.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

QString TranslationList::kindOf(const QString &context, const QString &id)
{
    if (context == ContentTranslation::ArticleContext)
        return u"title"_s;
    if (context == ContentTranslation::HandoutTextContext)
        return u"fixed text"_s;
    if (context == ContentTranslation::GlossaryContext)
        return u"glossary"_s;
    if (context == ContentTranslation::SafetyPointsContext)
        return u"safety point"_s;
    if (context == ContentTranslation::PresetsContext)
        return u"preset"_s;
    if (context == ContentTranslation::TeachBackContext)
        return u"teach-back"_s;
    // Every other context is a section, whose texts are its title and passages.
    return id == ContentTranslation::TitleId ? u"section title"_s : u"passage"_s;
}

QString TranslationList::stateOf(const TsMessage &message)
{
    if (message.translation.trimmed().isEmpty())
        return u"missing"_s;
    if (!message.finished && !message.oldSource.isEmpty())
        return u"stale"_s;
    return message.finished ? u"reviewed"_s : u"draft"_s;
}

TranslationList TranslationList::of(const Article &pack, const TranslationLibrary::Entry &entry,
                                    const TsCatalog &catalog, const TranslationInfo &info)
{
    TranslationList list;
    list.packId = pack.meta.id;
    list.language = entry.language;
    list.wording = entry.wording;
    list.file = entry.tsPath;
    list.builtIn = entry.tsPath.startsWith(u":/"_s);
    list.info = info;
    // As a refresh would leave it: a source changed since is stale, a text
    // the file lacks is missing, and texts the pack no longer has are left out.
    for (const TsMessage &m : ContentTranslation::refresh(pack, catalog, entry.language).messages) {
        if (m.obsolete)
            continue;
        const QString state = stateOf(m);
        list.texts << Text {m.context, m.comment, kindOf(m.context, m.comment),
                            state,     m.source,  state == u"stale"_s ? m.oldSource : QString()};
    }
    return list;
}

QList<TranslationList> TranslationList::allOf(const Article &pack, const TranslationLibrary &library,
                                              QStringList *problems)
{
    QList<TranslationList> out;
    for (const TranslationLibrary::Entry &entry : library.entries(pack.meta.id)) {
        SourceError error;
        const std::optional<TsCatalog> catalog = TsCatalog::readFile(entry.tsPath, &error);
        const std::optional<TranslationInfo> info
            = catalog ? TranslationLibrary::readInfo(entry, &error) : std::nullopt;
        if (!info) {
            problems->append(error.toString());
            continue;
        }
        out << of(pack, entry, *catalog, *info);
    }
    return out;
}

QStringList TranslationList::states()
{
    return {u"reviewed"_s, u"draft"_s, u"stale"_s, u"missing"_s};
}

int TranslationList::count(const QString &state) const
{
    return int(std::count_if(texts.cbegin(), texts.cend(), [&](const Text &t) { return t.state == state; }));
}

QJsonObject TranslationList::toJson() const
{
    QJsonArray array;
    for (const Text &t : texts) {
        QJsonObject o {{u"context"_s, t.context},
                       {u"id"_s, t.id},
                       {u"kind"_s, t.kind},
                       {u"state"_s, t.state},
                       {u"source"_s, t.source}};
        if (!t.oldSource.isEmpty())
            o.insert(u"old_source"_s, t.oldSource);
        array.append(o);
    }
    return {{u"pack"_s, packId},
            {u"language"_s, language},
            {u"wording"_s, Wordings::name(wording)},
            {u"file"_s, file},
            {u"folder"_s, builtIn ? u"built in"_s : QFileInfo(file).absolutePath()},
            {u"built_in"_s, builtIn},
            {u"translator"_s, info.translator},
            {u"method"_s, info.method},
            {u"reviewer"_s, info.reviewer},
            {u"texts"_s, array}};
}
