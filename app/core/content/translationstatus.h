#pragma once

#include "contenttranslation.h"
#include "handoutcontent.h"

#include <QStringList>

// How well one handout is translated: which of the texts it prints are
// drafts, and which fall back to the source language. A handout says so
// before it leaves the program and on its pages.
struct TranslationStatus
{
    Q_DECLARE_TR_FUNCTIONS(TranslationStatus)

public:
    QString language;
    bool original = true; // printed in the pack's own language and wording
    Wording wording = Wording::Original;
    TranslationInfo info;
    QStringList draft; // ids of texts shown as unreviewed translations
    QStringList fallback; // ids of texts shown in the source language (missing or stale)

    static TranslationStatus of(const TranslatedPack &pack, const HandoutContent &content);
    // The lines a handout prints about its translation, in its own language.
    QStringList noteLines(const Article &translated) const;
};
