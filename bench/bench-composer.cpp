// Composer benchmarks: assembling the full article into a document, toggling
// one section, applying a preset, and the work the window repeats after each
// change. Wall-clock medians of repeated runs in one process; see
// docs/performance.md.

#include "benchsupport.h"
#include "bundledfonts.h"
#include "contentlibrary.h"
#include "contentpackreader.h"
#include "handoutassembler.h"
#include "handoutdocument.h"
#include "pagedrenderer.h"
#include "safetyreview.h"

#include <QAbstractTextDocumentLayout>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextDocument>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// About the width of the editor in the window's default 1280 px layout.
constexpr qreal EditorWidth = 680;

void layOut(QTextDocument *doc)
{
    doc->documentLayout()->documentSize();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times the composer's document operations."_s);
    parser.addHelpOption();
    const QCommandLineOption runsOption(u"runs"_s, u"Timed runs per measurement (default 30)."_s, u"n"_s, u"30"_s);
    const QCommandLineOption scaleOption(
        u"scale"_s, u"Use a pack with the article's sections repeated n times (default 1)."_s, u"n"_s, u"1"_s);
    parser.addOptions({runsOption, scaleOption});
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const int scale = qMax(1, parser.value(scaleOption).toInt());
    const int warmup = 3;

    QTextStream out(stdout);
    QElapsedTimer fontTimer;
    fontTimer.start();
    BundledFonts::registerAll();
    const double fontMs = Bench::elapsedMs(fontTimer.nsecsElapsed());

    const Bench::Stats readPack = Bench::measure(runs, warmup, {}, [] {
        ContentPackReader reader;
        std::optional<Article> article = reader.readFile(ContentLibrary::builtinPath());
        if (!article)
            qFatal("%s", qPrintable(reader.error().toString()));
        article->rebuildIndex();
    });
    const Article article = Bench::loadPack(Bench::scaledPack(scale), u"scaled.md"_s);
    QStringList allIds;
    for (const Section &section : article.sections)
        allIds << section.id;
    const HandoutContent full = Bench::fullHandout(article);
    const QString presetId = u"in-recovery"_s;
    const QString otherPresetId = u"considering-treatment"_s;
    const Preset *preset = article.preset(presetId);
    const Preset *otherPreset = article.preset(otherPresetId);
    if (!preset || !otherPreset)
        qFatal("the presets are missing");

    out << "Composer benchmarks: " << allIds.size() << " sections (article x" << scale << "), " << runs
        << " timed runs after " << warmup
        << " warm-up runs.\n\"Layout attached\": the document has the editor's width (" << EditorWidth
        << " px) set, as in the window, and the time includes laying it out completely.\n\n"
        << Bench::header() << '\n';
    const auto print = [&](const QString &name, const Bench::Stats &stats) {
        out << Bench::row(name, stats) << '\n';
        out.flush();
    };
    print(u"load: register bundled fonts (once per process)"_s, Bench::summarize({fontMs}));
    print(u"load: read the built-in pack"_s, readPack);

    // (a) The full article into a document.
    const HandoutAssembler assembler(article, HandoutStyle::normal());
    std::unique_ptr<QTextDocument> fresh;
    print(u"(a) HandoutAssembler::build into a fresh QTextDocument"_s,
          Bench::measure(
              runs, warmup, [&] { fresh = std::make_unique<QTextDocument>(); },
              [&] { assembler.build(fresh.get(), full); }));
    print(u"(a) HandoutAssembler::build, then lay out"_s,
          Bench::measure(
              runs, warmup,
              [&] {
                  fresh = std::make_unique<QTextDocument>();
                  fresh->setUseDesignMetrics(true);
              },
              [&] {
                  assembler.build(fresh.get(), full);
                  fresh->setTextWidth(EditorWidth);
                  layOut(fresh.get());
              }));
    fresh.reset();

    std::unique_ptr<HandoutDocument> doc;
    print(u"(a) HandoutDocument::resetToSections(all)"_s,
          Bench::measure(
              runs, warmup, [&] { doc = std::make_unique<HandoutDocument>(article); },
              [&] { doc->resetToSections(allIds, article.meta.title); }));
    print(u"(a) HandoutDocument::resetToSections(all), layout attached"_s,
          Bench::measure(
              runs, warmup,
              [&] {
                  doc = std::make_unique<HandoutDocument>(article);
                  doc->textDocument()->setTextWidth(EditorWidth);
                  layOut(doc->textDocument());
              },
              [&] {
                  doc->resetToSections(allIds, article.meta.title);
                  layOut(doc->textDocument());
              }));

    // (b) One section toggled off and on again, in a document holding the
    // full article; the runs go through the sections in turn.
    const int toggleRuns = qMax(runs, int(allIds.size()));
    for (bool attached : {false, true}) {
        doc = std::make_unique<HandoutDocument>(article);
        if (attached)
            doc->textDocument()->setTextWidth(EditorWidth);
        doc->resetToSections(allIds, article.meta.title);
        layOut(doc->textDocument());
        QList<double> off;
        QList<double> on;
        QList<double> both;
        for (int i = 0; i < warmup + toggleRuns; ++i) {
            const QString &id = allIds.at(i % allIds.size());
            QElapsedTimer timer;
            timer.start();
            doc->setSectionsSelected({id}, false);
            if (attached)
                layOut(doc->textDocument());
            const qint64 removed = timer.nsecsElapsed();
            doc->setSectionsSelected({id}, true);
            if (attached)
                layOut(doc->textDocument());
            const qint64 total = timer.nsecsElapsed();
            if (i < warmup)
                continue;
            off << Bench::elapsedMs(removed);
            on << Bench::elapsedMs(total - removed);
            both << Bench::elapsedMs(total);
        }
        if (doc->selectedSections() != allIds)
            qFatal("toggling changed the selection");
        const QString suffix = attached ? u", layout attached"_s : QString();
        print(u"(b) setSectionsSelected({id}, false)"_s + suffix, Bench::summarize(off));
        print(u"(b) setSectionsSelected({id}, true)"_s + suffix, Bench::summarize(on));
        print(u"(b) toggle: off, then on again"_s + suffix, Bench::summarize(both));
    }

    // (c) Applying a preset.
    const auto preparedDocument = [&](const QStringList &ids, bool attached) {
        doc = std::make_unique<HandoutDocument>(article);
        if (attached)
            doc->textDocument()->setTextWidth(EditorWidth);
        doc->resetToSections(ids, article.meta.title);
        layOut(doc->textDocument());
    };
    print(u"(c) applySelection(in-recovery) on an empty handout"_s,
          Bench::measure(
              runs, warmup, [&] { preparedDocument({}, false); },
              [&] { doc->applySelection(preset->sectionIds, preset->title); }));
    print(u"(c) applySelection(in-recovery) on the full article"_s,
          Bench::measure(
              runs, warmup, [&] { preparedDocument(allIds, false); },
              [&] { doc->applySelection(preset->sectionIds, preset->title); }));
    print(u"(c) applySelection(considering-treatment) on in-recovery"_s,
          Bench::measure(
              runs, warmup, [&] { preparedDocument(preset->sectionIds, false); },
              [&] { doc->applySelection(otherPreset->sectionIds, otherPreset->title); }));
    print(u"(c) applySelection(in-recovery), full article, layout attached"_s,
          Bench::measure(
              runs, warmup, [&] { preparedDocument(allIds, true); },
              [&] {
                  doc->applySelection(preset->sectionIds, preset->title);
                  layOut(doc->textDocument());
              }));

    // What the window recomputes after each change (after a pause): the
    // safety review reads the document back; the page count lays it out on
    // pages.
    preparedDocument(allIds, false);
    HandoutContent content;
    print(u"after a change: HandoutDocument::content() (read back)"_s,
          Bench::measure(runs, warmup, {}, [&] { content = doc->content(); }));
    print(u"after a change: SafetyReview::review"_s,
          Bench::measure(runs, warmup, {}, [&] { SafetyReview::review(article, content); }));
    PageOptions page;
    page.pageSize = QPageSize::A4;
    int pages = 0;
    print(u"after a change: PagedRenderer (page count)"_s,
          Bench::measure(runs, warmup, {}, [&] { pages = PagedRenderer(article, content, page).pageCount(); }));
    out << "\nThe full handout is " << pages << " A4 pages.\n";
    return 0;
}
