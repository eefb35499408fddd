#pragma once

#include "bytesizes.h"
#include "sourceerror.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A batch file of handout-cli export: one handout a line, its options quoted
// as in a shell (ArgumentSplitter), '#' starting a comment line. All or
// nothing: the first problem is returned with its line, and nothing of the
// file is used. Bytes are checked, not repaired: invalid UTF-8 would silently
// become U+FFFD and a NUL byte would vanish, so that a typed output path
// named another file than the one written.
namespace BatchFile {

struct Line
{
    int number = 0; // 1-based, as in "file:line"
    QStringList arguments;
};

// A day's handouts for a whole clinic is a few hundred lines.
constexpr qint64 MaxFileSize = ByteSizes::MiB;
constexpr int MaxLines = 10000;

std::optional<QList<Line>> parse(const QByteArray &bytes, const QString &fileName, SourceError *error);
std::optional<QList<Line>> read(const QString &path, SourceError *error);

} // namespace BatchFile
