#include "handoutspelling.h"

#include "contenttranslation.h"
#include "dictionarylocator.h"
#include "handoutassembler.h"
#include "packwords.h"
#include "personaldictionary.h"
#include "spellchecker.h"
#include "spellingscope.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTextBlock>
#include <QTextDocument>

using namespace Qt::StringLiterals;

std::unique_ptr<SpellChecker> HandoutSpelling::checkerFor(const QString &language, const QSet<QString> &packWords,
                                                          const QStringList &personalWords, QString *problem)
{
    const QStringList folders = DictionaryLocator::searchFolders();
    const std::optional<DictionaryFiles> files = DictionaryLocator::locate(language, folders);
    if (!files) {
        *problem
            = u"no spelling dictionary for “%1” is installed (looked in %2)"_s.arg(language, folders.join(u", "_s));
        return nullptr;
    }
    std::unique_ptr<SpellChecker> checker = SpellChecker::load(*files, problem);
    if (!checker)
        return nullptr;
    checker->addKnownWords(packWords);
    for (const QString &word : personalWords)
        checker->addKnownWord(word);
    return checker;
}

QList<SpellingFinding> HandoutSpelling::check(const QTextDocument &doc, const Article &pack,
                                              const SpellChecker &checker)
{
    QList<SpellingFinding> out;
    QSet<QString> seen;
    QHash<QString, QStringList> suggestions;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        for (const SpellingRange &range : SpellingScope::rangesIn(block, pack)) {
            for (const Misspelling &m : checker.misspellings(text, range.start, range.length)) {
                const QString key = range.where + u'\x1f' + m.word;
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                // Asking Hunspell for suggestions costs tens of milliseconds a
                // word: a word misspelled in many places is asked about once.
                auto known = suggestions.constFind(m.word);
                if (known == suggestions.cend())
                    known = suggestions.insert(m.word, checker.suggestions(m.word));
                out.append({m.word, *known, range.where});
            }
        }
    }
    return out;
}

SpellingReport HandoutSpelling::review(const Article &original, const TranslatedPack &pack,
                                       const HandoutContent &content, const QString &personalFolder)
{
    SpellingReport report;
    const QString language = pack.article.meta.language;
    QString problem;
    const QStringList personal = PersonalDictionary(language, personalFolder).words(&problem);
    if (!problem.isEmpty())
        report.warnings << problem;
    problem.clear();
    const std::unique_ptr<SpellChecker> checker
        = checkerFor(language, PackWords::of(pack.article) | PackWords::of(original), personal, &problem);
    if (!checker) {
        report.warnings << u"spelling is not checked: "_s + problem;
        return report;
    }
    report.dictionary = checker->dictionaryName();
    QTextDocument doc;
    HandoutAssembler(pack.article, HandoutStyle::normal()).build(&doc, content);
    report.findings = check(doc, pack.article, *checker);
    return report;
}

QJsonArray HandoutSpelling::toJson(const QList<SpellingFinding> &findings)
{
    QJsonArray out;
    for (const SpellingFinding &f : findings) {
        out.append(QJsonObject {
            {u"word"_s, f.word}, {u"suggestions"_s, QJsonArray::fromStringList(f.suggestions)}, {u"where"_s, f.where}});
    }
    return out;
}
