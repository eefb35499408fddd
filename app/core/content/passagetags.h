#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>

// Tags a person assigns to a passage after reading it. They drive callouts,
// the safety summary and the safety review, so the set is closed: an unknown
// tag in a content pack is an error, not something to ignore.
enum class PassageTag {
    Risk = 0x1,
    Supervision = 0x2,
};
Q_DECLARE_FLAGS(PassageTags, PassageTag)
Q_DECLARE_OPERATORS_FOR_FLAGS(PassageTags)

namespace PassageTagNames {
// Returns false when name is not a known tag.
bool parse(const QString &name, PassageTag *tag);
QString name(PassageTag tag);
// Names in a fixed order (risk, supervision), for output that tests compare.
QStringList names(PassageTags tags);
} // namespace PassageTagNames
