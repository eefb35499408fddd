#include "handoutfile.h"
#include "handoutrequest.h"
#include "safefilename.h"
#include "templatelibrary.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// Templates are named things: saved under a name, listed under it (two
// templates of the same handout stay apart), renamed and deleted, and found
// by name or file for handout-cli. File names made from typed names are safe.
class TestTemplateLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void safeFileNames_data();
    void safeFileNames();
    void savedUnderItsNameAndListedByIt();
    void namesAreUniqueWithoutCase();
    void badNamesAreRefused_data();
    void badNamesAreRefused();
    void renameKeepsTheRestOfTheFile();
    void removeDeletesOnlyTemplates();
    void oldTemplateIsListedByFileName();
    void resolveTakesANameOrAFile();
    void brokenFilesAreReportedNotListed();
    void fillKeepsTheTemplateAndAddsThePerson();

private:
    static HandoutContent content(const QString &title, const QString &presetId);
};

HandoutContent TestTemplateLibrary::content(const QString &title, const QString &presetId)
{
    HandoutRequest request;
    request.presetId = presetId;
    request.title = title;
    const Article &article = TestSupport::builtinArticle();
    return request.compose(article, request.resolve(article));
}

void TestTemplateLibrary::safeFileNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Ana"_s << u"Ana"_s;
    QTest::newRow("spaces") << u"  Ana   María  López "_s << u"Ana-María-López"_s;
    QTest::newRow("separators") << u"../../etc/passwd"_s << u"etc-passwd"_s;
    QTest::newRow("windows") << u"a:b*c?d\"e<f>g|h\\i"_s << u"a-b-c-d-e-f-g-h-i"_s;
    QTest::newRow("control") << u"a\tb\nc\x01"_s << u"a-b-c"_s;
    QTest::newRow("leading dash") << u"--rm -rf"_s << u"rm-rf"_s;
    QTest::newRow("trailing dot") << u"name..."_s << u"name"_s;
    QTest::newRow("only punctuation") << u" /.. "_s << QString();
    QTest::newRow("arabic") << u"سارة"_s << u"سارة"_s;
    QTest::newRow("long") << QString(200, u'x') << QString(SafeFileName::MaxLength, u'x');
}

void TestTemplateLibrary::safeFileNames()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(SafeFileName::fromText(text), expected);
}

void TestTemplateLibrary::savedUnderItsNameAndListedByIt()
{
    QTemporaryDir dir;
    const TemplateLibrary library(dir.path());
    const Article &article = TestSupport::builtinArticle();
    // The same handout title twice: the names tell them apart.
    QString error;
    const QString a = library.save(u"Recovery, short"_s, content(u"After your visit"_s, u"in-recovery"_s),
                                   PageOptions(), article, &error);
    QVERIFY2(!a.isEmpty(), qPrintable(error));
    const QString b = library.save(u"Recovery: large print"_s, content(u"After your visit"_s, u"in-recovery"_s),
                                   PageOptions(), article, &error);
    QVERIFY2(!b.isEmpty(), qPrintable(error));
    QVERIFY(a != b);
    QCOMPARE(QFileInfo(b).fileName(), u"Recovery-large-print.handout"_s);

    const QList<TemplateEntry> entries = library.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].name, u"Recovery, short"_s);
    QCOMPARE(entries[1].name, u"Recovery: large print"_s);
    QCOMPARE(entries[0].data.content.title, u"After your visit"_s);
    QVERIFY(entries[0].data.isTemplate);
    // The name is in the file, for other tools and other machines.
    const QJsonObject root = QJsonDocument::fromJson(TestSupport::readAll(b)).object();
    QCOMPARE(root.value(u"name"_s).toString(), u"Recovery: large print"_s);
}

