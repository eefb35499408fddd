#include "fuzzsupport.h"

#include "contenttranslation.h"
#include "translationstatus.h"

// A translation file from outside (an agency's, a hand edit): read it as a
// content catalog and apply it to the built-in pack; also as an interface file.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::initialize();
    const QByteArray bytes = FuzzSupport::bytes(data, size);
    SourceError error;
    TsCatalog::read(bytes, QStringLiteral("fuzz.ts"), &error, TsCatalog::Kind::Interface);
    const std::optional<TsCatalog> catalog = TsCatalog::read(bytes, QStringLiteral("fuzz.ts"), &error);
    if (!catalog) {
        if (error.message.isEmpty())
            __builtin_trap();
        return 0;
    }
    const Article &pack = FuzzSupport::builtinArticle();
    const TranslatedPack translated = ContentTranslation::apply(pack, *catalog, {});
    const TranslationCoverage &c = translated.coverage;
    if (c.reviewed + c.draft + c.stale + c.missing != c.total)
        __builtin_trap();
    // Refreshing and reading back must give the same catalog.
    const TsCatalog refreshed = ContentTranslation::refresh(pack, *catalog, catalog->language);
    if (!TsCatalog::read(refreshed.toXml(), QStringLiteral("again.ts"), &error))
        __builtin_trap();
    return 0;
}
