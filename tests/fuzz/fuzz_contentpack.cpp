#include "fuzzsupport.h"

#include "contentpackreader.h"
#include "handoutassembler.h"
#include "safetyreview.h"

#include <QTextDocument>

// A content pack from outside: read it; if it is accepted, compose a handout
// of every section and review it, as the window would on start.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::initialize();
    ContentPackReader reader;
    std::optional<Article> article = reader.read(FuzzSupport::bytes(data, size), QStringLiteral("fuzz.md"));
    if (!article) {
        if (reader.error().message.isEmpty())
            __builtin_trap(); // a refusal must say why
        return 0;
    }
    article->rebuildIndex();
    HandoutContent content;
    content.title = article->meta.title;
    for (const Section &s : article->sections)
        content.sections << HandoutAssembler::sourceSection(*article, s.id);
    QTextDocument doc;
    HandoutAssembler(*article, HandoutStyle::normal()).build(&doc, content);
    const SafetyReport report = SafetyReview::review(*article, content);
    if (!report.findings.isEmpty() && content.sections.isEmpty() == false) {
        for (const SafetyFinding &f : report.findings) {
            if (f.kind == SafetyFinding::PassageDeleted || f.kind == SafetyFinding::PassageEdited)
                __builtin_trap(); // the source's own text can never be "edited"
        }
    }
    return 0;
}
