#include "handoutcontent.h"
#include "handoutfile.h"
#include "pageoptions.h"
#include "startfolder.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// How handout files meet the desktop: the shared-mime-info declaration that
// the .deb installs (read here by Qt's own MIME database, as the file dialogs
// and file managers read it), and the folder the file dialogs start in.
class TestDesktopFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void handoutFilesAreKnownByName();
    void handoutFilesAreKnownByContent_data();
    void handoutFilesAreKnownByContent();
    void otherJsonIsNotAHandout();
    void startFolderExists_data();
    void startFolderExists();
    void defaultPageSizeFollowsThePaperLocale_data();
    void defaultPageSizeFollowsThePaperLocale();

private:
    QTemporaryDir m_data;
    QTemporaryDir m_files;
};

void TestDesktopFiles::initTestCase()
{
    // The declaration is installed in a data folder of its own, as the .deb
    // installs it under /usr/share, before the MIME database is first used.
    QVERIFY(QDir().mkpath(m_data.filePath(u"mime/packages"_s)));
    QVERIFY(QFile::copy(TestSupport::sourcePath(u"packaging/linux/org.example.HandoutComposer.mime.xml"_s),
                        m_data.filePath(u"mime/packages/org.example.HandoutComposer.xml"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.path()));
}

void TestDesktopFiles::handoutFilesAreKnownByName()
{
    const QMimeType type = QMimeDatabase().mimeTypeForFile(u"visit.handout"_s, QMimeDatabase::MatchExtension);
    QCOMPARE(type.name(), u"application/x-handout-composer"_s);
    QVERIFY(type.inherits(u"application/json"_s));
    QVERIFY(type.globPatterns().contains(u"*.handout"_s));
}

void TestDesktopFiles::handoutFilesAreKnownByContent_data()
{
    QTest::addColumn<bool>("asTemplate");
    QTest::newRow("handout") << false;
    QTest::newRow("template") << true;
}

void TestDesktopFiles::handoutFilesAreKnownByContent()
{
    // A file as the program writes it, under a name with no extension (a mail
    // attachment, a renamed copy): the magic on the format key finds it.
    QFETCH(bool, asTemplate);
    HandoutContent content;
    content.packId = TestSupport::builtinArticle().meta.id;
    content.packVersion = TestSupport::builtinArticle().meta.version;
    content.language = u"en"_s;
    content.title = u"A handout"_s;
    const QString path = m_files.filePath(asTemplate ? u"template-without-suffix"_s : u"handout-without-suffix"_s);
    QString error;
    QVERIFY2(HandoutFile::write(path, content, PageOptions(), TestSupport::builtinArticle(), asTemplate, &error),
             qPrintable(error));
    QCOMPARE(QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent).name(),
             u"application/x-handout-composer"_s);
}

void TestDesktopFiles::otherJsonIsNotAHandout()
{
    const QString path = m_files.filePath(u"other-without-suffix"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n    \"format\": \"something-else/handout\",\n    \"title\": \"x\"\n}\n");
    file.close();
    QVERIFY(QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent).name()
            != u"application/x-handout-composer"_s);
}

void TestDesktopFiles::startFolderExists_data()
{
    QTest::addColumn<bool>("preferredExists");
    QTest::addColumn<bool>("documentsExists");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the preferred folder") << true << true << u"preferred"_s;
    QTest::newRow("preferred gone: documents") << false << true << u"Documents"_s;
    QTest::newRow("neither: home") << false << false << QString();
}

void TestDesktopFiles::startFolderExists()
{
    QFETCH(bool, preferredExists);
    QFETCH(bool, documentsExists);
    QFETCH(QString, expected);
    QTemporaryDir home;
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(u"config"_s))); // no user-dirs.dirs
    if (preferredExists)
        QVERIFY(QDir(home.path()).mkdir(u"preferred"_s));
    if (documentsExists)
        QVERIFY(QDir(home.path()).mkdir(u"Documents"_s));
    const QString chosen = StartFolder::choose(home.filePath(u"preferred"_s));
    qputenv("HOME", oldHome);
    qputenv("XDG_CONFIG_HOME", oldConfig);
    QCOMPARE(chosen, expected.isEmpty() ? home.path() : home.filePath(expected));
    QVERIFY(QFileInfo(chosen).isDir());
}

void TestDesktopFiles::defaultPageSizeFollowsThePaperLocale_data()
{
    QTest::addColumn<QByteArray>("lcAll");
    QTest::addColumn<QByteArray>("lcPaper");
    QTest::addColumn<QByteArray>("lang");
    QTest::addColumn<QString>("interfaceLanguage"); // what the window sets
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing set: C") << QByteArray() << QByteArray() << QByteArray() << u"en"_s << u"A4"_s;
    QTest::newRow("C.UTF-8, English interface")
        << QByteArray() << QByteArray() << QByteArray("C.UTF-8") << u"en"_s << u"A4"_s;
    QTest::newRow("US English") << QByteArray() << QByteArray() << QByteArray("en_US.UTF-8") << u"es"_s << u"Letter"_s;
    QTest::newRow("British English") << QByteArray() << QByteArray() << QByteArray("en_GB.UTF-8") << u"en"_s << u"A4"_s;
    QTest::newRow("Mexican Spanish") << QByteArray() << QByteArray() << QByteArray("es_MX.UTF-8") << u"ar"_s
                                     << u"Letter"_s;
    QTest::newRow("LC_PAPER over LANG") << QByteArray() << QByteArray("de_DE.UTF-8") << QByteArray("en_US.UTF-8")
                                        << u"en"_s << u"A4"_s;
    QTest::newRow("LC_ALL over LC_PAPER") << QByteArray("en_CA.UTF-8") << QByteArray("de_DE.UTF-8")
                                          << QByteArray("fr_FR.UTF-8") << u"fr"_s << u"Letter"_s;
}

// The window sets the default QLocale to its interface language and the CLI
// does not; the page size must not depend on that, or the two programs give
// different paper on one machine.
void TestDesktopFiles::defaultPageSizeFollowsThePaperLocale()
{
    QFETCH(QByteArray, lcAll);
    QFETCH(QByteArray, lcPaper);
    QFETCH(QByteArray, lang);
    QFETCH(QString, interfaceLanguage);
    QFETCH(QString, expected);
    const QByteArray saved[] = {qgetenv("LC_ALL"), qgetenv("LC_PAPER"), qgetenv("LANG")};
    const auto set = [](const char *name, const QByteArray &value) {
        if (value.isEmpty())
            qunsetenv(name);
        else
            qputenv(name, value);
    };
    set("LC_ALL", lcAll);
    set("LC_PAPER", lcPaper);
    set("LANG", lang);
    QLocale::setDefault(QLocale(interfaceLanguage));
    const QString chosen = PageOptions::pageSizeName(PageOptions::defaultPageSize());
    QLocale::setDefault(QLocale::c());
    set("LC_ALL", saved[0]);
    set("LC_PAPER", saved[1]);
    set("LANG", saved[2]);
    QCOMPARE(chosen, expected);
}

QTEST_GUILESS_MAIN(TestDesktopFiles)
#include "tst_desktopfiles.moc"
