#include "contentpackreader.h"
#include "contenttranslation.h"
#include "testsupport.h"
#include "translatedpackcache.h"
#include "translationlibrary.h"
#include "translationstatus.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QtTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

// Content translations kept in Linguist's format: what counts as reviewed,
// draft, stale or missing, and how a refresh after a pack change keeps work.
class TestContentTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourceMessagesCoverThePack();
    void docsInfoExampleIsValid();
    void catalogRoundTrip();
    void statesFollowLinguist();
    void refreshKeepsTranslationsAndMarksChanges();
    void rejectsBrokenCatalogs_data();
    void rejectsBrokenCatalogs();
    void infoFileIsChecked();
    void refusesEntityExpansion();
    void refusesOverlongTexts();
    void refusesHostileInfoFiles();
    void builtinSpanishIsACompleteDraft();
    void builtinArabicCoversTheRecoveryPreset();
    void userFolderOverridesTheBuiltin();
    void statusNamesDraftAndFallbackTexts();
    void cacheTranslatesEachLanguageOnce();
    void cacheKeepsNoBrokenTranslation();
    void glossaryTranslatesWithItsForms();

private:
    static Article smallPack(const QByteArray &change = {}, const QByteArray &to = {});
};

Article TestContentTranslation::smallPack(const QByteArray &change, const QByteArray &to)
{
    QByteArray pack = TestSupport::readAll(TestSupport::dataPath(u"packs/minimal.md"_s));
    if (!change.isEmpty())
        pack.replace(change, to);
    ContentPackReader reader;
    std::optional<Article> a = reader.read(pack, u"minimal.md"_s);
    if (!a)
        qFatal("%s", qPrintable(reader.error().toString()));
    a->rebuildIndex();
    return *a;
}

void TestContentTranslation::sourceMessagesCoverThePack()
{
    const Article &a = TestSupport::builtinArticle();
    const QList<TsMessage> messages = ContentTranslation::sourceMessages(a);
    int passages = 0;
    QSet<QString> keys;
    for (const TsMessage &m : messages) {
        QVERIFY2(!keys.contains(m.key()), qPrintable(m.key()));
        keys.insert(m.key());
        if (m.comment != ContentTranslation::TitleId && a.passage(m.comment)) {
            ++passages;
            QCOMPARE(m.source, a.passage(m.comment)->text);
            QVERIFY(m.extraComment.contains(a.section(m.context)->title)); // the section, for the translator
        }
    }
    QCOMPARE(passages, 101);
    QCOMPARE(messages.size(),
             1 + 47 + 101 + 2 * a.presets.size() + a.safetyPoints.size() + a.texts.values.size() + 2 * a.glossary.size()
                 + a.teachBack.size());
    // Each teach-back question is translated, and the translator is told which section it checks.
    int questions = 0;
    for (const TsMessage &m : messages) {
        if (m.context != ContentTranslation::TeachBackContext)
            continue;
        ++questions;
        QVERIFY(m.source.startsWith(u"Tell me in your own words"_s));
        QVERIFY(m.extraComment.contains(u"“"_s));
    }
    QCOMPARE(questions, 18);
    const TsMessage *tagged = nullptr;
    for (const TsMessage &m : messages) {
        if (m.comment == u"dissociative-states-supervision"_s)
            tagged = &m;
    }
    QVERIFY(tagged && tagged->extraComment.contains(u"risk, supervision"_s));
}

