#include "contentlibrary.h"
#include "handoutdocument.h"
#include "mainwindow.h"
#include "sectionpanel.h"
#include "testsupport.h"

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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
