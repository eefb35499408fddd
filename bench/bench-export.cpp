// Export benchmarks. `app` and `floor` do one export each, so that each variant
// runs as its own process under /usr/bin/time (peak memory) and a wall clock;
// `compare` exports with both in turn in one process and prints the medians of
// their steps. See docs/performance.md.
//
//   bench-export inputs --dir DIR [--scales 1,5]
//       writes DIR/article-xN.md (the pack, its sections repeated N times),
//       DIR/article-xN.html and .txt (the full handout as plain HTML and text),
//       and DIR/in-recovery.txt (that preset's handout as plain text)
//   bench-export app [--pack FILE] --out FILE.pdf
//       the full handout through PagedRenderer and PdfExporter, as
//       `handout-cli export` does it
//   bench-export floor --html FILE.html --out FILE.pdf
//       the floor: a bare QTextDocument (setHtml) printed to a 300 dpi QPdfWriter
//   bench-export compare [--pack FILE] --html FILE.html --out PREFIX [--repeat N]
//       N pairs of the two (after 2 warm-up pairs), writing PREFIX.app.pdf and
//       PREFIX.floor.pdf
//   bench-export scaling --pack A.md --html A.html --pack B.md --html B.html ...
//                        --out PREFIX [--repeat N]
//       the handouts of several lengths in turn, with both; prints how the
//       time grows against the first

#include "benchsupport.h"
#include "contentlibrary.h"
#include "pagedrenderer.h"
#include "pdfexporter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextStream>

#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int Warmup = 2;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(file.errorString()));
    return file.readAll();
}

int writeInputs(const QString &dir, const QString &scales)
{
    if (!QDir().mkpath(dir))
        qFatal("cannot create %s", qPrintable(dir));
    for (const QString &item : scales.split(u',')) {
        const int scale = item.toInt();
        if (scale < 1)
            qFatal("bad scale '%s'", qPrintable(item));
        const QByteArray pack = Bench::scaledPack(scale);
        const Article article = Bench::loadPack(pack, u"article-x%1.md"_s.arg(scale));
        const HandoutContent content = Bench::fullHandout(article);
        const QString base = dir + u"/article-x%1"_s.arg(scale);
        if (!Bench::writeFile(base + u".md"_s, pack)
            || !Bench::writeFile(base + u".html"_s, Bench::toHtml(article, content).toUtf8())
            || !Bench::writeFile(base + u".txt"_s, Bench::toPlainText(article, content).toUtf8()))
            qFatal("cannot write %s.*", qPrintable(base));
        if (scale == 1) {
            const HandoutContent preset = Bench::presetHandout(article, u"in-recovery"_s);
            if (!Bench::writeFile(dir + u"/in-recovery.txt"_s, Bench::toPlainText(article, preset).toUtf8()))
                qFatal("cannot write in-recovery.txt");
        }
    }
    return 0;
}

// One export the way `handout-cli export` does it: the full handout through
// PagedRenderer and PdfExporter.
class AppExport
{
public:
    AppExport(const QString &packPath, const QString &out)
        : m_path(packPath.isEmpty() ? ContentLibrary::builtinPath() : packPath)
        , m_article(Bench::loadPack(readFile(m_path), m_path))
        , m_out(out)
    {
        m_page.pageSize = QPageSize::A4;
    }

    struct Times
    {
        double compose = 0, layOut = 0, write = 0, total = 0;
    };
    Times run()
    {
        QElapsedTimer timer;
        timer.start();
        const HandoutContent content = Bench::fullHandout(m_article);
        const qint64 composed = timer.nsecsElapsed();
        const PagedRenderer renderer(m_article, content, m_page);
        const qint64 laidOut = timer.nsecsElapsed();
        QString error;
        if (!PdfExporter::write(renderer, m_out, content.title, &error))
            qFatal("%s", qPrintable(error));
        const qint64 written = timer.nsecsElapsed();
        m_pages = renderer.pageCount();
        m_left = renderer.violations();
        return {Bench::elapsedMs(composed), Bench::elapsedMs(laidOut - composed), Bench::elapsedMs(written - laidOut),
                Bench::elapsedMs(written)};
    }
    // The same layout without the pagination rules (keep callouts whole,
    // headings with their text), to show what the rules cost.
    void layOutWithoutRules() const
    {
        PageOptions loose = m_page;
        loose.keepTogether = false;
        const PagedRenderer renderer(m_article, Bench::fullHandout(m_article), loose);
    }
    QString describe() const
    {
        return u"app: %1, %2 sections, %3 pages, %4 KiB; pagination left %5 split callouts, %6 orphan headings, %7 "
               u"stranded lines"_s.arg(QFileInfo(m_path).fileName())
                   .arg(m_article.sections.size())
                   .arg(m_pages)
                   .arg(QFileInfo(m_out).size() / 1024)
                   .arg(m_left.splitCallouts)
                   .arg(m_left.orphanHeadings)
                   .arg(m_left.strandedLines);
    }

private:
    QString m_path;
    Article m_article;
    QString m_out;
    PageOptions m_page;
    int m_pages = 0;
    PagedRenderer::Violations m_left;
};

