#include "contenttranslation.h"

#include <QRegularExpression>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

TsMessage message(const QString &context, const QString &id, const QString &source, const QString &note)
{
    TsMessage m;
    m.context = context;
    m.comment = id;
    m.source = source;
    m.extraComment = note;
    return m;
}

} // namespace

std::optional<TranslationInfo> TranslationInfo::parse(const QByteArray &text, const QString &fileName,
                                                      SourceError *error)
{
    TranslationInfo info;
    int line = 0;
    for (const QByteArray &raw : text.split('\n')) {
        ++line;
        const QString l = QString::fromUtf8(raw).trimmed();
        if (l.isEmpty() || l.startsWith(u'#'))
            continue;
        const qsizetype colon = l.indexOf(u':');
        if (colon <= 0) {
            *error = {fileName, line, ContentTranslation::tr("line is not 'key: value'")};
            return std::nullopt;
        }
        const QString key = l.left(colon).trimmed();
        const QString value = l.mid(colon + 1).trimmed();
        if (value.size() > MaxNameLength) {
            *error = {fileName, line,
                      ContentTranslation::tr("'%1' is longer than %2 characters").arg(key).arg(MaxNameLength)};
            return std::nullopt;
        }
        if (key == "translator"_L1) {
            info.translator = value;
        } else if (key == "method"_L1) {
            if (!methods().contains(value)) {
                *error = {fileName, line,
                          ContentTranslation::tr("method '%1' must be one of: %2").arg(value, methods().join(u", "_s))};
                return std::nullopt;
            }
            info.method = value;
        } else if (key == "reviewer"_L1) {
            info.reviewer = value;
        } else if (key == "reviewed"_L1) {
            info.reviewed = QDate::fromString(value, Qt::ISODate);
            if (!value.isEmpty() && !info.reviewed.isValid()) {
                *error = {fileName, line, ContentTranslation::tr("'reviewed' must be a date written YYYY-MM-DD")};
                return std::nullopt;
            }
        } else {
            *error = {fileName, line, ContentTranslation::tr("unknown key '%1'").arg(key)};
            return std::nullopt;
        }
    }
    return info;
}

QStringList TranslationInfo::methods()
{
    return {u"professional"_s, u"back-translated"_s, u"draft"_s};
}

TranslationState TranslatedPack::textState(const QString &context, const QString &id) const
{
    return states.value(context + u'\x1f' + id, TranslationState::Original);
}

TranslationState TranslatedPack::passageState(const QString &sectionId, const QString &passageId) const
{
    return textState(sectionId, passageId);
}

QList<TsMessage> ContentTranslation::sourceMessages(const Article &pack)
{
    QList<TsMessage> out;
    out << message(ArticleContext, TitleId, pack.meta.title,
                   tr("The article's title: the title of a handout of the whole article. Citations keep the "
                      "title as published."));
    for (const Section &s : pack.sections) {
        out << message(s.id, TitleId, s.title, tr("Section title"));
        for (const Passage &p : s.passages) {
            QString note = tr("Section: %1").arg(s.title);
            if (p.tags)
                note += u" · "_s + tr("tags: %1").arg(PassageTagNames::names(p.tags).join(u", "_s));
            out << message(s.id, p.id, p.text, note);
        }
    }
    for (const Preset &p : pack.presets) {
        out << message(PresetsContext, p.id + u".title"_s, p.title, tr("Title of an audience preset"));
        out << message(PresetsContext, p.id + u".audience"_s, p.audience, tr("Who the preset is for"));
    }
    for (const SafetyPoint &p : pack.safetyPoints)
        out << message(SafetyPointsContext, p.id, p.text, tr("Key safety point, printed in every summary it fits"));
    for (const GlossaryEntry &e : pack.glossary) {
        out << message(GlossaryContext, e.id + TermSuffix, e.forms().join(u", "_s),
                       tr("Glossary term, then the other forms it takes in the text, comma-separated. The first is "
                          "printed in the “Words to know” box; every form is searched for in the handout."));
        out << message(
            GlossaryContext, e.id + DefinitionSuffix, e.definition,
            tr("Definition of “%1”: plain words, at most %2.").arg(e.term).arg(Glossary::MaxDefinitionWords));
    }
    for (const TeachBackPrompt &p : pack.teachBack) {
        out << message(TeachBackContext, p.id, p.prompt,
                       tr("Teach-back question for the section “%1”: the clinician asks it, the patient answers in "
                          "their own words. Keep it to what the section says.")
                           .arg(pack.section(p.sectionId) ? pack.section(p.sectionId)->title : p.sectionId));
    }
    QStringList keys = pack.texts.values.keys();
    keys.sort();
    for (const QString &key : keys) {
        out << message(HandoutTextContext, key, pack.texts.value(key),
                       tr("Printed on handouts. Keep {placeholders} as they are."));
    }
    return out;
}

TranslationState ContentTranslation::stateOf(const TsMessage *m, const QString &currentSource)
{
    if (!m || m->obsolete || m->translation.trimmed().isEmpty())
        return TranslationState::Missing;
    if (m->source != currentSource || (!m->oldSource.isEmpty() && !m->finished))
        return TranslationState::Stale;
    return m->finished ? TranslationState::Reviewed : TranslationState::Draft;
}

