#pragma once

#include "bytesizes.h"

#include "article.h"
#include "handoutfiledata.h"
#include "sourceerror.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

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
constexpr qint64 MaxFileSize = 2 * ByteSizes::MiB;

// Writes atomically (the old file stays as it was if anything fails) and
// readable by the owner only, since a handout holds patient data. A template
// leaves the personalization out. `article` is the pack the content came from;
// its passage texts are fingerprinted so a later pack change can be noticed.
// A template is saved under `templateName` (see TemplateLibrary).
// On failure returns false and sets *error to "cannot write “path”: reason".
bool write(const QString &path, const HandoutContent &content, const PageOptions &page, const Article &article,
           bool asTemplate, QString *error, const QString &templateName = {});
// The bytes write() would store, or empty with *error set when the handout
// could not be read back (too large, or content no file may hold).
QByteArray toBytes(const HandoutContent &content, const PageOptions &page, const Article &article, bool asTemplate,
                   QString *error, const QString &templateName = {});

// Gives the template at `path` a new name, keeping everything else in the file
// as it was saved (the passage fingerprints included). Refuses a handout.
bool setTemplateName(const QString &path, const QString &name, QString *error);

// All or nothing: on any problem returns nothing and *error names the file and
// the problem.
std::optional<HandoutFileData> read(const QString &path, SourceError *error);
std::optional<HandoutFileData> readBytes(const QByteArray &bytes, const QString &name, SourceError *error);

// What changed in `article` since the file was saved, in handout order. An
// OtherPack change comes alone: nothing else can be compared.
QList<PackChange> changesSince(const HandoutFileData &file, const Article &article);
QStringList messages(const QList<PackChange> &changes);

} // namespace HandoutFile
