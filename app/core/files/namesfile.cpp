#include "namesfile.h"

#include "boundedfile.h"

#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool isControl(QChar c)
{
    return c.category() == QChar::Other_Control;
}

} // namespace

std::optional<QList<NamesFile::Entry>> NamesFile::parse(const QByteArray &bytes, const QString &fileName,
                                                        SourceError *error)
{
    if (bytes.size() > MaxFileSize) {
        *error = {fileName, 0, u"the file "_s + BoundedFile::tooLargeMessage(MaxFileSize)};
        return std::nullopt;
    }
    QList<Entry> entries;
    const QList<QByteArray> raw = bytes.split('\n');
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const int number = int(i + 1);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = QString(decoder.decode(raw[i])).trimmed();
        if (decoder.hasError()) {
            *error = {fileName, number, u"invalid UTF-8 (the file must be saved as UTF-8)"_s};
            return std::nullopt;
        }
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        // A tab or a NUL inside a name is a file made by a program gone
        // wrong, not a name to print.
        if (std::any_of(text.cbegin(), text.cend(), isControl)) {
            *error = {fileName, number, u"control character in the name"_s};
            return std::nullopt;
        }
        if (text.size() > MaxNameLength) {
            *error = {fileName, number, u"the name is longer than %1 characters"_s.arg(MaxNameLength)};
            return std::nullopt;
        }
        if (entries.size() == MaxNames) {
            *error = {fileName, number, u"more than %1 names in one file"_s.arg(MaxNames)};
            return std::nullopt;
        }
        entries << Entry {number, text};
    }
    if (entries.isEmpty()) {
        *error = {fileName, 0, u"the names file holds no names"_s};
        return std::nullopt;
    }
    return entries;
}

std::optional<QList<NamesFile::Entry>> NamesFile::read(const QString &path, SourceError *error)
{
    const std::optional<QByteArray> bytes = BoundedFile::read(path, MaxFileSize, u"a names file"_s, error);
    if (!bytes)
        return std::nullopt;
    return parse(*bytes, path, error);
}

QString NamesFile::fileNamePart(const QString &name)
{
    QString part;
    bool pendingDash = false;
    // By UTF-16 unit: a letter outside the BMP (a surrogate pair) becomes a
    // dash, which keeps the part valid whatever the cut.
    for (const QChar c : name) {
        if (part.size() >= MaxFileNamePart)
            break;
        // Marks belong to the letter before them (Devanagari, Arabic vowels).
        if (c.isLetterOrNumber() || (c.isMark() && !part.isEmpty())) {
            if (pendingDash && !part.isEmpty())
                part += u'-';
            pendingDash = false;
            part += c;
        } else {
            pendingDash = true;
        }
    }
    // The cut can fall right after a dash, which would end the part.
    part.truncate(MaxFileNamePart);
    while (part.endsWith(u'-'))
        part.chop(1);
    return part;
}
