#include "handoutcontent.h"

QString ContentBlock::plainText() const
{
    QString text;
    for (const TextRun &run : runs)
        text += run.text;
    return text;
}

QList<const ContentBlock *> SectionContent::blocksOfPassage(const QString &passageId) const
{
    QList<const ContentBlock *> out;
    for (const ContentItem &item : items) {
        for (const ContentBlock &block : item.blocks) {
            if (block.passageId == passageId)
                out << &block;
        }
    }
    return out;
}

bool Personalization::isEmpty() const
{
    return patient.isEmpty() && date.isEmpty() && clinician.isEmpty() && nextAppointment.isEmpty() && contact.isEmpty();
}

bool Personalization::identifiesPatient() const
{
    return !patient.trimmed().isEmpty() || !nextAppointment.trimmed().isEmpty() || !contact.trimmed().isEmpty();
}

bool Personalization::operator==(const Personalization &o) const
{
    return patient == o.patient && date == o.date && clinician == o.clinician && nextAppointment == o.nextAppointment
        && contact == o.contact;
}

bool ClinicProfile::operator==(const ClinicProfile &o) const
{
    return name == o.name && phone == o.phone && address == o.address && crisisLine == o.crisisLine;
}

QStringList HandoutContent::sectionIds() const
{
    QStringList ids;
    for (const SectionContent &s : sections)
        ids << s.sectionId;
    return ids;
}

const SectionContent *HandoutContent::section(const QString &id) const
{
    for (const SectionContent &s : sections) {
        if (s.sectionId == id)
            return &s;
    }
    return nullptr;
}

bool HandoutContent::operator==(const HandoutContent &o) const
{
    return packId == o.packId && packVersion == o.packVersion && language == o.language && title == o.title
        && person == o.person && clinic == o.clinic && includeSummary == o.includeSummary
        && includeGlossary == o.includeGlossary && includeTeachBack == o.includeTeachBack
        && checklistRatings == o.checklistRatings && acknowledgedChanges == o.acknowledgedChanges
        && wording == o.wording && sections == o.sections && hasNotes == o.hasNotes && notes == o.notes;
}
