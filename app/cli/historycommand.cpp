#include "affectedrecords.h"
#include "clicontext.h"
#include "contentlibrary.h"
#include "recordjson.h"
#include "recordlocation.h"
#include "recordpacks.h"
#include "recordsettings.h"
#include "recordstore.h"
#include "translationlibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

// --since: a day (from its start, UTC) or a moment in ISO 8601.
bool parseSince(const QString &text, QDateTime *since)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid()) {
        *since = day.startOfDay(Qt::UTC);
        return true;
    }
    QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!moment.isValid())
        return false;
    if (moment.timeSpec() == Qt::LocalTime)
        moment.setTimeSpec(Qt::UTC); // the record's times are UTC; so is a moment given without a zone
    *since = moment.toUTC();
    return true;
}

QString line(const HandoutRecord &r)
{
    return u"%1  %2  %3  %4  %5 %6  %7  %8"_s.arg(
        QString::number(r.id).rightJustified(5), r.time.toString(u"yyyy-MM-dd HH:mm"_s),
        (r.patientRef.isEmpty() ? u"-"_s : r.patientRef).leftJustified(12),
        HandoutRecord::outputName(r.output).leftJustified(5), r.packId, r.packVersion, r.language, r.title);
}

} // namespace

int CliCommands::history(CliContext &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"List the handouts recorded (newest first). With --affected, only those that hold a passage whose text "
        "has changed since (or that is gone) in the current pack, or in the pack --content or --pack names, with "
        "the passage ids."_s);
    parser.addOption(CliContext::jsonOption());
    parser.addOption(
        {u"since"_s, u"Only handouts given from this day (YYYY-MM-DD, UTC) or moment (ISO 8601)."_s, u"date"_s});
    parser.addOption({u"patient-ref"_s, u"Only the handouts given with this patient reference."_s, u"ref"_s});
    parser.addOption({u"database"_s,
                      u"The record database: postgresql://user@host:port/db or an SQLite file (default: "
                      "HANDOUT_DATABASE, the preference, or the SQLite file in the user's data folder)."_s,
                      u"uri"_s});
    parser.addOption({u"affected"_s, u"Only the handouts whose passages have changed in the pack since."_s});
    parser.addOptions(CliContext::contentOptions());
    if (const int code = cli.parse(parser, arguments, u"history"_s,
                                   u"[--json] [--since DATE] [--patient-ref REF] [--database URI] "
                                   "[--affected [--content PACK | --pack ID]]"_s);
        code >= 0)
        return code;
    const bool affectedOnly = parser.isSet(u"affected"_s);
    if (!affectedOnly && (parser.isSet(u"content"_s) || parser.isSet(u"pack"_s)))
        return cli.usage(u"history: --content and --pack are for --affected"_s);

    RecordStore::Filter filter;
    if (parser.isSet(u"since"_s) && !parseSince(parser.value(u"since"_s), &filter.since))
        return cli.usage(u"history: --since must be a date (YYYY-MM-DD) or an ISO 8601 time, not '%1'"_s.arg(
            parser.value(u"since"_s)));
    filter.patientRef = parser.value(u"patient-ref"_s).trimmed();
    RecordLocation location;
    QString error;
    if (!RecordLocation::choose(parser.value(u"database"_s), RecordSettings::database(QSettings()), &location, &error))
        return cli.usage(u"history: "_s + error);

    int code = CliContext::Success;
    const Article *only = nullptr;
    ContentLibrary installed;
    if (affectedOnly) {
        // The pack first: a usage error about it should not wait for a server.
        if (parser.isSet(u"content"_s) || parser.isSet(u"pack"_s)) {
            only = cli.chooseArticle(parser, &code);
            if (!only)
                return code;
            filter.packId = only->meta.id;
        } else if (!installed.load()) {
            for (const SourceError &e : installed.problems())
                cli.err() << "handout-cli: " << e.toString() << "\n";
            return cli.failure(u"history: the installed content packs cannot be loaded"_s);
        }
    }

    RecordStore store(location);
    const std::optional<QList<HandoutRecord>> records = store.list(filter, &error);
    if (!records)
        return cli.failure(error);

    QJsonArray json;
    if (affectedOnly) {
        TranslationLibrary translations;
        translations.scan(ContentLibrary::userFolder());
        RecordPacks packs(only ? cli.library() : installed, translations, only);
        const QList<AffectedRecord> affected
            = AffectedRecords::find(*records, [&](const HandoutRecord &record) { return packs.packFor(record); });
        const QStringList warnings = packs.warnings();
        for (const QString &warning : std::as_const(warnings))
            cli.err() << "handout-cli: warning: " << warning << "\n";
        cli.err().flush();
        for (const AffectedRecord &a : affected) {
            if (parser.isSet(u"json"_s)) {
                json.append(RecordJson::toJson(a));
                continue;
            }
            QStringList changed;
            for (const AffectedRecord::Passage &p : a.passages)
                changed << (p.removed ? p.id + u" (removed)"_s : p.id);
            cli.out() << line(a.record) << "\n       changed: " << changed.join(u", "_s) << "\n";
        }
        if (!parser.isSet(u"json"_s) && affected.isEmpty())
            cli.out() << "No recorded handout holds a passage that has changed since.\n";
    } else {
        for (const HandoutRecord &r : *records) {
            if (parser.isSet(u"json"_s))
                json.append(RecordJson::toJson(r));
            else
                cli.out() << line(r) << "\n";
        }
        if (!parser.isSet(u"json"_s) && records->isEmpty())
            cli.out() << "No handouts recorded.\n";
    }
    if (parser.isSet(u"json"_s))
        cli.printJson(QJsonDocument(QJsonObject {{u"records"_s, json}}));
    cli.out().flush();
    return CliContext::Success;
}
