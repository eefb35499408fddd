#pragma once

#include "bytesizes.h"

#include "article.h"
#include "sourceerror.h"

#include <QByteArray>
#include <QString>

#include <optional>

// Reads a content pack (the Markdown convention of docs/content-format.md) into
// an Article. All or nothing: on the first problem it returns no article and
// error() says where and what, so a half-read pack is never used.
class ContentPackReader
{
public:
    std::optional<Article> read(const QByteArray &bytes, const QString &fileName);
    std::optional<Article> readFile(const QString &path);

    const SourceError &error() const { return m_error; }

    // Content packs are hand-edited; anything larger is not one.
    static constexpr qint64 MaxFileSize = 8 * ByteSizes::MiB;

private:
    SourceError m_error;
};
