#include "appinfo.h"
#include "contentlibrary.h"
#include "packversion.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestContentLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { AppInfo::apply(); }
    void loadsTheBuiltinPack();
    void userFolderIsUnderTheDataFolder();
    void loadsExtraPacksFromTheUserFolder();
    void refusesABrokenPackButKeepsTheOthers();
    void refusesADuplicatePackId();
    void comparesVersionsNumberByNumber();
    void aHigherVersionSupersedesTheBuiltinPack();
    void aLowerOrEqualVersionIsRefused_data();
    void aLowerOrEqualVersionIsRefused();
    void twoUserPacksWithOneIdAreStillRefused();
    void loadFileReportsTheProblem();

private:
    static QByteArray smallPack(const QString &id);
    static QString writePack(const QTemporaryDir &dir, const QString &name, const QByteArray &pack);
};

QString TestContentLibrary::writePack(const QTemporaryDir &dir, const QString &name, const QByteArray &pack)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(pack);
    return file.fileName();
}

QByteArray TestContentLibrary::smallPack(const QString &id)
{
    QByteArray pack = TestSupport::readAll(TestSupport::dataPath(u"packs/minimal.md"_s));
    return pack.replace("id: minimal-pack", "id: " + id.toUtf8());
}

void TestContentLibrary::loadsTheBuiltinPack()
{
    ContentLibrary library;
    QTemporaryDir empty;
    QVERIFY(library.load(empty.path()));
    QCOMPARE(library.packs().size(), 1);
    QCOMPARE(library.defaultPack().meta.id, u"ketamine-review"_s);
    QVERIFY(library.problems().isEmpty());
}

void TestContentLibrary::userFolderIsUnderTheDataFolder()
{
    const QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
    QVERIFY(!dataHome.isEmpty());
    QVERIFY2(ContentLibrary::userFolder().startsWith(dataHome), qPrintable(ContentLibrary::userFolder()));
    QVERIFY(ContentLibrary::userFolder().endsWith(u"/handout-composer/content"_s));
}

void TestContentLibrary::loadsExtraPacksFromTheUserFolder()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"extra.md"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(smallPack(u"extra-pack"_s));
    file.close();
    QFile ignored(dir.filePath(u"notes.txt"_s));
    QVERIFY(ignored.open(QIODevice::WriteOnly));
    ignored.write("not a pack");
    ignored.close();

    ContentLibrary library;
    QVERIFY(library.load(dir.path()));
    QCOMPARE(library.packs().size(), 2);
    QVERIFY(library.pack(u"extra-pack"_s));
    QCOMPARE(library.pack(u"extra-pack"_s)->sourceFile, file.fileName());
    QVERIFY(library.problems().isEmpty());
}

