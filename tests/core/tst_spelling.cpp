#include "contenttranslation.h"
#include "dictionarylocator.h"
#include "handoutassembler.h"
#include "handoutrequest.h"
#include "handoutspelling.h"
#include "packwords.h"
#include "personaldictionary.h"
#include "spellchecker.h"
#include "spellingscope.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QtTest>

using namespace Qt::StringLiterals;

// Spell checking what the clinician writes (issue 15), against Debian's real
// Hunspell dictionaries (hunspell-en-us, hunspell-en-med, hunspell-es).
class TestSpelling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dictionariesAreFoundByLanguage();
    void misspellingIsFoundWithTheRightSuggestion_data();
    void misspellingIsFoundWithTheRightSuggestion();
    void medicalAndArticleWordsAreNotFlagged();
    void abbreviationsNumbersAndAddressesAreNotChecked();
    void onlyTheCliniciansTextIsChecked();
    void personalWordsPersist();
    void personalListThatCannotBeReadIsNotOverwritten();
    void missingDictionaryIsSaid();

private:
    static std::unique_ptr<SpellChecker> checker(const QString &language, const QSet<QString> &known = {});
    static HandoutContent handout(const QStringList &sections, const QString &notes);
};

std::unique_ptr<SpellChecker> TestSpelling::checker(const QString &language, const QSet<QString> &known)
{
    QString problem;
    std::unique_ptr<SpellChecker> c = HandoutSpelling::checkerFor(language, known, {}, &problem);
    if (!c)
        qWarning("%s", qPrintable(problem));
    return c;
}

HandoutContent TestSpelling::handout(const QStringList &sections, const QString &notes)
{
    HandoutRequest request;
    request.sectionIds = sections;
    request.notes = notes;
    const Article &article = TestSupport::builtinArticle();
    return request.compose(article, request.resolve(article));
}

void TestSpelling::dictionariesAreFoundByLanguage()
{
    QCOMPARE(DictionaryLocator::locate(u"en"_s)->name, u"en_US"_s);
    QVERIFY(DictionaryLocator::locate(u"en"_s)->extraWordLists.value(0).endsWith(u"en_med_glut.dic"_s));
    QCOMPARE(DictionaryLocator::locate(u"es"_s)->name, u"es_ES"_s);
    QCOMPARE(DictionaryLocator::locate(u"es-MX"_s)->name, u"es_MX"_s);
    QCOMPARE(DictionaryLocator::locate(u"fr"_s)->name, u"fr_FR"_s);
    QCOMPARE(DictionaryLocator::locate(u"de"_s)->name, u"de_DE"_s);
    QCOMPARE(DictionaryLocator::locate(u"ar"_s)->name, u"ar"_s);
    QVERIFY(!DictionaryLocator::locate(u"xx"_s));
    QVERIFY(!DictionaryLocator::locate(QString()));
}

void TestSpelling::misspellingIsFoundWithTheRightSuggestion_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("wrong");
    QTest::addColumn<QString>("right");
    QTest::newRow("en") << u"en"_s << u"Take the medicatoin with food."_s << u"medicatoin"_s << u"medication"_s;
    QTest::newRow("es") << u"es"_s << u"Tome el medicamneto con comida."_s << u"medicamneto"_s << u"medicamento"_s;
}

void TestSpelling::misspellingIsFoundWithTheRightSuggestion()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, wrong);
    QFETCH(QString, right);
    const std::unique_ptr<SpellChecker> c = checker(language);
    QVERIFY(c);
    const QList<Misspelling> found = c->misspellings(text);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].word, wrong);
    QCOMPARE(text.mid(found[0].start, found[0].length), wrong);
    QVERIFY2(c->suggestions(wrong).mid(0, 3).contains(right), qPrintable(c->suggestions(wrong).join(u", "_s)));
}

void TestSpelling::medicalAndArticleWordsAreNotFlagged()
{
    // "hydronephrosis" is in hunspell-en-med, not in en_US.
    const std::unique_ptr<SpellChecker> bare = checker(u"en"_s);
    QVERIFY(bare->isCorrect(u"hydronephrosis"_s));
    QVERIFY(bare->isCorrect(u"Hydronephrosis"_s));
    // The dictionaries alone flag some of the article's words; with the
    // pack's words known, none is.
    const QSet<QString> articleWords = PackWords::of(TestSupport::builtinArticle());
    const std::unique_ptr<SpellChecker> withPack = checker(u"en"_s, articleWords);
    QStringList flaggedByDictionary;
    for (const QString &word : articleWords) {
        QVERIFY2(withPack->isCorrect(word), qPrintable(word));
        if (!bare->isCorrect(word))
            flaggedByDictionary << word;
    }
    QVERIFY2(flaggedByDictionary.size() > 5, qPrintable(flaggedByDictionary.join(u' ')));
    // Known whatever its case.
    const QString packWord = flaggedByDictionary.first();
    QVERIFY(withPack->isCorrect(packWord.toUpper()) && withPack->isCorrect(packWord.toLower()));
    qInfo("article words the dictionaries alone would flag: %lld, e.g. %s", qlonglong(flaggedByDictionary.size()),
          qPrintable(flaggedByDictionary.mid(0, 8).join(u", "_s)));
}

