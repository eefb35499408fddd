#include "contentpackreader.h"
#include "contenttranslation.h"
#include "testsupport.h"
#include "translationimport.h"
#include "xliffcatalog.h"
#include "xliffstate.h"

#include <QtTest>

using namespace Qt::StringLiterals;

// Content translations as XLIFF 1.2 (issue 19): the standard's states mapped
// both ways, our files and lconvert's read back, broken files refused with
// their line, and an agency's file laid over the translation in use.
class TestXliffCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statesMapBothWays_data();
    void statesMapBothWays();
    void writtenStatesReadBack();
    void builtinSpanishRoundTrips();
    void readsLconvertsShape();
    void refusesBrokenFiles_data();
    void refusesBrokenFiles();
    void importKeepsStaleTextsStale();
    void importKeepsTextsTheFileLeavesOut();

private:
    static Article smallPack();
};

Article TestXliffCatalog::smallPack()
{
    ContentPackReader reader;
    std::optional<Article> a
        = reader.read(TestSupport::readAll(TestSupport::dataPath(u"packs/minimal.md"_s)), u"minimal.md"_s);
    if (!a)
        qFatal("%s", qPrintable(reader.error().toString()));
    a->rebuildIndex();
    return *a;
}

void TestXliffCatalog::statesMapBothWays_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("approved");
    QTest::addColumn<bool>("hasText");
    QTest::addColumn<TranslationState>("expected");
    const auto row = [](const char *name, const QString &state, bool approved, bool hasText,
                        TranslationState expected) { QTest::newRow(name) << state << approved << hasText << expected; };
    row("final", u"final"_s, false, true, TranslationState::Reviewed);
    row("signed-off", u"signed-off"_s, false, true, TranslationState::Reviewed);
    row("translated", u"translated"_s, false, true, TranslationState::Draft);
    row("needs-review-translation", u"needs-review-translation"_s, false, true, TranslationState::Draft);
    row("needs-review-adaptation", u"needs-review-adaptation"_s, false, true, TranslationState::Draft);
    row("needs-review-l10n", u"needs-review-l10n"_s, false, true, TranslationState::Draft);
    row("new", u"new"_s, false, true, TranslationState::Missing);
    row("needs-translation", u"needs-translation"_s, false, true, TranslationState::Missing);
    row("final but empty", u"final"_s, true, false, TranslationState::Missing);
    // lconvert writes no state, only approved="yes".
    row("lconvert's approved", QString(), true, true, TranslationState::Reviewed);
    row("no state", QString(), false, true, TranslationState::Draft);
    row("a tool's own state", u"x-checked"_s, false, true, TranslationState::Draft);
    // A named state wins: a tool that reopens a unit may leave approved behind.
    row("reopened", u"translated"_s, true, true, TranslationState::Draft);
    row("reopened for review", u"needs-review-translation"_s, true, true, TranslationState::Draft);
}

void TestXliffCatalog::statesMapBothWays()
{
    QFETCH(QString, state);
    QFETCH(bool, approved);
    QFETCH(bool, hasText);
    QFETCH(TranslationState, expected);
    QCOMPARE(XliffState::read(state, approved, hasText), expected);
    // What we write for a state reads back as that state.
    if (expected != TranslationState::Missing)
        QCOMPARE(XliffState::read(XliffState::write(expected), false, true), expected);
}

void TestXliffCatalog::writtenStatesReadBack()
{
    TsCatalog catalog;
    catalog.language = u"es"_s;
    catalog.sourceLanguage = u"en"_s;
    const auto add = [&](const QString &id, const QString &translation, bool finished, const QString &oldSource) {
        TsMessage m;
        m.context = u"topic-one"_s;
        m.comment = id;
        m.source = u"Source of "_s + id + u" & <more>"_s;
        m.translation = translation;
        m.finished = finished;
        m.oldSource = oldSource;
        m.extraComment = u"Section: Topic One"_s;
        catalog.messages << m;
    };
    add(u"reviewed"_s, u"Revisado"_s, true, {});
    add(u"draft"_s, u"Borrador"_s, false, {});
    add(u"stale"_s, u"Viejo"_s, false, u"The old source"_s);
    add(u"missing"_s, {}, false, {});
    const QByteArray xml = XliffCatalog::toXml(catalog, u"minimal-pack_es.ts"_s);
    QVERIFY(xml.contains(R"(state="final")"));
    QVERIFY(xml.contains(R"(state="translated")"));
    QVERIFY(xml.contains(R"(state="needs-review-translation")"));
    QVERIFY(xml.contains(R"(state="needs-translation")"));

    SourceError error;
    const std::optional<TsCatalog> back = XliffCatalog::read(xml, u"x.xlf"_s, &error);
    QVERIFY2(back, qPrintable(error.toString()));
    QCOMPARE(back->language, u"es"_s);
    QCOMPARE(back->sourceLanguage, u"en"_s);
    QCOMPARE(back->messages.size(), catalog.messages.size());
    for (qsizetype i = 0; i < catalog.messages.size(); ++i) {
        const TsMessage &a = catalog.messages.at(i);
        const TsMessage &b = back->messages.at(i);
        QCOMPARE(b.key(), a.key());
        QCOMPARE(b.source, a.source);
        QCOMPARE(b.translation, a.translation);
        QCOMPARE(b.finished, a.finished);
        QCOMPARE(b.oldSource, a.oldSource);
        QCOMPARE(b.extraComment, a.extraComment);
        QCOMPARE(ContentTranslation::stateOf(&b, b.source), ContentTranslation::stateOf(&a, a.source));
    }
}