void TestContentTranslation::catalogRoundTrip()
{
    TsCatalog catalog;
    catalog.language = u"es"_s;
    catalog.sourceLanguage = u"en"_s;
    TsMessage a {u"sec"_s, u"p1"_s, u"Source & <one>"_s, u"Old"_s, u"Note"_s, u"Traducción"_s, true, false, false};
    TsMessage b {u"sec"_s, u"p2"_s, u"Two"_s, {}, {}, u"Dos"_s, false, false, false};
    TsMessage c {u"other"_s, u"p3"_s, u"Gone"_s, {}, {}, u"Ido"_s, false, true, false};
    catalog.messages = {a, b, c};
    SourceError error;
    const std::optional<TsCatalog> back = TsCatalog::read(catalog.toXml(), u"x.ts"_s, &error);
    QVERIFY2(back, qPrintable(error.toString()));
    QCOMPARE(back->language, u"es"_s);
    QCOMPARE(back->messages.size(), 3);
    QCOMPARE(back->messages[0].source, a.source);
    QCOMPARE(back->messages[0].oldSource, a.oldSource);
    QCOMPARE(back->messages[0].translation, a.translation);
    QVERIFY(back->messages[0].finished);
    QVERIFY(!back->messages[1].finished);
    QVERIFY(back->messages[2].obsolete);
    QCOMPARE(back->find(u"sec"_s, u"p2"_s)->translation, u"Dos"_s);
}

void TestContentTranslation::statesFollowLinguist()
{
    const Article pack = smallPack();
    TsCatalog catalog;
    catalog.language = u"es"_s;
    for (TsMessage m : ContentTranslation::sourceMessages(pack)) {
        if (m.comment == u"one-a"_s) {
            m.translation = u"Primer párrafo."_s;
            m.finished = true; // a reviewer marked it done
        } else if (m.comment == u"one-b"_s) {
            m.translation = u"Un pasaje arriesgado."_s; // a draft
        } else if (m.comment == u"two-a"_s) {
            m.translation = u"Texto simple."_s;
            m.finished = true;
            m.source = u"An older source text."_s; // the pack changed since
        }
        catalog.messages << m;
    }
    const TranslatedPack t = ContentTranslation::apply(pack, catalog, {});
    QCOMPARE(t.passageState(u"topic-one"_s, u"one-a"_s), TranslationState::Reviewed);
    QCOMPARE(t.article.passage(u"one-a"_s)->text, u"Primer párrafo."_s);
    QCOMPARE(t.passageState(u"topic-one"_s, u"one-b"_s), TranslationState::Draft);
    QCOMPARE(t.article.passage(u"one-b"_s)->text, u"Un pasaje arriesgado."_s);
    QCOMPARE(t.passageState(u"topic-two"_s, u"two-a"_s), TranslationState::Stale);
    QCOMPARE(t.article.passage(u"two-a"_s)->text, u"Plain text."_s); // never an outdated translation
    QCOMPARE(t.passageState(u"sub-topic"_s, u"sub-a"_s), TranslationState::Missing);
    QCOMPARE(t.article.passage(u"sub-a"_s)->text, u"Ask your doctor."_s);
    QCOMPARE(t.coverage.reviewed, 1);
    QCOMPARE(t.coverage.draft, 1);
    QCOMPARE(t.coverage.stale, 1);
    QCOMPARE(t.coverage.missing, t.coverage.total - 3);
    QCOMPARE(t.article.meta.language, u"es"_s);
    QCOMPARE(t.article.sourceLanguage(), u"en"_s);
}

