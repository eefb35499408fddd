#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class Article;
struct HandoutContent;
struct TranslatedPack;
class QJsonArray;
class QTextDocument;
class SpellChecker;

// A misspelled word of a handout and what the dictionary offers instead.
struct SpellingFinding
{
    QString word;
    QStringList suggestions;
    QString where; // as SpellingRange::where
};

// A handout's spelling as handout-cli reports it.
struct SpellingReport
{
    QString dictionary; // "en_US"; empty when spelling was not checked
    QStringList warnings; // why it was not checked, or a word list that could not be read
    QList<SpellingFinding> findings;
};

// The spelling of what the clinician wrote in a composed handout
// (SpellingScope says which text that is): one finding per word and place,
// in document order.
namespace HandoutSpelling {
// The checker for a handout's language: its dictionary, the pack's words and
// the user's own. Nothing, with *problem saying why, when this machine has no
// dictionary for the language (spelling is then not checked).
std::unique_ptr<SpellChecker> checkerFor(const QString &language, const QSet<QString> &packWords,
                                         const QStringList &personalWords, QString *problem);
QList<SpellingFinding> check(const QTextDocument &doc, const Article &pack, const SpellChecker &checker);
// Builds the handout as the window shows it and checks it, with the words of
// the pack (in its language and in the original) and the user's own words
// (PersonalDictionary) known.
SpellingReport review(const Article &original, const TranslatedPack &pack, const HandoutContent &content,
                      const QString &personalFolder);
QJsonArray toJson(const QList<SpellingFinding> &findings);
} // namespace HandoutSpelling
