#include "contenttranslation.h"
#include "handoutrequest.h"
#include "safetyreview.h"
#include "safetysummary.h"
#include "testsupport.h"
#include "translationlibrary.h"
#include "translationstatus.h"

#include <QtTest>

using namespace Qt::StringLiterals;

// The built-in pack's plain-language wording: loaded like a translation into
// the same language, it changes the words and nothing of the safety structure.
class TestPlainWording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void coversEveryPassageAsADraft();
    void keepsEveryRiskAndSupervisionPassage();
    void keepsTheSafetySummaryAndReview();
    void changedArticlePassageMakesItsPlainWordingStale();
    void refreshKeepsThePlainTextBesideTheOldSource();
    void notesNameTheAdaptationAndItsReview();
    void otherLanguagesHaveNoPlainWording();

private:
    static std::optional<TsCatalog> plainCatalog();
    TranslationLibrary m_library;
    std::optional<TranslatedPack> m_plain;
};

std::optional<TsCatalog> TestPlainWording::plainCatalog()
{
    SourceError error;
    std::optional<TsCatalog> catalog
        = TsCatalog::readFile(TranslationLibrary::builtinPlainFolder() + u"/ketamine-review_en.ts"_s, &error);
    if (!catalog)
        qWarning("%s", qPrintable(error.toString()));
    return catalog;
}

void TestPlainWording::initTestCase()
{
    m_library.scan({});
    SourceError error;
    m_plain = m_library.translate(TestSupport::builtinArticle(), u"en"_s, Wording::Plain, &error);
    QVERIFY2(m_plain, qPrintable(error.toString()));
    QCOMPARE(m_plain->wording, Wording::Plain);
    QCOMPARE(m_plain->article.wording, Wording::Plain);
}

void TestPlainWording::coversEveryPassageAsADraft()
{
    const Article &a = TestSupport::builtinArticle();
    for (const Section &s : a.sections) {
        QCOMPARE(m_plain->textState(s.id, ContentTranslation::TitleId), TranslationState::Draft);
        for (const Passage &p : s.passages) {
            QCOMPARE(m_plain->passageState(s.id, p.id), TranslationState::Draft);
            QVERIFY2(m_plain->article.passage(p.id)->text != p.text, qPrintable(p.id));
        }
    }
    // Texts the plain wording does not restate are the pack's own, not gaps.
    QCOMPARE(m_plain->coverage.missing, 0);
    QCOMPARE(m_plain->coverage.stale, 0);
    QCOMPARE(m_plain->textState(ContentTranslation::GlossaryContext, u"habenula-term.definition"_s),
             TranslationState::Original);
    QCOMPARE(m_plain->article.glossary.size(), a.glossary.size());
    QCOMPARE(m_plain->info.method, u"draft"_s);
    QVERIFY(m_plain->info.reviewer.isEmpty());
}

void TestPlainWording::keepsEveryRiskAndSupervisionPassage()
{
    const Article &a = TestSupport::builtinArticle();
    const Article &plain = m_plain->article;
    QCOMPARE(plain.sections.size(), a.sections.size());
    for (qsizetype i = 0; i < a.sections.size(); ++i) {
        QCOMPARE(plain.sections[i].id, a.sections[i].id);
        QCOMPARE(plain.sections[i].passages.size(), a.sections[i].passages.size());
        for (qsizetype j = 0; j < a.sections[i].passages.size(); ++j) {
            QCOMPARE(plain.sections[i].passages[j].id, a.sections[i].passages[j].id);
            QCOMPARE(plain.sections[i].passages[j].tags, a.sections[i].passages[j].tags);
        }
    }
    // Each tagged passage is still a callout of the same kind in a handout.
    HandoutRequest request;
    for (const Section &s : a.sections)
        request.sectionIds << s.id;
    const HandoutContent original = request.compose(a, request.resolve(a));
    const HandoutContent plainContent = request.compose(plain, request.resolve(plain));
    QCOMPARE(plainContent.wording, Wording::Plain);
    int callouts = 0;
    for (qsizetype i = 0; i < original.sections.size(); ++i) {
        QCOMPARE(plainContent.sections[i].items.size(), original.sections[i].items.size());
        for (qsizetype j = 0; j < original.sections[i].items.size(); ++j) {
            const ContentItem &o = original.sections[i].items[j];
            const ContentItem &p = plainContent.sections[i].items[j];
            QCOMPARE(p.callout, o.callout);
            QCOMPARE(p.blocks.size(), o.blocks.size());
            for (qsizetype k = 0; k < o.blocks.size(); ++k)
                QCOMPARE(p.blocks[k].passageId, o.blocks[k].passageId);
            callouts += o.callout ? 1 : 0;
        }
    }
    QVERIFY(callouts > 20);
}

