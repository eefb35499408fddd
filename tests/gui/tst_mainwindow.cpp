#include "appinfo.h"
#include "contentlibrary.h"
#include "handoutdocument.h"
#include "isolatingitemdelegate.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "personalizationform.h"
#include "safetypanel.h"
#include "sectionpanel.h"
#include "settingskeys.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
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
    void startsWithAPresetsSections();
    void unknownPresetOnTheCommandLine();
    void helpAndVersionNeedNoDisplay_data();
    void helpAndVersionNeedNoDisplay();
    void sectionPanelListsEverySection();
    void languageSwitchRetranslatesAtRunTime();
    void arabicLaysTheWindowOutRightToLeft();
    void englishTitlesKeepTheirDirectionInArabic();

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

// handout-composer --preset ID: the first handout holds the preset's sections,
// the preset shows as chosen, and the handout is not yet modified.
void TestMainWindow::startsWithAPresetsSections()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(u"en"_s, false));
    MainWindow window(m_library, &languages, u"in-recovery"_s);
    window.show();
    const Preset *preset = m_library.defaultPack().preset(u"in-recovery"_s);
    QVERIFY(preset);
    QCOMPARE(window.document()->selectedSections(), preset->sectionIds);
    QCOMPARE(window.document()->title(), preset->title);
    QCOMPARE(window.sectionPanel()->findChild<QComboBox *>()->currentData().toString(), preset->id);
    QVERIFY(!window.document()->isModified());
    QVERIFY(window.document()->textDocument()->toPlainText().contains(u"Special K"_s));
}

void TestMainWindow::unknownPresetOnTheCommandLine()
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(HANDOUT_COMPOSER), {u"--preset"_s, u"no-such-preset"_s});
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 2);
    QVERIFY2(app.readAllStandardError().contains("unknown preset 'no-such-preset'"), "no message naming the preset");
}

void TestMainWindow::helpAndVersionNeedNoDisplay_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << u"--help"_s << u"[files...]"_s;
    QTest::newRow("-h") << u"-h"_s << u"--ui-language <code>"_s;
    QTest::newRow("--version") << u"--version"_s << u"handout-composer "_s + AppInfo::version();
}

// No display at all, and the platform a desktop session would use: a window
// program aborts there, but --help and --version only print (help2man and
// people over SSH run them).
void TestMainWindow::helpAndVersionNeedNoDisplay()
{
    QFETCH(QString, option);
    QFETCH(QString, expected);
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(HANDOUT_COMPOSER), {option});
    QVERIFY(app.waitForFinished(30000));
    const QString out = QString::fromUtf8(app.readAllStandardOutput());
    QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0,
             qPrintable(QString::fromUtf8(app.readAllStandardError())));
    QVERIFY2(out.contains(expected), qPrintable(out));
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
    QCOMPARE(QSettings().value(SettingsKeys::UiLanguage).toString(), u"es"_s);
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
    QTRY_COMPARE(window.menuBar()->actions().first()->text(), u"ملف"_s); // no mnemonic in Arabic
    QVERIFY(languages.setLanguage(u"en"_s, false));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
}

namespace {
// The delegate's option, as a view asks for it before painting a row.
class DelegateProbe : public IsolatingItemDelegate
{
public:
    using IsolatingItemDelegate::initStyleOption;
};
} // namespace

// Issue 13: "A New Pathway?" showed as "?A New Pathway" in the Arabic
// interface's section panel.
void TestMainWindow::englishTitlesKeepTheirDirectionInArabic()
{
    LanguageManager languages;
    MainWindow window(m_library, &languages);
    window.show();
    QVERIFY(languages.setLanguage(u"ar"_s, false));
    QTreeView *tree = window.sectionPanel()->tree();
    QTRY_COMPARE(tree->layoutDirection(), Qt::RightToLeft);
    QVERIFY(qobject_cast<IsolatingItemDelegate *>(tree->itemDelegate()));
    const QModelIndexList found = tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, u"A New Pathway?"_s,
                                                       1, Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    const QString fsi(QChar(0x2068)), pdi(QChar(0x2069));
    DelegateProbe probe;
    QStyleOptionViewItem option;
    option.initFrom(tree);
    probe.initStyleOption(&option, found.first());
    QCOMPARE(option.text, fsi + u"A New Pathway?"_s + pdi);
    // The model keeps the plain title, and a left-to-right view shows it as it is.
    QCOMPARE(found.first().data().toString(), u"A New Pathway?"_s);
    QVERIFY(languages.setLanguage(u"en"_s, false));
    QTRY_COMPARE(tree->layoutDirection(), Qt::LeftToRight);
    QStyleOptionViewItem leftToRight;
    leftToRight.initFrom(tree);
    probe.initStyleOption(&leftToRight, found.first());
    QCOMPARE(leftToRight.text, u"A New Pathway?"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
