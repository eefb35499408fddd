// Readability benchmarks: the meter on the full article (or a pack n times as
// long), the jargon check, and the whole Reading Level panel update the
// window runs after a pause in typing. Wall-clock medians of repeated runs in
// one process; see docs/performance.md.

#include "benchsupport.h"
#include "bundledfonts.h"
#include "handoutdocument.h"
#include "jargonfinder.h"
#include "readabilitypanel.h"
#include "readabilityreport.h"
#include "syllablecounter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextCursor>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times the readability meter and the Reading Level panel."_s);
    parser.addHelpOption();
    const QCommandLineOption runsOption(u"runs"_s, u"Timed runs per measurement (default 30)."_s, u"n"_s, u"30"_s);
    const QCommandLineOption scaleOption(
        u"scale"_s, u"Use a pack with the article's sections repeated n times (default 1)."_s, u"n"_s, u"1"_s);
    parser.addOptions({runsOption, scaleOption});
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const int scale = qMax(1, parser.value(scaleOption).toInt());
    const int warmup = 3;
    BundledFonts::registerAll();

    QTextStream out(stdout);
    QElapsedTimer patternsTimer;
    patternsTimer.start();
    const SyllableCounter english(u"en"_s);
    const double patternsMs = Bench::elapsedMs(patternsTimer.nsecsElapsed());

    const Article article = Bench::loadPack(Bench::scaledPack(scale), u"scaled.md"_s);
    QStringList allIds;
    for (const Section &section : article.sections)
        allIds << section.id;
    HandoutDocument document(article);
    document.resetToSections(allIds, article.meta.title);
    const ReadableText text = ReadableText::fromDocument(document.textDocument(), document.language());
    ReadabilityMeter meter;
    const ReadabilityReport report = meter.measure(text);

    out << "Readability benchmarks: " << allIds.size() << " sections (article x" << scale << "), "
        << report.whole.counts.words << " words, " << report.whole.counts.sentences << " sentences; " << runs
        << " timed runs after " << warmup << " warm-up runs.\n\n"
        << Bench::header() << '\n';
    const auto print = [&](const QString &name, const Bench::Stats &stats) {
        out << Bench::row(name, stats) << '\n';
        out.flush();
    };
    print(u"load: English hyphenation patterns (once per process)"_s, Bench::summarize({patternsMs}));
    print(u"ReadableText::fromDocument (read the live document)"_s, Bench::measure(runs, warmup, {}, [&] {
              ReadableText::fromDocument(document.textDocument(), document.language());
          }));
    print(u"ReadabilityMeter::measure, a fresh meter (syllables not cached)"_s,
          Bench::measure(runs, warmup, {}, [&] { ReadabilityMeter().measure(text); }));
    print(u"ReadabilityMeter::measure, the panel's meter (syllables cached)"_s,
          Bench::measure(runs, warmup, {}, [&] { meter.measure(text); }));
    print(u"JargonFinder::find, a fresh finder"_s,
          Bench::measure(runs, warmup, {}, [&] { JargonFinder().find(text); }));
    JargonFinder jargon;
    print(u"JargonFinder::find, the panel's finder (syllables cached)"_s,
          Bench::measure(runs, warmup, {}, [&] { jargon.find(text); }));

    // The panel, as the window runs it after a pause in typing: read the
    // document, measure, find jargon, rebuild the lists.
    ReadabilityPanel panel(&document);
    panel.resize(360, 800);
    panel.show();
    print(u"ReadabilityPanel::refresh (the update after a pause in typing)"_s,
          Bench::measure(runs, warmup, {}, [&] { panel.refresh(); }));
    // On a key press the panel only restarts its pause timer: the cost of a
    // keystroke in the editor, with the panel listening.
    QTextCursor cursor(document.textDocument());
    cursor.setPosition(text.sections.at(0).pieces.at(0).position);
    print(u"one character typed (panel listening; timer restart only)"_s,
          Bench::measure(runs, warmup, {}, [&] { cursor.insertText(u"a"_s); }));
    return 0;
}