void TestTemplateLibrary::namesAreUniqueWithoutCase()
{
    QTemporaryDir dir;
    const TemplateLibrary library(dir.path());
    QString error;
    const QString first = library.save(u"Group"_s, content(u"T"_s, u"in-recovery"_s), PageOptions(),
                                       TestSupport::builtinArticle(), &error);
    QVERIFY(!first.isEmpty());
    QVERIFY(
        library
            .save(u"group "_s, content(u"T"_s, u"in-recovery"_s), PageOptions(), TestSupport::builtinArticle(), &error)
            .isEmpty());
    QVERIFY2(error.contains(u"already a template named “Group”"_s), qPrintable(error));
    QCOMPARE(library.entries().size(), 1);
    // Its own name is not "taken" when it is renamed to another case.
    QVERIFY(library.nameProblem(u"GROUP"_s, first).isEmpty());
}

void TestTemplateLibrary::badNamesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << u"needs a name"_s;
    QTest::newRow("blank") << u"   "_s << u"needs a name"_s;
    QTest::newRow("long") << QString(TemplateLibrary::MaxNameLength + 1, u'a') << u"at most 120"_s;
}

void TestTemplateLibrary::badNamesAreRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const TemplateLibrary library(dir.path());
    QString error;
    QVERIFY(library.save(name, content(u"T"_s, u"in-recovery"_s), PageOptions(), TestSupport::builtinArticle(), &error)
                .isEmpty());
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestTemplateLibrary::renameKeepsTheRestOfTheFile()
{
    QTemporaryDir dir;
    const TemplateLibrary library(dir.path());
    QString error;
    PageOptions large;
    large.largePrint = true;
    large.pageSize = QPageSize::Letter;
    const QString path = library.save(u"Old name"_s, content(u"Kept title"_s, u"in-recovery"_s), large,
                                      TestSupport::builtinArticle(), &error);
    QVERIFY(!path.isEmpty());
    const QJsonObject before = QJsonDocument::fromJson(TestSupport::readAll(path)).object();
    QVERIFY2(library.rename(path, u"  New name "_s, &error), qPrintable(error));
    const QJsonObject after = QJsonDocument::fromJson(TestSupport::readAll(path)).object();
    QCOMPARE(after.value(u"name"_s).toString(), u"New name"_s);
    QJsonObject expected = before;
    expected.insert(u"name"_s, u"New name"_s);
    QCOMPARE(after, expected);
    QVERIFY(library.find(u"new NAME"_s).has_value());
    QVERIFY(!library.find(u"Old name"_s).has_value());

    // Renaming onto another template's name is refused and changes nothing.
    QVERIFY(
        !library
             .save(u"Other"_s, content(u"T"_s, u"in-recovery"_s), PageOptions(), TestSupport::builtinArticle(), &error)
             .isEmpty());
    QVERIFY(!library.rename(path, u"other"_s, &error));
    QVERIFY(error.contains(u"already"_s));
    QCOMPARE(QJsonDocument::fromJson(TestSupport::readAll(path)).object(), after);
}

void TestTemplateLibrary::removeDeletesOnlyTemplates()
{
    QTemporaryDir dir;
    const TemplateLibrary library(dir.path());
    QString error;
    const QString path = library.save(u"Gone soon"_s, content(u"T"_s, u"in-recovery"_s), PageOptions(),
                                      TestSupport::builtinArticle(), &error);
    QVERIFY(library.remove(path, &error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(library.entries().isEmpty());

    // A handout (patient data) in the folder is never deleted through here.
    const QString handout = dir.filePath(u"patient.handout"_s);
    QVERIFY(HandoutFile::write(handout, content(u"T"_s, u"in-recovery"_s), PageOptions(), TestSupport::builtinArticle(),
                               false, &error));
    QVERIFY(!library.remove(handout, &error));
    QVERIFY2(error.contains(u"not a template"_s), qPrintable(error));
    QVERIFY(QFile::exists(handout));
}

void TestTemplateLibrary::oldTemplateIsListedByFileName()
{
    // Templates saved before names existed have no "name" key.
    QTemporaryDir dir;
    QString error;
    QVERIFY(HandoutFile::write(dir.filePath(u"clinic default.handout"_s), content(u"Title"_s, u"in-recovery"_s),
                               PageOptions(), TestSupport::builtinArticle(), true, &error));
    const QList<TemplateEntry> entries = TemplateLibrary(dir.path()).entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].name, u"clinic default"_s);
}

