#pragma once

#include "acknowledgedchange.h"
#include "article.h"
#include "handoutcontent.h"
#include "translationstatus.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

struct SafetyFinding
{
    enum Kind {
        NoSections,
        PassageDeleted, // a risk or supervision passage of a selected section is gone
        PassageEdited, // its wording no longer matches the source
        PassageNotHighlighted, // it is no longer inside its callout
        NoSupervisionStatement, // no selected section says to seek medical supervision
        SummaryMissing,
        TranslationDraft, // some texts are translations no one has reviewed
        TranslationFallback, // some texts are in the source language
        NoHelpLine, // neither a crisis line nor a number to call (clinic phone or contact)
    };
    Kind kind;
    QString sectionId;
    QString passageId;
    QString message; // in the interface language
    // PassageDeleted and PassageEdited: AcknowledgedChange::wordingHash of the
    // passage as it is now, what a confirmation of this finding records.
    QString wordingHash = {};

    static QString kindName(Kind kind);
    // The kind of change a confirmation of this finding records; none for
    // findings that are not a removed or edited passage.
    std::optional<AcknowledgedChange::Kind> changeKind() const;
};

// A finding the clinician confirmed: no longer a point to check, still shown.
struct AcknowledgedFinding
{
    SafetyFinding finding;
    AcknowledgedChange change;
};

struct SafetyReport
{
    QStringList selectedSections;
    // Ids, in handout order, of the passages the handout still holds: the
    // counts go down as passages are removed.
    QStringList riskPassages;
    QStringList supervisionPassages;
    QStringList removedPassages; // risk or supervision passages no longer in the handout
    QStringList sectionsWithoutSupervision;
    bool summaryPresent = false;
    QString language;
    QString wording; // "original" or "plain" (Wordings::name)
    QStringList draftTranslations; // "context/id" of texts printed as drafts
    QStringList fallbackTranslations; // ... printed in the source language
    QList<SafetyFinding> findings;
    // Removed or edited passages the handout records as confirmed, for this
    // very wording: they are not findings (the review does not ask again).
    QList<AcknowledgedFinding> acknowledged;

    bool isClean() const { return findings.isEmpty(); }
    QJsonObject toJson() const;
};

// Checks a handout against its source before it reaches a patient: a risk or
// supervision passage must not disappear, change or lose its callout without
// the clinician being told, and the safety summary must be there.
class HandoutDocument;

class SafetyReview
{
    Q_DECLARE_TR_FUNCTIONS(SafetyReview)

public:
    // With `translation`, also says which texts are unreviewed translations or
    // fall back to the source language.
    static SafetyReport review(const Article &article, const HandoutContent &content,
                               const TranslationStatus *translation = nullptr);
    // The handout as it is now, in its language, translation status included:
    // what the Safety panel shows and what export and print ask about.
    static SafetyReport review(const HandoutDocument &document);
    // Whitespace-insensitive comparison of passage text.
    static QString normalized(const QString &text);
};
