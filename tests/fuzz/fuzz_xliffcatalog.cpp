#include "fuzzsupport.h"

#include "translationimport.h"
#include "xliffcatalog.h"

// An agency's XLIFF file (issue 19): read it, lay it over an empty Spanish
// translation of the built-in pack, and write it out again, which must read.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::initialize();
    SourceError error;
    const std::optional<TsCatalog> catalog
        = XliffCatalog::read(FuzzSupport::bytes(data, size), QStringLiteral("fuzz.xlf"), &error);
    if (!catalog) {
        if (error.message.isEmpty())
            __builtin_trap();
        return 0;
    }
    const TranslationImport imported
        = TranslationImport::of(FuzzSupport::builtinArticle(), {}, *catalog, QStringLiteral("es"));
    const TranslationCoverage &c = imported.coverage;
    if (c.reviewed + c.draft + c.stale + c.missing != c.total)
        __builtin_trap();
    const QByteArray again = XliffCatalog::toXml(imported.catalog, QStringLiteral("fuzz_es.ts"));
    // Escaping may make a file near the limit too large to read back.
    if (again.size() <= XliffCatalog::MaxFileSize && !XliffCatalog::read(again, QStringLiteral("again.xlf"), &error))
        __builtin_trap();
    return 0;
}
