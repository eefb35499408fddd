#include "clirunner.h"
#include "testsupport.h"
#include "tscatalog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

// The files an administrator without the source tree works with (issue 19):
// the built-in .ts and .info files to start from, and XLIFF 1.2 for an
// agency, whose states come back as the agency set them.
class TestCliXliff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportTsWritesTheBuiltInFiles();
    void exportTsNeverOverwrites();
    void statesSurviveTheRoundTrip();
    void staleTextsStayStale();
    void importsLconvertsXliff();
    void malformedXliffIsRefused();
    void languageMismatchIsRefused();
    void usageErrors();

private:
    // A user data folder of its own, for one test.
    struct User
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        User() { env.insert(u"XDG_DATA_HOME"_s, home.path()); }
        QString content() const { return home.filePath(u"HandoutComposer/handout-composer/content"_s); }
    };
    // `translations --list --lang es --json`: each text's state by "context/id".
    static QMap<QString, QString> spanishStates(const User &user, QJsonObject *list = nullptr);
    // Sets the state of the unit "context/id" in XLIFF we wrote.
    static void setState(QByteArray *xml, const QString &unit, const QString &state);
    static QByteArray exportSpanish(const User &user, const QString &path);
    static CliRun import(const User &user, const QString &path, const QString &language = u"es"_s);
};

QMap<QString, QString> TestCliXliff::spanishStates(const User &user, QJsonObject *list)
{
    const CliRun run = CliRunner::run({u"translations"_s, u"--list"_s, u"--lang"_s, u"es"_s, u"--json"_s}, user.env);
    if (run.exitCode != 0)
        qWarning("%s", run.err.constData());
    const QJsonArray lists = run.json().object().value(u"translations"_s).toArray();
    QMap<QString, QString> states;
    if (lists.size() != 1)
        return states;
    if (list)
        *list = lists.first().toObject();
    for (const QJsonValue &value : lists.first().toObject().value(u"texts"_s).toArray()) {
        const QJsonObject t = value.toObject();
        states.insert(t.value(u"context"_s).toString() + u'/' + t.value(u"id"_s).toString(),
                      t.value(u"state"_s).toString());
    }
    return states;
}

void TestCliXliff::setState(QByteArray *xml, const QString &unit, const QString &state)
{
    const QByteArray start = "<trans-unit id=\"" + unit.toUtf8() + "\"";
    const qsizetype at = xml->indexOf(start);
    QVERIFY2(at >= 0, qPrintable(unit));
    const qsizetype attribute = xml->indexOf("state=\"", at) + 7;
    const qsizetype end = xml->indexOf('"', attribute);
    QVERIFY(attribute > at && end > attribute && attribute < xml->indexOf("</trans-unit>", at));
    xml->replace(attribute, end - attribute, state.toUtf8());
}