void TestXliffCatalog::builtinSpanishRoundTrips()
{
    SourceError error;
    const std::optional<TsCatalog> ts = TsCatalog::readFile(u":/content-translations/ketamine-review_es.ts"_s, &error);
    QVERIFY2(ts, qPrintable(error.toString()));
    const std::optional<TsCatalog> back
        = XliffCatalog::read(XliffCatalog::toXml(*ts, u"ketamine-review_es.ts"_s), u"es.xlf"_s, &error);
    QVERIFY2(back, qPrintable(error.toString()));
    QCOMPARE(back->messages.size(), ts->messages.size());
    for (qsizetype i = 0; i < ts->messages.size(); ++i) {
        QCOMPARE(back->messages.at(i).key(), ts->messages.at(i).key());
        QCOMPARE(back->messages.at(i).translation, ts->messages.at(i).translation);
        QCOMPARE(back->messages.at(i).finished, ts->messages.at(i).finished);
    }
}

// What lconvert 6 writes for a .ts file (tests/data/xliff/lconvert-shape.xlf
// holds the same for the built-in pack): ids as gettext contexts, done as
// approved="yes", a stale translation only in <alt-trans>, vanished ones
// not to be translated.
void TestXliffCatalog::readsLconvertsShape()
{
    const QByteArray xml = R"(<?xml version="1.0" encoding="utf-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:trolltech="urn:trolltech:names:ts:document:1.0">
  <file original="" datatype="plaintext" source-language="en" target-language="es"><body>
    <group restype="x-trolltech-linguist-context" resname="intro">
      <trans-unit id="_msg1">
        <source xml:space="preserve">Hello &amp; welcome</source>
        <alt-trans>
          <source xml:space="preserve">Hello</source>
          <target xml:space="preserve" state="needs-review-translation">Hola</target>
        </alt-trans>
        <context-group><context context-type="x-gettext-msgctxt">hello-id</context></context-group>
        <note annotates="source" from="developer">Section: Intro</note>
      </trans-unit>
      <trans-unit id="_msg2" approved="yes">
        <source xml:space="preserve">Done one</source>
        <target xml:space="preserve">Hecho</target>
        <context-group><context context-type="x-gettext-msgctxt">done-id</context></context-group>
      </trans-unit>
      <trans-unit id="_msg3">
        <source xml:space="preserve">Empty</source>
        <target xml:space="preserve"></target>
        <context-group><context context-type="x-gettext-msgctxt">empty-id</context></context-group>
      </trans-unit>
      <trans-unit id="_msg4" translate="no" approved="yes">
        <source xml:space="preserve">Gone</source>
        <target xml:space="preserve">Ido</target>
        <context-group><context context-type="x-gettext-msgctxt">gone-id</context></context-group>
      </trans-unit>
    </group>
  </body></file>
</xliff>
)";
    SourceError error;
    const std::optional<TsCatalog> c = XliffCatalog::read(xml, u"lconvert.xlf"_s, &error);
    QVERIFY2(c, qPrintable(error.toString()));
    QCOMPARE(c->messages.size(), 4);
    const TsMessage *stale = c->find(u"intro"_s, u"hello-id"_s);
    QVERIFY(stale);
    QCOMPARE(stale->source, u"Hello & welcome"_s);
    QCOMPARE(stale->translation, u"Hola"_s);
    QCOMPARE(stale->oldSource, u"Hello"_s);
    QCOMPARE(stale->extraComment, u"Section: Intro"_s);
    QCOMPARE(ContentTranslation::stateOf(stale, stale->source), TranslationState::Stale);
    const TsMessage *done = c->find(u"intro"_s, u"done-id"_s);
    QVERIFY(done);
    QCOMPARE(ContentTranslation::stateOf(done, done->source), TranslationState::Reviewed);
    const TsMessage *empty = c->find(u"intro"_s, u"empty-id"_s);
    QVERIFY(empty);
    QCOMPARE(ContentTranslation::stateOf(empty, empty->source), TranslationState::Missing);
    const TsMessage *gone = c->find(u"intro"_s, u"gone-id"_s);
    QVERIFY(gone && gone->obsolete);
}

