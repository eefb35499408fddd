#pragma once

#include "article.h"

#include <QByteArray>

// Shared by the fuzz targets and their replay programs: a Qt application on
// the offscreen platform (layout and PDF need one), the bundled fonts, and
// the built-in content pack.
namespace FuzzSupport {
void initialize();
const Article &builtinArticle();
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}
} // namespace FuzzSupport

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
