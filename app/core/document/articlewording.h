#pragma once

#include "article.h"
#include "handoutcontent.h"

// Whether a handout still gives the article's own wording: every passage of
// its chosen sections there with its text, every section heading as the
// article has it. Text the clinician added (a paragraph, the notes) leaves the
// article's wording untouched; an edit, a removal or a heading retitled does
// not. The attribution says the handout was adapted only when it was.
namespace ArticleWording {
bool isChanged(const Article &article, const HandoutContent &content);
} // namespace ArticleWording
