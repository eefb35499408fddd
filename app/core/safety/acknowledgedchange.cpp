#include "acknowledgedchange.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

QString AcknowledgedChange::kindName(Kind kind)
{
    return kind == Edited ? u"edited"_s : u"removed"_s;
}

std::optional<AcknowledgedChange::Kind> AcknowledgedChange::parseKind(const QString &name)
{
    if (name == "removed"_L1)
        return Removed;
    if (name == "edited"_L1)
        return Edited;
    return std::nullopt;
}

QString AcknowledgedChange::wordingHash(const QString &sourceText, const QString &handoutText)
{
    // A unit separator keeps "ab" + "c" apart from "a" + "bc".
    const QString both = sourceText.simplified() + QChar(0x1f) + handoutText.simplified();
    return QString::fromLatin1(QCryptographicHash::hash(both.toUtf8(), QCryptographicHash::Sha256).toHex());
}
