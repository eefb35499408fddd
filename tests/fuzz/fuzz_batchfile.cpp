#include "fuzzsupport.h"

#include "batchfile.h"

// A batch file of handout-cli export, from outside: split into lines of
// arguments, all or nothing, each line named by its number.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::initialize();
    SourceError error;
    const std::optional<QList<BatchFile::Line>> lines
        = BatchFile::parse(FuzzSupport::bytes(data, size), QStringLiteral("fuzz.batch"), &error);
    if (!lines) {
        if (error.message.isEmpty())
            __builtin_trap(); // a refusal must say why
        return 0;
    }
    int previous = 0;
    for (const BatchFile::Line &line : *lines) {
        if (line.number <= previous || line.arguments.isEmpty())
            __builtin_trap(); // lines in order, and none without a word
        previous = line.number;
        for (const QString &argument : line.arguments) {
            if (argument.contains(QChar(0)))
                __builtin_trap(); // a NUL byte is refused, never dropped
        }
    }
    if (lines->size() > BatchFile::MaxLines)
        __builtin_trap();
    return 0;
}
