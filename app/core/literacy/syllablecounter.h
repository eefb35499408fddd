#pragma once

#include <QHash>
#include <QString>

#include <memory>

// Counts the syllables of one word in one language from the TeX hyphenation
// patterns Debian ships for LibreOffice (hyphen-en-us, hyphen-es, hyphen-fr,
// hyphen-de) through libhyphen. docs/readability.md says how a count is made:
// the break points the patterns allow with word-edge minimums of 1, plus one;
// never fewer than the language's vowel groups (less silent endings); a
// number counts a syllable a digit.
class SyllableCounter
{
public:
    // The counter for a language code ("en", "es-MX", ...). isValid() is false
    // when the language has no patterns (Arabic) or the file is missing.
    explicit SyllableCounter(const QString &language);
    ~SyllableCounter();
    SyllableCounter(const SyllableCounter &) = delete;
    SyllableCounter &operator=(const SyllableCounter &) = delete;

    bool isValid() const { return m_patterns != nullptr; }
    QString patternFile() const { return m_file; }
    QString language() const { return m_requested; }
    // The pattern file used for a language, empty when there is none.
    static QString patternFileFor(const QString &language);

    // Syllables of a word (letters, digits, apostrophes); at least 1.
    int count(const QString &word);
    // The pattern count alone (break points + 1), for the documentation's
    // measurements; 0 without patterns.
    int patternCount(const QString &word) const;
    // The floor: vowel groups less the language's silent endings; at least 1.
    int vowelGroupFloor(const QString &word) const;

private:
    QString m_requested; // as given, e.g. "es-MX"
    QString m_language; // its base, "es"
    QString m_file;
    struct Patterns;
    static std::shared_ptr<const Patterns> loadPatterns(const QString &file);
    // Shared by every counter of the process: the German file takes seconds
    // to load, so it is loaded once.
    std::shared_ptr<const Patterns> m_patterns;
    QHash<QString, int> m_cache;
};
