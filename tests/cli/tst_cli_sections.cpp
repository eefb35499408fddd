#include "clirunner.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestCliSections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonDescribesTheWholeArticle();
    void jsonFollowsTheSchema();
    void jsonListsTheGlossary();
    void textShowsTheTreeIndented();
    void runsWithoutADisplay();
    void presetsAsJson();
    void helpAndVersion();
    void commandWordMayCarryWhitespace();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void badContentExitsOne();
    void brokenUserPackIsReportedNotFatal();
    void correctedPackSupersedesTheBuiltinOne();
    void correctedPackWithoutAHigherVersionIsRefused();

private:
    // A home whose user content folder holds the built-in pack at `version`.
    static QString writeCorrectedPack(const QTemporaryDir &home, const QByteArray &version, QProcessEnvironment *env);
};

QString TestCliSections::writeCorrectedPack(const QTemporaryDir &home, const QByteArray &version,
                                            QProcessEnvironment *env)
{
    QDir(home.path()).mkpath(u"data/HandoutComposer/handout-composer/content"_s);
    QFile file(home.filePath(u"data/HandoutComposer/handout-composer/content/ketamine-corrected.md"_s));
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    QByteArray pack = TestSupport::readAll(u":/content/ketamine-review.md"_s);
    file.write(pack.replace("version: 1.0.0\n", "version: " + version + "\n")
                   .replace("title: A Detailed Review", "title: A Corrected Review"));
    *env = QProcessEnvironment::systemEnvironment();
    env->insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    return file.fileName();
}

