#include "batchfile.h"

#include "argumentsplitter.h"
#include "boundedfile.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

std::optional<QList<BatchFile::Line>> BatchFile::parse(const QByteArray &bytes, const QString &fileName,
                                                       SourceError *error)
{
    if (bytes.size() > MaxFileSize) {
        *error = {fileName, 0, u"the file "_s + BoundedFile::tooLargeMessage(MaxFileSize)};
        return std::nullopt;
    }
    QList<Line> lines;
    const QList<QByteArray> raw = bytes.split('\n');
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const int number = int(i + 1);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = QString(decoder.decode(raw[i])).trimmed();
        if (decoder.hasError()) {
            *error = {fileName, number, u"invalid UTF-8 (the file must be saved as UTF-8)"_s};
            return std::nullopt;
        }
        if (text.contains(QChar(0))) {
            *error = {fileName, number, u"NUL character in the line"_s};
            return std::nullopt;
        }
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        if (lines.size() == MaxLines) {
            *error = {fileName, number, u"more than %1 handouts in one batch"_s.arg(MaxLines)};
            return std::nullopt;
        }
        Line line {number, {}};
        QString splitError;
        if (!ArgumentSplitter::split(text, &line.arguments, &splitError)) {
            *error = {fileName, number, splitError};
            return std::nullopt;
        }
        lines << line;
    }
    if (lines.isEmpty()) {
        *error = {fileName, 0, u"the batch file holds no handouts"_s};
        return std::nullopt;
    }
    return lines;
}

std::optional<QList<BatchFile::Line>> BatchFile::read(const QString &path, SourceError *error)
{
    const std::optional<QByteArray> bytes = BoundedFile::read(path, MaxFileSize, u"a batch file"_s, error);
    if (!bytes)
        return std::nullopt;
    return parse(*bytes, path, error);
}