void TestContentTranslation::refreshKeepsTranslationsAndMarksChanges()
{
    const Article before = smallPack();
    TsCatalog catalog = ContentTranslation::refresh(before, {}, u"es"_s);
    for (TsMessage &m : catalog.messages) {
        if (m.comment == u"one-a"_s || m.comment == u"two-a"_s) {
            m.translation = u"Traducido "_s + m.comment;
            m.finished = true;
        }
    }
    // The pack changes: one passage rewritten, one removed, one added.
    Article after = smallPack("Plain text.", "Plain text, now reworded.");
    after = [&] {
        QByteArray pack = TestSupport::readAll(TestSupport::dataPath(u"packs/minimal.md"_s));
        pack.replace("Plain text.", "Plain text, now reworded.");
        pack.replace("{#sub-a .supervision}\nAsk your doctor.\n", "{#sub-new .supervision}\nSee your doctor.\n");
        ContentPackReader reader;
        Article a = *reader.read(pack, u"m.md"_s);
        a.rebuildIndex();
        return a;
    }();
    const TsCatalog refreshed = ContentTranslation::refresh(after, catalog, u"es"_s);
    const TsMessage *kept = refreshed.find(u"topic-one"_s, u"one-a"_s);
    QVERIFY(kept && kept->finished && kept->translation == u"Traducido one-a"_s && kept->oldSource.isEmpty());
    const TsMessage *changed = refreshed.find(u"topic-two"_s, u"two-a"_s);
    QVERIFY(changed);
    QCOMPARE(changed->source, u"Plain text, now reworded."_s);
    QCOMPARE(changed->oldSource, u"Plain text."_s);
    QCOMPARE(changed->translation, u"Traducido two-a"_s);
    QVERIFY(!changed->finished);
    const TsMessage *added = refreshed.find(u"sub-topic"_s, u"sub-new"_s);
    QVERIFY(added && added->translation.isEmpty());
    QVERIFY(!refreshed.find(u"sub-topic"_s, u"sub-a"_s)); // untranslated and gone: dropped
    // Applied, the changed passage is stale and shown in the source language.
    const TranslatedPack t = ContentTranslation::apply(after, refreshed, {});
    QCOMPARE(t.passageState(u"topic-two"_s, u"two-a"_s), TranslationState::Stale);
    QCOMPARE(t.article.passage(u"two-a"_s)->text, u"Plain text, now reworded."_s);
    // A second refresh keeps the first old source, not the intermediate one.
    const TsCatalog again = ContentTranslation::refresh(after, refreshed, u"es"_s);
    QCOMPARE(again.find(u"topic-two"_s, u"two-a"_s)->oldSource, u"Plain text."_s);
}

void TestContentTranslation::rejectsBrokenCatalogs_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << u"the file is empty"_s;
    QTest::newRow("not xml") << QByteArray("just text") << u"not well-formed XML"_s;
    QTest::newRow("other root") << QByteArray("<html><body/></html>") << u"the root element is <html>"_s;
    QTest::newRow("no id") << QByteArray("<TS language=\"es\"><context><name>a</name><message><source>x</source>"
                                         "<translation>y</translation></message></context></TS>")
                           << u"has no id"_s;
    QTest::newRow("duplicate id") << QByteArray(
        "<TS language=\"es\"><context><name>a</name>"
        "<message><source>x</source><comment>p</comment><translation>y</translation></message>\n"
        "<message><source>z</source><comment>p</comment><translation>w</translation></message>"
        "</context></TS>") << u"the id “p” appears twice"_s;
    QTest::newRow("plural") << QByteArray("<TS language=\"es\"><context><name>a</name><message numerus=\"yes\">"
                                          "<source>%n x</source><comment>p</comment><translation><numerusform>y"
                                          "</numerusform></translation></message></context></TS>")
                            << u"plural messages are not used"_s;
    QTest::newRow("truncated") << QByteArray("<TS language=\"es\"><context><name>a</name><message><source>x")
                               << u"not well-formed XML"_s;
}

void TestContentTranslation::rejectsBrokenCatalogs()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, message);
    SourceError error;
    QVERIFY(!TsCatalog::read(xml, u"broken_es.ts"_s, &error));
    QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
    QCOMPARE(error.file, u"broken_es.ts"_s);
}

void TestContentTranslation::infoFileIsChecked()
{
    SourceError error;
    std::optional<TranslationInfo> info = TranslationInfo::parse(
        "# comment\ntranslator: Ana Ruiz\nmethod: back-translated\nreviewer: Dr. B\nreviewed: 2026-10-01\n",
        u"x.info"_s, &error);
    QVERIFY(info);
    QCOMPARE(info->method, u"back-translated"_s);
    QCOMPARE(info->reviewed, QDate(2026, 10, 1));
    QVERIFY(!TranslationInfo::parse("method: machine\n", u"x.info"_s, &error));
    QCOMPARE(error.line, 1);
    QVERIFY(error.message.contains(u"professional, back-translated, draft"_s));
    QVERIFY(!TranslationInfo::parse("\nreviewed: yesterday\n", u"x.info"_s, &error));
    QCOMPARE(error.line, 2);
    QVERIFY(!TranslationInfo::parse("colour: blue\n", u"x.info"_s, &error));
    QVERIFY(error.message.contains(u"unknown key 'colour'"_s));
}

