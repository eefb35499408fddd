#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// Reads an exported PDF back with poppler's pdftotext and pdfinfo, as a user's
// viewer or a screen reader would see it.
struct PdfReader
{
    explicit PdfReader(const QString &path);

    bool ok = false;
    QMap<QString, QString> info; // pdfinfo's "Key: value" lines
    QStringList pages; // text of each page

    int pageCount() const { return info.value(QStringLiteral("Pages")).toInt(); }
    QString pageSize() const { return info.value(QStringLiteral("Page size")); }
    // The page's lines without those that repeat on every page (the running
    // header and footer) and without empty lines.
    QStringList bodyLines(int page) const;
    // All body text, whitespace collapsed to single spaces.
    QString bodyText() const;
    // The text of all pages, whitespace collapsed.
    QString allText() const;
    static QString pdfFonts(const QString &path);

private:
    QStringList m_running;
};