QByteArray TestCliXliff::exportSpanish(const User &user, const QString &path)
{
    const CliRun run = CliRunner::run({u"translations"_s, u"--export-xliff"_s, path, u"--lang"_s, u"es"_s}, user.env);
    if (run.exitCode != 0)
        qWarning("%s", run.err.constData());
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

CliRun TestCliXliff::import(const User &user, const QString &path, const QString &language)
{
    return CliRunner::run({u"translations"_s, u"--import-xliff"_s, path, u"--lang"_s, language}, user.env);
}

void TestCliXliff::exportTsWritesTheBuiltInFiles()
{
    QTemporaryDir work;
    const QString folder = work.filePath(u"start/here"_s); // created as needed
    CliRun run = CliRunner::run({u"translations"_s, u"--export-ts"_s, folder});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    int files = 0;
    for (const QString &sub : {u"content"_s, u"plain"_s}) {
        const QDir source(TestSupport::sourcePath(u"translations/"_s + sub));
        const QDir target(sub == u"plain"_s ? folder + u"/plain"_s : folder);
        for (const QString &name : source.entryList({u"*.ts"_s, u"*.info"_s}, QDir::Files)) {
            ++files;
            QCOMPARE(TestSupport::readAll(target.filePath(name)), TestSupport::readAll(source.filePath(name)));
            QVERIFY(run.outText().contains(target.filePath(name)));
            if (name.endsWith(u".ts"_s)) {
                SourceError error;
                QVERIFY2(TsCatalog::readFile(target.filePath(name), &error), qPrintable(error.toString()));
            }
        }
    }
    QVERIFY(files >= 6);
    QCOMPARE(QDir(folder).entryList(QDir::Files).size() + QDir(folder + u"/plain"_s).entryList(QDir::Files).size(),
             files);

    // One language: its files only.
    const QString spanish = work.filePath(u"es"_s);
    run = CliRunner::run({u"translations"_s, u"--export-ts"_s, spanish, u"--lang"_s, u"es"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QDir(spanish).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot),
             (QStringList {u"ketamine-review_es.info"_s, u"ketamine-review_es.ts"_s}));
    run = CliRunner::run({u"translations"_s, u"--export-ts"_s, work.filePath(u"pt"_s), u"--lang"_s, u"pt"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(u"no built-in translation into 'pt' (built in: ar, en, es)"_s),
             run.err.constData());
}

void TestCliXliff::exportTsNeverOverwrites()
{
    QTemporaryDir work;
    QFile edited(work.filePath(u"ketamine-review_es.ts"_s));
    QVERIFY(edited.open(QIODevice::WriteOnly));
    edited.write("an administrator's work");
    edited.close();
    CliRun run = CliRunner::run({u"translations"_s, u"--export-ts"_s, work.path()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(edited.fileName() + u"” already exists"_s), run.err.constData());
    QCOMPARE(TestSupport::readAll(edited.fileName()), QByteArray("an administrator's work"));
    // Nothing at all was written: every problem is found first.
    QCOMPARE(QDir(work.path()).entryList(QDir::Files), (QStringList {u"ketamine-review_es.ts"_s}));

    if (geteuid() == 0)
        QSKIP("root writes into any folder");
    const QString locked = work.filePath(u"locked"_s);
    QVERIFY(QDir().mkpath(locked));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    run = CliRunner::run({u"translations"_s, u"--export-ts"_s, locked, u"--lang"_s, u"es"_s});
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(u"cannot write into “"_s + locked + u"”: the folder is not writable"_s),
             run.err.constData());
}

// Export, set states as an agency's tool would, import: the list shows them.
void TestCliXliff::statesSurviveTheRoundTrip()
{
    User user;
    const QString path = user.home.filePath(u"es.xlf"_s);
    QByteArray xml = exportSpanish(user, path);
    QVERIFY(xml.contains("<xliff"));
    // The built-in Spanish is a draft throughout.
    QVERIFY(!xml.contains("state=\"final\""));
    const QMap<QString, QString> before = spanishStates(user);
    QVERIFY(before.size() > 100);
    QCOMPARE(before.value(u"introduction/introduction-receptors"_s), u"draft"_s);

    const QMap<QString, QString> edits {
        {u"article/title"_s, u"final"_s},
        {u"introduction/title"_s, u"signed-off"_s},
        {u"introduction/introduction-receptors"_s, u"needs-review-l10n"_s},
        {u"introduction/introduction-under-investigation"_s, u"new"_s},
        {u"introduction/introduction-therapeutic-attention"_s, u"needs-translation"_s},
    };
    for (auto it = edits.cbegin(); it != edits.cend(); ++it)
        setState(&xml, it.key(), it.value());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(xml);
    file.close();
    const CliRun run = import(user, path);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString ts = user.content() + u"/ketamine-review_es.ts"_s;
    QVERIFY2(run.outText().contains(u"into "_s + ts), run.out.constData());
    QVERIFY2(run.outText().contains(u"2 reviewed"_s), run.out.constData());
    QVERIFY2(run.outText().contains(u"name the reviewer in"_s), run.out.constData());
    // The built-in translator came along in the .info beside it.
    QVERIFY(TestSupport::readAll(user.content() + u"/ketamine-review_es.info"_s).contains("translator: Handout"));

    QJsonObject list;
    const QMap<QString, QString> after = spanishStates(user, &list);
    QCOMPARE(list.value(u"file"_s).toString(), ts);
    QCOMPARE(after.value(u"article/title"_s), u"reviewed"_s);
    QCOMPARE(after.value(u"introduction/title"_s), u"reviewed"_s);
    QCOMPARE(after.value(u"introduction/introduction-receptors"_s), u"draft"_s);
    QCOMPARE(after.value(u"introduction/introduction-under-investigation"_s), u"missing"_s);
    QCOMPARE(after.value(u"introduction/introduction-therapeutic-attention"_s), u"missing"_s);
    QCOMPARE(after.size(), before.size());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!edits.contains(it.key()))
            QCOMPARE(after.value(it.key()), it.value());
    }

    // Exported again, the states are the standard's words for them.
    const QByteArray again = exportSpanish(user, user.home.filePath(u"again.xlf"_s));
    QCOMPARE(again.count("state=\"final\""), 2);
    QCOMPARE(again.count("state=\"needs-translation\""), 2);
}

