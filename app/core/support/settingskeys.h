#pragma once

#include <QString>

// Every key the program keeps in QSettings, in one place, so the window, the
// preferences and the tests cannot drift apart on a spelling. Only the
// clinic's and the user's choices live here: never a patient's details
// (docs/privacy.md).
namespace SettingsKeys {
inline const QString UiLanguage = QStringLiteral("ui/language");
inline const QString AutosaveSeconds = QStringLiteral("autosave/seconds");
constexpr int DefaultAutosaveSeconds = 10;
inline const QString PageSize = QStringLiteral("print/pageSize");
// The page target new handouts start with (0: none).
inline const QString PageTarget = QStringLiteral("print/pageTarget");
inline const QString ExportFolder = QStringLiteral("export/folder");
inline const QString RecentFiles = QStringLiteral("recent/files");
inline const QString WindowGeometry = QStringLiteral("window/geometry");
inline const QString WindowState = QStringLiteral("window/state");
inline const QString ClinicName = QStringLiteral("clinic/name");
inline const QString ClinicPhone = QStringLiteral("clinic/phone");
inline const QString ClinicAddress = QStringLiteral("clinic/address");
inline const QString ClinicCrisisLine = QStringLiteral("clinic/crisisLine");
// The reading level the Reading Level panel aims at, and above which it sets a
// level apart (the AMA's grade 6 and the NIH's grade 8 for patient material).
inline const QString ReadabilityTargetGrade = QStringLiteral("readability/targetGrade");
constexpr int DefaultReadabilityTargetGrade = 6;
inline const QString ReadabilityWarningGrade = QStringLiteral("readability/warningGrade");
constexpr int DefaultReadabilityWarningGrade = 8;
inline const QString RecordEnabled = QStringLiteral("record/enabled");
inline const QString RecordDatabase = QStringLiteral("record/database");
} // namespace SettingsKeys
