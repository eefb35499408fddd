#include "syllablecounter.h"

#include <QFile>
#include <QMutex>

#include <hyphen.h>

using namespace Qt::StringLiterals;

namespace {

QString baseLanguage(const QString &language)
{
    return language.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
}

// Letters a language writes its vowels with. 'y' is a vowel in English and
// French except at the start of a word ("yes"); in Spanish it only closes a
// diphthong ("muy"), which never adds a syllable.
QString vowelsOf(const QString &language)
{
    if (language == u"en")
        return u"aeiouy"_s;
    if (language == u"es")
        return u"aeiouáéíóúü"_s;
    if (language == u"fr")
        return u"aeiouyàâäéèêëîïôöùûüÿœæ"_s;
    if (language == u"de")
        return u"aeiouyäöü"_s;
    return {};
}

bool isConsonant(QChar c, const QString &vowels)
{
    return c.isLetter() && !vowels.contains(c);
}

} // namespace

struct SyllableCounter::Patterns
{
    HyphenDict *dict = nullptr;
    bool latin1 = false;
    ~Patterns() { hnj_hyphen_free(dict); }
};

QString SyllableCounter::patternFileFor(const QString &language)
{
    static const QHash<QString, QString> files = {
        {u"en"_s, u"hyph_en_US.dic"_s},
        {u"es"_s, u"hyph_es_ES.dic"_s},
        {u"fr"_s, u"hyph_fr.dic"_s},
        {u"de"_s, u"hyph_de_DE.dic"_s},
    };
    const QString name = files.value(baseLanguage(language));
    return name.isEmpty() ? QString() : u"/usr/share/hyphen/"_s + name;
}

std::shared_ptr<const SyllableCounter::Patterns> SyllableCounter::loadPatterns(const QString &file)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const SyllableCounter::Patterns>> loaded;
    const QMutexLocker lock(&mutex);
    const auto known = loaded.constFind(file);
    if (known != loaded.constEnd())
        return *known;
    std::shared_ptr<SyllableCounter::Patterns> patterns;
    if (HyphenDict *dict = QFile::exists(file) ? hnj_hyphen_load(QFile::encodeName(file).constData()) : nullptr) {
        patterns = std::make_shared<SyllableCounter::Patterns>();
        patterns->dict = dict;
        patterns->latin1 = !dict->utf8;
        // hnj_hyphen_hyphenate3 never goes below the file's own LEFTHYPHENMIN
        // and RIGHTHYPHENMIN (2 and 3 for English), which are about where a
        // printer may break a line, not about syllables: lower them so that
        // "a-bout" counts.
        for (HyphenDict *level = dict; level; level = level->nextlevel) {
            level->lhmin = 1;
            level->rhmin = 1;
            level->clhmin = 1;
            level->crhmin = 1;
        }
    }
    loaded.insert(file, patterns);
    return patterns;
}

SyllableCounter::SyllableCounter(const QString &language)
    : m_requested(language)
    , m_language(baseLanguage(language))
    , m_file(patternFileFor(language))
{
    if (!m_file.isEmpty())
        m_patterns = loadPatterns(m_file);
}

SyllableCounter::~SyllableCounter() = default;

int SyllableCounter::patternCount(const QString &word) const
{
    if (!m_patterns)
        return 0;
    QString letters;
    for (const QChar c : word.toLower()) {
        if (c.isLetter())
            letters += c;
    }
    if (letters.isEmpty())
        return 0;
    const QByteArray bytes = m_patterns->latin1 ? letters.toLatin1() : letters.toUtf8();
    QByteArray hyphens(bytes.size() + 5, '\0');
    char **rep = nullptr;
    int *pos = nullptr;
    int *cut = nullptr;
    hnj_hyphen_hyphenate3(m_patterns->dict, bytes.constData(), int(bytes.size()), hyphens.data(), nullptr, &rep, &pos,
                          &cut, 1, 1, 1, 1);
    // With minimums of 1 the patterns also allow breaks that leave a lone
    // consonant ("it-s", "ef-fect-s"): only a part holding a vowel is a syllable.
    const QString vowels = vowelsOf(m_language);
    int syllables = 0;
    bool partHasVowel = false;
    // libhyphen marks breaks by character, also in a UTF-8 file.
    for (qsizetype i = 0; i < letters.size(); ++i) {
        partHasVowel = partHasVowel || vowels.contains(letters.at(i));
        const bool last = i + 1 == letters.size();
        if (last || (hyphens.at(i) & 1)) {
            if (partHasVowel)
                ++syllables;
            partHasVowel = false;
        }
    }
    // Non-standard patterns (German "Schiff=fahrt") hand back replacements.
    if (rep) {
        for (qsizetype i = 0; i < bytes.size(); ++i)
            free(rep[i]); // NOLINT(cppcoreguidelines-no-malloc): allocated by libhyphen
        free(rep); // NOLINT(cppcoreguidelines-no-malloc)
        free(pos); // NOLINT(cppcoreguidelines-no-malloc)
        free(cut); // NOLINT(cppcoreguidelines-no-malloc)
    }
    return qMax(1, syllables);
}

