#include "contentlibrary.h"
#include "filecommands.h"
#include "handoutdocument.h"
#include "handoutjsonwriter.h"
#include "handoutoutput.h"
#include "handoutrecorder.h"
#include "historywindow.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "messageprompt.h"
#include "personalizationform.h"
#include "recordsettings.h"
#include "recordstore.h"
#include "sectionpanel.h"
#include "testsupport.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableWidget>
#include <QtTest>

using namespace Qt::StringLiterals;

// The record through the real window: exports and prints are recorded with the
// patient reference and without the patient's name, the preference turns it
// off, a failed record keeps the PDF and says so, and File > History lists,
// filters, shows what changed since, and opens a recorded handout again.
class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void exportAndPrintAreRecorded();
    void preferenceTurnsRecordingOff();
    void failedRecordKeepsThePdfAndSaysSo();
    void historyListsAndFilters();
    void recordedHandoutOpensAsANewUnsavedHandout();
    void historyShowsHandoutsWithChangedPassages();

private:
    QString exportOne(const QString &name, const QString &patientRef);
    QList<HandoutRecord> records();
    HistoryWindow *openHistory();

    ContentLibrary m_library;
    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    QString m_database;
    int m_round = 0;
};

void TestHistory::initTestCase()
{
    TestSupport::builtinArticle();
    QTemporaryDir empty;
    QVERIFY(m_library.load(empty.path()));
    QVERIFY(m_languages.setLanguage(u"en"_s, false));
    qunsetenv("HANDOUT_DATABASE");
}

void TestHistory::init()
{
    m_database = m_dir.filePath(u"records-%1.sqlite"_s.arg(++m_round));
    QSettings settings;
    RecordSettings::setEnabled(settings, true);
    RecordSettings::setDatabase(settings, m_database);
    m_window = std::make_unique<MainWindow>(m_library, &m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->sectionPanel()->applyPreset(u"in-recovery"_s);
}

void TestHistory::cleanup()
{
    m_window->document()->setModified(false);
    m_window->files()->closeCleanly();
    m_window.reset();
}

QString TestHistory::exportOne(const QString &name, const QString &patientRef)
{
    PersonalizationForm *form = m_window->findChild<PersonalizationForm *>();
    form->patientEdit()->setText(u"Zelda Quimby"_s);
    form->patientRefEdit()->setText(patientRef);
    form->commit();
    const QString path = m_dir.filePath(name);
    if (!m_window->output()->exportPdfTo(path))
        qWarning("export failed");
    return path;
}

QList<HandoutRecord> TestHistory::records()
{
    RecordLocation location;
    QString error;
    RecordLocation::parse(m_database, &location, &error);
    RecordStore store(location);
    const std::optional<QList<HandoutRecord>> found = store.list({}, &error);
    if (!found)
        qWarning("%s", qPrintable(error));
    return found.value_or(QList<HandoutRecord> {});
}

HistoryWindow *TestHistory::openHistory()
{
    m_window->action(u"history"_s)->trigger();
    return m_window->findChild<HistoryWindow *>();
}

void TestHistory::exportAndPrintAreRecorded()
{
    const QString pdf = exportOne(u"a.pdf"_s, u"MRN-77"_s);
    QList<HandoutRecord> found = records();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().patientRef, u"MRN-77"_s);
    QCOMPARE(found.first().output, HandoutRecord::Output::Pdf);
    QString error;
    QCOMPARE(found.first().pdfSha256, HandoutRecord::fileSha256(pdf, &error));
    QCOMPARE(found.first().sectionIds, m_window->document()->content().sectionIds());

    // A print (the dialog's own Print, or the preview's) is recorded as a print.
    Q_EMIT m_window->output()->printed();
    found = records();
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.first().output, HandoutRecord::Output::Print);
    QVERIFY(found.first().pdfSha256.isEmpty());

    // The patient's name reached neither the database nor its log.
    QByteArray bytes = TestSupport::readAll(m_database);
    if (QFile::exists(m_database + u"-wal"_s))
        bytes += TestSupport::readAll(m_database + u"-wal"_s);
    QVERIFY(bytes.contains("MRN-77"));
    QVERIFY(!bytes.contains("Zelda"));
    QVERIFY(!QSettings().allKeys().join(u' ').contains(u"MRN"_s));
}

void TestHistory::preferenceTurnsRecordingOff()
{
    QSettings settings;
    RecordSettings::setEnabled(settings, false);
    const QString pdf = exportOne(u"off.pdf"_s, u"MRN-1"_s);
    QVERIFY(QFile::exists(pdf));
    QCOMPARE(records().size(), 0);
}

