#include "appinfo.h"
#include "contentlibrary.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QAction>
#include <QDir>
#include <QMenuBar>
#include <QProcess>
#include <QtTest>

using namespace Qt::StringLiterals;

// Issue 19: a corrected interface translation (.qm) in the user data folder
// is used before the built-in one, with no rebuild; strings it leaves out
// still come from the built-in file.
class TestUserInterfaceTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void userFolderIsUnderTheDataFolder();
    void userQmOverridesTheBuiltinString();
    void cleanup();

private:
    // Compiles a .ts holding one corrected message with Qt's lrelease, as an
    // administrator would, into the user folder.
    static bool installCorrection(const QString &language, const QString &source, const QString &translation);
    ContentLibrary m_library;
};

void TestUserInterfaceTranslation::initTestCase()
{
    AppInfo::apply();
    TestSupport::builtinArticle(); // registers the bundled fonts
    QTemporaryDir empty;
    QVERIFY(m_library.load(empty.path()));
}

void TestUserInterfaceTranslation::cleanup()
{
    QDir(LanguageManager::userFolder()).removeRecursively();
}

bool TestUserInterfaceTranslation::installCorrection(const QString &language, const QString &source,
                                                     const QString &translation)
{
    QTemporaryDir work;
    const QString ts = work.filePath(u"handout_%1.ts"_s.arg(language));
    QFile file(ts);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(u"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" language=\"%1\">\n"
               "<context><name>MainWindow</name><message><source>%2</source><translation>%3</translation>"
               "</message></context>\n</TS>\n"_s.arg(language, source.toHtmlEscaped(), translation.toHtmlEscaped())
                   .toUtf8());
    file.close();
    if (!QDir().mkpath(LanguageManager::userFolder()))
        return false;
    QProcess lrelease;
    lrelease.start(QString::fromUtf8(LRELEASE),
                   {u"-silent"_s, ts, u"-qm"_s, LanguageManager::userFolder() + u"/handout_%1.qm"_s.arg(language)});
    return lrelease.waitForFinished(30000) && lrelease.exitStatus() == QProcess::NormalExit && lrelease.exitCode() == 0;
}

void TestUserInterfaceTranslation::userFolderIsUnderTheDataFolder()
{
    const QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
    QVERIFY(!dataHome.isEmpty());
    QCOMPARE(LanguageManager::userFolder(), dataHome + u"/HandoutComposer/handout-composer/translations"_s);
}

void TestUserInterfaceTranslation::userQmOverridesTheBuiltinString()
{
    QVERIFY(installCorrection(u"es"_s, u"&File"_s, u"&Fichero"_s));
    LanguageManager languages;
    MainWindow window(m_library, &languages);
    window.show();
    QVERIFY(languages.setLanguage(u"es"_s, false));
    QTRY_COMPARE(window.menuBar()->actions().first()->text(), u"&Fichero"_s);
    // Only the corrected string changes.
    QCOMPARE(window.action(u"exportPdf"_s)->text(), u"&Exportar PDF…"_s);
    // Without the correction, the built-in Spanish comes back.
    cleanup();
    QVERIFY(languages.setLanguage(u"es"_s, false));
    QTRY_COMPARE(window.menuBar()->actions().first()->text(), u"&Archivo"_s);
    QVERIFY(languages.setLanguage(u"en"_s, false));
}

QTEST_MAIN(TestUserInterfaceTranslation)
#include "tst_userinterfacetranslation.moc"
