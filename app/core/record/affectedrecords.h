#pragma once

#include "article.h"
#include "handoutrecord.h"

#include <QList>
#include <QString>

#include <functional>

// Which handouts given carry wording the pack has since corrected: a passage
// whose text now hashes differently, or that the pack no longer has.
struct AffectedRecord
{
    struct Passage
    {
        QString id;
        bool removed = false; // the pack no longer has it; else its text changed

        bool operator==(const Passage &o) const { return id == o.id && removed == o.removed; }
    };

    HandoutRecord record;
    QList<Passage> passages; // in the handout's order
};

namespace AffectedRecords {

// The pack to compare a record with (in the record's language), or nullptr to
// leave the record out (another pack, or a language the pack lacks now).
using PackFor = std::function<const Article *(const HandoutRecord &)>;

// The records, in the order given, that have at least one changed passage.
QList<AffectedRecord> find(const QList<HandoutRecord> &records, const PackFor &packFor);

} // namespace AffectedRecords
