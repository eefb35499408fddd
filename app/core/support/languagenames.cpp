#include "languagenames.h"

#include <QLocale>

using namespace Qt::StringLiterals;

QString LanguageNames::nativeName(const QString &code)
{
    // The languages the interface ships in, by their own names; Qt would call
    // English "American English".
    static const QList<QPair<QString, QString>> known = {
        {u"en"_s, u"English"_s}, {u"es"_s, u"Español"_s}, {u"fr"_s, u"Français"_s},
        {u"de"_s, u"Deutsch"_s}, {u"ar"_s, u"العربية"_s},
    };
    for (const auto &[known_code, name] : known) {
        if (known_code == code)
            return name;
    }
    QString name = QLocale(code).nativeLanguageName();
    if (name.isEmpty())
        return code;
    name[0] = name[0].toUpper();
    return name;
}
