#pragma once

#include <QSet>
#include <QString>

class Article;

// The words a pack itself uses: its article, headings, safety points, glossary,
// teach-back prompts and fixed handout texts, in the pack's language and
// wording. Spell checking never flags them: the article's wording is the
// source, and its drug names and medical terms are right by definition.
namespace PackWords {
QSet<QString> of(const Article &pack);
// The words of one text, as the spell checker splits them.
QSet<QString> ofText(const QString &text);
} // namespace PackWords
