#include "clirunner.h"
#include "pdfreader.h"
#include "testsupport.h"
#include "tscatalog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;

// Translations through handout-cli: the coverage report against the files
// themselves, handouts in Spanish and Arabic, fallback that is never silent,
// and the Linguist and XLIFF round trip administrators use.
class TestCliTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coverageMatchesTheFiles();
    void spanishHandoutSaysItIsADraft();
    void spanishHandoutHasASpanishTitle();
    void arabicHandoutIsArabic();
    void englishFallbackKeepsItsDirection();
    void fallbackIsReportedNeverSilent();
    void unknownLanguageExitsTwo();
    void refreshKeepsTranslationsAndMarksChanges();
    void refreshNeverWritesAFileTheProgramRefuses();
    void refreshWithoutPackCoversTheUserPacks();
    void xliffRoundTripKeepsEveryTranslation();
    void listAgreesWithTheCounts();
    void listShowsTheUserFileAndItsStaleText();
    void listUsageErrors();
    void posixLanguageCodesAreAccepted();

private:
    struct Counts
    {
        int total = 0, reviewed = 0, draft = 0, missing = 0, stale = 0;
    };
    // Counts straight from a .ts file, independently of the program's reader.
    static Counts countFile(const QString &path);
    QTemporaryDir m_dir;
};

TestCliTranslations::Counts TestCliTranslations::countFile(const QString &path)
{
    Counts c;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return c;
    QXmlStreamReader xml(&file);
    bool hasOld = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == "message"_L1)
            hasOld = false;
        if (xml.isStartElement() && xml.name() == "oldsource"_L1)
            hasOld = true;
        if (xml.isStartElement() && xml.name() == "translation"_L1) {
            const QString type = xml.attributes().value("type"_L1).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == "vanished"_L1 || type == "obsolete"_L1)
                continue;
            ++c.total;
            if (text.trimmed().isEmpty())
                ++c.missing;
            else if (type.isEmpty())
                ++c.reviewed;
            else if (hasOld)
                ++c.stale;
            else
                ++c.draft;
        }
    }
    return c;
}

