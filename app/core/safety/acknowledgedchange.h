#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// A risk or supervision passage the clinician knowingly removed or edited:
// when the safety review asked before print or export, they confirmed it. The
// handout keeps the record (who, when, which passage), so the review shows the
// change as confirmed instead of asking again or forgetting it.
//
// It covers only the wording it was given for: `wording` is a hash of the
// passage's source text and of its text in the handout at that moment, so a
// later, different edit (or a new source text) brings the finding back.
struct AcknowledgedChange
{
    enum Kind {
        Removed,
        Edited,
    };
    QString passageId;
    Kind kind = Removed;
    QDateTime time; // UTC
    QString clinician; // the handout's clinician field then; may be empty
    QString wording; // wordingHash() of the passage then

    bool operator==(const AcknowledgedChange &o) const
    {
        return passageId == o.passageId && kind == o.kind && time == o.time && clinician == o.clinician
            && wording == o.wording;
    }

    static QString kindName(Kind kind);
    static std::optional<Kind> parseKind(const QString &name);
    // SHA-256 (64 lowercase hex digits) of the source text and the handout's
    // text of a passage (empty when removed), each with its whitespace
    // simplified as the review compares them.
    static QString wordingHash(const QString &sourceText, const QString &handoutText);
};
