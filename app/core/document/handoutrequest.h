#pragma once

#include "article.h"
#include "handoutcontent.h"

#include <QStringList>

// A handout described by options rather than by hand (handout-cli, batch
// export): which sections, for whom. Resolves ids against a pack and reports
// every unknown one, not just the first.
struct HandoutRequest
{
    QStringList sectionIds; // as given; a topic id brings its sub-sections
    QString presetId;
    QString title;
    Personalization person;
    ClinicProfile clinic;
    bool includeSummary = true;
    bool includeGlossary = true;
    bool includeTeachBack = false;
    QString notes;

    struct Resolved
    {
        QStringList sectionIds;
        QString title;
        QStringList unknownIds; // "section 'x'" or "preset 'y'" descriptions
        QStringList problems; // other usage problems
        bool ok() const { return unknownIds.isEmpty() && problems.isEmpty(); }
    };
    Resolved resolve(const Article &article) const;

    // The handout straight from the source, before any edit.
    HandoutContent compose(const Article &article, const Resolved &resolved) const;

    // A template's handout for this request: its sections and wording as
    // saved, with this request's personalization, and its title, clinic,
    // notes and summary choice where the request sets them.
    HandoutContent fill(const HandoutContent &templateContent) const;

    // Splits "a, b,c" into ids; an empty entry is reported in problems.
    static QStringList splitIds(const QString &list, QStringList *problems);
};
