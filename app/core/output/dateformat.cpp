#include "dateformat.h"

#include <QRegularExpression>

QString DateFormat::longDate(const QDate &date, const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    // Drop the weekday and the punctuation that joins it to the rest.
    static const QRegularExpression weekday(QStringLiteral("d{4}[,،]?\\s*|[,،]?\\s*d{4}"));
    format.remove(weekday);
    return locale.toString(date, format.trimmed());
}