// Issue 17: one internal entity of 4 000 characters referenced 50 000 times
// (a 154 KB file) expanded to gigabytes and crashed the layout. Linguist never
// declares entities, so a file that does is refused before any is expanded.
void TestContentTranslation::refusesEntityExpansion()
{
    QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE TS [\n<!ENTITY big \"" + QByteArray(4000, 'x')
        + "\">\n]>\n<TS language=\"es\"><context><name>a</name><message><source>x</source><comment>p</comment>"
          "<translation>";
    for (int i = 0; i < 50000; ++i)
        xml += "&big;";
    xml += "</translation></message></context></TS>\n";
    QVERIFY(xml.size() < 400 * 1024);
    SourceError error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!TsCatalog::read(xml, u"bomb_es.ts"_s, &error));
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY2(error.message.contains(u"declares XML entities"_s), qPrintable(error.toString()));
    QCOMPARE(error.line, 4);

    // Linguist's own document type, with no declarations, is fine.
    const QByteArray plain = "<?xml version=\"1.0\"?>\n<!DOCTYPE TS>\n<TS language=\"es\"><context><name>a</name>"
                             "<message><source>x &amp; y</source><comment>p</comment><translation>z</translation>"
                             "</message></context></TS>\n";
    const std::optional<TsCatalog> catalog = TsCatalog::read(plain, u"plain_es.ts"_s, &error);
    QVERIFY2(catalog, qPrintable(error.toString()));
    QCOMPARE(catalog->messages.first().source, u"x & y"_s);
}

// Issue 17: a 14 MB translated title made export run past 30 s.
void TestContentTranslation::refusesOverlongTexts()
{
    const auto catalogWith = [](const QByteArray &translation) {
        return "<TS language=\"es\"><context><name>a</name>\n<message><source>x</source><comment>title</comment>"
               "<translation>"
            + translation + "</translation></message></context></TS>";
    };
    SourceError error;
    QVERIFY(TsCatalog::read(catalogWith(QByteArray(TsCatalog::MaxTextLength, 'y')), u"long_es.ts"_s, &error));
    QVERIFY(!TsCatalog::read(catalogWith(QByteArray(TsCatalog::MaxTextLength + 1, 'y')), u"long_es.ts"_s, &error));
    QCOMPARE(error.line, 2);
    QVERIFY2(error.message.contains(u"more than 32768 characters"_s), qPrintable(error.toString()));
    // Every built-in translation is well within the limit.
    for (const QString &language : {u"es"_s, u"ar"_s}) {
        const std::optional<TsCatalog> builtin = TsCatalog::readFile(
            TestSupport::sourcePath(u"translations/content/ketamine-review_%1.ts"_s.arg(language)), &error);
        QVERIFY2(builtin, qPrintable(error.toString()));
    }
}

// Issue 17: a translator name of 64 KB ran through every page's footer, and
// an .info that is a FIFO blocked on open.
void TestContentTranslation::refusesHostileInfoFiles()
{
    SourceError error;
    const QByteArray name(TranslationInfo::MaxNameLength, 'n');
    QVERIFY(TranslationInfo::parse("translator: " + name + "\n", u"x.info"_s, &error));
    QVERIFY(!TranslationInfo::parse("method: draft\ntranslator: " + name + "n\n", u"x.info"_s, &error));
    QCOMPARE(error.line, 2);
    QVERIFY2(error.message.contains(u"'translator' is longer than 200 characters"_s), qPrintable(error.toString()));

    QTemporaryDir user;
    const Article &a = TestSupport::builtinArticle();
    QFile ts(user.filePath(u"ketamine-review_fr.ts"_s));
    QVERIFY(ts.open(QIODevice::WriteOnly));
    ts.write(ContentTranslation::refresh(a, {}, u"fr"_s).toXml());
    ts.close();
    const QString info = user.filePath(u"ketamine-review_fr.info"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(info).constData(), 0600), 0);
    TranslationLibrary library;
    library.scan(user.path());
    QVERIFY(!library.translate(a, u"fr"_s, &error));
    QCOMPARE(error.file, info);
    QVERIFY2(error.message.contains(u"not a regular file"_s), qPrintable(error.toString()));

    QFile::remove(info);
    QFile big(info);
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write("translator: A\n" + QByteArray(TranslationInfo::MaxFileSize, '#'));
    big.close();
    QVERIFY(!library.translate(a, u"fr"_s, &error));
    QVERIFY2(error.message.contains(u"larger than 64 KiB"_s), qPrintable(error.toString()));
}

