#include "fuzzsupport.h"

#include "argumentsplitter.h"
#include "handoutrequest.h"

// What handout-cli reads from its arguments and batch files: a batch line,
// then a section list, resolved against the built-in pack.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::initialize();
    const QString text = QString::fromUtf8(FuzzSupport::bytes(data, size));
    QStringList arguments;
    QString error;
    ArgumentSplitter::split(text, &arguments, &error);

    HandoutRequest request;
    QStringList problems;
    request.sectionIds = HandoutRequest::splitIds(text, &problems);
    const Article &article = FuzzSupport::builtinArticle();
    const HandoutRequest::Resolved resolved = request.resolve(article);
    for (const QString &id : resolved.sectionIds) {
        if (!article.section(id))
            __builtin_trap(); // resolution only ever returns known sections
    }
    if (resolved.ok())
        request.compose(article, resolved);
    return 0;
}
