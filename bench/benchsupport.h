#pragma once

#include "article.h"
#include "handoutcontent.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

// What the benchmark programs share: timing, the content they measure (the
// built-in article, or a pack made N times as long), and the same content as
// plain HTML and plain text for the baselines.
namespace Bench {

struct Stats
{
    double median = 0; // milliseconds
    double min = 0;
    double max = 0;
    int runs = 0;
};
Stats summarize(QList<double> samples);

// Runs setup (untimed) then work (timed), `runs` times after `warmup` untimed rounds.
Stats measure(int runs, int warmup, const std::function<void()> &setup, const std::function<void()> &work);

// One line of a results table: "name  median  min  max  runs".
QString row(const QString &name, const Stats &stats);
QString header();

// The built-in pack with its sections repeated `scale` times. Each copy's
// sections and passages get new ids ("…-copy2"), so the result is a valid pack
// about `scale` times as long; presets and safety points stay as they are.
QByteArray scaledPack(int scale);
// Reads and indexes a pack; exits the program if it does not load.
Article loadPack(const QByteArray &bytes, const QString &name);

// Every section of the article in article order, with the safety summary and a
// date: the handout "the full article" means throughout the benchmarks.
HandoutContent fullHandout(const Article &article);
// The sections of one preset, as `handout-composer --preset ID` shows them.
HandoutContent presetHandout(const Article &article, const QString &presetId);

// The same handout as plain HTML (headings, paragraphs, lists, callouts as
// one-cell tables), and as plain text.
QString toHtml(const Article &article, const HandoutContent &content);
QString toPlainText(const Article &article, const HandoutContent &content);

bool writeFile(const QString &path, const QByteArray &bytes);
// Milliseconds since `since` was started, as a double.
double elapsedMs(qint64 nsecs);

} // namespace Bench
