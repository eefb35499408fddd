#include "fuzzsupport.h"

#include "fieldlimits.h"
#include "handoutfile.h"

// A handout file from outside: read it and compare it with the pack; a file
// that is accepted must survive being written and read again unchanged.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::initialize();
    SourceError error;
    const std::optional<HandoutFileData> file
        = HandoutFile::readBytes(FuzzSupport::bytes(data, size), QStringLiteral("fuzz.handout"), &error);
    if (!file) {
        if (error.message.isEmpty())
            __builtin_trap();
        return 0;
    }
    if (!FieldLimits::overLimit(file->content).isEmpty())
        __builtin_trap(); // an accepted file keeps every field within its limit
    const Article &article = FuzzSupport::builtinArticle();
    HandoutFile::messages(HandoutFile::changesSince(*file, article));
    if (file->content.packId != article.meta.id)
        return 0;
    QString writeError;
    const QByteArray again
        = HandoutFile::toBytes(file->content, file->page, article, file->isTemplate, &writeError, file->templateName);
    if (again.isEmpty())
        return 0; // refused to write: allowed, with a reason
    const std::optional<HandoutFileData> reread = HandoutFile::readBytes(again, QStringLiteral("again"), &error);
    if (!reread || !(reread->content == file->content) || reread->templateName != file->templateName)
        __builtin_trap();
    return 0;
}
