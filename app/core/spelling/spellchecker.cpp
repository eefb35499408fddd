#include "spellchecker.h"

#include <QFile>
#include <QRegularExpression>
#include <QTextBoundaryFinder>

#include <hunspell.hxx>

using namespace Qt::StringLiterals;

namespace {

// Hunspell's own limit is about 100 bytes; longer "words" are not words.
constexpr int MaxWordLength = 60;

bool isCheckable(const QString &word)
{
    if (word.size() < 2 || word.size() > MaxWordLength)
        return false;
    bool letter = false;
    bool lower = false;
    for (const QChar c : word) {
        if (c.isDigit())
            return false;
        letter = letter || c.isLetter();
        lower = lower || c.isLower();
    }
    // All capitals: an abbreviation (PTSD, NMDA), not checked. Scripts without
    // case (Arabic) have no capitals and are checked.
    const bool capitals = letter && !lower && word.toUpper() == word && word.toLower() != word;
    return letter && !capitals;
}

// Web and e-mail addresses: their parts are not words.
QList<std::pair<int, int>> addressSpans(const QString &text, int from, int end)
{
    static const QRegularExpression address(u"(?:https?://|www\\.)\\S+|\\S+@\\S+\\.\\S+"_s);
    QList<std::pair<int, int>> spans;
    auto it = address.globalMatch(text.left(end), from);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        spans.append({int(m.capturedStart()), int(m.capturedEnd())});
    }
    return spans;
}

} // namespace

SpellChecker::~SpellChecker() = default;

std::unique_ptr<SpellChecker> SpellChecker::load(const DictionaryFiles &files, QString *problem)
{
    std::unique_ptr<SpellChecker> checker(new SpellChecker);
    checker->m_name = files.name;
    checker->m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(files.aff).constData(),
                                                     QFile::encodeName(files.dic).constData());
    // Words are handed over as UTF-8; Debian's dictionaries all are, and an
    // older 8-bit one would turn every accented word into a misspelling.
    const QString encoding = QString::fromStdString(checker->m_hunspell->get_dict_encoding());
    if (encoding.compare(u"UTF-8"_s, Qt::CaseInsensitive) != 0) {
        if (problem)
            *problem = u"%1 uses the %2 encoding; only UTF-8 dictionaries are read"_s.arg(files.dic, encoding);
        return nullptr;
    }
    for (const QString &extra : files.extraWordLists)
        checker->m_hunspell->add_dic(QFile::encodeName(extra).constData());
    return checker;
}

std::string SpellChecker::encode(const QString &word) const
{
    // The typographic apostrophe of "don’t" is spelled ' in the dictionaries.
    QString plain = word;
    plain.replace(QChar(0x2019), u'\'');
    return plain.toStdString();
}

void SpellChecker::addKnownWords(const QSet<QString> &words)
{
    for (const QString &word : words)
        addKnownWord(word);
}

void SpellChecker::addKnownWord(const QString &word)
{
    if (word.isEmpty() || word.size() > MaxWordLength)
        return;
    m_known.insert(word.toCaseFolded());
    // Also into Hunspell, so that a known word can be suggested.
    m_hunspell->add(encode(word));
}

bool SpellChecker::isCorrect(const QString &word) const
{
    if (!isCheckable(word))
        return true;
    const QString folded = word.toCaseFolded();
    if (m_known.contains(folded) || m_ignored.contains(folded))
        return true;
    return m_hunspell->spell(encode(word));
}

QStringList SpellChecker::suggestions(const QString &word, int max) const
{
    QStringList out;
    if (word.isEmpty() || word.size() > MaxWordLength)
        return out;
    for (const std::string &s : m_hunspell->suggest(encode(word))) {
        if (out.size() >= max)
            break;
        out << QString::fromStdString(s);
    }
    return out;
}

QList<Misspelling> SpellChecker::misspellings(const QString &text, int from, int length) const
{
    QList<Misspelling> out;
    const int end = length < 0 ? int(text.size()) : qMin(int(text.size()), from + length);
    if (from >= end)
        return out;
    const QList<std::pair<int, int>> skip = addressSpans(text, from, end);
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, text);
    words.setPosition(from);
    if (!words.isAtBoundary())
        words.toNextBoundary();
    int start = int(words.position());
    while (start >= 0 && start < end) {
        const int next = int(words.toNextBoundary());
        if (next < 0)
            break;
        if (words.boundaryReasons() & QTextBoundaryFinder::EndOfItem) {
            int s = start;
            int e = qMin(next, end);
            // A quotation mark at either end is punctuation, not the word's.
            while (s < e && (text.at(s) == u'\'' || text.at(s) == QChar(0x2019)))
                ++s;
            while (e > s && (text.at(e - 1) == u'\'' || text.at(e - 1) == QChar(0x2019)))
                --e;
            const bool inAddress = std::any_of(skip.cbegin(), skip.cend(), [&](const std::pair<int, int> &span) {
                return s < span.second && e > span.first;
            });
            const QString word = text.mid(s, e - s);
            if (!inAddress && !isCorrect(word))
                out.append({s, e - s, word});
        }
        start = next;
    }
    return out;
}
