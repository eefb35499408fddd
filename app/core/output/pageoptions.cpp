#include "pageoptions.h"

#include <QLocale>

using namespace Qt::StringLiterals;

QString PageOptions::paperLocaleName()
{
    for (const char *variable : {"LC_ALL", "LC_PAPER", "LANG"}) {
        QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return value;
    }
    return u"C"_s;
}

QPageSize::PageSizeId PageOptions::defaultPageSize()
{
    return pageSizeFor(QLocale(paperLocaleName()));
}

QPageSize::PageSizeId PageOptions::pageSizeFor(const QLocale &locale)
{
    if (locale.measurementSystem() == QLocale::ImperialUSSystem)
        return QPageSize::Letter;
    switch (locale.territory()) {
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::PuertoRico:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

bool PageOptions::parsePageSize(const QString &name, QPageSize::PageSizeId *id)
{
    if (name.compare("a4"_L1, Qt::CaseInsensitive) == 0) {
        *id = QPageSize::A4;
        return true;
    }
    if (name.compare("letter"_L1, Qt::CaseInsensitive) == 0) {
        *id = QPageSize::Letter;
        return true;
    }
    return false;
}

QString PageOptions::pageSizeName(QPageSize::PageSizeId id)
{
    return id == QPageSize::Letter ? u"Letter"_s : u"A4"_s;
}
