#pragma once

#include <QString>

// The folder a file dialog starts in. A dialog started in a folder that does
// not exist (~/Documents on a machine without one, an export folder since
// removed) shows an empty, wrong place: the first of these that exists wins.
namespace StartFolder {
// `preferred` (for example the current file's folder or the last export
// folder), then the user's documents folder, then the home folder.
QString choose(const QString &preferred);
} // namespace StartFolder