void TestHistory::failedRecordKeepsThePdfAndSaysSo()
{
    QSettings settings;
    RecordSettings::setDatabase(settings, u"postgresql://nobody@/records?host=%1"_s.arg(m_dir.filePath(u"none"_s)));
    MessagePrompt::setNextAnswer(QMessageBox::Ok);
    const int told = MessagePrompt::askedCount();
    const QString pdf = exportOne(u"failed.pdf"_s, u"MRN-1"_s);
    QVERIFY(QFileInfo(pdf).size() > 1000);
    QCOMPARE(MessagePrompt::askedCount(), told + 1);
    QVERIFY2(MessagePrompt::lastText().startsWith(u"The PDF was written, but it was not recorded: cannot connect to "
                                                  "the record database"_s),
             qPrintable(MessagePrompt::lastText()));
    QVERIFY(!MessagePrompt::lastText().contains(u"Zelda"_s));
}

void TestHistory::historyListsAndFilters()
{
    exportOne(u"1.pdf"_s, u"MRN-1"_s);
    exportOne(u"2.pdf"_s, u"MRN-2"_s);
    HistoryWindow *history = openHistory();
    QVERIFY(history && history->isVisible());
    QCOMPARE(history->table()->rowCount(), 2);
    QCOMPARE(history->table()->item(0, 1)->text(), u"MRN-2"_s); // newest first
    history->patientRefEdit()->setText(u"MRN-1"_s);
    QVERIFY(history->refresh());
    QCOMPARE(history->table()->rowCount(), 1);
    QCOMPARE(history->table()->item(0, 1)->text(), u"MRN-1"_s);
    history->patientRefEdit()->clear();
    history->sinceEdit()->setDate(QDate::currentDate().addDays(1));
    history->sinceCheck()->setChecked(true);
    QCOMPARE(history->table()->rowCount(), 0);
    history->sinceCheck()->setChecked(false);
    QCOMPARE(history->table()->rowCount(), 2);
    // A new export shows up while the window is open.
    exportOne(u"3.pdf"_s, u"MRN-3"_s);
    QCOMPARE(history->table()->rowCount(), 3);
}

void TestHistory::recordedHandoutOpensAsANewUnsavedHandout()
{
    m_window->document()->setTitle(u"Recorded title"_s);
    exportOne(u"open.pdf"_s, u"MRN-5"_s);
    m_window->sectionPanel()->applyPreset(u"considering-treatment"_s);
    m_window->document()->setTitle(u"Something else"_s);
    m_window->document()->setModified(false);

    HistoryWindow *history = openHistory();
    history->table()->selectRow(0);
    QVERIFY(history->selectedId() > 0);
    const QList<QPushButton *> buttons = history->findChildren<QPushButton *>();
    QPushButton *open = nullptr;
    for (QPushButton *b : buttons) {
        if (b->text().remove(u'&') == u"Open as New Handout"_s)
            open = b;
    }
    QVERIFY(open && open->isEnabled());
    open->click();
    QCOMPARE(m_window->document()->title(), u"Recorded title"_s);
    QVERIFY(m_window->files()->currentPath().isEmpty());
    QCOMPARE(m_window->document()->content().sectionIds(), records().first().sectionIds);
    // The name was never recorded, so it does not come back.
    QVERIFY(m_window->document()->content().person.patient.isEmpty());
}

void TestHistory::historyShowsHandoutsWithChangedPassages()
{
    exportOne(u"changed.pdf"_s, u"MRN-OLD"_s);
    exportOne(u"same.pdf"_s, u"MRN-NEW"_s);
    // The first handout was given with an older text of one passage.
    {
        RecordLocation location;
        QString error;
        RecordLocation::parse(m_database, &location, &error);
        RecordStore store(location);
        QVERIFY(store.open(&error));
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"edit"_s);
        db.setDatabaseName(m_database);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"UPDATE record_passage SET source_hash = '%1' WHERE position = 1 AND record_id = "
                           "(SELECT id FROM handout_record WHERE patient_ref = 'MRN-OLD')"_s.arg(
                               HandoutJsonWriter::sourceHash(u"the old wording"_s))));
        query = QSqlQuery();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"edit"_s);
    }
    HistoryWindow *history = openHistory();
    QCOMPARE(history->table()->rowCount(), 2);
    history->affectedCheck()->setChecked(true);
    QCOMPARE(history->table()->rowCount(), 1);
    QCOMPARE(history->table()->item(0, 1)->text(), u"MRN-OLD"_s);
    const QString passage = records().last().passages.at(1).id;
    QCOMPARE(history->table()->item(0, 6)->text(), passage);
    QVERIFY(!history->table()->isColumnHidden(6));
    QCOMPARE(history->statusLabel()->text(), u"Handouts with passages changed since: 1"_s);
}

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
