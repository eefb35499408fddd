#pragma once

#include <QString>

#include <optional>

// Which wording of the pack a handout prints: the article's own sentences, or
// the plain-language adaptation stored beside the translations (one text per
// passage id, like a translation into the same language).
enum class Wording { Original, Plain };

namespace Wordings {
// "original" or "plain": the names in .handout files and on the command line.
QString name(Wording wording);
std::optional<Wording> parse(const QString &name);
} // namespace Wordings