void TestXliffCatalog::refusesBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    const QByteArray head = R"(<?xml version="1.0"?>
<xliff version="1.2"><file source-language="en" target-language="es"><body>
<group resname="intro">
)";
    QTest::newRow("cut short") << head + "<trans-unit id=\"a\" resname=\"a\">\n<source>A" << 5
                               << u"not well-formed XML"_s;
    QTest::newRow("mismatched tag") << head + "<trans-unit id=\"a\">\n<source>A</target>\n"
                                    << 5 << u"not well-formed XML"_s;
    QTest::newRow("no id") << head
            + "<trans-unit id=\"_msg1\">\n<source>A</source></trans-unit></group>"
              "</body></file></xliff>"
                           << 4 << u"does not say which text it translates"_s;
    QTest::newRow("twice") << head
            + "<trans-unit id=\"1\" resname=\"a\"><source>A</source></trans-unit>\n"
              "<trans-unit id=\"2\" resname=\"a\"><source>A</source></trans-unit></group></body></file></xliff>"
                           << 5 << u"appears twice"_s;
    QTest::newRow("markup") << head
            + "<trans-unit id=\"1\" resname=\"a\"><source>A <g id=\"1\">b</g></source>"
              "</trans-unit></group></body></file></xliff>"
                            << 4 << u"markup <g>"_s;
    QTest::newRow("entities") << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY e \"x\">]>\n<xliff/>")
                              << 2 << u"declares XML entities"_s;
    QTest::newRow("not xliff") << QByteArray("<TS version=\"2.1\"/>") << 1 << u"root element is <TS>"_s;
    QTest::newRow("xliff 2") << QByteArray("<xliff version=\"2.0\"/>") << 1 << u"XLIFF version 2.0"_s;
    QTest::newRow("no file") << QByteArray("<xliff version=\"1.2\"/>") << 0 << u"no <file> element"_s;
    QTest::newRow("two languages") << QByteArray(
        "<xliff version=\"1.2\">\n<file target-language=\"es\"/>\n<file target-language=\"fr\"/>"
        "</xliff>") << 3 << u"translates into “fr”"_s;
    QTest::newRow("empty") << QByteArray("  \n") << 0 << u"the file is empty"_s;
}

void TestXliffCatalog::refusesBrokenFiles()
{
    QFETCH(QByteArray, xml);
    QFETCH(int, line);
    QFETCH(QString, message);
    SourceError error;
    QVERIFY(!XliffCatalog::read(xml, u"agency.xlf"_s, &error));
    QCOMPARE(error.file, u"agency.xlf"_s);
    QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
    QCOMPARE(error.line, line);
}

// An agency that marks final a text whose source changed since the file was
// sent out reviewed the old wording: the text is stale, never reviewed.
void TestXliffCatalog::importKeepsStaleTextsStale()
{
    const Article pack = smallPack();
    const TsCatalog empty = ContentTranslation::refresh(pack, {}, u"es"_s);
    TsCatalog returned = empty;
    TsMessage &changed = returned.messages[1];
    const QString current = changed.source;
    changed.source = u"An older wording."_s;
    changed.translation = u"Una redacción anterior."_s;
    changed.finished = true;
    TsMessage &same = returned.messages[2];
    same.translation = u"Igual."_s;
    same.finished = true;
    SourceError error;
    const std::optional<TsCatalog> read
        = XliffCatalog::read(XliffCatalog::toXml(returned, u"minimal-pack_es.ts"_s), u"r.xlf"_s, &error);
    QVERIFY2(read, qPrintable(error.toString()));

    const TranslationImport imported = TranslationImport::of(pack, empty, *read, u"es"_s);
    QCOMPARE(imported.applied, int(returned.messages.size()));
    QCOMPARE(imported.unknown, 0);
    QCOMPARE(imported.coverage.stale, 1);
    QCOMPARE(imported.coverage.reviewed, 1);
    const TsMessage *stale = imported.catalog.find(changed.context, changed.comment);
    QVERIFY(stale);
    QCOMPARE(stale->source, current);
    QCOMPARE(stale->oldSource, u"An older wording."_s);
    QCOMPARE(ContentTranslation::stateOf(stale, current), TranslationState::Stale);
}

void TestXliffCatalog::importKeepsTextsTheFileLeavesOut()
{
    const Article pack = smallPack();
    TsCatalog inUse = ContentTranslation::refresh(pack, {}, u"es"_s);
    for (TsMessage &m : inUse.messages) {
        m.translation = u"ES "_s + m.source;
        m.finished = false;
    }
    TsCatalog returned;
    returned.language = u"es"_s;
    TsMessage first = inUse.messages.first();
    first.translation = u"Corregido"_s;
    first.finished = true;
    TsMessage stranger = first;
    stranger.context = u"no-such-section"_s;
    returned.messages << first << stranger;

    const TranslationImport imported = TranslationImport::of(pack, inUse, returned, u"es"_s);
    QCOMPARE(imported.applied, 1);
    QCOMPARE(imported.unknown, 1);
    QCOMPARE(imported.coverage.total, int(inUse.messages.size()));
    QCOMPARE(imported.coverage.reviewed, 1);
    QCOMPARE(imported.coverage.draft, int(inUse.messages.size()) - 1);
    QCOMPARE(imported.catalog.find(first.context, first.comment)->translation, u"Corregido"_s);
    const TsMessage *kept = imported.catalog.find(stranger.context, stranger.comment);
    QVERIFY(kept && kept->obsolete);
}

QTEST_MAIN(TestXliffCatalog)
#include "tst_xliffcatalog.moc"
