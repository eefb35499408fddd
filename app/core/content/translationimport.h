#pragma once

#include "contenttranslation.h"

// A translation returned by an agency (XLIFF, issue 19), laid over the file
// in use for the same pack and language: the texts the agency sent replace
// theirs, those it left out stay as they were, and the result is refreshed
// against the pack, so a text whose source changed since it was sent out is
// stale whatever state the agency gave it.
struct TranslationImport
{
    TsCatalog catalog; // what to write
    int applied = 0; // units that translate a text of the pack
    int unknown = 0; // units that match no text of the pack (kept as vanished)
    TranslationCoverage coverage; // of `catalog`

    static TranslationImport of(const Article &pack, const TsCatalog &inUse, const TsCatalog &returned,
                                const QString &language);
    // The states of a refreshed catalog's texts (vanished ones left out).
    static TranslationCoverage coverageOf(const TsCatalog &catalog);
};
