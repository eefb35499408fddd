#pragma once

#include "dictionaryfiles.h"

#include <QStringList>

#include <optional>

// Where the Hunspell dictionary of a language is on this machine. Debian's
// hunspell-* packages put them in /usr/share/hunspell; DICPATH (a list of
// folders separated by ':', as the hunspell program reads it) replaces the
// folders searched, so a user or a test can point elsewhere.
namespace DictionaryLocator {

QStringList searchFolders();
// The dictionary for a language code ("en", "es", "pt-BR"): the region's own
// when there is one, else the usual one for the language (en_US, es_ES,
// fr_FR, de_DE), else any of its regions. Nothing when none is installed.
std::optional<DictionaryFiles> locate(const QString &language, const QStringList &folders = searchFolders());

} // namespace DictionaryLocator
