#include "fuzzsupport.h"

#include "contenttranslation.h"

// A translation's .info file from outside: who translated it and how. Its
// names end up in every page's footer, so an accepted one keeps them short.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::initialize();
    SourceError error;
    const std::optional<TranslationInfo> info
        = TranslationInfo::parse(FuzzSupport::bytes(data, size), QStringLiteral("fuzz.info"), &error);
    if (!info) {
        if (error.message.isEmpty() || error.line <= 0)
            __builtin_trap(); // a refusal names its line
        return 0;
    }
    if (info->translator.size() > TranslationInfo::MaxNameLength
        || info->reviewer.size() > TranslationInfo::MaxNameLength)
        __builtin_trap();
    if (!info->method.isEmpty() && !TranslationInfo::methods().contains(info->method))
        __builtin_trap();
    return 0;
}
