#include "languagecode.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

bool LanguageCode::isValid(const QString &code)
{
    static const QRegularExpression re(u"^[a-z]{2,3}(?:-[A-Z]{2})?$"_s);
    return re.match(code).hasMatch();
}

QString LanguageCode::normalised(const QString &code)
{
    static const QRegularExpression loose(u"^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}))?$"_s);
    const QRegularExpressionMatch m = loose.match(code);
    if (!m.hasMatch())
        return code;
    const QString language = m.captured(1).toLower();
    return m.captured(2).isEmpty() ? language : language + u'-' + m.captured(2).toUpper();
}
