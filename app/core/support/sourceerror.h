#pragma once

#include <QString>

// An error that points at a place in an input file, shown once at the edge
// (stderr or a dialog) as "file:line: message".
struct SourceError
{
    QString file;
    int line = 0; // 0 when the problem is not tied to one line
    QString message;

    bool isNull() const { return message.isEmpty(); }
    QString toString() const
    {
        if (line > 0)
            return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
        return QStringLiteral("%1: %2").arg(file, message);
    }
};
