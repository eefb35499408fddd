#include "bidiisolation.h"

#include <QList>

#include <algorithm>

namespace {

bool isEmbeddingStart(char16_t c)
{
    return c >= 0x202A && c <= 0x202E && c != 0x202C; // LRE RLE LRO RLO
}

bool isIsolateStart(char16_t c)
{
    return c >= 0x2066 && c <= 0x2068; // LRI RLI FSI
}

constexpr char16_t PopDirectionalFormatting = 0x202C;

} // namespace

QString BidiIsolation::neutralised(const QString &text)
{
    // Positions of the openers still open, innermost last; an isolate's
    // embeddings sit above it and close with it (UAX #9, X6a).
    struct Open
    {
        qsizetype at;
        bool isolate;
    };
    QList<Open> open;
    QList<bool> drop(text.size(), false);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (isEmbeddingStart(c) || isIsolateStart(c)) {
            open.append({i, isIsolateStart(c)});
        } else if (c == PopDirectionalIsolate.unicode()) {
            const bool matched = std::any_of(open.cbegin(), open.cend(), [](const Open &o) { return o.isolate; });
            if (!matched) {
                drop[i] = true;
                continue;
            }
            while (!open.last().isolate)
                open.removeLast(); // ended by the PDI: balanced in effect
            open.removeLast();
        } else if (c == PopDirectionalFormatting) {
            if (open.isEmpty() || open.last().isolate)
                drop[i] = true; // nothing to end inside this isolate
            else
                open.removeLast();
        }
    }
    for (const Open &o : std::as_const(open))
        drop[o.at] = true;
    if (!drop.contains(true))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!drop.at(i))
            out.append(text.at(i));
    }
    return out;
}

QString BidiIsolation::isolated(const QString &text)
{
    if (text.isEmpty())
        return text;
    return FirstStrongIsolate + neutralised(text) + PopDirectionalIsolate;
}

Qt::LayoutDirection BidiIsolation::paragraphDirection(const QString &text, Qt::LayoutDirection otherwise)
{
    int isolates = 0;
    for (const QChar c : text) {
        if (isIsolateStart(c.unicode())) {
            ++isolates;
        } else if (c == PopDirectionalIsolate) {
            isolates = std::max(0, isolates - 1);
        } else if (isolates == 0) {
            switch (c.direction()) {
            case QChar::DirL:
                return Qt::LeftToRight;
            case QChar::DirR:
            case QChar::DirAL:
                return Qt::RightToLeft;
            default:
                break;
            }
        }
    }
    return otherwise;
}
