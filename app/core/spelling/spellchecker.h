#pragma once

#include "dictionaryfiles.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class Hunspell;

// One misspelled word in a text: where it is and as it was written.
struct Misspelling
{
    int start = 0;
    int length = 0;
    QString word;

    bool operator==(const Misspelling &o) const { return start == o.start && length == o.length && word == o.word; }
};

// Spell checking in one language: a Hunspell dictionary (with Debian's medical
// word list for English), the words the pack itself uses, and the user's own
// words. Loading reads the dictionary files, which takes a noticeable moment
// for the larger ones, so the window does it away from the GUI thread; a
// loaded checker is then used from one thread only (Hunspell is not
// thread-safe).
class SpellChecker
{
public:
    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    // Nothing when the files cannot be used; *problem then says why.
    static std::unique_ptr<SpellChecker> load(const DictionaryFiles &files, QString *problem);

    QString dictionaryName() const { return m_name; }
    // Words never flagged, whatever their case: the pack's own, the user's.
    void addKnownWords(const QSet<QString> &words);
    void addKnownWord(const QString &word);
    // Words skipped for as long as this checker lives ("Ignore").
    void ignore(const QString &word) { m_ignored.insert(word.toCaseFolded()); }

    bool isCorrect(const QString &word) const;
    // The dictionary's suggestions, best first, at most `max`.
    QStringList suggestions(const QString &word, int max = 5) const;
    // The misspelled words of text[from, from + length). Words with digits,
    // words in capitals (abbreviations) and addresses (web, e-mail) are not
    // checked.
    QList<Misspelling> misspellings(const QString &text, int from = 0, int length = -1) const;

private:
    SpellChecker() = default;
    std::string encode(const QString &word) const;

    std::unique_ptr<Hunspell> m_hunspell;
    QString m_name;
    QSet<QString> m_known; // case-folded
    QSet<QString> m_ignored; // case-folded
};
