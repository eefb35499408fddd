#include "affectedrecords.h"

#include "handoutjsonwriter.h"

QList<AffectedRecord> AffectedRecords::find(const QList<HandoutRecord> &records, const PackFor &packFor)
{
    QList<AffectedRecord> out;
    for (const HandoutRecord &record : records) {
        const Article *pack = packFor(record);
        if (!pack)
            continue;
        AffectedRecord affected;
        for (const RecordedPassage &given : record.passages) {
            const ::Passage *now = pack->passage(given.id);
            if (!now)
                affected.passages.append({given.id, true});
            else if (HandoutJsonWriter::sourceHash(now->text) != given.sourceHash)
                affected.passages.append({given.id, false});
        }
        if (!affected.passages.isEmpty()) {
            affected.record = record;
            out << affected;
        }
    }
    return out;
}
