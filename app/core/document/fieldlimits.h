#pragma once

#include <QList>
#include <QString>

struct HandoutContent;

// How long each typed field of a handout may be, in characters (QString
// units). A field is a line or two on the page: a name, a date, a number.
// Without a limit, a 100 000-character --title filled the running header of
// every page and made thousands of pages of header and footer (issue 17).
// The limits leave room for any real name, date or number (200 characters
// are two lines of a form) and are stated in docs/privacy.md and README.md. Notes are paragraphs, not a field: they
// take the room they need in the body, within a .handout's size.
namespace FieldLimits {

enum class Field {
    Title,
    Patient,
    Date,
    Clinician,
    NextAppointment,
    Contact,
    ClinicName,
    ClinicPhone,
    ClinicAddress,
    CrisisLine,
};

QList<Field> all();
qsizetype maxLength(Field field);
// The handout-cli option that sets it, without dashes ("title", "clinic");
// empty for the clinic's address, which has none.
QString optionName(Field field);
// Where a .handout file keeps it ("title", "personalization.patient").
QString filePath(Field field);
QString valueOf(const HandoutContent &content, Field field);

// "is longer than 200 characters (it has 100000)": for after the field's name.
QString tooLong(Field field, qsizetype length);

// The fields of `content` over their limit, in all()'s order.
QList<Field> overLimit(const HandoutContent &content);

} // namespace FieldLimits
