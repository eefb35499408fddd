#pragma once

#include <QString>

namespace AppInfo {
// Sets the names Qt uses for settings and data folders, shared by the window
// and the command-line tool so both find the same user content folder.
void apply();
QString version();
} // namespace AppInfo
