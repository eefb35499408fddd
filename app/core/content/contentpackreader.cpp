#include "contentpackreader.h"
#include "bytesizes.h"

#include "boundedfile.h"
#include "contentpackparser_p.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

std::optional<Article> ContentPackReader::read(const QByteArray &bytes, const QString &fileName)
{
    m_error = {};
    if (bytes.trimmed().isEmpty()) {
        m_error = {fileName, 0, u"the file is empty"_s};
        return std::nullopt;
    }
    if (bytes.size() > MaxFileSize) {
        m_error = {fileName, 0, u"the file is larger than %1 MiB"_s.arg(MaxFileSize / ByteSizes::MiB)};
        return std::nullopt;
    }

    // Decode line by line so invalid UTF-8 is reported on the line that holds it.
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const QList<QByteArray> rawLines = data.split('\n');
    QStringList lines;
    lines.reserve(rawLines.size());
    for (qsizetype i = 0; i < rawLines.size(); ++i) {
        QByteArray raw = rawLines[i];
        if (raw.endsWith('\r'))
            raw.chop(1);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString line = decoder.decode(raw);
        if (decoder.hasError()) {
            m_error = {fileName, int(i + 1), u"invalid UTF-8 (the file must be saved as UTF-8)"_s};
            return std::nullopt;
        }
        if (line.contains(QChar(0))) {
            m_error = {fileName, int(i + 1), u"NUL character in text"_s};
            return std::nullopt;
        }
        lines << line;
    }

    ContentPackParser parser(fileName);
    if (!parser.parse(lines)) {
        m_error = parser.error();
        return std::nullopt;
    }
    Article article = parser.takeArticle();
    article.sourceFile = fileName;
    return article;
}

std::optional<Article> ContentPackReader::readFile(const QString &path)
{
    m_error = {};
    std::optional<QByteArray> bytes = BoundedFile::read(path, MaxFileSize, u"a content pack"_s, &m_error);
    if (!bytes)
        return std::nullopt;
    return read(*bytes, path);
}
