#pragma once

#include <QString>

// Pack versions are dotted numbers (the parser refuses anything else). They
// decide whether a corrected pack supersedes the built-in one, so they are
// compared number by number: 1.0.10 is newer than 1.0.9, and 1.0 equals 1.0.0.
namespace PackVersion {
// Negative when a is older than b, zero when equal, positive when newer.
int compare(const QString &a, const QString &b);
} // namespace PackVersion
