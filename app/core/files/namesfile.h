#pragma once

#include "bytesizes.h"
#include "sourceerror.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// The names file of a group export (handout-cli export --names FILE): one
// person a line, '#' starting a comment line, blank lines skipped. Each name
// becomes the patient field of one handout and part of its file name. All or
// nothing, like a batch file: the first problem is returned with its line and
// no handout is made. The names are patient data: messages name the line,
// never the name on it.
namespace NamesFile {

struct Entry
{
    int line = 0; // 1-based, as in "file:line"
    QString name;
};

// A group session is a dozen people; a whole clinic's day a few hundred.
constexpr qint64 MaxFileSize = ByteSizes::MiB / 4;
constexpr int MaxNames = 1000;
constexpr int MaxNameLength = 200;
// The part of a file name made from a name: long enough to tell people apart.
constexpr int MaxFileNamePart = 60;

std::optional<QList<Entry>> parse(const QByteArray &bytes, const QString &fileName, SourceError *error);
std::optional<QList<Entry>> read(const QString &path, SourceError *error);

// `name` made safe for a file name on every system: letters and digits of any
// script are kept, every run of anything else ('/', spaces, dots, quotes,
// controls) becomes one '-', and it is cut to MaxFileNamePart characters.
// Empty when nothing of the name is left.
QString fileNamePart(const QString &name);

} // namespace NamesFile
