#pragma once

#include <QString>

// Turns text a person typed (a template name, a name on a group list) into
// one file name: no folder separators, no characters Windows or a shell would
// trip over, no leading dot that would hide the file, and not too long.
namespace SafeFileName {
// Length limit in characters, well under the 255 bytes of common file systems
// once UTF-8, a prefix and an extension are added.
constexpr int MaxLength = 80;
// The safe form of `text`; empty when nothing usable is left (only
// punctuation or spaces), so the caller can refuse it and say where.
QString fromText(const QString &text);
} // namespace SafeFileName
