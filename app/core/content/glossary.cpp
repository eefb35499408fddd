#include "glossary.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QStringList GlossaryEntry::forms() const
{
    return QStringList {term} + variants;
}

QStringList Glossary::requiredKeys()
{
    return {u"term"_s, u"definition"_s, u"added-by"_s, u"review"_s};
}

QStringList Glossary::optionalKeys()
{
    return {u"variants"_s};
}

QStringList Glossary::reviewStates()
{
    return {u"draft"_s, u"reviewed"_s};
}

QStringList Glossary::splitForms(const QString &list)
{
    QStringList out;
    for (const QString &part : list.split(u',', Qt::SkipEmptyParts)) {
        const QString form = part.simplified();
        if (!form.isEmpty())
            out << form;
    }
    return out;
}

std::optional<GlossaryEntry> Glossary::add(const QString &id, int blockLine, const QHash<QString, QString> &values,
                                           const QHash<QString, int> &valueLines, int *errorLine, QString *error)
{
    const auto failAt = [&](const QString &key, const QString &message) {
        *errorLine = valueLines.value(key, blockLine);
        *error = message;
        return std::nullopt;
    };
    GlossaryEntry entry;
    entry.id = id;
    entry.line = blockLine;
    entry.term = values.value(u"term"_s).simplified();
    entry.definition = values.value(u"definition"_s).simplified();
    entry.addedBy = values.value(u"added-by"_s);
    entry.review = values.value(u"review"_s);
    entry.variants = splitForms(values.value(u"variants"_s));

    if (entry.term.contains(u','))
        return failAt(u"term"_s,
                      u"glossary term '%1' contains a comma: put other forms in 'variants'"_s.arg(entry.term));
    const qsizetype words = entry.definition.split(u' ', Qt::SkipEmptyParts).size();
    if (words > MaxDefinitionWords)
        return failAt(u"definition"_s,
                      u"definition of '%1' has %2 words; at most %3 are allowed"_s.arg(entry.term)
                          .arg(words)
                          .arg(MaxDefinitionWords));
    if (!reviewStates().contains(entry.review))
        return failAt(u"review"_s, u"review '%1' must be one of: %2"_s.arg(entry.review, reviewStates().join(u", "_s)));

    for (const QString &form : entry.forms()) {
        const QString key = form.toLower();
        const QString keyName = form == entry.term ? u"term"_s : u"variants"_s;
        if (const auto it = m_forms.constFind(key); it != m_forms.cend()) {
            if (it->first == id)
                return failAt(keyName, u"glossary entry '%1' lists '%2' twice"_s.arg(id, form));
            return failAt(
                keyName,
                u"'%1' is already a form of glossary entry '%2' (line %3)"_s.arg(form, it->first).arg(it->second));
        }
        m_forms.insert(key, {id, valueLines.value(keyName, blockLine)});
    }
    return entry;
}
