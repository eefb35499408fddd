// What recording costs one export (docs/performance.md, "Record").
//
//   bench-record --database URI|FILE [--repeat N] [--out DIR]
//
// Exports the full handout of the built-in article to a PDF, as `handout-cli
// export` does, and times each step the record adds to it: describing the
// handout (passage hashes and the handout JSON), the PDF's SHA-256, opening
// the database (once per program, so measured apart), and storing one record.
// Prints the medians beside the export's own time.

#include "benchsupport.h"
#include "contentlibrary.h"
#include "handoutrecord.h"
#include "pagedrenderer.h"
#include "pdfexporter.h"
#include "recordstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"database"_s, u"postgresql:// URI or SQLite file"_s, u"uri"_s});
    parser.addOption({u"repeat"_s, u"rounds"_s, u"n"_s, u"50"_s});
    parser.addOption({u"out"_s, u"folder for the PDF"_s, u"dir"_s});
    parser.process(app);
    const int runs = parser.value(u"repeat"_s).toInt();
    QTemporaryDir temporary;
    const QString outDir = parser.isSet(u"out"_s) ? parser.value(u"out"_s) : temporary.path();
    const QString pdf = QDir(outDir).filePath(u"bench-record.pdf"_s);

    QFile packFile(ContentLibrary::builtinPath());
    if (!packFile.open(QIODevice::ReadOnly))
        qFatal("cannot read the built-in pack");
    const Article article = Bench::loadPack(packFile.readAll(), ContentLibrary::builtinPath());
    HandoutContent content = Bench::fullHandout(article);
    content.person.patient = u"Bench Patient"_s;
    content.person.clinician = u"Dr. Bench"_s;
    PageOptions page;
    page.pageSize = QPageSize::A4;

    RecordLocation location;
    QString error;
    if (!RecordLocation::choose(parser.value(u"database"_s), {}, &location, &error))
        qFatal("%s", qPrintable(error));

    QTextStream out(stdout);
    out << "database: " << location.displayName() << "\n" << Bench::header() << "\n";

    const Bench::Stats exportStats = Bench::measure(runs, 2, {}, [&] {
        const PagedRenderer renderer(article, content, page);
        if (!PdfExporter::write(renderer, pdf, content.title, &error))
            qFatal("%s", qPrintable(error));
    });
    out << Bench::row(u"export (PagedRenderer + PdfExporter::write)"_s, exportStats) << "\n";

    const Bench::Stats openStats = Bench::measure(runs, 2, {}, [&] {
        RecordStore store(location);
        if (!store.open(&error))
            qFatal("%s", qPrintable(error));
    });
    out << Bench::row(u"record: open the database (once per program)"_s, openStats) << "\n";

    HandoutRecord record;
    const Bench::Stats describeStats = Bench::measure(runs, 2, {}, [&] {
        record = HandoutRecord::describe(content, page, article, HandoutRecord::Output::Pdf, u"MRN-BENCH"_s);
    });
    out << Bench::row(u"record: describe (passage hashes, handout JSON)"_s, describeStats) << "\n";

    const Bench::Stats hashStats
        = Bench::measure(runs, 2, {}, [&] { record.pdfSha256 = HandoutRecord::fileSha256(pdf, &error); });
    out << Bench::row(u"record: SHA-256 of the PDF"_s, hashStats) << "\n";

    RecordStore store(location);
    if (!store.open(&error))
        qFatal("%s", qPrintable(error));
    const Bench::Stats addStats = Bench::measure(runs, 2, {}, [&] {
        HandoutRecord copy = record;
        if (!store.add(&copy, &error))
            qFatal("%s", qPrintable(error));
    });
    out << Bench::row(u"record: store one record"_s, addStats) << "\n";

    const double added = openStats.median + describeStats.median + hashStats.median + addStats.median;
    out << u"a recorded export adds %1 ms to %2 ms (%3 %)\n"_s.arg(added, 0, 'f', 2)
               .arg(exportStats.median, 0, 'f', 1)
               .arg(100.0 * added / exportStats.median, 0, 'f', 1);
    out << "record size: " << record.handoutJson.size() << " bytes of handout JSON, " << record.passages.size()
        << " passages\n";
    return 0;
}
