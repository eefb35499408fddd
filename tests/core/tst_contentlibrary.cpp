#include "appinfo.h"
#include "contentlibrary.h"
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
    void loadFileReportsTheProblem();

private:
    static QByteArray smallPack(const QString &id);
};

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
    QVERIFY(library.problems().first().message.contains(u"pack id 'ketamine-review' is already used"_s));
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
