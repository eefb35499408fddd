#include "recordjson.h"

#include "recordsql.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QJsonObject RecordJson::toJson(const HandoutRecord &record)
{
    QJsonArray passages;
    for (const RecordedPassage &passage : record.passages)
        passages.append(QJsonObject {{u"id"_s, passage.id}, {u"source"_s, passage.sourceHash}});
    const auto orNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    return {
        {u"id"_s, record.id},
        {u"time"_s, RecordSql::timeText(record.time)},
        {u"title"_s, record.title},
        {u"pack"_s, QJsonObject {{u"id"_s, record.packId}, {u"version"_s, record.packVersion}}},
        {u"language"_s, record.language},
        {u"wording"_s, record.wording},
        {u"sections"_s, QJsonArray::fromStringList(record.sectionIds)},
        {u"passages"_s, passages},
        {u"large_print"_s, record.largePrint},
        {u"page_size"_s, record.pageSize},
        {u"clinician"_s, record.clinician},
        {u"output"_s, HandoutRecord::outputName(record.output)},
        {u"pdf_sha256"_s, orNull(record.pdfSha256)},
        {u"patient_ref"_s, orNull(record.patientRef)},
    };
}

QJsonObject RecordJson::toJson(const AffectedRecord &affected)
{
    QJsonObject out = toJson(affected.record);
    QJsonArray changed;
    for (const AffectedRecord::Passage &passage : affected.passages) {
        changed.append(
            QJsonObject {{u"id"_s, passage.id}, {u"change"_s, passage.removed ? u"removed"_s : u"rewritten"_s}});
    }
    out.insert(u"changed_passages"_s, changed);
    return out;
}
