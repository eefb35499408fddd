#include "benchsupport.h"

#include "contentlibrary.h"
#include "contentpackreader.h"
#include "dateformat.h"
#include "handoutassembler.h"
#include "handoutrequest.h"
#include "safetysummary.h"
#include "textformats.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

Bench::Stats Bench::summarize(QList<double> samples)
{
    Stats stats;
    if (samples.isEmpty())
        return stats;
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    stats.runs = int(n);
    stats.min = samples.first();
    stats.max = samples.last();
    stats.median = n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
    return stats;
}

Bench::Stats Bench::measure(int runs, int warmup, const std::function<void()> &setup, const std::function<void()> &work)
{
    QList<double> samples;
    for (int i = 0; i < warmup + runs; ++i) {
        if (setup)
            setup();
        QElapsedTimer timer;
        timer.start();
        work();
        const qint64 nsecs = timer.nsecsElapsed();
        if (i >= warmup)
            samples << elapsedMs(nsecs);
    }
    return summarize(samples);
}

double Bench::elapsedMs(qint64 nsecs)
{
    return double(nsecs) / 1e6;
}

QString Bench::header()
{
    return u"%1 %2 %3 %4 %5"_s.arg(u"measurement"_s, -64)
        .arg(u"median ms"_s, 10)
        .arg(u"min ms"_s, 9)
        .arg(u"max ms"_s, 9)
        .arg(u"runs"_s, 5);
}

QString Bench::row(const QString &name, const Stats &stats)
{
    return u"%1 %2 %3 %4 %5"_s.arg(name.left(64), -64)
        .arg(stats.median, 10, 'f', 3)
        .arg(stats.min, 9, 'f', 3)
        .arg(stats.max, 9, 'f', 3)
        .arg(stats.runs, 5);
}

QByteArray Bench::scaledPack(int scale)
{
    QFile file(ContentLibrary::builtinPath());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the built-in pack");
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    // The sections run from the first heading to the first block after it
    // (the presets and safety points follow them).
    qsizetype first = -1;
    qsizetype end = -1;
    for (qsizetype i = 0; i < lines.size() && end < 0; ++i) {
        if (first < 0 && lines[i].startsWith(u"# "_s))
            first = i;
        else if (first >= 0 && lines[i].startsWith(u":::"_s))
            end = i;
    }
    if (first < 0 || end < 0)
        qFatal("the built-in pack has no sections");
    const QStringList sections = lines.mid(first, end - first);
    static const QRegularExpression id(u"\\{#([a-z0-9-]+)"_s);
    QStringList copies;
    for (int copy = 2; copy <= scale; ++copy) {
        for (const QString &line : sections)
            copies << QString(line).replace(id, u"{#\\1-copy%1"_s.arg(copy));
    }
    lines = lines.mid(0, end) + copies + lines.mid(end);
    return lines.join(u'\n').toUtf8();
}

Article Bench::loadPack(const QByteArray &bytes, const QString &name)
{
    ContentPackReader reader;
    std::optional<Article> article = reader.read(bytes, name);
    if (!article)
        qFatal("%s", qPrintable(reader.error().toString()));
    article->rebuildIndex();
    return *article;
}

namespace {

HandoutContent compose(const Article &article, const HandoutRequest &request)
{
    const HandoutRequest::Resolved resolved = request.resolve(article);
    if (!resolved.ok())
        qFatal("cannot resolve the handout: %s", qPrintable((resolved.unknownIds + resolved.problems).join(u", "_s)));
    HandoutContent content = request.compose(article, resolved);
    // A fixed date, as `handout-cli export` would print one, so runs are identical.
    content.person.date = DateFormat::longDate(QDate(2026, 1, 15), QLocale(article.meta.language));
    return content;
}

} // namespace

HandoutContent Bench::fullHandout(const Article &article)
{
    HandoutRequest request;
    for (const Section &section : article.sections) {
        if (section.parentId.isEmpty())
            request.sectionIds << section.id;
    }
    return compose(article, request);
}

HandoutContent Bench::presetHandout(const Article &article, const QString &presetId)
{
    HandoutRequest request;
    request.presetId = presetId;
    return compose(article, request);
}

namespace {

QString runsHtml(const ContentBlock &block)
{
    QString out;
    for (const TextRun &run : block.runs) {
        QString text = run.text.toHtmlEscaped();
        if (run.bold)
            text = u"<b>"_s + text + u"</b>"_s;
        if (run.italic)
            text = u"<i>"_s + text + u"</i>"_s;
        if (run.underline)
            text = u"<u>"_s + text + u"</u>"_s;
        out += text;
    }
    return out;
}

QString blockHtml(const ContentBlock &block)
{
    switch (block.kind) {
    case BlockKind::SectionHeading:
    case BlockKind::Heading: {
        const int level = qBound(2, block.level + 1, 6);
        return u"<h%1>%2</h%1>\n"_s.arg(level).arg(runsHtml(block));
    }
    case BlockKind::BulletItem:
        return u"<ul><li>%1</li></ul>\n"_s.arg(runsHtml(block));
    case BlockKind::NumberedItem:
        return u"<ol><li>%1</li></ol>\n"_s.arg(runsHtml(block));
    case BlockKind::Paragraph:
        break;
    }
    return u"<p>%1</p>\n"_s.arg(runsHtml(block));
}

QString box(const QString &fill, const QString &inner)
{
    return u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"10\" width=\"100%\" bgcolor=\"%1\"><tr><td>\n%2"
           "</td></tr></table>\n"_s.arg(fill, inner);
}

QStringList attributionLines(const Article &article)
{
    const HandoutAssembler texts(article, HandoutStyle::normal());
    const ArticleMeta &meta = article.meta;
    const QString published = DateFormat::longDate(meta.published, QLocale(meta.language));
    return {texts.text(u"source"_s,
                       {{u"title"_s, meta.title},
                        {u"author"_s, meta.author},
                        {u"publisher"_s, meta.publisher},
                        {u"published"_s, published}}),
            meta.authorNote,
            texts.text(u"content-version"_s,
                       {{u"version"_s, meta.version}, {u"reviewed"_s, meta.reviewed.toString(Qt::ISODate)}}),
            texts.text(u"disclaimer"_s)};
}

} // namespace

