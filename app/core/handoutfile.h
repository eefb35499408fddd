#pragma once

#include "sizes.h"

#include "article.h"
#include "handoutcontent.h"
#include "pageoptions.h"
#include "sourceerror.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A saved handout (.handout) or template: versioned, human-readable JSON.
//
// {
//   "format": "handout-composer/handout" | "handout-composer/template",
//   "version": 1,
//   "pack": {"id": "ketamine-review", "version": "1.0.0"},
//   "language": "en",
//   "title": "...",
//   "personalization": {"patient", "date", "clinician", "next_appointment", "contact"},
//                                                     (strings; absent in a template)
//   "clinic": {"name", "phone", "address", "crisis_line"},
//   "include_summary": true,
//   "page": {"size": "A4" | "Letter", "large_print": false},
//   "sections": [{"id": "...", "items": [{"callout": ["risk", "supervision"] ([] = no callout),
//                 "blocks": [BLOCK, ...]}]}],
//   "notes": null | [BLOCK, ...]                      (null: the handout has no notes)
// }
// BLOCK: {"kind": "paragraph" | "section-heading" | "heading" | "bullet" | "numbered",
//         "level": 0-9, "passage": "id" (only for source text), "source": "<hex SHA-256 of
//         the passage's text at save time>" (only with "passage"),
//         "runs": [{"text": "...", "bold": false, "italic": false, "underline": false}]}
//
// Every key above is required unless marked otherwise; keys this version does
// not know are ignored.

struct HandoutFileData
{
    HandoutContent content;
    PageOptions page; // size and large print only; the rest keeps its defaults
    bool isTemplate = false;
    // Passage id -> hex SHA-256 of its source text when the file was saved.
    QHash<QString, QString> sourceHashes;
};

// One way the content pack differs from the one a file was saved with.
struct PackChange
{
    enum Kind {
        OtherPack, // the file belongs to another pack: it cannot be opened with this one
        SectionRemoved,
        PassageRemoved,
        PassageRewritten,
    };
    Kind kind = OtherPack;
    QString sectionId; // the section of the handout it concerns; empty for OtherPack and notes
    QString passageId; // empty for OtherPack and SectionRemoved
    QString message; // a sentence for the clinician

    bool operator==(const PackChange &o) const
    {
        return kind == o.kind && sectionId == o.sectionId && passageId == o.passageId && message == o.message;
    }
};

namespace HandoutFile {

constexpr QLatin1StringView Extension("handout"); // without the dot
// A handout of the whole built-in article is about 120 KiB; a file this large
// is not a handout, and is refused before it is read whole.
constexpr qint64 MaxFileSize = 2 * Sizes::MiB;

// Writes atomically (the old file stays as it was if anything fails) and
// readable by the owner only, since a handout holds patient data. A template
// leaves the personalization out. `article` is the pack the content came from;
// its passage texts are fingerprinted so a later pack change can be noticed.
// On failure returns false and sets *error to "cannot write “path”: reason".
bool write(const QString &path, const HandoutContent &content, const PageOptions &page, const Article &article,
           bool asTemplate, QString *error);
// The bytes write() would store, or empty with *error set when the handout
// could not be read back (too large, or content no file may hold).
QByteArray toBytes(const HandoutContent &content, const PageOptions &page, const Article &article, bool asTemplate,
                   QString *error);

// All or nothing: on any problem returns nothing and *error names the file and
// the problem.
std::optional<HandoutFileData> read(const QString &path, SourceError *error);
std::optional<HandoutFileData> readBytes(const QByteArray &bytes, const QString &name, SourceError *error);

// What changed in `article` since the file was saved, in handout order. An
// OtherPack change comes alone: nothing else can be compared.
QList<PackChange> changesSince(const HandoutFileData &file, const Article &article);
QStringList messages(const QList<PackChange> &changes);

} // namespace HandoutFile
