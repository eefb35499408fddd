#pragma once

#include "acknowledgedchange.h"
#include "pageoptions.h"

#include <QList>
#include <QMap>
#include <QPageSize>
#include <QString>

// What a handout holds beside its text and its language: how it goes on
// paper, and (as they come) the other per-handout switches. HandoutDocument
// owns one; every change to it is a named undo step (see
// HandoutDocument::changeOptions), the .handout file stores it, and the
// renderer and the CLI read it. To add a field: give it a default here and
// compare it in operator==, add a setter to HandoutDocument that calls
// changeOptions with the step's name, store it in HandoutJsonWriter/Reader,
// and give the CLI an option for it (docs/architecture.md).
struct HandoutOptions
{
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    bool largePrint = false;
    int pageTarget = 0; // PageOptions::pageTarget
    // The "Words to know" box; it is printed only (it lists the glossary
    // terms of the final text), so it is an option, not a frame of the text.
    bool includeGlossary = true;
    // The "Check your understanding" part: the teach-back questions of the
    // selected sections, with room for answers. Printed only, like the box;
    // off unless asked for, since not every visit has time for it.
    bool includeTeachBack = false;
    // A person's ratings of checklist items (PEMAT-P, CDC CCI): part of the
    // handout, saved with it, changed one named step at a time.
    QMap<QString, QString> checklistRatings;
    // The removed or edited safety passages the clinician confirmed before
    // print or export: part of the handout, so undo takes a confirmation back.
    QList<AcknowledgedChange> acknowledgedChanges;

    // The options as the renderer takes them (margins and page-break rules at
    // their defaults), with the page target.
    PageOptions page() const
    {
        PageOptions page;
        page.pageSize = pageSize;
        page.largePrint = largePrint;
        page.pageTarget = pageTarget;
        return page;
    }
    static HandoutOptions fromPage(const PageOptions &page)
    {
        HandoutOptions options;
        options.pageSize = page.pageSize;
        options.largePrint = page.largePrint;
        options.pageTarget = page.pageTarget;
        return options;
    }
    bool operator==(const HandoutOptions &o) const
    {
        return pageSize == o.pageSize && largePrint == o.largePrint && pageTarget == o.pageTarget
            && includeGlossary == o.includeGlossary && includeTeachBack == o.includeTeachBack
            && checklistRatings == o.checklistRatings && acknowledgedChanges == o.acknowledgedChanges;
    }
    bool operator!=(const HandoutOptions &o) const { return !(*this == o); }
};
