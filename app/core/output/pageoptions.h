#pragma once

#include <QLocale>
#include <QPageSize>
#include <QString>

// How a handout is put on paper.
struct PageOptions
{
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    bool largePrint = false;
    qreal marginMm = 18;
    // Page breaks that keep callouts whole and headings with their text. Only
    // tests turn this off, to show the rules have something to fix.
    bool keepTogether = true;
    // The running footer of version 1: source, disclaimer, version, date and
    // page on every page (about five lines). Off by default: the compact
    // footer is one line, and the attribution and disclaimer are printed
    // once in the body. Kept to measure the difference (docs/performance.md).
    bool fullFooter = false;
    // The page count the counselor wants the handout to keep to (0: none,
    // at most PageBudget::MaxTarget). Only a target: the window warns when
    // the handout runs over and suggests what could go; nothing is cut.
    int pageTarget = 0;

    // One rule for the window and handout-cli: the paper of the system's paper
    // locale (paperLocaleName()), never of the interface language, which the
    // window sets and the CLI does not. Letter where that locale uses it (the
    // US, Canada, Mexico, the Philippines and others), A4 elsewhere and for
    // the C locale.
    static QPageSize::PageSizeId defaultPageSize();
    static QPageSize::PageSizeId pageSizeFor(const QLocale &locale);
    // The locale that decides paper, as POSIX orders it: LC_ALL, then
    // LC_PAPER, then LANG ("C" when none is set).
    static QString paperLocaleName();
    // "A4" or "Letter" (any case); false for anything else.
    static bool parsePageSize(const QString &name, QPageSize::PageSizeId *id);
    static QString pageSizeName(QPageSize::PageSizeId id);
};
