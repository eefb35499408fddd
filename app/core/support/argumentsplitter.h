#pragma once

#include <QString>
#include <QStringList>

// Splits one line of a batch file into arguments the way a POSIX shell would
// for plain words: whitespace separates, '…' quotes literally, "…" quotes with
// \" and \\ escapes, and a backslash outside quotes escapes the next character.
// No variables, globs or substitutions: a batch file is data, not a script.
namespace ArgumentSplitter {
// Returns false (and says why) for an unclosed quote or a trailing backslash.
bool split(const QString &line, QStringList *arguments, QString *error);
} // namespace ArgumentSplitter
