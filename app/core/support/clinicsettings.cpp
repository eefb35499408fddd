#include "clinicsettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

ClinicProfile ClinicSettings::load(const QSettings &settings)
{
    ClinicProfile clinic;
    clinic.name = settings.value(u"clinic/name"_s).toString();
    clinic.phone = settings.value(u"clinic/phone"_s).toString();
    clinic.address = settings.value(u"clinic/address"_s).toString();
    clinic.crisisLine = settings.value(u"clinic/crisisLine"_s).toString();
    return clinic;
}

void ClinicSettings::save(QSettings &settings, const ClinicProfile &clinic)
{
    settings.setValue(u"clinic/name"_s, clinic.name);
    settings.setValue(u"clinic/phone"_s, clinic.phone);
    settings.setValue(u"clinic/address"_s, clinic.address);
    settings.setValue(u"clinic/crisisLine"_s, clinic.crisisLine);
}