void TestTemplateLibrary::resolveTakesANameOrAFile()
{
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    const TemplateLibrary library(dir.path());
    QString error;
    QVERIFY(!library
                 .save(u"By name"_s, content(u"A"_s, u"in-recovery"_s), PageOptions(), TestSupport::builtinArticle(),
                       &error)
                 .isEmpty());
    const QString file = elsewhere.filePath(u"shared.handout"_s);
    QVERIFY(HandoutFile::write(file, content(u"B"_s, u"in-recovery"_s), PageOptions(), TestSupport::builtinArticle(),
                               true, &error, u"Shared"_s));

    std::optional<TemplateEntry> entry = library.resolve(u"by name"_s, &error);
    QVERIFY(entry);
    QCOMPARE(entry->data.content.title, u"A"_s);
    entry = library.resolve(file, &error);
    QVERIFY2(entry, qPrintable(error));
    QCOMPARE(entry->name, u"Shared"_s);
    QCOMPARE(entry->data.content.title, u"B"_s);

    QVERIFY(!library.resolve(u"Nothing like it"_s, &error));
    QVERIFY2(error.contains(u"no template is named “Nothing like it”"_s), qPrintable(error));
    // A handout file is not a template.
    const QString handout = elsewhere.filePath(u"patient.handout"_s);
    QVERIFY(HandoutFile::write(handout, content(u"C"_s, u"in-recovery"_s), PageOptions(), TestSupport::builtinArticle(),
                               false, &error));
    QVERIFY(!library.resolve(handout, &error));
    QVERIFY2(error.contains(u"not a template"_s) && error.contains(handout), qPrintable(error));
}

void TestTemplateLibrary::brokenFilesAreReportedNotListed()
{
    QTemporaryDir dir;
    QFile broken(dir.filePath(u"broken.handout"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": ");
    broken.close();
    QList<SourceError> problems;
    QVERIFY(TemplateLibrary(dir.path()).entries(&problems).isEmpty());
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems[0].file.endsWith(u"broken.handout"_s));
}

void TestTemplateLibrary::fillKeepsTheTemplateAndAddsThePerson()
{
    HandoutContent saved = content(u"Saved title"_s, u"in-recovery"_s);
    saved.sections[0].items[0].blocks[0].runs = {TextRun {u"Edited in the window."_s}};
    saved.clinic.name = u"Template clinic"_s;
    HandoutRequest request;
    request.person.patient = u"Ana"_s;
    HandoutContent filled = request.fill(saved);
    QCOMPARE(filled.person.patient, u"Ana"_s);
    QCOMPARE(filled.title, u"Saved title"_s);
    QCOMPARE(filled.sections, saved.sections); // the edits stay
    QCOMPARE(filled.clinic.name, u"Template clinic"_s);
    QVERIFY(filled.includeSummary);

    request.title = u"For Ana"_s;
    request.clinic.name = u"Other clinic"_s;
    request.includeSummary = false;
    request.notes = u"Bring this sheet."_s;
    filled = request.fill(saved);
    QCOMPARE(filled.title, u"For Ana"_s);
    QCOMPARE(filled.clinic.name, u"Other clinic"_s);
    QVERIFY(!filled.includeSummary);
    QVERIFY(filled.hasNotes);
    QCOMPARE(filled.notes.size(), 1);
}

QTEST_GUILESS_MAIN(TestTemplateLibrary)
#include "tst_templatelibrary.moc"
