#include "safetysummary.h"

#include <QSet>

SafetySummary SafetySummary::build(const Article &article, const QStringList &sectionIds)
{
    SafetySummary summary;
    const QList<const Passage *> tagged
        = article.taggedPassages(sectionIds, PassageTag::Risk | PassageTag::Supervision);
    QSet<QString> taggedIds;
    for (const Passage *p : tagged)
        taggedIds.insert(p->id);

    QSet<QString> covered;
    for (const SafetyPoint &point : article.safetyPoints) {
        bool relevant = point.always;
        for (const QString &source : point.sourcePassageIds)
            relevant = relevant || taggedIds.contains(source);
        if (!relevant)
            continue;
        summary.points << &point;
        for (const QString &source : point.sourcePassageIds)
            covered.insert(source);
    }
    for (const Passage *p : tagged) {
        if (!covered.contains(p->id))
            summary.uncoveredPassages << p;
    }
    return summary;
}
