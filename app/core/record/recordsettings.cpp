#include "recordsettings.h"

#include <QSettings>
#include <QString>

using namespace Qt::StringLiterals;

bool RecordSettings::enabled(const QSettings &settings)
{
    return settings.value(u"record/enabled"_s, true).toBool();
}

void RecordSettings::setEnabled(QSettings &settings, bool on)
{
    settings.setValue(u"record/enabled"_s, on);
}

QString RecordSettings::database(const QSettings &settings)
{
    return settings.value(u"record/database"_s).toString();
}

void RecordSettings::setDatabase(QSettings &settings, const QString &uri)
{
    settings.setValue(u"record/database"_s, uri);
}
