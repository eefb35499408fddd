#pragma once

#include "clicontext.h"

// The files `handout-cli translations` hands to an administrator and takes
// back (issue 19): the built-in .ts and .info files to start from, and a
// translation as XLIFF 1.2 for an agency, whose states come back intact.
namespace TranslationFiles {

// --export-ts FOLDER [--lang CODE]: the built-in files, plain wordings in
// FOLDER/plain as in the user's content folder. Nothing is overwritten.
int exportTs(CliContext &cli, const QString &folder, const QString &language);
// --export-xliff FILE --lang CODE: the translation in use, refreshed.
int exportXliff(CliContext &cli, const Article &pack, const QString &path, const QString &language);
// --import-xliff FILE --lang CODE: into the user's content folder.
int importXliff(CliContext &cli, const Article &pack, const QString &path, const QString &language);

// Writes a .ts file the program will read back; false with *error when it
// cannot (or the file would be larger than a translation file may be).
bool writeCatalog(const QString &path, const TsCatalog &catalog, QString *error);

} // namespace TranslationFiles