void TestPlainWording::keepsTheSafetySummaryAndReview()
{
    const Article &a = TestSupport::builtinArticle();
    const Article &plain = m_plain->article;
    for (const Preset &preset : a.presets) {
        const SafetySummary o = SafetySummary::build(a, preset.sectionIds);
        const SafetySummary p = SafetySummary::build(plain, preset.sectionIds);
        QCOMPARE(p.points.size(), o.points.size());
        for (qsizetype i = 0; i < o.points.size(); ++i) {
            QCOMPARE(p.points[i]->id, o.points[i]->id);
            QVERIFY(p.points[i]->text != o.points[i]->text); // in plain words
        }
        QCOMPARE(p.uncoveredPassages.size(), o.uncoveredPassages.size());

        HandoutRequest request;
        request.presetId = preset.id;
        const HandoutContent oc = request.compose(a, request.resolve(a));
        const HandoutContent pc = request.compose(plain, request.resolve(plain));
        const TranslationStatus status = TranslationStatus::of(*m_plain, pc);
        const SafetyReport or_ = SafetyReview::review(a, oc);
        const SafetyReport pr = SafetyReview::review(plain, pc, &status);
        QCOMPARE(pr.riskPassages, or_.riskPassages);
        QCOMPARE(pr.supervisionPassages, or_.supervisionPassages);
        QCOMPARE(pr.sectionsWithoutSupervision, or_.sectionsWithoutSupervision);
        QCOMPARE(pr.summaryPresent, or_.summaryPresent);
        QCOMPARE(pr.wording, u"plain"_s);
        QVERIFY(!pr.draftTranslations.isEmpty()); // and the review says it is unreviewed
    }
}

void TestPlainWording::changedArticlePassageMakesItsPlainWordingStale()
{
    Article changed = TestSupport::builtinArticle();
    Passage *passage = nullptr;
    for (Section &s : changed.sections) {
        for (Passage &p : s.passages) {
            if (p.id == "dissociative-states-supervision"_L1)
                passage = &p;
        }
    }
    QVERIFY(passage);
    passage->text += u" A new sentence about a new risk."_s;
    changed.rebuildIndex();
    const std::optional<TsCatalog> catalog = plainCatalog();
    QVERIFY(catalog);
    const TranslatedPack plain = ContentTranslation::apply(changed, *catalog, {}, Wording::Plain);
    QCOMPARE(plain.passageState(u"dissociative-states"_s, passage->id), TranslationState::Stale);
    // The stale plain text is never printed: the article's new text is.
    QCOMPARE(plain.article.passage(passage->id)->text, passage->text);
    QCOMPARE(plain.coverage.stale, 1);
    // And the handout says some passages are in the article's wording.
    HandoutRequest request;
    request.sectionIds = {u"dissociative-states"_s};
    const HandoutContent content = request.compose(plain.article, request.resolve(plain.article));
    const TranslationStatus status = TranslationStatus::of(plain, content);
    QVERIFY(status.fallback.contains(u"dissociative-states/dissociative-states-supervision"_s));
    QVERIFY(status.noteLines(plain.article).contains(plain.article.texts.value(u"translation-fallback"_s)));
    // Another passage keeps its plain text.
    QCOMPARE(plain.passageState(u"habenula"_s, u"habenula-role"_s), TranslationState::Draft);
}

void TestPlainWording::refreshKeepsThePlainTextBesideTheOldSource()
{
    Article changed = TestSupport::builtinArticle();
    const QString oldText = changed.passage(u"habenula-role"_s)->text;
    for (Section &s : changed.sections) {
        for (Passage &p : s.passages) {
            if (p.id == "habenula-role"_L1)
                p.text = u"The habenula is a small brain region."_s;
        }
    }
    changed.rebuildIndex();
    const std::optional<TsCatalog> catalog = plainCatalog();
    QVERIFY(catalog);
    const TsCatalog refreshed = ContentTranslation::refresh(changed, *catalog, u"en"_s);
    const TsMessage *m = refreshed.find(u"habenula"_s, u"habenula-role"_s);
    QVERIFY(m);
    QCOMPARE(m->oldSource, oldText);
    QCOMPARE(m->translation, catalog->find(u"habenula"_s, u"habenula-role"_s)->translation);
    QVERIFY(!m->finished);
    QCOMPARE(ContentTranslation::stateOf(m, changed.passage(u"habenula-role"_s)->text), TranslationState::Stale);
}

void TestPlainWording::notesNameTheAdaptationAndItsReview()
{
    HandoutRequest request;
    request.sectionIds = {u"habenula"_s};
    const HandoutContent content = request.compose(m_plain->article, request.resolve(m_plain->article));
    const TranslationStatus status = TranslationStatus::of(*m_plain, content);
    QVERIFY(!status.original);
    QCOMPARE(status.wording, Wording::Plain);
    const QStringList lines = status.noteLines(m_plain->article);
    QCOMPARE(
        lines,
        (QStringList {
            u"Plain-language version: \u2068Handout Composer team (AI-assisted plain-language draft)\u2069 (draft)"_s,
            u"This plain-language version has not yet been reviewed."_s}));
    // The article's own wording prints no such notes.
    const TranslatedPack original = ContentTranslation::original(TestSupport::builtinArticle());
    QVERIFY(TranslationStatus::of(original, content).noteLines(original.article).isEmpty());
}

void TestPlainWording::otherLanguagesHaveNoPlainWording()
{
    QCOMPARE(m_library.plainLanguages(TestSupport::builtinArticle()), QStringList {u"en"_s});
    SourceError error;
    QVERIFY(!m_library.translate(TestSupport::builtinArticle(), u"es"_s, Wording::Plain, &error));
    QVERIFY2(error.message.contains(u"no plain-language wording in “es” (plain language is available in: en)"_s),
             qPrintable(error.toString()));
    // The plain wording is not offered as a language of its own.
    QVERIFY(!m_library.languages(TestSupport::builtinArticle()).contains(u"en-plain"_s));
    QCOMPARE(m_library.languages(TestSupport::builtinArticle()).count(u"en"_s), 1);
}

QTEST_GUILESS_MAIN(TestPlainWording)
#include "tst_plainwording.moc"
