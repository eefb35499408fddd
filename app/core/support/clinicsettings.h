#pragma once

#include "handoutcontent.h"

class QSettings;

// The clinic profile is the clinic's, not a patient's: it is the one part of
// the handout's header and contact lines that lives in settings.
namespace ClinicSettings {
ClinicProfile load(const QSettings &settings);
void save(QSettings &settings, const ClinicProfile &clinic);
} // namespace ClinicSettings
