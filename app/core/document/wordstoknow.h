#pragma once

#include "article.h"
#include "handoutcontent.h"

#include <QList>

// The "Words to know" box of a handout: the glossary entries whose term or a
// variant occurs in what the handout prints (its title, safety summary,
// sections and the care team's notes), in order of first occurrence. The
// article is the pack in the handout's language and wording, so the terms
// are searched for, and printed, in that language.
class WordsToKnow
{
public:
    static QList<const GlossaryEntry *> of(const Article &article, const HandoutContent &content);
    // The text the terms are searched in, in print order.
    static QString printedText(const Article &article, const HandoutContent &content);
};
