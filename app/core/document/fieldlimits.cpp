#include "fieldlimits.h"

#include "handoutcontent.h"

#include <iterator>

using namespace Qt::StringLiterals;

namespace {

struct Limit
{
    FieldLimits::Field field;
    qsizetype max;
    const char16_t *option;
    const char16_t *path;
};

// One row per field: the limit, the option and the place in a .handout file.
constexpr Limit Limits[] = {
    {FieldLimits::Field::Title, 200, u"title", u"title"},
    {FieldLimits::Field::Patient, 200, u"patient", u"personalization.patient"},
    {FieldLimits::Field::Date, 100, u"date", u"personalization.date"},
    {FieldLimits::Field::Clinician, 200, u"clinician", u"personalization.clinician"},
    {FieldLimits::Field::NextAppointment, 200, u"next-appointment", u"personalization.next_appointment"},
    {FieldLimits::Field::Contact, 200, u"contact", u"personalization.contact"},
    {FieldLimits::Field::ClinicName, 200, u"clinic", u"clinic.name"},
    {FieldLimits::Field::ClinicPhone, 100, u"clinic-phone", u"clinic.phone"},
    {FieldLimits::Field::ClinicAddress, 300, u"", u"clinic.address"}, // no option: from a .handout only
    {FieldLimits::Field::CrisisLine, 100, u"crisis-line", u"clinic.crisis_line"},
};

constexpr bool inFieldOrder()
{
    for (int i = 0; i < int(std::size(Limits)); ++i) {
        if (int(Limits[i].field) != i)
            return false;
    }
    return true;
}
static_assert(inFieldOrder(), "Limits is indexed by Field");

const Limit &limitOf(FieldLimits::Field field)
{
    return Limits[int(field)];
}

} // namespace

QList<FieldLimits::Field> FieldLimits::all()
{
    QList<Field> fields;
    for (const Limit &limit : Limits)
        fields << limit.field;
    return fields;
}

qsizetype FieldLimits::maxLength(Field field)
{
    return limitOf(field).max;
}

QString FieldLimits::optionName(Field field)
{
    return QString::fromUtf16(limitOf(field).option);
}

QString FieldLimits::filePath(Field field)
{
    return QString::fromUtf16(limitOf(field).path);
}

QString FieldLimits::valueOf(const HandoutContent &content, Field field)
{
    switch (field) {
    case Field::Title:
        return content.title;
    case Field::Patient:
        return content.person.patient;
    case Field::Date:
        return content.person.date;
    case Field::Clinician:
        return content.person.clinician;
    case Field::NextAppointment:
        return content.person.nextAppointment;
    case Field::Contact:
        return content.person.contact;
    case Field::ClinicName:
        return content.clinic.name;
    case Field::ClinicPhone:
        return content.clinic.phone;
    case Field::ClinicAddress:
        return content.clinic.address;
    case Field::CrisisLine:
        return content.clinic.crisisLine;
    }
    return {};
}

QString FieldLimits::tooLong(Field field, qsizetype length)
{
    return u"is longer than %1 characters (it has %2)"_s.arg(maxLength(field)).arg(length);
}

QList<FieldLimits::Field> FieldLimits::overLimit(const HandoutContent &content)
{
    QList<Field> over;
    for (const Limit &limit : Limits) {
        if (valueOf(content, limit.field).size() > limit.max)
            over << limit.field;
    }
    return over;
}
