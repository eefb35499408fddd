#include "wording.h"

using namespace Qt::StringLiterals;

QString Wordings::name(Wording wording)
{
    return wording == Wording::Plain ? u"plain"_s : u"original"_s;
}

std::optional<Wording> Wordings::parse(const QString &name)
{
    if (name == "original"_L1)
        return Wording::Original;
    if (name == "plain"_L1)
        return Wording::Plain;
    return std::nullopt;
}
