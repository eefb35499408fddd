#include "safeecho.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString SafeEcho::quoted(const QString &value)
{
    static const QRegularExpression idForm(u"^-{0,2}[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:-[A-Z]{2})?$"_s);
    if (value.size() <= 40 && idForm.match(value).hasMatch())
        return u"'%1'"_s.arg(value);
    return u"(not shown)"_s;
}
