#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace DateFormat {
// The locale's long date without the weekday ("August 15, 2023",
// "15 de agosto de 2023"): a handout cites dates, it does not schedule them.
QString longDate(const QDate &date, const QLocale &locale);
} // namespace DateFormat
