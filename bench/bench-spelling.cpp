// Spelling benchmarks (issue 15): loading each language's dictionary with the
// pack's words, and the window's spelling pass over a handout whose every
// section was edited, first whole and then after one keystroke (when only the
// changed paragraph is checked again). Wall-clock medians of repeated runs in
// one process; see docs/performance.md.

#include "benchsupport.h"
#include "bundledfonts.h"
#include "composereditor.h"
#include "handoutdocument.h"
#include "handoutspelling.h"
#include "packwords.h"
#include "spellchecker.h"
#include "spellinghighlighter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times spell checking: dictionaries, and the window's pass."_s);
    parser.addHelpOption();
    const QCommandLineOption runsOption(u"runs"_s, u"Timed runs per measurement (default 30)."_s, u"n"_s, u"30"_s);
    parser.addOption(runsOption);
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const int warmup = 3;
    BundledFonts::registerAll();
    QTextStream out(stdout);

    const Article article = Bench::loadPack(Bench::scaledPack(1), u"article.md"_s);
    const QSet<QString> packWords = PackWords::of(article);
    out << "Spelling benchmarks: " << packWords.size() << " distinct words in the pack; " << runs
        << " timed runs after " << warmup << " warm-up runs (loads: 5 runs).\n\n"
        << Bench::header() << '\n';
    const auto print = [&](const QString &name, const Bench::Stats &stats) {
        out << Bench::row(name, stats) << '\n';
        out.flush();
    };
    print(u"PackWords::of (the article's words)"_s, Bench::measure(runs, warmup, {}, [&] { PackWords::of(article); }));
    for (const QString &language : {u"en"_s, u"es"_s, u"fr"_s, u"de"_s, u"ar"_s}) {
        print(u"load: %1 dictionary with the pack's words (worker thread)"_s.arg(language),
              Bench::measure(5, 1, {}, [&] {
                  QString problem;
                  if (!HandoutSpelling::checkerFor(language, packWords, {}, &problem))
                      qFatal("%s", qPrintable(problem));
              }));
    }

    // Every section in the handout, and a clinician's sentence with one
    // misspelling typed into each of its paragraphs: the most there is to check.
    QStringList allIds;
    for (const Section &section : article.sections)
        allIds << section.id;
    HandoutDocument document(article);
    document.resetToSections(allIds, article.meta.title);
    int edited = 0;
    for (QTextBlock b = document.textDocument()->begin(); b.isValid(); b = b.next()) {
        if (b.text().size() > 40) {
            QTextCursor(b).insertText(u"Ask the nurse about this befor you go. "_s);
            ++edited;
        }
    }
    ComposerEditor editor;
    editor.setDocument(document.textDocument());
    QTemporaryDir personal;
    SpellingHighlighter spelling(&editor, &document, &article, personal.path());
    QElapsedTimer waiting;
    waiting.start();
    while (spelling.dictionaryName().isEmpty() && waiting.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    out << "\n"
        << edited << " paragraphs edited; " << document.textDocument()->characterCount()
        << " characters in the handout.\n\n"
        << Bench::header() << '\n';

    // Every edited paragraph checked, nothing kept: what handout-cli check does,
    // and what the window's first pass costs when a handout opens.
    QString problem;
    const std::unique_ptr<SpellChecker> checker = HandoutSpelling::checkerFor(u"en"_s, packWords, {}, &problem);
    print(
        u"HandoutSpelling::check, the whole handout (every paragraph checked)"_s,
        Bench::measure(runs, warmup, {}, [&] { HandoutSpelling::check(*document.textDocument(), article, *checker); }));
    spelling.refresh();
    out << "misspellings marked: " << spelling.misspelledCount() << "\n";
    QTextCursor typing(document.textDocument()->findBlockByNumber(document.textDocument()->blockCount() / 2));
    print(u"SpellingHighlighter::refresh after one keystroke (one paragraph checked)"_s,
          Bench::measure(
              runs, warmup, [&] { typing.insertText(u"a"_s); }, [&] { spelling.refresh(); }));
    print(u"one character typed (highlighter listening; timer restart only)"_s,
          Bench::measure(runs, warmup, {}, [&] { typing.insertText(u"a"_s); }));
    return 0;
}
