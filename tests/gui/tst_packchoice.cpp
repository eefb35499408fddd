#include "appinfo.h"
#include "contentlibrary.h"
#include "handoutdocument.h"
#include "mainwindow.h"
#include "sectionpanel.h"
#include "testsupport.h"

#include <QAction>
#include <QDir>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace Qt::StringLiterals;

// Issue 19: a user's content pack under a new id can be chosen in the window,
// and a corrected built-in pack in use is said in the status bar.
class TestPackChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyInstalledPackCanBeChosen();
    void aCorrectedPackIsSaidInTheStatusBar();

private:
    static bool write(const QString &path, const QByteArray &bytes);
};

void TestPackChoice::initTestCase()
{
    AppInfo::apply();
    TestSupport::builtinArticle(); // registers the bundled fonts
}

bool TestPackChoice::write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

void TestPackChoice::everyInstalledPackCanBeChosen()
{
    QTemporaryDir user;
    QVERIFY(write(user.filePath(u"minimal.md"_s), TestSupport::readAll(TestSupport::dataPath(u"packs/minimal.md"_s))));
    ContentLibrary library;
    QVERIFY(library.load(user.path()));
    QCOMPARE(library.packs().size(), 2);
    MainWindow window(library, nullptr);
    window.show();
    QAction *builtin = window.findChild<QAction *>(u"pack-ketamine-review"_s);
    QAction *minimal = window.findChild<QAction *>(u"pack-minimal-pack"_s);
    QVERIFY(builtin && minimal);
    QVERIFY(builtin->isChecked());
    QCOMPARE(minimal->text(), u"A Small Pack"_s);
    QVERIFY(minimal->toolTip().contains(u"Version 1.0, from "_s));

    minimal->trigger();
    QCOMPARE(window.document()->article().meta.id, u"minimal-pack"_s);
    QVERIFY(minimal->isChecked());
    QVERIFY(window.document()->selectedSections().isEmpty());
    QVERIFY(!window.document()->isModified());
    QCOMPARE(window.document()->title(), u"A Small Pack"_s);
    // The section panel lists the new pack's sections, and choosing works.
    QTreeView *tree = window.sectionPanel()->tree();
    QCOMPARE(tree->model()->rowCount(), 2);
    QVERIFY(tree->isExpanded(tree->model()->index(0, 0)));
    window.sectionPanel()->selectAll();
    QCOMPARE(window.document()->selectedSections(), (QStringList {u"topic-one"_s, u"sub-topic"_s, u"topic-two"_s}));
    QVERIFY(window.document()->textDocument()->toPlainText().contains(u"A risky passage."_s));
    // Handouts record the pack by its id.
    QCOMPARE(window.document()->content().packId, u"minimal-pack"_s);

    // And back; the window asks to save the edited handout first.
    window.document()->setModified(false);
    builtin->trigger();
    QCOMPARE(window.document()->article().meta.id, u"ketamine-review"_s);
    QVERIFY(window.document()->selectedSections().isEmpty());
    QVERIFY(tree->model()->rowCount() > 2);
}

void TestPackChoice::aCorrectedPackIsSaidInTheStatusBar()
{
    QTemporaryDir user;
    QByteArray corrected = TestSupport::readAll(ContentLibrary::builtinPath());
    corrected.replace("version: 1.0.0\n", "version: 1.1\n");
    const QString path = user.filePath(u"corrected.md"_s);
    QVERIFY(write(path, corrected));
    ContentLibrary library;
    QVERIFY(library.load(user.path()));
    MainWindow window(library, nullptr);
    window.show();
    QCOMPARE(window.statusBar()->currentMessage(),
             u"The content pack “ketamine-review” is the corrected version 1.1 from %1, in place of the built-in "
             "version 1.0.0."_s.arg(QDir::toNativeSeparators(path)));
    QAction *pack = window.findChild<QAction *>(u"pack-ketamine-review"_s);
    QVERIFY(pack);
    QVERIFY(pack->toolTip().contains(u"Version 1.1, from "_s));
}

QTEST_MAIN(TestPackChoice)
#include "tst_packchoice.moc"
