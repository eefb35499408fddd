#pragma once

#include "affectedrecords.h"
#include "handoutrecord.h"

#include <QJsonObject>

// Records as JSON for `handout-cli history --json`: keys in snake_case, times
// in ISO 8601 UTC, the .handout JSON left out (it is the record's bulk).
namespace RecordJson {
QJsonObject toJson(const HandoutRecord &record);
// The record with "changed_passages": [{"id", "change": "rewritten" | "removed"}].
QJsonObject toJson(const AffectedRecord &affected);
} // namespace RecordJson
