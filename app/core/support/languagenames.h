#pragma once

#include <QString>

namespace LanguageNames {
// How a language names itself: "Español", not Qt's "español de España", since
// a translation is for a language, not one country's variant. Used in menus
// and in the names of undo steps ("Change language to Español").
QString nativeName(const QString &code);
} // namespace LanguageNames
