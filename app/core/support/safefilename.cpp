#include "safefilename.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString SafeFileName::fromText(const QString &text)
{
    // Separators and the characters Windows refuses, plus control characters:
    // a name list may come from another system, and files get copied there.
    static const QRegularExpression unsafe(u"[/\\\\:*?\"<>|\\x00-\\x1f\\x7f]+"_s);
    static const QRegularExpression spaces(u"\\s+"_s);
    static const QRegularExpression dashes(u"-{2,}"_s);
    QString name = text.normalized(QString::NormalizationForm_C);
    name.replace(unsafe, u"-"_s);
    name = name.simplified();
    name.replace(spaces, u"-"_s);
    name.replace(dashes, u"-"_s);
    // No leading dots or dashes (hidden files, options to a shell command) and
    // no trailing dots or dashes (Windows drops trailing dots).
    qsizetype start = 0;
    while (start < name.size() && (name.at(start) == u'.' || name.at(start) == u'-'))
        ++start;
    name = name.mid(start);
    name.truncate(MaxLength);
    while (!name.isEmpty() && (name.back() == u'.' || name.back() == u'-'))
        name.chop(1);
    // A lone surrogate left by the cut would not encode as UTF-8.
    if (!name.isEmpty() && name.back().isHighSurrogate())
        name.chop(1);
    return name;
}
