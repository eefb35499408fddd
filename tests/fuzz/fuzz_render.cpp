#include "fuzzsupport.h"

#include "handoutfile.h"
#include "pagedrenderer.h"

#include <QBuffer>
#include <QPdfWriter>

// All the way: a handout file from outside is read, assembled, laid out on
// pages and rendered to PDF. Layout is where hostile input could hurt, so the
// fuzzer runs this with a per-input time limit.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::initialize();
    SourceError error;
    const std::optional<HandoutFileData> file
        = HandoutFile::readBytes(FuzzSupport::bytes(data, size), QStringLiteral("fuzz.handout"), &error);
    if (!file)
        return 0;
    const Article &article = FuzzSupport::builtinArticle();
    const PagedRenderer renderer(article, file->content, file->page);
    if (renderer.pageCount() < 1)
        __builtin_trap();
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72); // resolution does not change layout; keep output small
        QString renderError;
        if (!renderer.render(&writer, &renderError))
            __builtin_trap();
    }
    if (!pdf.startsWith("%PDF-"))
        __builtin_trap();
    return 0;
}
