#pragma once

#include <QString>

// What a message may say about a value someone typed. The value itself,
// quoted, only when it has the form of an id, a language code or an option
// name ("intro", "es-MX", "--page-size"); anything else is replaced by
// "(not shown)". A stray word on a command line or in a batch file is often
// half of a patient's name, and a name never goes to stderr or a log.
namespace SafeEcho {
QString quoted(const QString &value);
} // namespace SafeEcho
