#include "packversion.h"

#include <QStringList>

int PackVersion::compare(const QString &a, const QString &b)
{
    const QStringList left = a.split(u'.');
    const QStringList right = b.split(u'.');
    for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i) {
        // A missing part counts as 0, so 1.0 and 1.0.0 name the same version.
        const qulonglong l = left.value(i).toULongLong();
        const qulonglong r = right.value(i).toULongLong();
        if (l != r)
            return l < r ? -1 : 1;
    }
    return 0;
}
