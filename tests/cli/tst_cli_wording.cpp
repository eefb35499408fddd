#include "clirunner.h"
#include "handoutassembler.h"
#include "handoutrequest.h"
#include "pdfreader.h"
#include "testsupport.h"
#include "translationlibrary.h"
#include "wordstoknow.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// The "Words to know" box and the plain-language wording, through the real
// handout-cli, read back from the PDF.
class TestCliWording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void boxListsTheTermsTheHandoutUses();
    void noGlossaryLeavesTheBoxOut();
    void noTermNoBox();
    void boxIsInTheHandoutsLanguage();
    void plainExportPrintsThePlainTextAndTheAdaptation();
    void plainCheckKeepsTheSafetyCounts();
    void plainInSpanishIsRefused();
    void badWordingIsAUsageError();

private:
    QString exportTo(const QString &name, const QStringList &extra, CliRun *run = nullptr);
    static const TranslatedPack &pack(const QString &language, Wording wording);
    QTemporaryDir m_dir;
};

const TranslatedPack &TestCliWording::pack(const QString &language, Wording wording)
{
    static std::map<QString, TranslatedPack> packs;
    const QString key = language + Wordings::name(wording);
    if (packs.find(key) == packs.end()) {
        TranslationLibrary library;
        library.scan({});
        SourceError error;
        std::optional<TranslatedPack> p = library.translate(TestSupport::builtinArticle(), language, wording, &error);
        if (!p)
            qFatal("%s", qPrintable(error.toString()));
        packs.emplace(key, std::move(*p));
    }
    return packs.at(key);
}

QString TestCliWording::exportTo(const QString &name, const QStringList &extra, CliRun *run)
{
    const QString path = m_dir.filePath(name);
    const CliRun result = CliRunner::run(QStringList {u"export"_s, u"--out"_s, path} + extra);
    if (run)
        *run = result;
    else if (result.exitCode != 0)
        qWarning("export failed: %s", result.err.constData());
    return path;
}

void TestCliWording::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCliWording::boxListsTheTermsTheHandoutUses()
{
    const Article &article = TestSupport::builtinArticle();
    const PdfReader pdf(exportTo(u"habenula.pdf"_s, {u"--sections"_s, u"habenula"_s, u"--no-summary"_s}));
    QVERIFY(pdf.ok);
    const QString text = pdf.bodyText();
    const qsizetype box = text.indexOf(u"Words to know"_s);
    QVERIFY2(box > 0, qPrintable(text));

    HandoutRequest request;
    request.sectionIds = {u"habenula"_s};
    request.includeSummary = false;
    const HandoutContent content = request.compose(article, request.resolve(article));
    const QList<const GlossaryEntry *> expected = WordsToKnow::of(article, content);
    QVERIFY(expected.size() >= 3);
    // Every listed term with its definition, in order of first occurrence.
    qsizetype at = box;
    for (const GlossaryEntry *entry : expected) {
        const qsizetype found = text.indexOf(entry->term + u": "_s + entry->definition, at);
        QVERIFY2(found > at, qPrintable(entry->id));
        at = found;
    }
    // And no other entry.
    for (const GlossaryEntry &entry : article.glossary) {
        if (!expected.contains(&entry))
            QVERIFY2(!text.contains(entry.definition), qPrintable(entry.id));
    }
    QVERIFY(text.contains(u"Habenula: A small part of the brain."_s));
    QVERIFY(!text.contains(article.glossaryEntry(u"seizure"_s)->definition));
}

void TestCliWording::noGlossaryLeavesTheBoxOut()
{
    const PdfReader pdf(
        exportTo(u"no-box.pdf"_s, {u"--sections"_s, u"habenula"_s, u"--no-summary"_s, u"--no-glossary"_s}));
    QVERIFY(pdf.ok);
    QVERIFY(!pdf.bodyText().contains(u"Words to know"_s));
    QVERIFY(!pdf.bodyText().contains(u"A small part of the brain."_s));
    QVERIFY(pdf.bodyText().contains(u"The habenula is a small region in the brain"_s));
}

void TestCliWording::noTermNoBox()
{
    // A section none of whose words is in the glossary, under a title that
    // has none either: no box at all.
    const Article &article = TestSupport::builtinArticle();
    QString quiet;
    for (const Section &s : article.sections) {
        HandoutContent content;
        content.title = u"For you"_s;
        content.includeSummary = false;
        content.sections << HandoutAssembler::sourceSection(article, s.id);
        if (!s.passages.isEmpty() && s.childIds.isEmpty() && WordsToKnow::of(article, content).isEmpty()) {
            quiet = s.id;
            break;
        }
    }
    QVERIFY2(!quiet.isEmpty(), "every section uses a glossary term");
    const PdfReader pdf(
        exportTo(u"quiet.pdf"_s, {u"--sections"_s, quiet, u"--no-summary"_s, u"--title"_s, u"For you"_s}));
    QVERIFY(pdf.ok);
    QVERIFY(pdf.bodyText().contains(article.section(quiet)->passages.first().text.left(30)));
    QVERIFY(!pdf.bodyText().contains(u"Words to know"_s));

    // The same section with a care-team note that names a term gets the box.
    const PdfReader noted(exportTo(u"noted.pdf"_s,
                                   {u"--sections"_s, quiet, u"--no-summary"_s, u"--title"_s, u"For you"_s, u"--notes"_s,
                                    u"We talked about seizures."_s}));
    QVERIFY(noted.ok);
    QVERIFY(noted.bodyText().contains(u"Words to know Seizure: "_s + article.glossaryEntry(u"seizure"_s)->definition));
}

