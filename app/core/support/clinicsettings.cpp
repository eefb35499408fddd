#include "clinicsettings.h"

#include "fieldlimits.h"
#include "settingskeys.h"

#include <QSettings>

ClinicProfile ClinicSettings::load(const QSettings &settings)
{
    ClinicProfile clinic;
    // Settings can be edited by hand: each value is cut to the limit a saved
    // handout is checked against, so the window never saves a file it would
    // refuse to open (FieldLimits).
    const auto read = [&settings](const QString &key, FieldLimits::Field field) {
        return settings.value(key).toString().left(FieldLimits::maxLength(field));
    };
    clinic.name = read(SettingsKeys::ClinicName, FieldLimits::Field::ClinicName);
    clinic.phone = read(SettingsKeys::ClinicPhone, FieldLimits::Field::ClinicPhone);
    clinic.address = read(SettingsKeys::ClinicAddress, FieldLimits::Field::ClinicAddress);
    clinic.crisisLine = read(SettingsKeys::ClinicCrisisLine, FieldLimits::Field::CrisisLine);
    return clinic;
}

void ClinicSettings::save(QSettings &settings, const ClinicProfile &clinic)
{
    settings.setValue(SettingsKeys::ClinicName, clinic.name);
    settings.setValue(SettingsKeys::ClinicPhone, clinic.phone);
    settings.setValue(SettingsKeys::ClinicAddress, clinic.address);
    settings.setValue(SettingsKeys::ClinicCrisisLine, clinic.crisisLine);
}
