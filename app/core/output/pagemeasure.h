#pragma once

#include <QList>
#include <QString>

class PagedRenderer;

// What a handout costs on paper, read from the paginated layout the PDF and
// the printer use, not estimated: the page count, and each section's share.
//
// A section's cost runs from the top of its frame to the top of whatever
// follows it, in page bodies (the page minus margins, header and footer). Room
// left empty at a page's foot because the next part had to start a new page
// is counted to the part before it: leaving that part out would give it back.
struct PageMeasure
{
    struct Section
    {
        QString id;
        double pages = 0;
    };

    int pages = 0; // the page count of the export
    QList<Section> sections; // in handout order
    double frontPages = 0; // title, personalization and safety summary
    // Notes, the "Words to know" box and attribution, up to the end of the
    // text. The box lists the terms the sections name, so leaving out a
    // section can shorten it too.
    double backPages = 0;

    // Sum of every part: the text's length in page bodies, never more than
    // `pages` and more than `pages - 1` unless the last page is empty.
    double totalPages() const;

    static PageMeasure of(const PagedRenderer &renderer);
    // One decimal, as the lists and the status bar show it.
    static double rounded(double pages);
};