void TestCliTranslations::coverageMatchesTheFiles()
{
    const CliRun run = CliRunner::run({u"translations"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = run.json().object();
    const QJsonObject content = root.value(u"content"_s).toObject().value(u"ketamine-review"_s).toObject();
    QCOMPARE(content.keys(), (QStringList {u"ar"_s, u"en"_s, u"es"_s}));
    for (const QString &lang : {u"es"_s, u"ar"_s}) {
        const Counts c = countFile(TestSupport::sourcePath(u"translations/content/ketamine-review_%1.ts"_s.arg(lang)));
        const QJsonObject o = content.value(lang).toObject();
        QCOMPARE(o.value(u"total"_s).toInt(), c.total);
        QCOMPARE(o.value(u"reviewed"_s).toInt(), c.reviewed);
        QCOMPARE(o.value(u"draft"_s).toInt(), c.draft);
        QCOMPARE(o.value(u"stale"_s).toInt(), c.stale);
        QCOMPARE(o.value(u"missing"_s).toInt(), c.missing);
        QCOMPARE(o.value(u"method"_s).toString(), u"draft"_s);
    }
    QCOMPARE(content.value(u"en"_s).toObject().value(u"original"_s).toBool(), true);
    const QJsonObject ui = root.value(u"interface"_s).toObject();
    QCOMPARE(ui.keys(), (QStringList {u"ar"_s, u"de"_s, u"es"_s, u"fr"_s}));
    for (const QString &lang : ui.keys()) {
        const Counts c = countFile(TestSupport::sourcePath(u"translations/handout_%1.ts"_s.arg(lang)));
        QCOMPARE(ui.value(lang).toObject().value(u"total"_s).toInt(), c.total);
        QCOMPARE(ui.value(lang).toObject().value(u"missing"_s).toInt(), c.missing);
    }
    // The table says the same.
    const CliRun table = CliRunner::run({u"translations"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.outText().contains(u"Content pack ketamine-review"_s));
    QVERIFY(table.outText().contains(u"Handout Composer team, AI-assisted, draft, not reviewed"_s));
}

void TestCliTranslations::spanishHandoutSaysItIsADraft()
{
    const QString path = m_dir.filePath(u"es.pdf"_s);
    const CliRun run
        = CliRunner::run({u"export"_s, u"--preset"_s, u"in-recovery"_s, u"--lang"_s, u"es"_s, u"--out"_s, path});
    QCOMPARE(run.exitCode, 0);
    const PdfReader pdf(path);
    QVERIFY(pdf.ok);
    const QString text = pdf.allText();
    QVERIFY(text.contains(u"Seguridad y supervisión"_s));
    QVERIFY(text.contains(u"La ketamina"_s));
    QVERIFY(!text.contains(u"Safety and supervision"_s));
    for (const QString &page : pdf.pages)
        QVERIFY(page.simplified().contains(u"Esta traducción aún no ha sido revisada."_s));
    QVERIFY(text.contains(u"Página 1 de %1"_s.arg(pdf.pageCount())));
}

// A handout of chosen sections takes the article's title: in Spanish, the
// Spanish title, while the citation keeps the title as published; the
// translation notice says who and how in Spanish words, each once.
void TestCliTranslations::spanishHandoutHasASpanishTitle()
{
    const QString path = m_dir.filePath(u"es-title.pdf"_s);
    const CliRun run
        = CliRunner::run({u"export"_s, u"--sections"_s, u"introduction"_s, u"--lang"_s, u"es"_s, u"--out"_s, path});
    QCOMPARE(run.exitCode, 0);
    const PdfReader pdf(path);
    QVERIFY(pdf.ok);
    const QString text = pdf.allText();
    const QString spanishTitle = u"Una revisión detallada de la nueva popularidad de la ketamina"_s;
    QVERIFY2(pdf.pages.value(0).simplified().contains(spanishTitle), qPrintable(pdf.pages.value(0)));
    QVERIFY(text.contains(u"Fuente: “A Detailed Review of Ketamine’s Newfound Popularity”, de Jeff Simone"_s));
    QVERIFY2(text.contains(u"Traducción: Handout Composer team, AI-assisted (borrador)"_s), qPrintable(text));
    QVERIFY(!text.contains(u"(draft)"_s));
}

void TestCliTranslations::arabicHandoutIsArabic()
{
    const QString path = m_dir.filePath(u"ar.pdf"_s);
    const CliRun run
        = CliRunner::run({u"export"_s, u"--preset"_s, u"in-recovery"_s, u"--lang"_s, u"ar"_s, u"--out"_s, path});
    QCOMPARE(run.exitCode, 0);
    const PdfReader pdf(path);
    QVERIFY(pdf.ok);
    // Qt writes Arabic as presentation forms; NFKC folds them back.
    const QString text = pdf.allText().normalized(QString::NormalizationForm_KC);
    for (const QString &word : {u"الكيتامين"_s, u"السلامة"_s, u"الإشراف"_s, u"الإدمان"_s})
        QVERIFY2(text.contains(word), qPrintable(word));
    QVERIFY(PdfReader::pdfFonts(path).contains(u"NotoSansArabic"_s));
}

// Issue 13: an English passage left untranslated in an Arabic handout was
// laid out right to left, its full stop printed at the left (".Ketamine's
// primary function ..."). It keeps its own direction now.
void TestCliTranslations::englishFallbackKeepsItsDirection()
{
    const QString path = m_dir.filePath(u"ar-fallback.pdf"_s);
    const CliRun run
        = CliRunner::run({u"export"_s, u"--preset"_s, u"how-it-works"_s, u"--lang"_s, u"ar"_s, u"--out"_s, path});
    QCOMPARE(run.exitCode, 0);
    const PdfReader pdf(path);
    QVERIFY(pdf.ok);
    QVERIFY(pdf.allText().contains(u"Ketamine’s primary function in the brain is as an NMDA receptor antagonist."_s));
    int latinLines = 0;
    for (const QString &page : pdf.pages) {
        for (const QString &line : page.split(u'\n')) {
            const QString trimmed = line.trimmed();
            if (!trimmed.contains(QRegularExpression(u"[A-Za-z]{3}"_s)))
                continue;
            ++latinLines;
            QVERIFY2(!trimmed.startsWith(u'.') && !trimmed.startsWith(u','), qPrintable(trimmed));
        }
    }
    QVERIFY(latinLines > 20);
}

void TestCliTranslations::fallbackIsReportedNeverSilent()
{
    // Medical use is not translated into Arabic yet.
    CliRun run
        = CliRunner::run({u"check"_s, u"--sections"_s, u"medical-use,conclusion"_s, u"--lang"_s, u"ar"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = run.json().object();
    QCOMPARE(report.value(u"language"_s).toString(), u"ar"_s);
    const QJsonArray fallback = report.value(u"translation"_s).toObject().value(u"fallback"_s).toArray();
    QVERIFY(fallback.contains(u"medical-use/medical-use-anesthetic"_s));
    QStringList kinds;
    for (const QJsonValue &f : report.value(u"findings"_s).toArray())
        kinds << f.toObject().value(u"kind"_s).toString();
    QVERIFY(kinds.contains(u"translation-fallback"_s));
    QVERIFY(kinds.contains(u"translation-draft"_s));

    const QString path = m_dir.filePath(u"ar-mixed.pdf"_s);
    run = CliRunner::run(
        {u"export"_s, u"--sections"_s, u"medical-use,conclusion"_s, u"--lang"_s, u"ar"_s, u"--out"_s, path});
    QCOMPARE(run.exitCode, 0);
    const PdfReader pdf(path);
    const QString note = u"بعض الفقرات باللغة الإنجليزية"_s;
    QVERIFY(pdf.allText().normalized(QString::NormalizationForm_KC).contains(note));
    // The untranslated passage is there in English, flagged, not dropped.
    QVERIFY(pdf.allText().contains(u"mainly as an anesthetic"_s));
}

void TestCliTranslations::unknownLanguageExitsTwo()
{
    CliRun run = CliRunner::run({u"check"_s, u"--preset"_s, u"in-recovery"_s, u"--lang"_s, u"klingon"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(u"unknown language 'klingon'"_s), run.err.constData());
    QVERIFY(run.errText().contains(u"available: en, ar, es"_s));
    const QString path = m_dir.filePath(u"never.pdf"_s);
    run = CliRunner::run({u"export"_s, u"--preset"_s, u"in-recovery"_s, u"--lang"_s, u"fr"_s, u"--out"_s, path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.errText().contains(u"unknown language 'fr'"_s));
    QVERIFY(!QFile::exists(path));
}

void TestCliTranslations::refreshKeepsTranslationsAndMarksChanges()
{
    QTemporaryDir work;
    QByteArray pack = TestSupport::readAll(TestSupport::dataPath(u"packs/minimal.md"_s));
    QFile packFile(work.filePath(u"pack.md"_s));
    QVERIFY(packFile.open(QIODevice::WriteOnly));
    packFile.write(pack);
    packFile.close();
    CliRun run = CliRunner::run({u"translations"_s, u"--content"_s, packFile.fileName(), u"--refresh"_s, work.path(),
                                 u"--add-language"_s, u"de"_s});
    QCOMPARE(run.exitCode, 0);
    const QString ts = work.filePath(u"minimal-pack_de.ts"_s);
    QVERIFY(QFile::exists(ts));
    QVERIFY(QFile::exists(work.filePath(u"minimal-pack_de.info"_s)));
    // A translator translates one passage and marks it done in Linguist.
    QFile tsFile(ts);
    QVERIFY(tsFile.open(QIODevice::ReadOnly));
    QByteArray xml = tsFile.readAll();
    tsFile.close();
    const QByteArray before = "<source>Plain text.</source>\n            <comment>two-a</comment>";
    QVERIFY(xml.contains(before));
    const qsizetype at = xml.indexOf("<translation type=\"unfinished\"></translation>", xml.indexOf(before));
    xml.replace(at, 45, "<translation>Einfacher Text.</translation>");
    QVERIFY(tsFile.open(QIODevice::WriteOnly));
    tsFile.write(xml);
    tsFile.close();
    // The source passage changes; the refresh keeps the translation and flags it.
    QVERIFY(packFile.open(QIODevice::WriteOnly));
    packFile.write(pack.replace("Plain text.", "Plain text, reworded."));
    packFile.close();
    run = CliRunner::run({u"translations"_s, u"--content"_s, packFile.fileName(), u"--refresh"_s, work.path()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(tsFile.open(QIODevice::ReadOnly));
    const QString refreshed = QString::fromUtf8(tsFile.readAll());
    QVERIFY(refreshed.contains(u"<source>Plain text, reworded.</source>"_s));
    QVERIFY(refreshed.contains(u"<oldsource>Plain text.</oldsource>"_s));
    QVERIFY(refreshed.contains(u"<translation type=\"unfinished\">Einfacher Text.</translation>"_s));
    const Counts c = countFile(ts);
    QCOMPARE(c.stale, 1);
    QCOMPARE(c.reviewed, 0);
    // Usage errors.
    run = CliRunner::run({u"translations"_s, u"--add-language"_s, u"de"_s});
    QCOMPARE(run.exitCode, 2);
    run = CliRunner::run({u"translations"_s, u"--refresh"_s, work.filePath(u"pack.md"_s)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.errText().contains(u"is not a folder"_s));
}

// Issue 19: without --pack, --refresh ignored the user's packs. It now works
// on every installed pack with a file in the folder, and says which.
void TestCliTranslations::refreshWithoutPackCoversTheUserPacks()
{
    QTemporaryDir user;
    const QString content = user.filePath(u"HandoutComposer/handout-composer/content"_s);
    QVERIFY(QDir().mkpath(content));
    QVERIFY(QFile::copy(TestSupport::dataPath(u"packs/minimal.md"_s), content + u"/minimal.md"_s));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, user.path());

    // A folder holding a user pack's translation only: that pack is refreshed.
    QTemporaryDir work;
    CliRun run = CliRunner::run(
        {u"translations"_s, u"--pack"_s, u"minimal-pack"_s, u"--refresh"_s, work.path(), u"--add-language"_s, u"de"_s},
        env);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile ts(work.filePath(u"minimal-pack_de.ts"_s));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QVERIFY(ts.readAll().contains("<source>Plain text.</source>"));
    ts.close();
    // The user folder's pack changes; a refresh without --pack follows it.
    QFile pack(content + u"/minimal.md"_s);
    QVERIFY(pack.open(QIODevice::ReadWrite));
    const QByteArray reworded = pack.readAll().replace("Plain text.", "Plain text, reworded.");
    QVERIFY(pack.resize(0));
    pack.write(reworded);
    pack.close();
    run = CliRunner::run({u"translations"_s, u"--refresh"_s, work.path()}, env);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.outText(), u"refreshed minimal-pack (version 1.0): de\n"_s);
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QVERIFY(ts.readAll().contains("<source>Plain text, reworded.</source>"));
    QVERIFY(!QFile::exists(work.filePath(u"ketamine-review_de.ts"_s)));

    // A new language in an empty folder: every installed pack, each named.
    QTemporaryDir fresh;
    run = CliRunner::run({u"translations"_s, u"--refresh"_s, fresh.path(), u"--add-language"_s, u"pt"_s}, env);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.outText().contains(u"refreshed ketamine-review (version 1.0.0): pt\n"_s));
    QVERIFY(run.outText().contains(u"refreshed minimal-pack (version 1.0): pt\n"_s));
    QVERIFY(QFile::exists(fresh.filePath(u"ketamine-review_pt.ts"_s)));
    QVERIFY(QFile::exists(fresh.filePath(u"minimal-pack_pt.info"_s)));

    // An empty folder and nothing to add: said, not silently done.
    QTemporaryDir empty;
    run = CliRunner::run({u"translations"_s, u"--refresh"_s, empty.path()}, env);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(u"holds no .ts file of an installed pack (ketamine-review, minimal-pack)"_s),
             run.err.constData());
}

// Issue 17: a 64 KB .ts became an 80 MB file on --refresh, over the 16 MiB
// the program reads. Entities are refused on reading, and a refresh that
// would still outgrow the limit writes nothing.
void TestCliTranslations::refreshNeverWritesAFileTheProgramRefuses()
{
    QTemporaryDir work;
    QFile packFile(work.filePath(u"pack.md"_s));
    QVERIFY(packFile.open(QIODevice::WriteOnly));
    packFile.write(TestSupport::readAll(TestSupport::dataPath(u"packs/minimal.md"_s)));
    packFile.close();

    QByteArray bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE TS [<!ENTITY e \"" + QByteArray(4000, 'x')
        + "\">]>\n<TS language=\"de\"><context><name>topic-two</name><message><source>Plain text.</source>"
          "<comment>two-a</comment><translation>";
    bomb += QByteArray("&e;").repeated(20000) + "</translation></message></context></TS>\n";
    QFile ts(work.filePath(u"minimal-pack_de.ts"_s));
    QVERIFY(ts.open(QIODevice::WriteOnly));
    ts.write(bomb);
    ts.close();
    CliRun run = CliRunner::run({u"translations"_s, u"--content"_s, packFile.fileName(), u"--refresh"_s, work.path()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(u"declares XML entities"_s), run.err.constData());
    QCOMPARE(QFileInfo(ts.fileName()).size(), bomb.size());

    // No entities, but 15 MB of '>' that Qt writes back as "&gt;": the
    // refreshed file would be four times as large.
    QByteArray wide = "<TS language=\"de\"><context><name>gone</name>\n";
    const QByteArray text(TsCatalog::MaxTextLength, '>');
    for (int i = 0; wide.size() < 15 * 1024 * 1024; ++i) {
        wide += "<message><source>s</source><comment>old-" + QByteArray::number(i)
            + "</comment><translation type=\"vanished\">" + text + "</translation></message>\n";
    }
    wide += "</context></TS>\n";
    QVERIFY(ts.open(QIODevice::WriteOnly));
    ts.write(wide);
    ts.close();
    run = CliRunner::run({u"translations"_s, u"--content"_s, packFile.fileName(), u"--refresh"_s, work.path()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(u"would be larger than 16 MiB"_s), run.err.constData());
    QCOMPARE(QFileInfo(ts.fileName()).size(), wide.size());
}

void TestCliTranslations::xliffRoundTripKeepsEveryTranslation()
{
    const QString lconvert = QStringLiteral(LCONVERT);
    const QString source = TestSupport::sourcePath(u"translations/content/ketamine-review_es.ts"_s);
    const QString xliff = m_dir.filePath(u"agency.xlf"_s);
    const QString back = m_dir.filePath(u"ketamine-review_es.ts"_s);
    QCOMPARE(QProcess::execute(lconvert, {u"-i"_s, source, u"-o"_s, xliff}), 0);
    QCOMPARE(QProcess::execute(lconvert, {u"-i"_s, xliff, u"-o"_s, back}), 0);
    const Counts a = countFile(source);
    const Counts b = countFile(back);
    QCOMPARE(b.total, a.total);
    QCOMPARE(b.draft, a.draft);
    QCOMPARE(b.reviewed, a.reviewed);
    QCOMPARE(b.missing, a.missing);
    // The program reads the returned file and finds every translation by id.
    QTemporaryDir user;
    QFile::copy(back, user.filePath(u"ketamine-review_es.ts"_s));
    const CliRun run = CliRunner::run({u"translations"_s, u"--json"_s}, [&] {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QDir(user.path()).mkpath(u"HandoutComposer/handout-composer/content"_s);
        QFile::copy(back,
                    user.filePath(u"HandoutComposer/handout-composer/content/"
                                  "ketamine-review_es.ts"_s));
        env.insert(u"XDG_DATA_HOME"_s, user.path());
        return env;
    }());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject es = run.json()
                               .object()
                               .value(u"content"_s)
                               .toObject()
                               .value(u"ketamine-review"_s)
                               .toObject()
                               .value(u"es"_s)
                               .toObject();
    QCOMPARE(es.value(u"draft"_s).toInt(), a.draft);
    QCOMPARE(es.value(u"missing"_s).toInt(), 0);
}

// Issue 19: the administrator's per-text list, against the counts.
void TestCliTranslations::listAgreesWithTheCounts()
{
    const CliRun counted = CliRunner::run({u"translations"_s, u"--json"_s});
    QCOMPARE(counted.exitCode, 0);
    const QJsonObject counts
        = counted.json().object().value(u"content"_s).toObject().value(u"ketamine-review"_s).toObject();
    const CliRun listed = CliRunner::run({u"translations"_s, u"--list"_s, u"--json"_s});
    QCOMPARE(listed.exitCode, 0);
    const QStringList kinds {u"title"_s,      u"section title"_s, u"passage"_s, u"safety point"_s,
                             u"fixed text"_s, u"glossary"_s,      u"preset"_s,  u"teach-back"_s};
    QStringList languages;
    for (const QJsonValue &value : listed.json().object().value(u"translations"_s).toArray()) {
        const QJsonObject list = value.toObject();
        QCOMPARE(list.value(u"pack"_s).toString(), u"ketamine-review"_s);
        QVERIFY(list.value(u"built_in"_s).toBool());
        QVERIFY(list.value(u"file"_s).toString().startsWith(u":/"_s));
        if (list.value(u"wording"_s).toString() != u"original"_s)
            continue;
        const QString language = list.value(u"language"_s).toString();
        languages << language;
        QMap<QString, int> states;
        for (const QJsonValue &text : list.value(u"texts"_s).toArray()) {
            const QJsonObject t = text.toObject();
            QVERIFY(!t.value(u"id"_s).toString().isEmpty());
            QVERIFY2(kinds.contains(t.value(u"kind"_s).toString()), qPrintable(t.value(u"kind"_s).toString()));
            ++states[t.value(u"state"_s).toString()];
        }
        const QJsonObject expected = counts.value(language).toObject();
        for (const QString &state : {u"reviewed"_s, u"draft"_s, u"stale"_s, u"missing"_s})
            QCOMPARE(states.value(state), expected.value(state).toInt());
        QCOMPARE(list.value(u"texts"_s).toArray().size(), expected.value(u"total"_s).toInt());
    }
    QCOMPARE(languages, (QStringList {u"ar"_s, u"es"_s}));
}

void TestCliTranslations::listShowsTheUserFileAndItsStaleText()
{
    // A copy of the Spanish file whose translation was made from an older
    // wording of one passage, in the user's content folder.
    SourceError error;
    std::optional<TsCatalog> catalog
        = TsCatalog::readFile(TestSupport::sourcePath(u"translations/content/ketamine-review_es.ts"_s), &error);
    QVERIFY(catalog);
    const QString passage = u"introduction-therapeutic-attention"_s;
    bool changed = false;
    for (TsMessage &m : catalog->messages) {
        if (m.comment == passage) {
            m.source = u"An older wording of this passage."_s;
            m.finished = true;
            changed = true;
        }
    }
    QVERIFY(changed);
    QTemporaryDir user;
    const QString folder = user.filePath(u"HandoutComposer/handout-composer/content"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + u"/ketamine-review_es.ts"_s;
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(catalog->toXml());
    file.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, user.path());

    const CliRun run = CliRunner::run({u"translations"_s, u"--list"_s, u"--lang"_s, u"es"_s, u"--json"_s}, env);
    QCOMPARE(run.exitCode, 0);
    const QJsonArray lists = run.json().object().value(u"translations"_s).toArray();
    QCOMPARE(lists.size(), 1);
    const QJsonObject list = lists.first().toObject();
    QCOMPARE(list.value(u"file"_s).toString(), path);
    QCOMPARE(list.value(u"built_in"_s).toBool(), false);
    QCOMPARE(list.value(u"folder"_s).toString(), QFileInfo(path).absolutePath());
    int stale = 0;
    for (const QJsonValue &text : list.value(u"texts"_s).toArray()) {
        const QJsonObject t = text.toObject();
        if (t.value(u"state"_s).toString() != u"stale"_s)
            continue;
        ++stale;
        QCOMPARE(t.value(u"id"_s).toString(), passage);
        QCOMPARE(t.value(u"old_source"_s).toString(), u"An older wording of this passage."_s);
        QCOMPARE(t.value(u"source"_s).toString(), TestSupport::builtinArticle().passage(passage)->text);
    }
    QCOMPARE(stale, 1);

    const CliRun text = CliRunner::run({u"translations"_s, u"--list"_s, u"--lang"_s, u"es"_s}, env);
    QCOMPARE(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(path + u" (user folder)"_s), text.out.constData());
    QVERIFY(out.contains(u"was: An older wording of this passage."_s));
}

void TestCliTranslations::listUsageErrors()
{
    const CliRun unknown = CliRunner::run({u"translations"_s, u"--list"_s, u"--lang"_s, u"pt"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.errText().contains(u"no translation into"_s), unknown.err.constData());
    QCOMPARE(CliRunner::run({u"translations"_s, u"--lang"_s, u"es"_s}).exitCode, 2);
    QCOMPARE(CliRunner::run({u"translations"_s, u"--list"_s, u"--refresh"_s, m_dir.path()}).exitCode, 2);
}

// Issue 19: pt-BR was accepted and pt_BR refused. Both now mean pt-BR, for
// a new language and when choosing one; a code of another shape is refused.
void TestCliTranslations::posixLanguageCodesAreAccepted()
{
    QTemporaryDir work;
    const QString pack = TestSupport::dataPath(u"packs/minimal.md"_s);
    CliRun run = CliRunner::run(
        {u"translations"_s, u"--content"_s, pack, u"--refresh"_s, work.path(), u"--add-language"_s, u"pt_BR"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(QFile::exists(work.filePath(u"minimal-pack_pt-BR.ts"_s)));
    QVERIFY(!QFile::exists(work.filePath(u"minimal-pack_pt_BR.ts"_s)));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QTemporaryDir user;
    const QString folder = user.filePath(u"HandoutComposer/handout-composer/content"_s);
    QVERIFY(QDir().mkpath(folder));
    for (const QString &name : {u"minimal-pack_pt-BR.ts"_s, u"minimal-pack_pt-BR.info"_s})
        QVERIFY(QFile::copy(work.filePath(name), folder + u'/' + name));
    env.insert(u"XDG_DATA_HOME"_s, user.path());
    for (const QString &spelling : {u"pt_BR"_s, u"pt-br"_s, u"pt-BR"_s}) {
        run = CliRunner::run({u"translations"_s, u"--content"_s, pack, u"--list"_s, u"--lang"_s, spelling, u"--json"_s},
                             env);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().object().value(u"translations"_s).toArray().first().toObject().value(u"language"_s),
                 u"pt-BR"_s);
    }
    run = CliRunner::run(
        {u"translations"_s, u"--content"_s, pack, u"--refresh"_s, work.path(), u"--add-language"_s, u"portuguese"_s});
    QCOMPARE(run.exitCode, 2);
}

QTEST_MAIN(TestCliTranslations)
#include "tst_cli_translations.moc"
