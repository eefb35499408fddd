#include "jargonfinder.h"

#include "syllablecounter.h"
#include "textmeter.h"

#include <QRegularExpression>
#include <QSet>
#include <QTextBoundaryFinder>

using namespace Qt::StringLiterals;

namespace {

bool isAcronym(const QString &word)
{
    int letters = 0;
    for (const QChar c : word) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        }
    }
    return letters >= 2;
}

int letterCount(const QString &word)
{
    int n = 0;
    for (const QChar c : word) {
        if (c.isLetter())
            ++n;
    }
    return n;
}

// Does the handout explain the acronym where it uses it?
bool spelledOut(const QString &acronym, const QString &allText)
{
    const QString a = QRegularExpression::escape(acronym);
    static const QString forms = u"\\(\\s*%1\\s*\\)|\\b%1\\s*\\(|\\b%1\\s+(stands for|means)\\b"_s;
    const QRegularExpression explained(forms.arg(a), QRegularExpression::CaseInsensitiveOption);
    return explained.match(allText).hasMatch();
}

} // namespace

JargonFinder::JargonFinder(const QStringList &definedTerms)
{
    for (const QString &term : definedTerms) {
        m_defined.insert(term.toLower());
        for (const QString &word : TextMeter::words(term))
            m_defined.insert(word.toLower());
    }
}

JargonFinder::~JargonFinder() = default;

bool JargonFinder::isDefined(const QString &word) const
{
    const QString w = word.toLower();
    if (m_defined.contains(w))
        return true;
    // A plural or possessive of a defined term ("receptors", "ketamine’s").
    for (const QString &ending : {u"s"_s, u"es"_s, u"’s"_s, u"'s"_s}) {
        if (w.endsWith(ending) && m_defined.contains(w.chopped(ending.size())))
            return true;
    }
    return false;
}

QList<JargonTerm> JargonFinder::find(const ReadableText &text)
{
    if (!m_syllables || m_syllables->language() != text.language)
        m_syllables = std::make_unique<SyllableCounter>(text.language);
    SyllableCounter &syllables = *m_syllables;
    QString allText;
    for (const ReadableSection &section : text.sections) {
        for (const TextPiece &piece : section.pieces)
            allText += piece.text + u'\n';
    }
    QList<JargonTerm> out;
    QHash<QString, qsizetype> index; // lower-case word -> place in out
    QHash<QString, bool> explained; // acronym -> spelled out somewhere
    for (const ReadableSection &section : text.sections) {
        for (const TextPiece &piece : section.pieces) {
            QTextBoundaryFinder finder(QTextBoundaryFinder::Word, piece.text);
            qsizetype start = 0;
            while (finder.toNextBoundary() != -1) {
                const qsizetype end = finder.position();
                const QString word = piece.text.mid(start, end - start);
                const qsizetype at = start;
                start = end;
                if (letterCount(word) < 2 || isDefined(word))
                    continue;
                JargonTerm::Kind kind;
                if (isAcronym(word)) {
                    auto known = explained.find(word);
                    if (known == explained.end())
                        known = explained.insert(word, spelledOut(word, allText));
                    if (*known)
                        continue;
                    kind = JargonTerm::Acronym;
                } else {
                    const bool hasPatterns = syllables.isValid();
                    const bool isLong = hasPatterns ? syllables.count(word) >= LongWordSyllables
                                                    : letterCount(word) >= 10; // no syllables (Arabic): letters
                    if (!isLong)
                        continue;
                    kind = JargonTerm::LongWord;
                }
                const QString key = word.toLower();
                const auto known = index.constFind(key);
                if (known != index.constEnd()) {
                    ++out[*known].count;
                    continue;
                }
                index.insert(key, out.size());
                out.append(JargonTerm {word, kind, section.id, piece.position < 0 ? -1 : piece.position + int(at), 1});
            }
        }
    }
    return out;
}