void TestSpelling::abbreviationsNumbersAndAddressesAreNotChecked()
{
    const std::unique_ptr<SpellChecker> c = checker(u"en"_s);
    QVERIFY(
        c->misspellings(u"Call 988 or see www.exmaplehealth.org, mail ann@clinik.example, PTSD and NMDA."_s).isEmpty());
    // The typographic apostrophe is the dictionary's '.
    QVERIFY(c->misspellings(u"Don’t drive, and don't drink."_s).isEmpty());
    // Only the stretch asked for.
    const QString text = u"wrnog here and wrnog there"_s;
    const QList<Misspelling> second = c->misspellings(text, 15);
    QCOMPARE(second.size(), 1);
    QCOMPARE(second[0].start, 15);
}

void TestSpelling::onlyTheCliniciansTextIsChecked()
{
    const Article &article = TestSupport::builtinArticle();
    const QString sectionId = u"introduction"_s;
    HandoutContent content = handout({sectionId}, u"Bring the medicatoin list."_s);
    content.title = u"Your ketamine handuot"_s;
    content.person.contact = u"Ask for the nurse at the frnot desk"_s;
    content.person.patient = u"Zxqvbn"_s; // a name is never checked
    // An edited passage: the article's words in it stay unflagged.
    ContentBlock *passage = nullptr;
    for (ContentItem &item : content.sections.first().items) {
        for (ContentBlock &block : item.blocks) {
            if (block.passageId == u"introduction-overview"_s)
                passage = &block;
        }
    }
    QVERIFY(passage);
    passage->runs.first().text += u" Speak with your doctorr."_s;

    const TranslatedPack pack = ContentTranslation::original(article);
    QTemporaryDir personal;
    const SpellingReport report = HandoutSpelling::review(article, pack, content, personal.path());
    QCOMPARE(report.dictionary, u"en_US"_s);
    QVERIFY(report.warnings.isEmpty());
    QStringList found;
    for (const SpellingFinding &f : report.findings)
        found << f.word + u'@' + f.where;
    QCOMPARE(found.value(0), u"handuot@title"_s); // in document order: the title first
    found.sort();
    QCOMPARE(found,
             QStringList({u"doctorr@section:"_s + sectionId, u"frnot@field:contact"_s, u"handuot@title"_s,
                          u"medicatoin@notes"_s}));
    for (const SpellingFinding &f : report.findings) {
        if (f.word == u"medicatoin"_s)
            QVERIFY(f.suggestions.contains(u"medication"_s));
    }

    // The article's own wording, unedited, is never checked: a handout of
    // every section has no finding at all.
    QStringList all;
    for (const Section &s : article.sections)
        all << s.id;
    QVERIFY(HandoutSpelling::review(article, pack, handout(all, {}), personal.path()).findings.isEmpty());
}

void TestSpelling::personalWordsPersist()
{
    QTemporaryDir folder;
    QString problem;
    QVERIFY(PersonalDictionary(u"en"_s, folder.path()).add(u"Okonkwo"_s, &problem));
    QVERIFY(PersonalDictionary(u"en"_s, folder.path()).add(u"Okonkwo"_s, &problem)); // once only
    QVERIFY(!PersonalDictionary(u"en"_s, folder.path()).add(u"two words"_s, &problem));
    QVERIFY(problem.contains(u"two words"_s));
    const PersonalDictionary reread(u"en"_s, folder.path());
    QCOMPARE(reread.words(), QStringList {u"Okonkwo"_s});
    QCOMPARE(QFile(reread.path()).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QVERIFY(PersonalDictionary(u"es"_s, folder.path()).words().isEmpty()); // one list per language

    const Article &article = TestSupport::builtinArticle();
    const HandoutContent content = handout({article.sections.value(1).id}, u"Ask Okonkwo and Mbeki."_s);
    const SpellingReport report
        = HandoutSpelling::review(article, ContentTranslation::original(article), content, folder.path());
    QCOMPARE(report.findings.size(), 1);
    QCOMPARE(report.findings[0].word, u"Mbeki"_s);
}

void TestSpelling::personalListThatCannotBeReadIsNotOverwritten()
{
    QTemporaryDir folder;
    PersonalDictionary list(u"en"_s, folder.path());
    QVERIFY(QDir().mkpath(list.path())); // a folder where the file should be
    QString problem;
    QVERIFY(!list.add(u"Okonkwo"_s, &problem));
    QVERIFY2(problem.contains(list.path()), qPrintable(problem));
    // A hostile language code stays out of the path.
    QCOMPARE(QFileInfo(PersonalDictionary(u"../../x"_s, folder.path()).path()).path(), folder.path());
}

void TestSpelling::missingDictionaryIsSaid()
{
    QTemporaryDir empty;
    QVERIFY(!DictionaryLocator::locate(u"en"_s, {empty.path()}));
    qputenv("DICPATH", empty.path().toLocal8Bit());
    QString problem;
    QVERIFY(!HandoutSpelling::checkerFor(u"es"_s, {}, {}, &problem));
    QVERIFY2(problem.contains(u"“es”"_s) && problem.contains(empty.path()), qPrintable(problem));
    const Article &article = TestSupport::builtinArticle();
    const SpellingReport report
        = HandoutSpelling::review(article, ContentTranslation::original(article),
                                  handout({article.sections.value(1).id}, u"wrnog"_s), empty.path());
    qunsetenv("DICPATH");
    QVERIFY(report.dictionary.isEmpty());
    QVERIFY(report.findings.isEmpty());
    QCOMPARE(report.warnings.size(), 1);
    QVERIFY(report.warnings[0].startsWith(u"spelling is not checked"_s));
}

QTEST_MAIN(TestSpelling)
#include "tst_spelling.moc"
