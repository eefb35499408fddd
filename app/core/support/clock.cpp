#include "clock.h"

namespace {

QDateTime &fixedMoment()
{
    static QDateTime moment;
    return moment;
}

} // namespace

QDateTime Clock::nowUtc()
{
    return fixedMoment().isValid() ? fixedMoment().toUTC() : QDateTime::currentDateTimeUtc();
}

QDate Clock::today()
{
    return fixedMoment().isValid() ? fixedMoment().toLocalTime().date() : QDate::currentDate();
}

void Clock::setFixed(const QDateTime &moment)
{
    fixedMoment() = moment;
}