void TestCliSections::jsonDescribesTheWholeArticle()
{
    const CliRun run = CliRunner::run({u"sections"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QJsonDocument doc = run.json();
    QVERIFY(doc.isObject());
    const QJsonArray sections = doc.object().value(u"sections"_s).toArray();
    const Article &article = TestSupport::builtinArticle();
    QCOMPARE(sections.size(), article.sections.size());
    int passages = 0;
    for (int i = 0; i < sections.size(); ++i) {
        const QJsonObject s = sections[i].toObject();
        QCOMPARE(s.value(u"id"_s).toString(), article.sections[i].id); // document order
        const QJsonArray ps = s.value(u"passages"_s).toArray();
        QCOMPARE(ps.size(), article.sections[i].passages.size());
        for (int p = 0; p < ps.size(); ++p)
            QCOMPARE(ps[p].toObject().value(u"text"_s).toString(), article.sections[i].passages[p].text);
        passages += int(ps.size());
    }
    QCOMPARE(passages, 101);
}

void TestCliSections::jsonFollowsTheSchema()
{
    const CliRun run = CliRunner::run({u"sections"_s, u"--json"_s});
    const QJsonObject root = run.json().object();
    QCOMPARE(root.keys(), (QStringList {u"article"_s, u"glossary"_s, u"sections"_s}));
    const QJsonObject article = root.value(u"article"_s).toObject();
    for (const QString &key : {u"id"_s, u"title"_s, u"author"_s, u"publisher"_s, u"date"_s, u"language"_s, u"version"_s,
                               u"reviewed"_s, u"next_review"_s}) {
        QVERIFY2(article.value(key).isString() && !article.value(key).toString().isEmpty(), qPrintable(key));
    }
    QCOMPARE(article.value(u"date"_s).toString(), u"2023-08-15"_s);

    QSet<QString> ids;
    QSet<QString> seenSections;
    for (const QJsonValue &value : root.value(u"sections"_s).toArray()) {
        const QJsonObject s = value.toObject();
        const QString id = s.value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY2(!ids.contains(id), qPrintable(id));
        ids.insert(id);
        QVERIFY(s.value(u"title"_s).isString());
        const int level = s.value(u"level"_s).toInt();
        QVERIFY(level >= 1);
        if (level == 1) {
            QVERIFY(s.value(u"parent"_s).isNull());
        } else {
            // A parent comes before its children.
            QVERIFY(seenSections.contains(s.value(u"parent"_s).toString()));
        }
        seenSections.insert(id);
        QVERIFY(s.value(u"tags"_s).isArray());
        for (const QJsonValue &p : s.value(u"passages"_s).toArray()) {
            const QJsonObject passage = p.toObject();
            const QString pid = passage.value(u"id"_s).toString();
            QVERIFY2(!ids.contains(pid), qPrintable(pid));
            ids.insert(pid);
            QVERIFY(!passage.value(u"text"_s).toString().isEmpty());
            for (const QJsonValue &tag : passage.value(u"tags"_s).toArray())
                QVERIFY(tag.toString() == "risk"_L1 || tag.toString() == "supervision"_L1);
        }
    }
    // A section's tags are those of its passages.
    const QJsonObject dissociative = root.value(u"sections"_s).toArray()[5].toObject();
    QCOMPARE(dissociative.value(u"id"_s).toString(), u"dissociative-states"_s);
    QCOMPARE(dissociative.value(u"tags"_s).toArray(), QJsonArray({u"risk"_s, u"supervision"_s}));
}

void TestCliSections::jsonListsTheGlossary()
{
    const CliRun run = CliRunner::run({u"sections"_s, u"--json"_s});
    const QJsonArray glossary = run.json().object().value(u"glossary"_s).toArray();
    const Article &article = TestSupport::builtinArticle();
    QCOMPARE(glossary.size(), article.glossary.size());
    QVERIFY(glossary.size() >= 20);
    for (int i = 0; i < glossary.size(); ++i) {
        const QJsonObject e = glossary[i].toObject();
        const GlossaryEntry &expected = article.glossary[i]; // the pack's order
        QCOMPARE(e.keys(),
                 (QStringList {u"added_by"_s, u"definition"_s, u"id"_s, u"review"_s, u"term"_s, u"variants"_s}));
        QCOMPARE(e.value(u"id"_s).toString(), expected.id);
        QCOMPARE(e.value(u"term"_s).toString(), expected.term);
        QCOMPARE(e.value(u"definition"_s).toString(), expected.definition);
        QCOMPARE(e.value(u"review"_s).toString(), expected.review);
        QCOMPARE(e.value(u"added_by"_s).toString(), expected.addedBy);
        QStringList variants;
        for (const QJsonValue &v : e.value(u"variants"_s).toArray())
            variants << v.toString();
        QCOMPARE(variants, expected.variants);
    }
    const QJsonObject nmda = glossary[1].toObject();
    QCOMPARE(nmda.value(u"id"_s).toString(), u"nmda-receptor"_s);
    QVERIFY(nmda.value(u"variants"_s).toArray().contains(u"N-Methyl-D-Aspartate"_s));
}

void TestCliSections::textShowsTheTreeIndented()
{
    const CliRun run = CliRunner::run({u"sections"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), TestSupport::builtinArticle().sections.size() + 1);
    QVERIFY(lines[0].startsWith(TestSupport::builtinArticle().meta.title));
    QVERIFY(lines.contains(u"  introduction  Introduction to Ketamine  [risk]"_s));
    QVERIFY(lines.contains(u"    medical-use  Medical Use"_s));
    QVERIFY(lines.contains(u"  dissociative-states  Dissociative States  [risk, supervision]"_s));
}

void TestCliSections::runsWithoutADisplay()
{
    const CliRun run = CliRunner::run({u"sections"_s, u"--json"_s}, CliRunner::withoutDisplay());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QVERIFY(run.json().isObject());
}

void TestCliSections::presetsAsJson()
{
    const CliRun run = CliRunner::run({u"presets"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray presets = run.json().array();
    QVERIFY(presets.size() >= 3);
    for (const QJsonValue &v : presets) {
        const QJsonObject p = v.toObject();
        QCOMPARE(p.keys(), (QStringList {u"audience"_s, u"id"_s, u"sections"_s, u"title"_s}));
        const QJsonArray sections = p.value(u"sections"_s).toArray();
        QVERIFY(!sections.isEmpty());
        for (const QJsonValue &s : sections)
            QVERIFY2(TestSupport::builtinArticle().section(s.toString()), qPrintable(s.toString()));
    }
    QCOMPARE(presets[1].toObject().value(u"id"_s).toString(), u"in-recovery"_s);
}

void TestCliSections::helpAndVersion()
{
    CliRun run = CliRunner::run({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.outText().contains(u"sections"_s));
    QVERIFY(run.outText().contains(u"Exit status"_s));
    run = CliRunner::run({u"sections"_s, u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.outText().contains(u"--content <file>"_s));
    run = CliRunner::run({u"--version"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QRegularExpression(u"^handout-cli \\d+\\.\\d+\\.\\d+\n$"_s).match(run.outText()).hasMatch());
}

void TestCliSections::commandWordMayCarryWhitespace()
{
    // A README line pasted with a trailing space or line end inside the word.
    for (const QString &word : {u"presets "_s, u"presets\n"_s, u" presets\r\n"_s}) {
        const CliRun run = CliRunner::run({word});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.outText().contains(u"in-recovery"_s));
    }
}

void TestCliSections::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList() << u"no command given"_s;
    QTest::newRow("unknown command") << QStringList {u"sectoins"_s} << u"unknown command 'sectoins'"_s;
    QTest::newRow("unknown option") << QStringList {u"sections"_s, u"--jsno"_s} << u"Unknown option 'jsno'"_s;
    QTest::newRow("missing value") << QStringList {u"sections"_s, u"--content"_s} << u"Missing value after"_s;
    QTest::newRow("stray argument") << QStringList {u"sections"_s, u"extra"_s}
                                    << u"1 unexpected argument (word 2 of the command line; not shown)"_s;
    QTest::newRow("unknown pack") << QStringList {u"sections"_s, u"--pack"_s, u"nope"_s} << u"unknown pack 'nope'"_s;
}

void TestCliSections::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = CliRunner::run(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(message), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCliSections::badContentExitsOne()
{
    CliRun run = CliRunner::run({u"sections"_s, u"--content"_s, u"/nonexistent/pack.md"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(u"/nonexistent/pack.md: cannot be read"_s), run.err.constData());
    QVERIFY(run.out.isEmpty());

    QTemporaryDir dir;
    QFile broken(dir.filePath(u"broken.md"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    const QByteArray pack = TestSupport::readAll(TestSupport::dataPath(u"packs/minimal.md"_s));
    // The line of the duplicate, counted in the pack rather than written
    // here, so the test follows edits of the sample pack.
    const qsizetype at = pack.indexOf("{#two-a}");
    QVERIFY(at > 0);
    const int line = int(pack.left(at).count('\n')) + 1;
    broken.write(QByteArray(pack).replace("{#two-a}", "{#one-a}"));
    broken.close();
    run = CliRunner::run({u"sections"_s, u"--json"_s, u"--content"_s, broken.fileName()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(broken.fileName() + u":%1: duplicate id 'one-a'"_s.arg(line)), run.err.constData());
    QVERIFY(run.out.isEmpty());

    run = CliRunner::run({u"sections"_s, u"--content"_s, TestSupport::dataPath(u"packs/minimal.md"_s)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.outText().contains(u"topic-one  Topic One"_s));
}

void TestCliSections::brokenUserPackIsReportedNotFatal()
{
    QTemporaryDir home;
    QDir(home.path()).mkpath(u"data/HandoutComposer/handout-composer/content"_s);
    QFile broken(home.filePath(u"data/HandoutComposer/handout-composer/content/mine.md"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("not a pack\n");
    broken.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    const CliRun run = CliRunner::run({u"sections"_s, u"--json"_s}, env);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.errText().contains(u"warning: skipped "_s + broken.fileName() + u":1:"_s), run.err.constData());
    QVERIFY(run.json().isObject());
}

// Issue 19: an English correction without a rebuild. The same id, a higher
// version: used instead of the built-in pack, and said on every run.
void TestCliSections::correctedPackSupersedesTheBuiltinOne()
{
    QTemporaryDir home;
    QProcessEnvironment env;
    const QString path = writeCorrectedPack(home, "1.0.1", &env);
    const CliRun run = CliRunner::run({u"sections"_s}, env);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.outText().startsWith(u"A Corrected Review"_s), run.out.constData());
    QVERIFY(run.outText().contains(u"(ketamine-review, version 1.0.1)"_s));
    QCOMPARE(
        run.errText(),
        u"handout-cli: note: pack 'ketamine-review' version 1.0.1 from %1 supersedes the built-in version 1.0.0\n"_s
            .arg(path));
    // Chosen by its id, as handout files and records name it.
    const CliRun byId = CliRunner::run({u"sections"_s, u"--pack"_s, u"ketamine-review"_s}, env);
    QCOMPARE(byId.exitCode, 0);
    QVERIFY(byId.outText().startsWith(u"A Corrected Review"_s));
}

void TestCliSections::correctedPackWithoutAHigherVersionIsRefused()
{
    QTemporaryDir home;
    QProcessEnvironment env;
    const QString path = writeCorrectedPack(home, "1.0.0", &env);
    const CliRun run = CliRunner::run({u"sections"_s}, env);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.outText().startsWith(u"A Detailed Review"_s), run.out.constData());
    QVERIFY(run.outText().contains(u"(ketamine-review, version 1.0.0)"_s));
    QVERIFY2(run.errText().contains(
                 u"warning: skipped %1: pack id 'ketamine-review' is the built-in pack's, and its version 1.0.0 is "
                 "not higher than the built-in version 1.0.0"_s.arg(path)),
             run.err.constData());
}

QTEST_MAIN(TestCliSections)
#include "tst_cli_sections.moc"
