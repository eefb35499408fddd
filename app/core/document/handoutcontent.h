#pragma once

#include "acknowledgedchange.h"
#include "passagetags.h"
#include "wording.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// The handout's own structure, independent of QTextDocument. The composer's
// document is read into it (DocumentReader) and written from it
// (HandoutAssembler); handout files store it. Styling is not part of it, so the
// same content re-flows in normal or large print.

struct TextRun
{
    QString text;
    bool bold = false;
    bool italic = false;
    bool underline = false;

    bool sameFormat(const TextRun &o) const { return bold == o.bold && italic == o.italic && underline == o.underline; }
    bool operator==(const TextRun &o) const { return text == o.text && sameFormat(o); }
};

enum class BlockKind {
    Paragraph,
    SectionHeading, // the section's title as it appears in the handout
    Heading, // a heading the clinician added inside a section (level 1-3)
    BulletItem,
    NumberedItem,
};

struct ContentBlock
{
    BlockKind kind = BlockKind::Paragraph;
    int level = 0; // heading level for Heading, indent for list items (1-based)
    QString passageId; // empty for text the clinician added
    QList<TextRun> runs;

    QString plainText() const;
    bool operator==(const ContentBlock &o) const
    {
        return kind == o.kind && level == o.level && passageId == o.passageId && runs == o.runs;
    }
};

// A run of blocks that is either ordinary text or one callout box.
struct ContentItem
{
    PassageTags callout; // empty: not a callout
    QList<ContentBlock> blocks;

    bool operator==(const ContentItem &o) const { return callout == o.callout && blocks == o.blocks; }
};

struct SectionContent
{
    QString sectionId;
    QList<ContentItem> items;

    QList<const ContentBlock *> blocksOfPassage(const QString &passageId) const;
    bool operator==(const SectionContent &o) const { return sectionId == o.sectionId && items == o.items; }
};

// Patient-specific fields. Never stored in settings or logs (docs/privacy.md).
struct Personalization
{
    QString patient;
    QString date;
    QString clinician;
    QString nextAppointment;
    QString contact;

    bool isEmpty() const;
    // True when the fields hold what only one patient's handout has: a name,
    // a next appointment or a contact (a date and a clinician do not).
    bool identifiesPatient() const;
    bool operator==(const Personalization &o) const;
};

// The clinic's own details: kept in settings, not patient data.
struct ClinicProfile
{
    QString name;
    QString phone;
    QString address;
    QString crisisLine;

    bool operator==(const ClinicProfile &o) const;
};

struct HandoutContent
{
    QString packId;
    QString packVersion;
    QString language;
    Wording wording = Wording::Original; // which wording of the pack the sections hold
    QString title;
    Personalization person;
    ClinicProfile clinic;
    bool includeSummary = true;
    bool includeGlossary = true; // the "Words to know" box, when a term occurs
    bool includeTeachBack = false; // the "Check your understanding" part
    // A person's ratings of the checklist items left to a person
    // ("pemat-10" -> "agree"; see checklist.h).
    QMap<QString, QString> checklistRatings;
    // Removed or edited risk and supervision passages the clinician confirmed
    // (not in templates: they name the clinician).
    QList<AcknowledgedChange> acknowledgedChanges;
    QList<SectionContent> sections;
    bool hasNotes = false;
    QList<ContentBlock> notes;

    QStringList sectionIds() const;
    const SectionContent *section(const QString &id) const;
    bool operator==(const HandoutContent &o) const;
};
