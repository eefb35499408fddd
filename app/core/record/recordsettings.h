#pragma once

class QSettings;
class QString;

// The record's two preferences: whether exports and prints are recorded (on
// unless turned off) and which database they go to (empty: the SQLite file in
// the user's data folder). Neither is patient data.
namespace RecordSettings {
bool enabled(const QSettings &settings);
void setEnabled(QSettings &settings, bool on);
QString database(const QSettings &settings);
void setDatabase(QSettings &settings, const QString &uri);
} // namespace RecordSettings
