#pragma once

#include <QString>

// Where a file is about to be written (a PDF, a handout, a translation).
// Checked before anything is written, so a batch can refuse a bad line before
// its first handout, and at write time, so nothing but a regular file is ever
// replaced: run as root, writing over /dev/full or a FIFO would replace the
// device node or the pipe with a file.
namespace OutputTarget {

// Why no file can be written at `path`, in words for the user, or empty when
// one can: its folder exists and is a folder, and the path is a new name or
// an existing regular file. The path itself is not repeated (it may hold a
// patient's name).
QString problem(const QString &path);

// The same string for two spellings of one file ("./a.pdf", "x/../a.pdf",
// a path through a link to the folder), so duplicates can be found.
QString identity(const QString &path);

} // namespace OutputTarget
