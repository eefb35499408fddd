#pragma once

#include "article.h"

#include <QJsonArray>
#include <QJsonObject>

// The JSON shapes handout-cli prints (`sections --json`, `presets --json`).
namespace ArticleJson {
QJsonObject metadata(const ArticleMeta &meta);
QJsonObject sections(const Article &article);
QJsonArray presets(const Article &article);
QJsonArray glossary(const Article &article);
QJsonArray tags(PassageTags tags);
} // namespace ArticleJson
