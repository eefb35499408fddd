#include "clinicsettings.h"

#include "settingskeys.h"

#include <QSettings>

ClinicProfile ClinicSettings::load(const QSettings &settings)
{
    ClinicProfile clinic;
    clinic.name = settings.value(SettingsKeys::ClinicName).toString();
    clinic.phone = settings.value(SettingsKeys::ClinicPhone).toString();
    clinic.address = settings.value(SettingsKeys::ClinicAddress).toString();
    clinic.crisisLine = settings.value(SettingsKeys::ClinicCrisisLine).toString();
    return clinic;
}

void ClinicSettings::save(QSettings &settings, const ClinicProfile &clinic)
{
    settings.setValue(SettingsKeys::ClinicName, clinic.name);
    settings.setValue(SettingsKeys::ClinicPhone, clinic.phone);
    settings.setValue(SettingsKeys::ClinicAddress, clinic.address);
    settings.setValue(SettingsKeys::ClinicCrisisLine, clinic.crisisLine);
}
