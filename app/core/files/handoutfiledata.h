#pragma once

#include "handoutcontent.h"
#include "pageoptions.h"

#include <QHash>
#include <QString>

// A saved handout (.handout) or template: versioned, human-readable JSON.
//
// {
//   "format": "handout-composer/handout" | "handout-composer/template",
//   "version": 1,
//   "name": "...",                                    (templates only, optional: the name the
//                                                     template is listed under; without it, the
//                                                     file's name)
//   "pack": {"id": "ketamine-review", "version": "1.0.0"},
//   "language": "en",
//   "title": "...",
//   "personalization": {"patient", "date", "clinician", "next_appointment", "contact"},
//                                                     (strings; absent in a template)
//   "clinic": {"name", "phone", "address", "crisis_line"},
//   "include_summary": true,
//   "page": {"size": "A4" | "Letter", "large_print": false,
//            "target": 0-40 (optional: the page target, 0 or absent for none)},
//   "sections": [{"id": "...", "items": [{"callout": ["risk", "supervision"] ([] = no callout),
//                 "blocks": [BLOCK, ...]}]}],
//   "notes": null | [BLOCK, ...]                      (null: the handout has no notes)
// }
// BLOCK: {"kind": "paragraph" | "section-heading" | "heading" | "bullet" | "numbered",
//         "level": 0-9, "passage": "id" (only for source text), "source": "<hex SHA-256 of
//         the passage's text at save time>" (only with "passage"),
//         "runs": [{"text": "...", "bold": false, "italic": false, "underline": false}]}
//
// Every key above is required unless marked otherwise; keys this version does
// not know are ignored.

struct HandoutFileData
{
    HandoutContent content;
    PageOptions page; // size, large print and target only; the rest keeps its defaults
    bool isTemplate = false;
    QString templateName; // a template's "name"; empty for a handout or when absent
    // Passage id -> hex SHA-256 of its source text when the file was saved.
    QHash<QString, QString> sourceHashes;
};