TranslatedPack ContentTranslation::original(const Article &pack)
{
    TranslatedPack out;
    out.article = pack;
    out.article.rebuildIndex();
    out.language = pack.meta.language;
    const QList<TsMessage> all = sourceMessages(pack);
    out.coverage.total = int(all.size());
    out.coverage.reviewed = int(all.size());
    return out;
}

TranslatedPack ContentTranslation::apply(const Article &pack, const TsCatalog &catalog, const TranslationInfo &info,
                                         Wording wording)
{
    TranslatedPack out;
    out.article = pack;
    out.article.wording = wording;
    out.wording = wording;
    out.language = catalog.language;
    out.info = info;
    out.article.originalLanguage = pack.sourceLanguage();
    out.article.meta.language = catalog.language;

    QHash<QString, const TsMessage *> byKey;
    for (const TsMessage &m : catalog.messages)
        byKey.insert(m.key(), &m);
    // Returns the text to print: the translation when it is usable, else the
    // source (the state says so).
    const auto translate = [&](const QString &context, const QString &id, const QString &source) {
        const TsMessage probe = message(context, id, source, {});
        const TsMessage *m = byKey.value(probe.key());
        const TranslationState state = stateOf(m, source);
        if (wording == Wording::Plain && state == TranslationState::Missing
            && (context == GlossaryContext || context == PresetsContext || context == HandoutTextContext
                || context == TeachBackContext)) {
            out.states.insert(probe.key(), TranslationState::Original);
            return source;
        }
        out.states.insert(probe.key(), state);
        ++out.coverage.total;
        switch (state) {
        case TranslationState::Reviewed:
            ++out.coverage.reviewed;
            return m->translation;
        case TranslationState::Draft:
            ++out.coverage.draft;
            return m->translation;
        case TranslationState::Stale:
            ++out.coverage.stale;
            return source;
        default:
            ++out.coverage.missing;
            return source;
        }
    };

    out.article.meta.title = translate(ArticleContext, TitleId, out.article.meta.title);
    for (Section &s : out.article.sections) {
        s.title = translate(s.id, TitleId, s.title);
        for (Passage &p : s.passages)
            p.text = translate(s.id, p.id, p.text);
    }
    for (Preset &p : out.article.presets) {
        p.title = translate(PresetsContext, p.id + u".title"_s, p.title);
        p.audience = translate(PresetsContext, p.id + u".audience"_s, p.audience);
    }
    for (SafetyPoint &p : out.article.safetyPoints)
        p.text = translate(SafetyPointsContext, p.id, p.text);
    for (TeachBackPrompt &p : out.article.teachBack)
        p.prompt = translate(TeachBackContext, p.id, p.prompt);
    for (auto it = out.article.texts.values.begin(); it != out.article.texts.values.end(); ++it)
        it.value() = translate(HandoutTextContext, it.key(), it.value());
    translateGlossary(&out, translate);
    out.article.rebuildIndex();
    return out;
}

void ContentTranslation::translateGlossary(
    TranslatedPack *out, const std::function<QString(const QString &, const QString &, const QString &)> &translate)
{
    QList<GlossaryEntry> kept;
    for (GlossaryEntry e : std::as_const(out->article.glossary)) {
        const QString forms = translate(GlossaryContext, e.id + TermSuffix, e.forms().join(u", "_s));
        const QString definition = translate(GlossaryContext, e.id + DefinitionSuffix, e.definition);
        // An entry is printed only when both its term and its definition are
        // in the handout's language: its forms are searched for in the
        // translated text, and a box never mixes languages.
        const auto usable = [&](const QString &id) {
            const TranslationState state = out->textState(GlossaryContext, e.id + id);
            return state != TranslationState::Stale && state != TranslationState::Missing;
        };
        if (!usable(TermSuffix) || !usable(DefinitionSuffix))
            continue;
        const QStringList translatedForms = Glossary::splitForms(forms);
        if (translatedForms.isEmpty())
            continue;
        e.term = translatedForms.first();
        e.variants = translatedForms.mid(1);
        e.definition = definition;
        kept << e;
    }
    out->article.glossary = kept;
}

TsCatalog ContentTranslation::refresh(const Article &pack, const TsCatalog &existing, const QString &language)
{
    TsCatalog out;
    out.language = language;
    out.sourceLanguage = pack.meta.language;
    QHash<QString, const TsMessage *> byKey;
    for (const TsMessage &m : existing.messages)
        byKey.insert(m.key(), &m);
    QSet<QString> current;
    for (TsMessage m : sourceMessages(pack)) {
        current.insert(m.key());
        if (const TsMessage *old = byKey.value(m.key())) {
            m.translation = old->translation;
            m.finished = old->finished;
            m.oldSource = old->oldSource;
            if (old->source != m.source) {
                // Keep the first source the translation was made from.
                if (m.oldSource.isEmpty())
                    m.oldSource = old->source;
                m.finished = false;
            }
        }
        out.messages << m;
    }
    for (const TsMessage &old : existing.messages) {
        if (!current.contains(old.key()) && !old.translation.isEmpty()) {
            TsMessage gone = old;
            gone.obsolete = true;
            gone.finished = false;
            out.messages << gone;
        }
    }
    return out;
}