// The floor: a bare QTextDocument holding the same content as plain HTML,
// printed to a QPdfWriter at 300 dpi.
class FloorExport
{
public:
    FloorExport(const QString &htmlPath, const QString &out)
        : m_path(htmlPath)
        , m_html(QString::fromUtf8(readFile(htmlPath)))
        , m_out(out)
    { }

    struct Times
    {
        double parse = 0, print = 0, total = 0;
    };
    Times run() const
    {
        QElapsedTimer timer;
        timer.start();
        QTextDocument doc;
        doc.setHtml(m_html);
        const qint64 parsed = timer.nsecsElapsed();
        {
            QPdfWriter writer(m_out);
            writer.setResolution(300);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
            doc.print(&writer);
        }
        const qint64 printed = timer.nsecsElapsed();
        return {Bench::elapsedMs(parsed), Bench::elapsedMs(printed - parsed), Bench::elapsedMs(printed)};
    }
    QString describe() const
    {
        return u"floor: %1, %2 KiB"_s.arg(QFileInfo(m_path).fileName()).arg(QFileInfo(m_out).size() / 1024);
    }

private:
    QString m_path;
    QString m_html;
    QString m_out;
};

// Exports with the app and the floor in turn (the order alternating), so that
// both see the same machine: on a shared virtual machine the speed drifts by
// tens of percent over minutes, which would skew a ratio of runs made one
// after the other. Prints the medians of each step and of the paired ratios.
int compare(AppExport &app, const FloorExport &floor, int repeat)
{
    QList<double> compose, layOut, write, appTotal, parse, print, floorTotal, ratio;
    for (int i = 0; i < Warmup + repeat; ++i) {
        AppExport::Times a;
        FloorExport::Times f;
        if (i % 2) {
            f = floor.run();
            a = app.run();
        } else {
            a = app.run();
            f = floor.run();
        }
        if (i < Warmup)
            continue;
        compose << a.compose;
        layOut << a.layOut;
        write << a.write;
        appTotal << a.total;
        parse << f.parse;
        print << f.print;
        floorTotal << f.total;
        ratio << a.total / f.total;
    }
    const Bench::Stats withoutRules = Bench::measure(repeat, Warmup, {}, [&] { app.layOutWithoutRules(); });
    QTextStream out(stdout);
    out << app.describe() << "\n"
        << floor.describe() << "\n"
        << Bench::header() << '\n'
        << Bench::row(u"app: compose HandoutContent"_s, Bench::summarize(compose)) << '\n'
        << Bench::row(u"app: PagedRenderer (assemble, lay out, paginate)"_s, Bench::summarize(layOut)) << '\n'
        << Bench::row(u"app: PagedRenderer without the pagination rules"_s, withoutRules) << '\n'
        << Bench::row(u"app: PdfExporter::write (paint, 300 dpi)"_s, Bench::summarize(write)) << '\n'
        << Bench::row(u"app: export total"_s, Bench::summarize(appTotal)) << '\n'
        << Bench::row(u"floor: QTextDocument::setHtml"_s, Bench::summarize(parse)) << '\n'
        << Bench::row(u"floor: QTextDocument::print (lay out, paint)"_s, Bench::summarize(print)) << '\n'
        << Bench::row(u"floor: export total"_s, Bench::summarize(floorTotal)) << '\n'
        << Bench::row(u"ratio app / floor, paired (a ratio, not ms)"_s, Bench::summarize(ratio)) << '\n';
    return 0;
}