void TestCliWording::boxIsInTheHandoutsLanguage()
{
    const TranslatedPack &es = pack(u"es"_s, Wording::Original);
    const PdfReader pdf(
        exportTo(u"habenula-es.pdf"_s, {u"--sections"_s, u"habenula"_s, u"--no-summary"_s, u"--lang"_s, u"es"_s}));
    QVERIFY(pdf.ok);
    const QString text = pdf.bodyText();
    QVERIFY2(text.contains(es.article.texts.value(u"words-to-know"_s)), qPrintable(text));
    QVERIFY(!text.contains(u"Words to know"_s));
    const GlossaryEntry *habenula = es.article.glossaryEntry(u"habenula-term"_s);
    QVERIFY(habenula);
    QCOMPARE(habenula->term, u"Habénula"_s);
    QVERIFY(text.contains(habenula->term + u": "_s + habenula->definition));
    // No English definition in a Spanish box.
    for (const GlossaryEntry &entry : TestSupport::builtinArticle().glossary)
        QVERIFY2(!text.contains(entry.definition), qPrintable(entry.id));
}

void TestCliWording::plainExportPrintsThePlainTextAndTheAdaptation()
{
    const TranslatedPack &plain = pack(u"en"_s, Wording::Plain);
    const Article &article = TestSupport::builtinArticle();
    const PdfReader pdf(
        exportTo(u"plain.pdf"_s, {u"--sections"_s, u"habenula,dissociative-states"_s, u"--wording"_s, u"plain"_s}));
    QVERIFY(pdf.ok);
    const QString text = pdf.bodyText();
    const QString all = pdf.allText();
    for (const QString &sectionId : {u"habenula"_s, u"dissociative-states"_s}) {
        const Section *original = article.section(sectionId);
        for (const Passage &p : original->passages) {
            const Passage *plainPassage = plain.article.passage(p.id);
            QVERIFY(plainPassage);
            QVERIFY2(plainPassage->text != p.text, qPrintable(p.id));
            QVERIFY2(text.contains(plainPassage->text), qPrintable(p.id));
            QVERIFY2(!text.contains(p.text), qPrintable(p.id));
        }
    }
    // The page says it is an adaptation, of what, and that no one has reviewed it yet.
    QVERIFY2(all.contains(u"Adapted in plain language from “A Detailed Review of Ketamine’s Newfound Popularity” by "
                          u"Jeff Simone, Reaction Recovery"_s),
             qPrintable(all));
    QVERIFY(!all.contains(u"Source: “A Detailed Review"_s));
    QVERIFY(all.contains(plain.article.texts.value(u"translation-draft"_s)));
    QVERIFY(all.contains(u"This plain-language version has not yet been reviewed."_s));
    QVERIFY(
        all.contains(u"Plain-language version: Handout Composer team (AI-assisted plain-language draft) (draft)"_s));
}

void TestCliWording::plainCheckKeepsTheSafetyCounts()
{
    const QStringList base {u"check"_s, u"--json"_s, u"--preset"_s, u"in-recovery"_s};
    const CliRun original = CliRunner::run(base);
    const CliRun plain = CliRunner::run(base + QStringList {u"--wording"_s, u"plain"_s});
    QCOMPARE(original.exitCode, 0);
    QCOMPARE(plain.exitCode, 0);
    const QJsonObject o = original.json().object();
    const QJsonObject p = plain.json().object();
    QCOMPARE(o.value(u"wording"_s).toString(), u"original"_s);
    QCOMPARE(p.value(u"wording"_s).toString(), u"plain"_s);
    for (const QString &key : {u"selected_sections"_s, u"risk_passages"_s, u"supervision_passages"_s,
                               u"sections_without_supervision"_s, u"summary_present"_s}) {
        QCOMPARE(p.value(key), o.value(key));
    }
    QVERIFY(!p.value(u"risk_passages"_s).toArray().isEmpty());
    // The plain wording is a draft: the review says so; the article's own is not.
    QVERIFY(!p.value(u"translation"_s).toObject().value(u"draft"_s).toArray().isEmpty());
    QVERIFY(o.value(u"translation"_s).toObject().value(u"draft"_s).toArray().isEmpty());
}

void TestCliWording::plainInSpanishIsRefused()
{
    CliRun run;
    const QString path = exportTo(
        u"plain-es.pdf"_s, {u"--sections"_s, u"habenula"_s, u"--lang"_s, u"es"_s, u"--wording"_s, u"plain"_s}, &run);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(u"no plain-language wording in 'es' (plain language is available in: en)"_s),
             run.err.constData());
    QVERIFY2(!run.errText().contains(u"simple"_s), "the refused value is not echoed back");
    QVERIFY(!QFileInfo::exists(path));
    const CliRun check = CliRunner::run(
        {u"check"_s, u"--sections"_s, u"habenula"_s, u"--lang"_s, u"es"_s, u"--wording"_s, u"plain"_s});
    QCOMPARE(check.exitCode, 2);
    QVERIFY(check.out.isEmpty());
}

void TestCliWording::badWordingIsAUsageError()
{
    CliRun run;
    const QString path = exportTo(u"bad.pdf"_s, {u"--sections"_s, u"habenula"_s, u"--wording"_s, u"simple"_s}, &run);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(u"--wording must be 'original' or 'plain'"_s), run.err.constData());
    QVERIFY2(!run.errText().contains(u"simple"_s), "the refused value is not echoed back");
    QVERIFY(!QFileInfo::exists(path));
    const CliRun check = CliRunner::run({u"check"_s, u"--sections"_s, u"habenula"_s, u"--wording"_s, u"Plain"_s});
    QCOMPARE(check.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliWording)
#include "tst_cli_wording.moc"
