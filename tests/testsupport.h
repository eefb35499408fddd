#pragma once

#include "article.h"

#include <QString>

// Shared by the tests: paths and the built-in pack, loaded once.
namespace TestSupport {
QString dataPath(const QString &relative);
QString sourcePath(const QString &relative);
// The seed article when the shared folder is present, else its copy in tests/data.
QString seedPath();
const Article &builtinArticle();
// Reads a file whole; fails the test (QVERIFY) on error.
QByteArray readAll(const QString &path);
} // namespace TestSupport
