#pragma once

#include "clicontext.h"
#include "handoutfile.h"
#include "pageoptions.h"
#include "safetyreview.h"
#include "wording.h"

#include <optional>

// The options that change a handout, holding only those that were given: on a
// saved handout (--handout) they replace what the file holds, and nothing
// else changes.
struct HandoutChanges
{
    std::optional<QString> title, patient, clinician, date, nextAppointment, contact;
    std::optional<QString> clinic, clinicPhone, crisisLine, notes;
    bool noSummary = false;
    bool noGlossary = false;
    bool teachBack = false;
    bool largePrint = false;
    std::optional<Wording> wording;
    std::optional<QPageSize::PageSizeId> pageSize;

    void applyTo(HandoutContent *content, PageOptions *page) const;
};

// One handout for `check` or `export`: built from the source (--sections,
// --preset) or read from a .handout file (--handout), then changed by the
// options. Both commands take the same options, so `check` reviews exactly
// the handout that `export` would write.
struct HandoutJob
{
    QString where; // "" on the command line, "FILE:LINE" on a batch line
    QString handoutPath;
    QString templateRef; // --template: a template's name or file
    QString templateName; // after prepare(), the name of the template used
    QString language; // --lang
    HandoutRequest request;
    HandoutChanges changes;

    // After prepare():
    const TranslatedPack *pack = nullptr;
    HandoutContent content;
    PageOptions page;
    QStringList warnings; // pack changes since the file was saved, rebuilt sections

    // Every option of the handout (not --out, --batch or --json).
    static QList<QCommandLineOption> options();
    // Reads the options; false with *problem set on a usage error.
    bool read(CliContext &cli, const QCommandLineParser &parser, QString *problem);
    // Builds the handout in `article`'s pack (a file chooses its own pack
    // unless `packChosen`); false after printing why, with *exitCode set: 1
    // for a file that cannot be used (named), 2 for unknown ids or an
    // unknown template name.
    bool prepare(CliContext &cli, const Article &article, bool packChosen, int *exitCode);
    // The safety review the window shows for this handout.
    SafetyReport review() const;
    // A finding as the CLI prints it: about one passage, it ends naming the
    // passage ("(passage ID)"), the id a script can look for.
    static QString findingText(const SafetyFinding &finding);
    // A confirmed change for stderr: the date, never the clinician's name
    // (stderr ends up in logs; docs/privacy.md counts the clinician as
    // patient data).
    static QString acknowledgedText(const AcknowledgedFinding &acknowledged);
    // Where the handout came from: "BATCH:LINE", the .handout file, or "".
    QString label() const;
    // label() and ": ", or "".
    QString prefix() const;

private:
    bool prepareFromTemplate(CliContext &cli, const Article &article, bool packChosen, int *exitCode);
    bool prepareFromFile(CliContext &cli, const Article &article, bool packChosen, int *exitCode);
};
