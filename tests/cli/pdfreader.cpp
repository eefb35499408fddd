#include "pdfreader.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>

namespace {
QString run(const char *tool, const QStringList &args)
{
    QProcess p;
    p.start(QString::fromLatin1(tool), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("%s failed: %s", tool, p.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

PdfReader::PdfReader(const QString &path)
{
    for (const QString &line : run(PDFINFO, {path}).split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            info.insert(line.left(colon), line.mid(colon + 1).trimmed());
    }
    const QString text = run(PDFTOTEXT, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    pages = text.split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    ok = !info.isEmpty() && pages.size() == pageCount();

    // A line on every page belongs to the running header or footer.
    if (pages.size() > 1) {
        QSet<QString> common;
        for (const QString &line : pages.first().split(u'\n'))
            common.insert(line.trimmed());
        for (const QString &page : std::as_const(pages)) {
            QSet<QString> here;
            for (const QString &line : page.split(u'\n'))
                here.insert(line.trimmed());
            common.intersect(here);
        }
        common.remove(QString());
        m_running = QStringList(common.begin(), common.end());
    }
}

QStringList PdfReader::bodyLines(int page) const
{
    static const QRegularExpression pageNumber(QStringLiteral("^Page \\d+ of \\d+$"));
    QStringList lines;
    for (const QString &raw : pages.value(page).split(u'\n')) {
        const QString line = raw.trimmed();
        if (!line.isEmpty() && !m_running.contains(line) && !pageNumber.match(line).hasMatch())
            lines << line;
    }
    return lines;
}

QString PdfReader::bodyText() const
{
    QStringList all;
    for (int p = 0; p < pages.size(); ++p)
        all << bodyLines(p);
    return all.join(u' ').simplified();
}

QString PdfReader::allText() const
{
    return pages.join(u' ').simplified();
}

QString PdfReader::pdfFonts(const QString &path)
{
    return run("pdffonts", {path});
}
