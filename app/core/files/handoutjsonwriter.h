#pragma once

#include "article.h"
#include "handoutcontent.h"
#include "pageoptions.h"

#include <QJsonObject>
#include <QString>

// The JSON shape of a .handout file (docs in handoutfile.h). This part turns a
// handout into that shape; HandoutJsonReader reads it back.
namespace HandoutJsonWriter {

// Bump Version only for a change an older reader would misread or lose; an
// older reader refuses a newer version instead of guessing.
constexpr int Version = 1;
QString handoutTypeId(); // "handout-composer/handout"
QString templateTypeId(); // "handout-composer/template"

QString blockKindName(BlockKind kind);
// Returns false when name is not a known kind.
bool parseBlockKind(const QString &name, BlockKind *kind);

// Hex SHA-256 of a passage's text as the pack has it: what a file records to
// tell later whether the source was rewritten since.
QString sourceHash(const QString &passageText);

// A template keeps out every patient field: the "personalization" key is left
// out entirely, not written empty. `templateName` is written only for a template.
QJsonObject toJson(const HandoutContent &content, const PageOptions &page, const Article &article, bool asTemplate,
                   const QString &templateName = {});

} // namespace HandoutJsonWriter
