#include "contentlibrary.h"
#include "handoutdocument.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "personalizationform.h"
#include "safetypanel.h"
#include "sectionpanel.h"
#include "testsupport.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QTreeView>
#include <QWindow>
#include <QtTest>

using namespace Qt::StringLiterals;

// Smoke test of the window (offscreen): it builds and shows every section.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensWithTheTitle();
    void sectionPanelListsEverySection();
    void languageSwitchRetranslatesAtRunTime();
    void arabicLaysTheWindowOutRightToLeft();

private:
    ContentLibrary m_library;
};

void TestMainWindow::initTestCase()
{
    QApplication::setApplicationDisplayName(u"Handout Composer"_s);
    TestSupport::builtinArticle(); // registers the bundled fonts
    QTemporaryDir empty;
    QVERIFY(m_library.load(empty.path()));
}

void TestMainWindow::opensWithTheTitle()
{
    MainWindow window(m_library, nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.windowTitle().endsWith(u" — Handout Composer"_s), qPrintable(window.windowTitle()));
}

void TestMainWindow::sectionPanelListsEverySection()
{
    MainWindow window(m_library, nullptr);
    window.show();
    QAbstractItemModel *model = window.sectionPanel()->tree()->model();
    QStringList ids;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex index = model->index(r, 0, parent);
            ids << index.data(Qt::UserRole + 1).toString();
            walk(index);
        }
    };
    walk({});
    QStringList expected;
    for (const Section &s : TestSupport::builtinArticle().sections)
        expected << s.id;
    QCOMPARE(ids, expected);
    QCOMPARE(model->index(0, 0).data().toString(), u"Introduction to Ketamine"_s);
}

void TestMainWindow::languageSwitchRetranslatesAtRunTime()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(u"en"_s, false));
    MainWindow window(m_library, &languages);
    window.show();
    QCOMPARE(window.menuBar()->actions().first()->text(), u"&File"_s);
    // Through the Language menu, as a user would; the choice is remembered.
    window.findChild<QAction *>(u"language-es"_s)->trigger();
    QCOMPARE(languages.current(), u"es"_s);
    // Qt posts LanguageChange to the windows: it arrives with the next events.
    QTRY_COMPARE(window.menuBar()->actions().first()->text(), u"&Archivo"_s);
    QCOMPARE(window.action(u"exportPdf"_s)->text(), u"&Exportar PDF…"_s);
    QCOMPARE(window.findChild<QDockWidget *>(u"SectionsDock"_s)->windowTitle(), u"Secciones"_s);
    QVERIFY(window.windowTitle().endsWith(u" — Handout Composer"_s));
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"es"_s);
    QCOMPARE(LanguageManager::preferred(), u"es"_s);
    // The handout's language does not follow the interface.
    QCOMPARE(window.document()->language(), u"en"_s);
    languages.setLanguage(u"en"_s);
    QTRY_COMPARE(window.menuBar()->actions().first()->text(), u"&File"_s);
}

void TestMainWindow::arabicLaysTheWindowOutRightToLeft()
{
    LanguageManager languages;
    MainWindow window(m_library, &languages);
    window.show();
    QVERIFY(languages.setLanguage(u"ar"_s, false));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
    QTRY_COMPARE(window.menuBar()->actions().first()->text(), u"&ملف"_s);
    QVERIFY(languages.setLanguage(u"en"_s, false));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
