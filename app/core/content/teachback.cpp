#include "teachback.h"

#include "article.h"

#include <QSet>

using namespace Qt::StringLiterals;

QStringList TeachBack::requiredKeys()
{
    return {u"section"_s, u"prompt"_s, u"sources"_s, u"added-by"_s, u"review"_s};
}

QStringList TeachBack::reviewStates()
{
    return {u"draft"_s, u"reviewed"_s};
}

std::optional<TeachBackPrompt> TeachBack::make(const QString &id, int blockLine, const QHash<QString, QString> &values,
                                               const QHash<QString, int> &valueLines, int *errorLine, QString *error)
{
    TeachBackPrompt prompt;
    prompt.id = id;
    prompt.line = blockLine;
    prompt.sectionId = values.value(u"section"_s).trimmed();
    prompt.prompt = values.value(u"prompt"_s).simplified();
    prompt.addedBy = values.value(u"added-by"_s);
    prompt.review = values.value(u"review"_s);
    for (const QString &part : values.value(u"sources"_s).split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            prompt.sourcePassageIds << part.trimmed();
    }
    if (prompt.sourcePassageIds.isEmpty()) {
        *errorLine = valueLines.value(u"sources"_s, blockLine);
        *error = u"teach-back '%1' cites no passage"_s.arg(id);
        return std::nullopt;
    }
    if (!reviewStates().contains(prompt.review)) {
        *errorLine = valueLines.value(u"review"_s, blockLine);
        *error = u"review '%1' must be one of: %2"_s.arg(prompt.review, reviewStates().join(u", "_s));
        return std::nullopt;
    }
    return prompt;
}

bool TeachBack::check(const Article &article, int *errorLine, QString *error)
{
    QSet<QString> covered;
    for (const TeachBackPrompt &p : article.teachBack) {
        *errorLine = p.line;
        if (!article.section(p.sectionId)) {
            *error = u"teach-back '%1' names unknown section '%2'"_s.arg(p.id, p.sectionId);
            return false;
        }
        for (const QString &id : p.sourcePassageIds) {
            const Section *owner = nullptr;
            if (!article.passage(id, &owner)) {
                *error = u"teach-back '%1' cites unknown passage '%2'"_s.arg(p.id, id);
                return false;
            }
            if (owner->id != p.sectionId) {
                *error = u"teach-back '%1' cites passage '%2', which is in section '%3', not '%4'"_s.arg(
                    p.id, id, owner->id, p.sectionId);
                return false;
            }
        }
        covered.insert(p.sectionId);
    }
    if (article.teachBack.isEmpty())
        return true;
    for (const Section &s : article.sections) {
        if (s.tags() && !covered.contains(s.id)) {
            *errorLine = s.line;
            *error = u"section '%1' has risk or supervision passages but no teach-back prompt"_s.arg(s.id);
            return false;
        }
    }
    return true;
}

QList<const TeachBackPrompt *> TeachBack::forSections(const Article &article, const QStringList &sectionIds)
{
    QHash<QString, QList<const TeachBackPrompt *>> bySection;
    for (const TeachBackPrompt &p : article.teachBack)
        bySection[p.sectionId] << &p;
    QList<const TeachBackPrompt *> out;
    for (const QString &id : sectionIds)
        out << bySection.value(id);
    return out;
}