// Exports handouts of different lengths in turn, with the app and with the
// floor, and prints how each one's time grows against the first (a paired
// ratio per round, so the machine's drift cancels out).
int scaling(const QStringList &packs, const QStringList &htmls, const QString &out, int repeat)
{
    const qsizetype n = packs.size();
    std::vector<AppExport> apps;
    std::vector<FloorExport> floors;
    for (qsizetype k = 0; k < n; ++k) {
        apps.emplace_back(packs[k], out + u".app%1.pdf"_s.arg(k));
        floors.emplace_back(htmls[k], out + u".floor%1.pdf"_s.arg(k));
    }
    QList<QList<double>> appTotal(n), floorTotal(n), appGrowth(n), floorGrowth(n);
    for (int i = 0; i < Warmup + repeat; ++i) {
        QList<double> a(n), f(n);
        for (qsizetype j = 0; j < n; ++j) {
            const qsizetype k = i % 2 ? n - 1 - j : j;
            a[k] = apps[size_t(k)].run().total;
            f[k] = floors[size_t(k)].run().total;
        }
        if (i < Warmup)
            continue;
        for (qsizetype k = 0; k < n; ++k) {
            appTotal[k] << a[k];
            floorTotal[k] << f[k];
            appGrowth[k] << a[k] / a[0];
            floorGrowth[k] << f[k] / f[0];
        }
    }
    QTextStream stdOut(stdout);
    stdOut << Bench::header() << '\n';
    for (qsizetype k = 0; k < n; ++k) {
        const QString name = QFileInfo(packs[k]).completeBaseName();
        stdOut << Bench::row(u"app: export total, %1"_s.arg(name), Bench::summarize(appTotal[k])) << '\n'
               << Bench::row(u"floor: export total, %1"_s.arg(name), Bench::summarize(floorTotal[k])) << '\n';
    }
    const QString first = QFileInfo(packs[0]).completeBaseName();
    for (qsizetype k = 1; k < n; ++k) {
        const QString name = QFileInfo(packs[k]).completeBaseName();
        stdOut << Bench::row(u"ratio app %1 / %2, paired"_s.arg(name, first), Bench::summarize(appGrowth[k])) << '\n'
               << Bench::row(u"ratio floor %1 / %2, paired"_s.arg(name, first), Bench::summarize(floorGrowth[k]))
               << '\n';
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // Like handout-cli: no display needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Export benchmarks: inputs | app | floor | compare | scaling (see the source)."_s);
    parser.addHelpOption();
    const QCommandLineOption dirOption(u"dir"_s, u"Where `inputs` writes its files."_s, u"dir"_s);
    const QCommandLineOption scalesOption(u"scales"_s, u"Lengths `inputs` writes (default 1,5)."_s, u"list"_s,
                                          u"1,5"_s);
    const QCommandLineOption packOption(u"pack"_s, u"The pack the app exports (default: built-in)."_s, u"file"_s);
    const QCommandLineOption htmlOption(u"html"_s, u"The HTML the floor exports."_s, u"file"_s);
    const QCommandLineOption outOption(u"out"_s, u"The PDF to write."_s, u"file"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"Pairs of exports `compare` times (default 10)."_s, u"n"_s,
                                          u"10"_s);
    parser.addOptions({dirOption, scalesOption, packOption, htmlOption, outOption, repeatOption});
    parser.addPositionalArgument(u"mode"_s, u"inputs, app, floor, compare or scaling"_s);
    parser.process(app);

    const QString mode = parser.positionalArguments().value(0);
    const QString out = parser.value(outOption);
    if (mode == "inputs"_L1 && parser.isSet(dirOption))
        return writeInputs(parser.value(dirOption), parser.value(scalesOption));
    if (mode == "app"_L1 && !out.isEmpty()) {
        AppExport(parser.value(packOption), out).run();
        return 0;
    }
    if (mode == "floor"_L1 && !out.isEmpty() && parser.isSet(htmlOption)) {
        FloorExport(parser.value(htmlOption), out).run();
        return 0;
    }
    if (mode == "compare"_L1 && !out.isEmpty() && parser.isSet(htmlOption)) {
        AppExport appExport(parser.value(packOption), out + u".app.pdf"_s);
        const FloorExport floorExport(parser.value(htmlOption), out + u".floor.pdf"_s);
        return compare(appExport, floorExport, qMax(1, parser.value(repeatOption).toInt()));
    }
    const QStringList packs = parser.values(packOption);
    const QStringList htmls = parser.values(htmlOption);
    if (mode == "scaling"_L1 && !out.isEmpty() && !packs.isEmpty() && packs.size() == htmls.size())
        return scaling(packs, htmls, out, qMax(1, parser.value(repeatOption).toInt()));
    parser.showHelp(2);
}
