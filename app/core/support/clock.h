#pragma once

#include <QDate>
#include <QDateTime>

// What time it is, asked here rather than of QDateTime, so a test can stop the
// clock (the seam KeePassXC's Clock is): the date printed on a handout and the
// time a handout is recorded as given are then known in advance.
namespace Clock {
QDateTime nowUtc();
// Today in local time: the date a patient reads on the page.
QDate today();
// Tests: from now on the clock says `moment`; an invalid QDateTime gives the
// real clock back.
void setFixed(const QDateTime &moment);
} // namespace Clock