void TestContentTranslation::builtinSpanishIsACompleteDraft()
{
    TranslationLibrary library;
    library.scan({});
    const Article &a = TestSupport::builtinArticle();
    QVERIFY(library.languages(a).contains(u"es"_s));
    SourceError error;
    const std::optional<TranslatedPack> es = library.translate(a, u"es"_s, &error);
    QVERIFY2(es, qPrintable(error.toString()));
    QCOMPARE(es->coverage.missing, 0);
    QCOMPARE(es->coverage.stale, 0);
    QCOMPARE(es->coverage.reviewed, 0); // no person has reviewed it yet: honest drafts
    QCOMPARE(es->coverage.draft, es->coverage.total);
    QCOMPARE(es->info.method, u"draft"_s);
    // Placeholders survive translation.
    for (const QString &key : {u"source"_s, u"page"_s, u"content-version"_s, u"adapted-from"_s}) {
        const QString source = a.texts.value(key);
        const QString translated = es->article.texts.value(key);
        static const QRegularExpression placeholder(u"\\{[a-z-]+\\}"_s);
        for (auto it = placeholder.globalMatch(source); it.hasNext();)
            QVERIFY2(translated.contains(it.next().captured()), qPrintable(key));
    }
}

void TestContentTranslation::builtinArabicCoversTheRecoveryPreset()
{
    TranslationLibrary library;
    library.scan({});
    const Article &a = TestSupport::builtinArticle();
    SourceError error;
    const std::optional<TranslatedPack> ar = library.translate(a, u"ar"_s, &error);
    QVERIFY2(ar, qPrintable(error.toString()));
    for (const QString &id : a.preset(u"in-recovery"_s)->sectionIds) {
        QCOMPARE(ar->textState(id, ContentTranslation::TitleId), TranslationState::Draft);
        for (const Passage &p : a.section(id)->passages)
            QCOMPARE(ar->passageState(id, p.id), TranslationState::Draft);
    }
    for (const SafetyPoint &p : a.safetyPoints)
        QCOMPARE(ar->textState(ContentTranslation::SafetyPointsContext, p.id), TranslationState::Draft);
    QCOMPARE(ar->passageState(u"medical-use"_s, u"medical-use-anesthetic"_s), TranslationState::Missing);
    QVERIFY(ar->coverage.missing > 0);
}