void TestCliXliff::staleTextsStayStale()
{
    User user;
    // The user's Spanish was translated from an older wording of one passage.
    SourceError error;
    std::optional<TsCatalog> catalog
        = TsCatalog::readFile(TestSupport::sourcePath(u"translations/content/ketamine-review_es.ts"_s), &error);
    QVERIFY(catalog);
    for (TsMessage &m : catalog->messages) {
        if (m.comment == u"introduction-receptors"_s)
            m.source = u"An earlier wording of this passage."_s;
    }
    QVERIFY(QDir().mkpath(user.content()));
    QFile ts(user.content() + u"/ketamine-review_es.ts"_s);
    QVERIFY(ts.open(QIODevice::WriteOnly));
    ts.write(catalog->toXml());
    ts.close();
    QCOMPARE(spanishStates(user).value(u"introduction/introduction-receptors"_s), u"stale"_s);

    const QString path = user.home.filePath(u"es.xlf"_s);
    QByteArray xml = exportSpanish(user, path);
    QVERIFY(xml.contains("<source xml:space=\"preserve\">An earlier wording of this passage.</source>"));
    // The agency marks final a unit whose source it changed (as if sent out
    // before the pack changed): that is a review of another text.
    setState(&xml, u"introduction/introduction-under-investigation"_s, u"final"_s);
    const QString current = TestSupport::builtinArticle().passage(u"introduction-under-investigation"_s)->text;
    QVERIFY(xml.contains(current.toUtf8()));
    xml.replace(current.toUtf8(), "Another wording the pack no longer has.");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(xml);
    file.close();
    const CliRun run = import(user, path);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.outText().contains(u"2 stale"_s), run.out.constData());

    QJsonObject list;
    const QMap<QString, QString> states = spanishStates(user, &list);
    QCOMPARE(states.value(u"introduction/introduction-receptors"_s), u"stale"_s);
    QCOMPARE(states.value(u"introduction/introduction-under-investigation"_s), u"stale"_s);
    QCOMPARE(states.values().count(u"reviewed"_s), 0);
    for (const QJsonValue &value : list.value(u"texts"_s).toArray()) {
        const QJsonObject t = value.toObject();
        if (t.value(u"id"_s) == u"introduction-receptors"_s)
            QCOMPARE(t.value(u"old_source"_s).toString(), u"An earlier wording of this passage."_s);
        if (t.value(u"id"_s) == u"introduction-under-investigation"_s)
            QCOMPARE(t.value(u"old_source"_s).toString(), u"Another wording the pack no longer has."_s);
    }
}

