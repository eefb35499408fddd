#include "contentlibrary.h"
#include "contenttranslation.h"
#include "filecommands.h"
#include "handoutdocument.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "translationcoveragedialog.h"
#include "tscatalog.h"

#include <QAction>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;

// Help > Translation Coverage (issue 19): languages by states, read-only,
// each number opening its list of texts.
class TestCoverageDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void eachStateOpensItsList();

private:
    QString m_userFile;
    ContentLibrary m_library;
    LanguageManager m_languages;
};

void TestCoverageDialog::initTestCase()
{
    TestSupport::builtinArticle();
    QTemporaryDir empty;
    QVERIFY(m_library.load(empty.path()));
    QVERIFY(m_languages.setLanguage(u"en"_s, false));
    // The user's own Spanish file: the built-in one, with one passage
    // translated from an older wording (stale).
    SourceError error;
    std::optional<TsCatalog> catalog
        = TsCatalog::readFile(TestSupport::sourcePath(u"translations/content/ketamine-review_es.ts"_s), &error);
    QVERIFY(catalog);
    for (TsMessage &m : catalog->messages) {
        if (m.comment == u"introduction-therapeutic-attention"_s) {
            m.source = u"An older wording of this passage."_s;
            m.finished = true;
        }
    }
    QVERIFY(QDir().mkpath(ContentLibrary::userFolder()));
    m_userFile = ContentLibrary::userFolder() + u"/ketamine-review_es.ts"_s;
    QFile file(m_userFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(catalog->toXml());
}

void TestCoverageDialog::cleanupTestCase()
{
    QFile::remove(m_userFile);
}

void TestCoverageDialog::eachStateOpensItsList()
{
    MainWindow window(m_library, &m_languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.action(u"translationCoverage"_s)->trigger();
    auto *dialog = window.findChild<TranslationCoverageDialog *>(u"TranslationCoverageDialog"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTableWidget *table = dialog->table();
    QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);

    int spanish = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == u"Español"_s)
            spanish = row;
    }
    QVERIFY(spanish >= 0);
    QCOMPARE(table->item(spanish, 5)->text(), u"ketamine-review_es.ts"_s); // the user's file, not the built-in
    const int total = int(ContentTranslation::sourceMessages(TestSupport::builtinArticle()).size());
    int sum = 0;
    for (int column = 1; column <= 4; ++column)
        sum += table->item(spanish, column)->text().toInt();
    QCOMPARE(sum, total);
    QCOMPARE(table->item(spanish, 3)->text(), u"1"_s); // stale
    QCOMPARE(table->horizontalHeaderItem(3)->text(), u"Out of date"_s);

    // The stale cell lists exactly that text, with its old wording.
    table->setCurrentCell(spanish, 3);
    QTreeWidget *texts = dialog->texts();
    QCOMPARE(texts->topLevelItemCount(), 1);
    QVERIFY(texts->topLevelItem(0)->text(2).endsWith(u"/introduction-therapeutic-attention"_s));
    QVERIFY(texts->topLevelItem(0)->toolTip(3).contains(u"An older wording of this passage."_s));
    // Each state's cell lists as many texts as it counts.
    for (int column = 1; column <= 4; ++column) {
        table->setCurrentCell(spanish, column);
        QCOMPARE(texts->topLevelItemCount(), table->item(spanish, column)->text().toInt());
    }
    // The language's own cell lists them all.
    table->setCurrentCell(spanish, 0);
    QCOMPARE(texts->topLevelItemCount(), total);
    dialog->close();
    window.document()->setModified(false);
    window.files()->closeCleanly();
}

QTEST_MAIN(TestCoverageDialog)
#include "tst_coveragedialog.moc"
