#pragma once

#include <QString>

// Language codes as the program writes them: a language, and maybe a region,
// "es" or "pt-BR" (BCP 47's common form). One rule for packs, handout files
// and the command line, which used to check it three times over.
namespace LanguageCode {
bool isValid(const QString &code);
// "pt_BR", "pt-br" and "PT_BR" as "pt-BR", the POSIX spelling people copy from
// their locale included; anything else is returned as given, for isValid to
// refuse.
QString normalised(const QString &code);
} // namespace LanguageCode
