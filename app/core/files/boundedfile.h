#pragma once

#include "sourceerror.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The one way the program reads a file that came from outside (a content pack,
// a translation, its .info, a handout, a batch file). Only a regular file is
// opened: a folder is refused, and so are devices such as /dev/zero, which
// would be read forever, and FIFOs, whose open() blocks until someone writes.
// At most maxBytes + 1 bytes are read whatever size the file reports, so a
// file that grows, or lies about its size, is still refused without being read
// whole.
namespace BoundedFile {

// `what` names the kind of file in messages ("a content pack"). On a problem
// returns nothing and *error says "path: problem".
std::optional<QByteArray> read(const QString &path, qint64 maxBytes, const QString &what, SourceError *error);

// "is larger than 8 MiB" or "is larger than 64 KiB": the limit as people read it.
QString tooLargeMessage(qint64 maxBytes);

} // namespace BoundedFile