int SyllableCounter::vowelGroupFloor(const QString &word) const
{
    const QString vowels = vowelsOf(m_language);
    QString w;
    for (const QChar c : word.toLower()) {
        if (c.isLetter())
            w += c;
    }
    // English words whose middle vowel is not said ("ev-ry", "sev-ral"): the
    // patterns alone count them.
    static const QStringList syncope = {
        u"every"_s,   u"everyone"_s, u"everything"_s, u"everybody"_s, u"everywhere"_s,
        u"several"_s, u"evening"_s,  u"family"_s,     u"interest"_s,  u"interesting"_s,
    };
    if (m_language == u"en" && syncope.contains(w))
        return 1;
    // Spanish splits two strong vowels, or a stressed i or u beside another
    // vowel, into two syllables ("re-a", "dí-a"): a hiatus starts a new group.
    static const QString strong = u"aeoáéíóú"_s;
    const bool spanish = m_language == u"es";
    int groups = 0;
    bool inVowel = false;
    for (qsizetype i = 0; i < w.size(); ++i) {
        const QChar c = w.at(i);
        const bool vowel = vowels.contains(c) && !(i == 0 && c == u'y');
        const bool hiatus = spanish && vowel && inVowel && strong.contains(c) && strong.contains(w.at(i - 1));
        if (vowel && (!inVowel || hiatus))
            ++groups;
        inVowel = vowel;
    }
    // Silent endings: an "e" after a consonant at the end of an English or
    // French word ("fire", "used", "makes"; "parle", "parlent"), except the
    // English "-le" after a consonant ("table") and "-ed"/"-es" where they are
    // heard ("started", "uses"); and the English silent e before a suffix
    // ("care-ful", "state-ment", "some-thing").
    const auto endsSilent = [&](const QString &ending, const QString &heardAfter) {
        if (!w.endsWith(ending) || w.size() < ending.size() + 2)
            return false;
        const QChar before = w.at(w.size() - ending.size() - 1);
        return isConsonant(before, vowels) && !heardAfter.contains(before);
    };
    if (groups > 1 && m_language == u"en") {
        static const QStringList suffixes = {u"ful"_s,  u"fully"_s, u"ness"_s,   u"ment"_s, u"ments"_s, u"ly"_s,
                                             u"less"_s, u"thing"_s, u"things"_s, u"body"_s, u"where"_s};
        const bool consonantLe = w.endsWith(u"le"_s) && w.size() >= 3 && isConsonant(w.at(w.size() - 3), vowels);
        bool silentBeforeSuffix = false;
        for (const QString &suffix : suffixes)
            silentBeforeSuffix = silentBeforeSuffix || endsSilent(u"e"_s + suffix, {});
        if (silentBeforeSuffix
            || (!consonantLe
                && (endsSilent(u"e"_s, {}) || endsSilent(u"ed"_s, u"td"_s) || endsSilent(u"es"_s, u"sxzcgh"_s))))
            --groups;
    } else if (groups > 1 && m_language == u"fr") {
        // "-ent" is silent in verbs ("parlent") but heard in "-ment" ("médicament").
        if (endsSilent(u"e"_s, {}) || endsSilent(u"es"_s, {}) || (endsSilent(u"ent"_s, {}) && !w.endsWith(u"ment"_s)))
            --groups;
    }
    return qMax(1, groups);
}

int SyllableCounter::count(const QString &word)
{
    const auto cached = m_cache.constFind(word);
    if (cached != m_cache.constEnd())
        return *cached;
    int letters = 0;
    int digits = 0;
    for (const QChar c : word) {
        if (c.isLetter())
            ++letters;
        else if (c.isDigit())
            ++digits;
    }
    int syllables = 1;
    if (digits > 0 && letters == 0)
        syllables = digits; // read digit by digit, a rough rule for "2023"
    else
        syllables = qMax(patternCount(word), vowelGroupFloor(word));
    syllables = qMax(1, syllables);
    m_cache.insert(word, syllables);
    return syllables;
}