QString Bench::toHtml(const Article &article, const HandoutContent &content)
{
    const HandoutStyle style = HandoutStyle::normal();
    QString html = u"<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title></head>\n"
                   "<body style=\"font-family: 'Noto Sans'; font-size: 12pt\">\n<h1>%2</h1>\n"_s.arg(
                       article.meta.language, content.title.toHtmlEscaped());
    if (!content.person.date.isEmpty())
        html += u"<p><b>%1:</b> %2</p>\n"_s.arg(article.texts.value(u"date"_s).toHtmlEscaped(),
                                                content.person.date.toHtmlEscaped());
    if (content.includeSummary) {
        const SafetySummary summary = SafetySummary::build(article, content.sectionIds());
        QString inner
            = u"<h3>%1</h3>\n<p>%2</p>\n<ul>\n"_s.arg(article.texts.value(u"summary-title"_s).toHtmlEscaped(),
                                                      article.texts.value(u"summary-intro"_s).toHtmlEscaped());
        for (const SafetyPoint *point : summary.points)
            inner += u"<li>%1</li>\n"_s.arg(point->text.toHtmlEscaped());
        inner += u"</ul>\n"_s;
        if (!summary.uncoveredPassages.isEmpty()) {
            inner += u"<p><b>%1</b></p>\n<ul>\n"_s.arg(article.texts.value(u"summary-passages"_s).toHtmlEscaped());
            for (const Passage *passage : summary.uncoveredPassages)
                inner += u"<li>%1</li>\n"_s.arg(passage->text.toHtmlEscaped());
            inner += u"</ul>\n"_s;
        }
        html += box(style.panelFill.name(), inner);
    }
    for (const SectionContent &section : content.sections) {
        for (const ContentItem &item : section.items) {
            QString inner;
            for (const ContentBlock &block : item.blocks)
                inner += blockHtml(block);
            if (!item.callout) {
                html += inner;
                continue;
            }
            QStringList labels;
            if (item.callout.testFlag(PassageTag::Risk))
                labels << TextFormats::calloutIcon(PassageTag::Risk) + u' '
                        + article.texts.value(u"risk-label"_s).toHtmlEscaped();
            if (item.callout.testFlag(PassageTag::Supervision))
                labels << TextFormats::calloutIcon(PassageTag::Supervision) + u' '
                        + article.texts.value(u"supervision-label"_s).toHtmlEscaped();
            const QColor fill = item.callout.testFlag(PassageTag::Risk) ? style.riskFill : style.supervisionFill;
            html += box(fill.name(), u"<p><b>%1</b></p>\n"_s.arg(labels.join(u"   "_s)) + inner);
        }
    }
    for (const QString &line : attributionLines(article)) {
        if (!line.isEmpty())
            html += u"<p style=\"font-size: 9pt\">%1</p>\n"_s.arg(line.toHtmlEscaped());
    }
    html += u"</body></html>\n"_s;
    return html;
}

QString Bench::toPlainText(const Article &article, const HandoutContent &content)
{
    QStringList paragraphs {content.title};
    if (!content.person.date.isEmpty())
        paragraphs << article.texts.value(u"date"_s) + u": "_s + content.person.date;
    if (content.includeSummary) {
        const SafetySummary summary = SafetySummary::build(article, content.sectionIds());
        paragraphs << article.texts.value(u"summary-title"_s) << article.texts.value(u"summary-intro"_s);
        for (const SafetyPoint *point : summary.points)
            paragraphs << u"• "_s + point->text;
        if (!summary.uncoveredPassages.isEmpty())
            paragraphs << article.texts.value(u"summary-passages"_s);
        for (const Passage *passage : summary.uncoveredPassages)
            paragraphs << u"• "_s + passage->text;
    }
    for (const SectionContent &section : content.sections) {
        for (const ContentItem &item : section.items) {
            for (const ContentBlock &block : item.blocks)
                paragraphs << block.plainText();
        }
    }
    for (const QString &line : attributionLines(article)) {
        if (!line.isEmpty())
            paragraphs << line;
    }
    return paragraphs.join(u"\n\n"_s) + u'\n';
}

bool Bench::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return false;
    return file.commit();
}
