#include "fuzzsupport.h"

#include "namesfile.h"

// The names file of a group export, from outside: all or nothing, and every
// name kept is printable and makes a file name that cannot leave its folder.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::initialize();
    SourceError error;
    const std::optional<QList<NamesFile::Entry>> names
        = NamesFile::parse(FuzzSupport::bytes(data, size), QStringLiteral("fuzz.names"), &error);
    if (!names) {
        if (error.message.isEmpty())
            __builtin_trap(); // a refusal must say why
        return 0;
    }
    if (names->isEmpty() || names->size() > NamesFile::MaxNames)
        __builtin_trap();
    int previous = 0;
    for (const NamesFile::Entry &entry : *names) {
        if (entry.line <= previous || entry.name.isEmpty() || entry.name.size() > NamesFile::MaxNameLength)
            __builtin_trap(); // in order, none empty, none over the limit
        previous = entry.line;
        for (const QChar c : entry.name) {
            if (c.category() == QChar::Other_Control)
                __builtin_trap(); // no NUL, tab or newline inside a name
        }
        const QString part = NamesFile::fileNamePart(entry.name);
        if (part.size() > NamesFile::MaxFileNamePart || part.startsWith(u'-') || part.endsWith(u'-'))
            __builtin_trap();
        for (const QChar c : part) {
            if (!(c.isLetterOrNumber() || c.isMark() || c == u'-'))
                __builtin_trap(); // never '/', '.', a space or a control
        }
    }
    return 0;
}