void TestContentTranslation::userFolderOverridesTheBuiltin()
{
    QTemporaryDir user;
    const Article &a = TestSupport::builtinArticle();
    TsCatalog mine = ContentTranslation::refresh(a, {}, u"es"_s);
    for (TsMessage &m : mine.messages) {
        if (m.comment == u"title"_s && m.context == u"introduction"_s) {
            m.translation = u"Introducción (revisada)"_s;
            m.finished = true;
        }
    }
    QFile file(user.filePath(u"ketamine-review_es.ts"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(mine.toXml());
    file.close();
    TranslationLibrary library;
    library.scan(user.path());
    SourceError error;
    const std::optional<TranslatedPack> es = library.translate(a, u"es"_s, &error);
    QVERIFY(es);
    QCOMPARE(es->article.section(u"introduction"_s)->title, u"Introducción (revisada)"_s);
    QCOMPARE(es->coverage.reviewed, 1);

    QFile wrong(user.filePath(u"ketamine-review_fr.ts"_s));
    QVERIFY(wrong.open(QIODevice::WriteOnly));
    wrong.write(mine.toXml()); // says "es" inside
    wrong.close();
    library.scan(user.path());
    QVERIFY(!library.translate(a, u"fr"_s, &error));
    QVERIFY(error.message.contains(u"its language is “es”"_s));
}

void TestContentTranslation::statusNamesDraftAndFallbackTexts()
{
    TranslationLibrary library;
    library.scan({});
    const Article &a = TestSupport::builtinArticle();
    SourceError error;
    const TranslatedPack ar = *library.translate(a, u"ar"_s, &error);
    HandoutContent content;
    for (const QString &id : {u"introduction"_s, u"medical-use"_s})
        content.sections << SectionContent {id, {}};
    content.sections[1].items << ContentItem {
        {}, {ContentBlock {BlockKind::Paragraph, 0, u"medical-use-anesthetic"_s, {}}}};
    const TranslationStatus status = TranslationStatus::of(ar, content);
    QVERIFY(!status.original);
    QVERIFY(status.draft.contains(u"introduction/title"_s));
    QVERIFY(status.fallback.contains(u"medical-use/medical-use-anesthetic"_s));
    const QStringList lines = status.noteLines(ar.article);
    QVERIFY(lines.contains(ar.article.texts.value(u"translation-draft"_s)));
    QVERIFY(lines.contains(ar.article.texts.value(u"translation-fallback"_s)));
    // Who and how, the method in Arabic words, no word twice.
    const QString by = lines.value(0);
    QVERIFY2(by.contains(ar.article.texts.value(u"translation-method-draft"_s)), qPrintable(by));
    QVERIFY2(!by.contains(u"draft"_s), qPrintable(by));
    // The article's title is translated; the citation keeps it as published.
    QVERIFY(ar.article.meta.title != a.meta.title);
    QCOMPARE(ar.article.meta.citedTitle(), a.meta.title);
    QCOMPARE(TranslationStatus::of(ContentTranslation::original(a), content).noteLines(a), QStringList());
}

void TestContentTranslation::cacheTranslatesEachLanguageOnce()
{
    TranslatedPackCache cache({});
    const Article &a = TestSupport::builtinArticle();
    QVERIFY(cache.library().hasLanguage(a, u"es"_s));
    SourceError error;
    const std::shared_ptr<const TranslatedPack> es = cache.translated(a, u"es"_s, &error);
    QVERIFY2(es, qPrintable(error.toString()));
    QCOMPARE(es->language, u"es"_s);
    QCOMPARE(cache.translated(a, u"es"_s, &error).get(), es.get());
    const std::shared_ptr<const TranslatedPack> ar = cache.translated(a, u"ar"_s, &error);
    QVERIFY2(ar, qPrintable(error.toString()));
    QCOMPARE(ar->language, u"ar"_s);
    QVERIFY(ar.get() != es.get());
}

void TestContentTranslation::cacheKeepsNoBrokenTranslation()
{
    QTemporaryDir user;
    const Article &a = TestSupport::builtinArticle();
    QFile wrong(user.filePath(u"ketamine-review_fr.ts"_s));
    QVERIFY(wrong.open(QIODevice::WriteOnly));
    wrong.write(ContentTranslation::refresh(a, {}, u"es"_s).toXml()); // says "es" inside
    wrong.close();
    TranslatedPackCache cache(user.path());
    SourceError error;
    QVERIFY(!cache.translated(a, u"fr"_s, &error));
    QVERIFY(error.message.contains(u"its language is “es”"_s));
    error = SourceError();
    QVERIFY(!cache.translated(a, u"fr"_s, &error));
    QVERIFY(error.message.contains(u"its language is “es”"_s));
}

// A glossary entry is translated as its term with the other forms, then its
// definition; an entry whose term or definition has no usable translation is
// left out of the translated glossary rather than printed in the source language.
void TestContentTranslation::glossaryTranslatesWithItsForms()
{
    QByteArray text = TestSupport::readAll(TestSupport::dataPath(u"packs/minimal.md"_s));
    text.chop(text.size() - text.lastIndexOf("::: end-of-pack"));
    text += "\n::: glossary {#topic-term}\nterm: Topic\nvariants: topics\ndefinition: What a text is about.\n"
            "added-by: Us\nreview: draft\n:::\n\n::: glossary {#text-term}\nterm: Text\ndefinition: Words.\n"
            "added-by: Us\nreview: draft\n:::\n\n::: end-of-pack\n";
    ContentPackReader reader;
    std::optional<Article> a = reader.read(text, u"minimal.md"_s);
    QVERIFY2(a, qPrintable(reader.error().toString()));
    a->rebuildIndex();
    QCOMPARE(a->glossary.size(), 2);
    TsCatalog catalog = ContentTranslation::refresh(*a, {}, u"es"_s);
    int glossaryMessages = 0;
    for (TsMessage &m : catalog.messages) {
        if (m.context != ContentTranslation::GlossaryContext)
            continue;
        ++glossaryMessages;
        if (m.comment == u"topic-term.term"_s) {
            QCOMPARE(m.source, u"Topic, topics"_s);
            m.translation = u"Tema, temas, asunto"_s;
        } else if (m.comment == u"topic-term.definition"_s) {
            m.translation = u"De qué trata un texto."_s;
        } else if (m.comment == u"text-term.term"_s) {
            m.translation = u"Texto"_s; // its definition stays untranslated
        }
    }
    QCOMPARE(glossaryMessages, 4);
    const TranslatedPack es = ContentTranslation::apply(*a, catalog, {});
    QCOMPARE(es.article.glossary.size(), 1);
    const GlossaryEntry &topic = es.article.glossary.first();
    QCOMPARE(topic.term, u"Tema"_s);
    QCOMPARE(topic.variants, (QStringList {u"temas"_s, u"asunto"_s}));
    QCOMPARE(topic.definition, u"De qué trata un texto."_s);
    QCOMPARE(es.textState(ContentTranslation::GlossaryContext, u"text-term.definition"_s), TranslationState::Missing);

    // The built-in Spanish has every entry, as drafts.
    TranslationLibrary library;
    library.scan({});
    SourceError error;
    const std::optional<TranslatedPack> builtin = library.translate(TestSupport::builtinArticle(), u"es"_s, &error);
    QVERIFY2(builtin, qPrintable(error.toString()));
    QCOMPARE(builtin->article.glossary.size(), TestSupport::builtinArticle().glossary.size());
    QCOMPARE(builtin->article.glossaryEntry(u"nmda-receptor"_s)->term, u"Receptor NMDA"_s);
    QCOMPARE(builtin->textState(ContentTranslation::GlossaryContext, u"nmda-receptor.definition"_s),
             TranslationState::Draft);
}

// Issue 19: the .info example in docs/translations.md, copied as written,
// made the file invalid (a comment after the method). It parses now, and a
// comment after a value is still refused rather than read as part of it.
void TestContentTranslation::docsInfoExampleIsValid()
{
    const QString docs = QString::fromUtf8(TestSupport::readAll(TestSupport::sourcePath(u"docs/translations.md"_s)));
    const QRegularExpressionMatch block
        = QRegularExpression(u"```\\n((?:[^`]*\\n)*?\\s*translator:[^`]*?)\\s*```"_s).match(docs);
    QVERIFY(block.hasMatch());
    QStringList lines;
    for (const QString &line : block.captured(1).split(u'\n'))
        lines << line.trimmed();
    SourceError error;
    const std::optional<TranslationInfo> info
        = TranslationInfo::parse(lines.join(u'\n').toUtf8(), u"docs-example.info"_s, &error);
    QVERIFY2(info, qPrintable(error.toString()));
    QCOMPARE(info->method, u"professional"_s);
    QCOMPARE(info->translator, u"Name or agency"_s);
    QVERIFY(!TranslationInfo::parse("method: professional      # professional, back-translated or draft\n",
                                    u"old.info"_s, &error));
    QCOMPARE(error.line, 1);
}

QTEST_MAIN(TestContentTranslation)
#include "tst_contenttranslation.moc"