void TestContentLibrary::refusesABrokenPackButKeepsTheOthers()
{
    QTemporaryDir dir;
    QFile good(dir.filePath(u"a-good.md"_s));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write(smallPack(u"good-pack"_s));
    good.close();
    QFile bad(dir.filePath(u"b-bad.md"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(smallPack(u"bad-pack"_s).replace("{#one-b .risk}", "{#one-b .dangerous}"));
    bad.close();

    ContentLibrary library;
    QVERIFY(library.load(dir.path()));
    QCOMPARE(library.packs().size(), 2);
    QVERIFY(library.pack(u"good-pack"_s));
    QVERIFY(!library.pack(u"bad-pack"_s));
    QCOMPARE(library.problems().size(), 1);
    QCOMPARE(library.problems().first().file, bad.fileName());
    QVERIFY(library.problems().first().message.contains(u"unknown tag 'dangerous'"_s));
    QVERIFY(library.problems().first().line > 0);
}

void TestContentLibrary::refusesADuplicatePackId()
{
    QTemporaryDir dir;
    QFile twin(dir.filePath(u"twin.md"_s));
    QVERIFY(twin.open(QIODevice::WriteOnly));
    twin.write(smallPack(u"ketamine-review"_s));
    twin.close();
    ContentLibrary library;
    QVERIFY(library.load(dir.path()));
    QCOMPARE(library.packs().size(), 1);
    QCOMPARE(library.problems().size(), 1);
    // Version 1.0 is the built-in 1.0.0: not a correction, so still refused.
    QVERIFY(library.problems().first().message.contains(u"pack id 'ketamine-review' is the built-in pack's"_s));
}

void TestContentLibrary::comparesVersionsNumberByNumber()
{
    QVERIFY(PackVersion::compare(u"1.0.10"_s, u"1.0.9"_s) > 0);
    QVERIFY(PackVersion::compare(u"1.0.9"_s, u"1.0.10"_s) < 0);
    QCOMPARE(PackVersion::compare(u"1.0"_s, u"1.0.0"_s), 0);
    QVERIFY(PackVersion::compare(u"2"_s, u"1.99.99"_s) > 0);
}

// The built-in pack is 1.0.0: a corrected copy must say it is newer.
void TestContentLibrary::aHigherVersionSupersedesTheBuiltinPack()
{
    QTemporaryDir dir;
    QByteArray corrected = TestSupport::readAll(ContentLibrary::builtinPath());
    QVERIFY(corrected.contains("version: 1.0.0\n"));
    corrected.replace("version: 1.0.0\n", "version: 1.0.10\n");
    corrected.replace("title: A Detailed Review", "title: A Corrected Review");
    const QString path = writePack(dir, u"ketamine-corrected.md"_s, corrected);
    writePack(dir, u"extra.md"_s, smallPack(u"extra-pack"_s));

    ContentLibrary library;
    QVERIFY(library.load(dir.path()));
    QVERIFY2(library.problems().isEmpty(), qPrintable(library.problems().value(0).toString()));
    QCOMPARE(library.packs().size(), 2);
    // Still first and still found by its id: handouts and records name the id.
    QCOMPARE(library.defaultPack().meta.id, u"ketamine-review"_s);
    QCOMPARE(library.defaultPack().meta.version, u"1.0.10"_s);
    QCOMPARE(library.defaultPack().sourceFile, path);
    QVERIFY(library.pack(u"ketamine-review"_s)->meta.title.startsWith(u"A Corrected Review"_s));
    QVERIFY(library.pack(u"ketamine-review"_s)->section(library.defaultPack().sections.first().id));
    QVERIFY(!ContentLibrary::isBuiltin(library.defaultPack()));
    QCOMPARE(library.supersessions().size(), 1);
    const ContentLibrary::Supersession s = library.supersessions().first();
    QCOMPARE(s.id, u"ketamine-review"_s);
    QCOMPARE(s.builtinVersion, u"1.0.0"_s);
    QCOMPARE(s.version, u"1.0.10"_s);
    QCOMPARE(s.file, path);
    QCOMPARE(s.describe(),
             u"pack 'ketamine-review' version 1.0.10 from %1 supersedes the built-in version 1.0.0"_s.arg(path));
}

void TestContentLibrary::aLowerOrEqualVersionIsRefused_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::newRow("equal") << QByteArray("1.0.0");
    QTest::newRow("equal, shorter") << QByteArray("1.0");
    QTest::newRow("lower") << QByteArray("0.9.12");
}

void TestContentLibrary::aLowerOrEqualVersionIsRefused()
{
    QFETCH(QByteArray, version);
    QTemporaryDir dir;
    QByteArray stale = TestSupport::readAll(ContentLibrary::builtinPath());
    stale.replace("version: 1.0.0\n", "version: " + version + "\n");
    const QString path = writePack(dir, u"ketamine-copy.md"_s, stale);

    ContentLibrary library;
    QVERIFY(library.load(dir.path()));
    QCOMPARE(library.packs().size(), 1);
    QCOMPARE(library.defaultPack().sourceFile, ContentLibrary::builtinPath());
    QVERIFY(library.supersessions().isEmpty());
    QCOMPARE(library.problems().size(), 1);
    QCOMPARE(library.problems().first().file, path);
    const QString message = library.problems().first().toString();
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY2(message.contains(
                 u"version %1 is not higher than the built-in version 1.0.0"_s.arg(QString::fromLatin1(version))),
             qPrintable(message));
}

// Superseding is for correcting what was shipped: between user packs an id
// stays unique, or which one a handout names would depend on file names.
void TestContentLibrary::twoUserPacksWithOneIdAreStillRefused()
{
    QTemporaryDir dir;
    writePack(dir, u"a.md"_s, smallPack(u"twin-pack"_s));
    QByteArray newer = smallPack(u"twin-pack"_s);
    const QString second = writePack(dir, u"b.md"_s, newer.replace("version: 1.0\n", "version: 2.0\n"));
    ContentLibrary library;
    QVERIFY(library.load(dir.path()));
    QCOMPARE(library.packs().size(), 2);
    QCOMPARE(library.problems().size(), 1);
    QCOMPARE(library.problems().first().file, second);
    QVERIFY(library.problems().first().message.contains(u"pack id 'twin-pack' is already used"_s));
}

void TestContentLibrary::loadFileReportsTheProblem()
{
    ContentLibrary library;
    QVERIFY(!library.loadFile(TestSupport::dataPath(u"packs/empty.md"_s)));
    QCOMPARE(library.problems().size(), 1);
    QVERIFY(library.problems().first().toString().endsWith(u"empty.md: the file is empty"_s));
    QVERIFY(library.packs().isEmpty());
}

QTEST_MAIN(TestContentLibrary)
#include "tst_contentlibrary.moc"
