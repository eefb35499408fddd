#include "recordsettings.h"

#include "settingskeys.h"

#include <QSettings>
#include <QString>

bool RecordSettings::enabled(const QSettings &settings)
{
    return settings.value(SettingsKeys::RecordEnabled, true).toBool();
}

void RecordSettings::setEnabled(QSettings &settings, bool on)
{
    settings.setValue(SettingsKeys::RecordEnabled, on);
}

QString RecordSettings::database(const QSettings &settings)
{
    return settings.value(SettingsKeys::RecordDatabase).toString();
}

void RecordSettings::setDatabase(QSettings &settings, const QString &uri)
{
    settings.setValue(SettingsKeys::RecordDatabase, uri);
}