// lconvert's XLIFF: done is approved="yes", a stale translation sits in
// <alt-trans>, ids are gettext contexts. The fixture is what lconvert wrote
// (tests/data/README.md); lconvert itself is run when it is installed.
void TestCliXliff::importsLconvertsXliff()
{
    const QMap<QString, QString> expected {
        {u"article/title"_s, u"reviewed"_s},
        {u"introduction/title"_s, u"reviewed"_s},
        {u"introduction/introduction-therapeutic-attention"_s, u"stale"_s},
        {u"introduction/introduction-under-investigation"_s, u"draft"_s},
        {u"introduction/introduction-receptors"_s, u"missing"_s},
    };
    const auto check = [&](const QString &xliff) {
        User user;
        const CliRun run = import(user, xliff);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.outText().contains(u"imported 5 units"_s), run.out.constData());
        const QMap<QString, QString> states = spanishStates(user);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(states.value(it.key()), it.value());
        // Texts the file does not have keep the built-in translation.
        QCOMPARE(states.values().count(u"draft"_s), states.size() - 4);
    };
    check(TestSupport::dataPath(u"xliff/lconvert-es.xlf"_s));

    const QString lconvert = QStringLiteral(LCONVERT);
    if (!QFileInfo(lconvert).isExecutable())
        QSKIP("lconvert is not installed");
    // The same five messages as a .ts file, through lconvert.
    SourceError error;
    std::optional<TsCatalog> catalog
        = TsCatalog::readFile(TestSupport::sourcePath(u"translations/content/ketamine-review_es.ts"_s), &error);
    QVERIFY(catalog);
    TsCatalog small;
    small.language = catalog->language;
    small.sourceLanguage = catalog->sourceLanguage;
    for (TsMessage m : std::as_const(catalog->messages)) {
        const QString key = m.context + u'/' + m.comment;
        if (!expected.contains(key))
            continue;
        const QString state = expected.value(key);
        m.finished = state == u"reviewed"_s;
        if (state == u"stale"_s)
            m.oldSource = u"An earlier wording of this passage."_s;
        if (state == u"missing"_s)
            m.translation.clear();
        small.messages << m;
    }
    QCOMPARE(small.messages.size(), expected.size());
    QTemporaryDir work;
    QFile ts(work.filePath(u"small.ts"_s));
    QVERIFY(ts.open(QIODevice::WriteOnly));
    ts.write(small.toXml());
    ts.close();
    const QString xliff = work.filePath(u"small.xlf"_s);
    QCOMPARE(QProcess::execute(lconvert, {u"-i"_s, ts.fileName(), u"-o"_s, xliff}), 0);
    check(xliff);
}

void TestCliXliff::malformedXliffIsRefused()
{
    User user;
    const QString path = user.home.filePath(u"es.xlf"_s);
    QByteArray xml = exportSpanish(user, path);
    const qsizetype cut = xml.indexOf("</trans-unit>", xml.size() / 2);
    QVERIFY(cut > 0);
    xml.truncate(cut);
    const int line = int(xml.count('\n')) + 1;
    xml += "</group>\n";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(xml);
    file.close();
    const CliRun run = import(user, path);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(u"%1:%2: not well-formed XML"_s.arg(path).arg(line)), run.err.constData());
    QVERIFY(!QFile::exists(user.content() + u"/ketamine-review_es.ts"_s));

    const QString missing = user.home.filePath(u"no-such.xlf"_s);
    const CliRun none = import(user, missing);
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.errText().contains(missing), none.err.constData());
}

void TestCliXliff::languageMismatchIsRefused()
{
    User user;
    const QString path = user.home.filePath(u"es.xlf"_s);
    QVERIFY(!exportSpanish(user, path).isEmpty());
    CliRun run = import(user, path, u"ar"_s);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(path
                                    + u": the file translates into 'es' (its target-language), not 'ar' "
                                      "(--lang): nothing was imported"_s),
             run.err.constData());
    QVERIFY(!QFile::exists(user.content() + u"/ketamine-review_ar.ts"_s));
    // A region of the language is the language.
    QByteArray xml = TestSupport::readAll(path);
    xml.replace("target-language=\"es\"", "target-language=\"es_ES\"");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(xml);
    file.close();
    run = import(user, path, u"es"_s);
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestCliXliff::usageErrors()
{
    QTemporaryDir work;
    const QString path = work.filePath(u"x.xlf"_s);
    QCOMPARE(CliRunner::run({u"translations"_s, u"--export-xliff"_s, path}).exitCode, 2);
    QCOMPARE(CliRunner::run({u"translations"_s, u"--import-xliff"_s, path}).exitCode, 2);
    QCOMPARE(CliRunner::run({u"translations"_s, u"--export-xliff"_s, path, u"--lang"_s, u"en"_s}).exitCode, 2);
    const CliRun two = CliRunner::run(
        {u"translations"_s, u"--export-xliff"_s, path, u"--export-ts"_s, work.path(), u"--lang"_s, u"es"_s});
    QCOMPARE(two.exitCode, 2);
    QVERIFY2(two.errText().contains(u"choose one of --export-ts, --export-xliff"_s), two.err.constData());
    QVERIFY(!QFile::exists(path));
    // An export never replaces a file.
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.close();
    const CliRun run = CliRunner::run({u"translations"_s, u"--export-xliff"_s, path, u"--lang"_s, u"es"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(path + u"” already exists"_s), run.err.constData());
    QCOMPARE(QFileInfo(path).size(), 0);
}

QTEST_MAIN(TestCliXliff)
#include "tst_cli_xliff.moc"
