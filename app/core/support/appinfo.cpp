#include "appinfo.h"

#include "handoutconfig.h"

#include <QCoreApplication>

void AppInfo::apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("HandoutComposer"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("handout-composer"));
    QCoreApplication::setApplicationVersion(version());
}

QString AppInfo::version()
{
    return QStringLiteral(HANDOUT_VERSION);
}
