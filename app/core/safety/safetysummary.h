#pragma once

#include "article.h"

#include <QList>
#include <QStringList>

// What the "Safety and supervision" summary says for a selection: the pack's key
// safety points that restate a risk or supervision passage of the selected
// sections (plus those marked "always"), and, word for word, any such passage no
// key point covers, so no risk of the selection is left out of the summary.
struct SafetySummary
{
    QList<const SafetyPoint *> points;
    QList<const Passage *> uncoveredPassages;

    static SafetySummary build(const Article &article, const QStringList &sectionIds);
};
