#include "checklistbox.h"
#include "clinicsettings.h"
#include "composereditor.h"
#include "contentlibrary.h"
#include "documentmarks.h"
#include "documentreader.h"
#include "filecommands.h"
#include "filedialogs.h"
#include "handoutdocument.h"
#include "handoutoutput.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "messageprompt.h"
#include "personalizationform.h"
#include "printdialogs.h"
#include "safetypanel.h"
#include "sectionpanel.h"
#include "templatelibrary.h"
#include "templatesdialog.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStandardItemModel>
#include <QTextBlock>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;

// Files, templates and the handout language, through the real window.
class TestHandoutWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void saveAndReopenKeepsEdits();
    void badFileLeavesTheOpenHandoutAlone_data();
    void badFileLeavesTheOpenHandoutAlone();
    void messageBoxesShowPlainText();
    void templateLeavesThePatientOutAndListsItself();
    void templatesAreListedByName();
    void templatesAreRenamedAndDeletedInTheWindow();
    void recentFilesHoldPaths();
    void handoutLanguageIsIndependentOfTheInterface();
    void languageListSaysHowCompleteEachIs();
    void spanishExportSaysItIsADraft();
    void untranslatedPassagesAreMarked();
    void printGoesToTheChosenPrinter();
    void plainWordingIsChosenBesideTheLanguageAndSaved();
    void wordsToKnowSwitchIsSaved();
    void teachBackSwitchIsSaved();
    void checklistRatingsAreUndoneAndSaved();
    void confirmedRemovalIsRecordedUndoneAndSaved();

private:
    void typeInto(const QString &passageId, const QString &text);
    ContentLibrary m_library;
    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestHandoutWindow::initTestCase()
{
    TestSupport::builtinArticle();
    QTemporaryDir empty;
    QVERIFY(m_library.load(empty.path()));
    QVERIFY(m_languages.setLanguage(u"en"_s, false));
    // A crisis line in the clinic profile: without one every review has a finding.
    QSettings settings;
    ClinicProfile clinic;
    clinic.crisisLine = u"988"_s;
    ClinicSettings::save(settings, clinic);
}

void TestHandoutWindow::init()
{
    m_window = std::make_unique<MainWindow>(m_library, &m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestHandoutWindow::cleanup()
{
    QVERIFY(m_languages.setLanguage(u"en"_s, false));
    m_window->document()->setModified(false);
    m_window->files()->closeCleanly();
    m_window.reset();
    FileDialogs::clearPending();
}

void TestHandoutWindow::typeInto(const QString &passageId, const QString &text)
{
    const QTextBlock block = DocumentReader::passageBlock(m_window->document()->textDocument(), passageId);
    if (!block.isValid())
        QFAIL(qPrintable(passageId));
    QTextCursor(block).insertText(text);
}

void TestHandoutWindow::saveAndReopenKeepsEdits()
{
    m_window->sectionPanel()->applyPreset(u"in-recovery"_s);
    typeInto(u"introduction-overview"_s, u"First edit. "_s);
    typeInto(u"conclusion-hope-helpful"_s, u"Second edit. "_s);
    m_window->personalizationForm()->patientEdit()->setText(u"<b>Eve</b>"_s);
    m_window->personalizationForm()->commit();
    const HandoutContent before = m_window->document()->content();

    const QString path = m_dir.filePath(u"round.handout"_s);
    FileDialogs::setNextFileName(path);
    m_window->action(u"saveAs"_s)->trigger();
    QVERIFY(QFile::exists(path));
    QVERIFY(!m_window->document()->isModified());
    QVERIFY(m_window->windowTitle().startsWith(u"round.handout"_s));

    m_window->action(u"new"_s)->trigger();
    QVERIFY(m_window->document()->selectedSections().isEmpty());
    QCOMPARE(m_window->personalizationForm()->patientEdit()->text(), QString()); // a new handout clears the form
    m_window->personalizationForm()->commit();
    QVERIFY(!m_window->document()->isModified());
    FileDialogs::setNextFileName(path);
    m_window->action(u"open"_s)->trigger();
    const HandoutContent after = m_window->document()->content();
    QCOMPARE(after.sectionIds(), before.sectionIds());
    QCOMPARE(after.sections, before.sections);
    QCOMPARE(after.person.patient, u"<b>Eve</b>"_s);
    QCOMPARE(m_window->personalizationForm()->patientEdit()->text(), u"<b>Eve</b>"_s);
}

void TestHandoutWindow::badFileLeavesTheOpenHandoutAlone_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated") << u"truncated.handout"_s << u"ends too early"_s;
    QTest::newRow("not json") << u"not-json.handout"_s << u"not-json.handout"_s;
    QTest::newRow("newer version") << u"wrong-version.handout"_s << u"newer version"_s;
    QTest::newRow("other program") << u"wrong-type.handout"_s << u"not a Handout Composer file"_s;
    QTest::newRow("unknown section") << u"unknown-section.handout"_s << u"no longer in the content pack"_s;
    QTest::newRow("html language") << u"html-language.handout"_s << u"field “language” is not a language code"_s;
}

void TestHandoutWindow::badFileLeavesTheOpenHandoutAlone()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    m_window->sectionPanel()->applyPreset(u"family-caregivers"_s);
    typeInto(u"introduction-overview"_s, u"Unsaved work. "_s);
    const QString before = m_window->document()->textDocument()->toPlainText();
    const int asked = MessagePrompt::askedCount();
    MessagePrompt::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_window->files()->openPath(TestSupport::dataPath(u"handouts/"_s + file)));
    QCOMPARE(MessagePrompt::askedCount(), asked + 1);
    QVERIFY2(MessagePrompt::lastText().contains(message), qPrintable(MessagePrompt::lastText()));
    QVERIFY(MessagePrompt::lastText().contains(file));
    QCOMPARE(m_window->document()->textDocument()->toPlainText(), before);
    QVERIFY(m_window->document()->isModified());
}

// Issue 17: a message quoting a file's field as <img src="/etc/hostname">
// <h1>…</h1> was shown as rich text: a fake heading, and a local file read.
void TestHandoutWindow::messageBoxesShowPlainText()
{
    const QString html = u"<img src=\"/etc/hostname\"><h1>Call 555-0100 now</h1>"_s;
    const std::unique_ptr<QMessageBox> box
        = MessagePrompt::box(m_window.get(), QMessageBox::Critical, u"Open Handout"_s, html, QMessageBox::Ok);
    QCOMPARE(box->textFormat(), Qt::PlainText);
    const QLabel *label = box->findChild<QLabel *>(u"qt_msgbox_label"_s);
    QVERIFY(label);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QCOMPARE(label->text(), html);
}

void TestHandoutWindow::templateLeavesThePatientOutAndListsItself()
{
    m_window->sectionPanel()->applyPreset(u"in-recovery"_s);
    typeInto(u"introduction-overview"_s, u"Session note. "_s);
    m_window->personalizationForm()->patientEdit()->setText(u"Zed Patient"_s);
    m_window->personalizationForm()->commit();
    MessagePrompt::setNextText(u"Group session"_s);
    m_window->action(u"saveTemplate"_s)->trigger();
    const std::optional<TemplateEntry> saved = TemplateLibrary().find(u"Group session"_s);
    QVERIFY(saved);
    QVERIFY(!TestSupport::readAll(saved->path).contains("Zed Patient"));
    const QString path = saved->path;

    QComboBox *presets = m_window->sectionPanel()->presetBox();
    const int index = presets->findData(QString(u"template:"_s + path));
    QVERIFY(index >= 0);
    QCOMPARE(presets->itemText(index), u"Template: Group session"_s);
    MessagePrompt::setNextAnswer(QMessageBox::Discard); // the unsaved handout goes
    m_window->action(u"new"_s)->trigger();
    QVERIFY(m_window->document()->selectedSections().isEmpty());
    m_window->sectionPanel()->presetBox()->setCurrentIndex(index);
    Q_EMIT presets->activated(index);
    QCOMPARE(m_window->document()->selectedSections().size(), 9);
    QVERIFY(m_window->document()->textDocument()->toPlainText().contains(u"Session note."_s));
    QCOMPARE(m_window->document()->personalization().patient, QString());
    QVERIFY(m_window->files()->currentPath().isEmpty()); // a new handout, not the template itself
    QFile::remove(path);
}

void TestHandoutWindow::templatesAreListedByName()
{
    // Two templates of one handout title: listed apart, under their names.
    m_window->sectionPanel()->applyPreset(u"in-recovery"_s);
    const QString title = m_window->document()->title();
    MessagePrompt::setNextText(u"Recovery A"_s);
    QVERIFY(m_window->files()->saveAsTemplate());
    // A taken name is refused and asked again; cancelling saves nothing.
    const int asked = MessagePrompt::askedCount();
    MessagePrompt::setNextText(u"recovery a"_s);
    MessagePrompt::setNextText(QString());
    QVERIFY(!m_window->files()->saveAsTemplate());
    QCOMPARE(MessagePrompt::askedCount(), asked + 2);
    QVERIFY2(MessagePrompt::lastText().contains(u"already a template named “Recovery A”"_s),
             qPrintable(MessagePrompt::lastText()));
    MessagePrompt::setNextText(u"Recovery B"_s);
    QVERIFY(m_window->files()->saveAsTemplate());

    QComboBox *presets = m_window->sectionPanel()->presetBox();
    QStringList listed;
    for (int i = 0; i < presets->count(); ++i) {
        if (presets->itemData(i).toString().startsWith(u"template:"_s))
            listed << presets->itemText(i);
    }
    QCOMPARE(listed, QStringList({u"Template: Recovery A"_s, u"Template: Recovery B"_s}));
    for (const TemplateEntry &entry : TemplateLibrary().entries()) {
        QCOMPARE(entry.data.content.title, title);
        QFile::remove(entry.path);
    }
}

void TestHandoutWindow::templatesAreRenamedAndDeletedInTheWindow()
{
    m_window->sectionPanel()->applyPreset(u"in-recovery"_s);
    MessagePrompt::setNextText(u"Before"_s);
    QVERIFY(m_window->files()->saveAsTemplate());
    MessagePrompt::setNextText(u"Other"_s);
    QVERIFY(m_window->files()->saveAsTemplate());

    TemplatesDialog dialog(m_window.get());
    connect(&dialog, &TemplatesDialog::templatesChanged, m_window.get(),
            [this] { m_window->sectionPanel()->setTemplates(FileCommands::templates()); });
    QCOMPARE(dialog.list()->count(), 2);
    QCOMPARE(dialog.list()->currentItem()->text(), u"Before"_s);
    MessagePrompt::setNextText(u"After"_s);
    QVERIFY(dialog.renameSelected());
    QCOMPARE(dialog.list()->item(0)->text(), u"After"_s);
    QVERIFY(TemplateLibrary().find(u"After"_s));
    QVERIFY(!TemplateLibrary().find(u"Before"_s));
    QComboBox *presets = m_window->sectionPanel()->presetBox();
    QVERIFY(presets->findText(u"Template: After"_s) >= 0);
    QCOMPARE(presets->findText(u"Template: Before"_s), -1);

    // Renaming onto a taken name asks again; cancel leaves it as it was.
    MessagePrompt::setNextText(u"other"_s);
    MessagePrompt::setNextText(QString());
    QVERIFY(!dialog.renameSelected());
    QVERIFY(TemplateLibrary().find(u"After"_s));

    // Delete asks first: No keeps it, Yes removes it.
    MessagePrompt::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!dialog.deleteSelected());
    QCOMPARE(TemplateLibrary().entries().size(), 2);
    MessagePrompt::setNextAnswer(QMessageBox::Yes);
    QVERIFY(dialog.deleteSelected());
    QCOMPARE(dialog.list()->count(), 1);
    QCOMPARE(TemplateLibrary().entries().size(), 1);
    QCOMPARE(TemplateLibrary().entries().first().name, u"Other"_s);
    QCOMPARE(presets->findText(u"Template: After"_s), -1);
    QFile::remove(TemplateLibrary().entries().first().path);
}

void TestHandoutWindow::recentFilesHoldPaths()
{
    m_window->sectionPanel()->applyPreset(u"how-it-works"_s);
    const QString path = m_dir.filePath(u"recent.handout"_s);
    FileDialogs::setNextFileName(path);
    m_window->action(u"saveAs"_s)->trigger();
    QCOMPARE(m_window->files()->recentFiles().first(), QFileInfo(path).absoluteFilePath());
}

void TestHandoutWindow::handoutLanguageIsIndependentOfTheInterface()
{
    m_window->sectionPanel()->applyPreset(u"in-recovery"_s);
    QComboBox *language = m_window->personalizationForm()->languageBox();
    const int spanish = language->findData(u"es"_s);
    QVERIFY(spanish >= 0);
    QVERIFY(m_window->setHandoutLanguage(u"es"_s));
    QCOMPARE(m_window->document()->language(), u"es"_s);
    QCOMPARE(language->currentData().toString(), u"es"_s);
    QCOMPARE(m_window->document()->selectedSections().size(), 9);
    const QString text = m_window->document()->textDocument()->toPlainText();
    QVERIFY(text.contains(u"Seguridad y supervisión"_s));
    QVERIFY(text.contains(u"ketamina"_s));
    QCOMPARE(m_window->document()->title(), m_window->document()->article().preset(u"in-recovery"_s)->title);
    // The interface stays English.
    QCOMPARE(m_window->action(u"exportPdf"_s)->text(), u"&Export PDF…"_s);
}

// How complete each translation is shows once the window is up, and follows
// the interface language.
void TestHandoutWindow::languageListSaysHowCompleteEachIs()
{
    QComboBox *language = m_window->personalizationForm()->languageBox();
    const auto textOf
        = [&](const char *code) { return language->itemText(language->findData(QString::fromLatin1(code))); };
    QCOMPARE(textOf("en"), u"English (original)"_s);
    QTRY_VERIFY2(textOf("es").endsWith(u" (not yet reviewed)"_s), qPrintable(textOf("es")));
    QCOMPARE(textOf("es"), u"Español (not yet reviewed)"_s);
    QVERIFY2(textOf("ar").endsWith(u" (partly translated)"_s), qPrintable(textOf("ar")));
    QCOMPARE(textOf("ar"), u"العربية (partly translated)"_s);
    QVERIFY(m_languages.setLanguage(u"es"_s, false)); // cleanup() sets English again
    QTRY_VERIFY2(textOf("es").endsWith(u" (traducción sin revisar)"_s), qPrintable(textOf("es")));
    QVERIFY2(textOf("ar").endsWith(u" (traducción parcial)"_s), qPrintable(textOf("ar")));
    QVERIFY(m_languages.setLanguage(u"en"_s, false));
    QTRY_VERIFY(textOf("es").endsWith(u" (not yet reviewed)"_s));
}

void TestHandoutWindow::spanishExportSaysItIsADraft()
{
    m_window->sectionPanel()->applyPreset(u"in-recovery"_s);
    QVERIFY(m_window->setHandoutLanguage(u"es"_s));
    const QString path = m_dir.filePath(u"es.pdf"_s);
    FileDialogs::setNextFileName(path);
    MessagePrompt::setNextAnswer(QMessageBox::Yes);
    const int asked = MessagePrompt::askedCount();
    m_window->action(u"exportPdf"_s)->trigger();
    QCOMPARE(MessagePrompt::askedCount(), asked + 1);
    QVERIFY2(MessagePrompt::lastText().contains(u"no one has reviewed"_s), qPrintable(MessagePrompt::lastText()));
    QVERIFY(QFile::exists(path));
}

void TestHandoutWindow::untranslatedPassagesAreMarked()
{
    m_window->sectionPanel()->applyPreset(u"considering-treatment"_s);
    QVERIFY(m_window->setHandoutLanguage(u"ar"_s));
    m_window->safetyPanel()->refresh();
    const SafetyReport &report = m_window->safetyPanel()->report();
    QVERIFY(!report.fallbackTranslations.isEmpty()); // medical-use is not translated into Arabic
    bool fallbackFinding = false;
    for (const SafetyFinding &f : report.findings)
        fallbackFinding = fallbackFinding || f.kind == SafetyFinding::TranslationFallback;
    QVERIFY(fallbackFinding);
    QTRY_VERIFY(!m_window->editor()->extraSelections().isEmpty());
    // Section headings are marked as their passages are (issue 19): in
    // Spanish, every text is a draft, the headings included.
    QVERIFY(m_window->setHandoutLanguage(u"es"_s));
    const auto markedHeadings = [this] {
        int headings = 0;
        for (const QTextEdit::ExtraSelection &mark : m_window->editor()->extraSelections())
            headings += DocumentMarks::roleOf(mark.cursor.block().blockFormat()) == DocumentMarks::Role::SectionHeading;
        return headings;
    };
    QTRY_COMPARE(markedHeadings(), int(m_window->document()->selectedSections().size()));
}

void TestHandoutWindow::printGoesToTheChosenPrinter()
{
    m_window->sectionPanel()->applyPreset(u"in-recovery"_s);
    const QString path = m_dir.filePath(u"printed.pdf"_s);
    const int asked = MessagePrompt::askedCount(); // an untouched preset has nothing to review
    PrintDialogs::setNextPrinter(QString()); // the user cancels
    QVERIFY(!m_window->output()->print());
    QVERIFY(!QFile::exists(path));
    PrintDialogs::setNextPrinter(path);
    QVERIFY(m_window->output()->print());
    QFile printed(path);
    QVERIFY(printed.open(QIODevice::ReadOnly));
    QCOMPARE(printed.read(5), QByteArray("%PDF-"));
    QVERIFY(printed.size() > 1000);
    QCOMPARE(MessagePrompt::askedCount(), asked);
}

void TestHandoutWindow::plainWordingIsChosenBesideTheLanguageAndSaved()
{
    m_window->sectionPanel()->applyPreset(u"in-recovery"_s);
    QComboBox *wording = m_window->personalizationForm()->wordingBox();
    QCOMPARE(wording->currentText(), u"Article wording"_s);
    QTRY_COMPARE(wording->itemText(1), u"Plain language (not yet reviewed)"_s);
    wording->setCurrentIndex(1);
    Q_EMIT wording->activated(1);
    QCOMPARE(m_window->document()->wording(), Wording::Plain);
    // One named step of the handout's history, which Undo reverts.
    QCOMPARE(m_window->document()->history()->undoText(), u"Change wording to plain language"_s);
    QVERIFY(m_window->document()->isModified());
    m_window->document()->history()->undo();
    QCOMPARE(m_window->document()->wording(), Wording::Original);
    m_window->document()->history()->redo();
    QCOMPARE(m_window->document()->wording(), Wording::Plain);
    const Article &plain = m_window->document()->article();
    QVERIFY(plain.passage(u"habenula-role"_s)->text != TestSupport::builtinArticle().passage(u"habenula-role"_s)->text);
    const HandoutContent content = m_window->document()->content();
    QCOMPARE(content.wording, Wording::Plain);
    QCOMPARE(content.sections.first().items.size() > 0, true);
    // The window shows the review state: the safety review lists the unreviewed plain texts.
    m_window->safetyPanel()->refresh();
    QVERIFY(!m_window->safetyPanel()->report().draftTranslations.isEmpty());
    QCOMPARE(m_window->safetyPanel()->report().wording, u"plain"_s);

    // Saved and opened again in plain language.
    const QString path = m_dir.filePath(u"plain.handout"_s);
    FileDialogs::setNextFileName(path);
    m_window->action(u"saveAs"_s)->trigger();
    QVERIFY(TestSupport::readAll(path).contains("\"wording\": \"plain\""));
    m_window->action(u"new"_s)->trigger();
    FileDialogs::setNextFileName(path);
    m_window->action(u"open"_s)->trigger();
    QCOMPARE(m_window->document()->content().sections, content.sections);

    // Spanish has no plain wording: the handout goes back to the article's,
    // and the choice is disabled, not silently mixed.
    QVERIFY(m_window->setHandoutLanguage(u"es"_s));
    QCOMPARE(m_window->document()->wording(), Wording::Original);
    QCOMPARE(wording->currentIndex(), 0);
    auto *model = qobject_cast<QStandardItemModel *>(wording->model());
    QVERIFY(model && !model->item(1)->isEnabled());
    MessagePrompt::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_window->setHandoutWording(Wording::Plain));
    QVERIFY2(MessagePrompt::lastText().contains(u"no plain-language wording in “es”"_s),
             qPrintable(MessagePrompt::lastText()));
    QCOMPARE(m_window->document()->wording(), Wording::Original);
    QVERIFY(m_window->setHandoutLanguage(u"en"_s));
    QVERIFY(model->item(1)->isEnabled());
}

void TestHandoutWindow::wordsToKnowSwitchIsSaved()
{
    m_window->sectionPanel()->applyPreset(u"in-recovery"_s);
    QAction *glossary = m_window->action(u"glossary"_s);
    QVERIFY(glossary->isCheckable() && glossary->isChecked());
    QVERIFY(m_window->document()->content().includeGlossary);
    m_window->document()->setModified(false);
    glossary->trigger();
    QVERIFY(!m_window->document()->content().includeGlossary);
    QVERIFY(m_window->document()->isModified());
    // A named step of the handout's history, undone like any other.
    QCOMPARE(m_window->document()->history()->undoText(), u"Words to know box off"_s);
    m_window->document()->history()->undo();
    QVERIFY(glossary->isChecked());
    QVERIFY(m_window->document()->content().includeGlossary);
    m_window->document()->history()->redo();
    QVERIFY(!glossary->isChecked());
    const QString path = m_dir.filePath(u"no-box.handout"_s);
    FileDialogs::setNextFileName(path);
    m_window->action(u"saveAs"_s)->trigger();
    m_window->action(u"new"_s)->trigger();
    QVERIFY(glossary->isChecked());
    FileDialogs::setNextFileName(path);
    m_window->action(u"open"_s)->trigger();
    QVERIFY(!glossary->isChecked());
    QVERIFY(!m_window->document()->content().includeGlossary);
}

// The teach-back part is off by default; switching it on is a named step,
// undone like any other, and the .handout file keeps it.
void TestHandoutWindow::teachBackSwitchIsSaved()
{
    m_window->sectionPanel()->applyPreset(u"in-recovery"_s);
    QAction *teachBack = m_window->action(u"teachBack"_s);
    QVERIFY(teachBack->isCheckable() && !teachBack->isChecked());
    QVERIFY(!m_window->document()->content().includeTeachBack);
    m_window->document()->setModified(false);
    teachBack->trigger();
    QVERIFY(m_window->document()->content().includeTeachBack);
    QVERIFY(m_window->document()->isModified());
    QCOMPARE(m_window->document()->history()->undoText(), u"Teach-back questions on"_s);
    m_window->document()->history()->undo();
    QVERIFY(!teachBack->isChecked());
    QVERIFY(!m_window->document()->content().includeTeachBack);
    m_window->document()->history()->redo();
    QVERIFY(teachBack->isChecked());
    const QString path = m_dir.filePath(u"teach-back.handout"_s);
    FileDialogs::setNextFileName(path);
    m_window->action(u"saveAs"_s)->trigger();
    m_window->action(u"new"_s)->trigger();
    QVERIFY(!teachBack->isChecked());
    FileDialogs::setNextFileName(path);
    m_window->action(u"open"_s)->trigger();
    QVERIFY(teachBack->isChecked());
    QVERIFY(m_window->document()->content().includeTeachBack);
}

// A PEMAT-P item left to a person is rated in the panel: the rating moves
// the score, is one undo step, and survives save and open.
void TestHandoutWindow::checklistRatingsAreUndoneAndSaved()
{
    m_window->sectionPanel()->applyPreset(u"in-recovery"_s);
    ChecklistBox *box = m_window->checklistBox();
    box->refresh();
    QTreeWidgetItem *pemat = box->tree()->topLevelItem(0);
    QTreeWidgetItem *logical = nullptr;
    for (int i = 0; i < pemat->childCount(); ++i) {
        if (pemat->child(i)->text(0).startsWith(u"10. "_s))
            logical = pemat->child(i);
    }
    QVERIFY(logical);
    auto *rating = qobject_cast<QComboBox *>(box->tree()->itemWidget(logical, 1));
    QVERIFY2(rating, "item 10 is left to a person and has a rating box");
    const QString before = box->pematText();
    m_window->document()->setModified(false);
    rating->setCurrentIndex(rating->findData(u"disagree"_s));
    Q_EMIT rating->activated(rating->currentIndex());
    QCOMPARE(m_window->document()->content().checklistRatings.value(u"pemat-10"_s), u"disagree"_s);
    QVERIFY(m_window->document()->isModified());
    QVERIFY(box->pematText() != before);
    m_window->document()->history()->undo();
    QVERIFY(m_window->document()->content().checklistRatings.isEmpty());
    QCOMPARE(box->pematText(), before);
    m_window->document()->history()->redo();

    const QString path = m_dir.filePath(u"rated.handout"_s);
    FileDialogs::setNextFileName(path);
    m_window->action(u"saveAs"_s)->trigger();
    QVERIFY(TestSupport::readAll(path).contains("\"pemat-10\": \"disagree\""));
    m_window->action(u"new"_s)->trigger();
    QVERIFY(m_window->document()->content().checklistRatings.isEmpty());
    FileDialogs::setNextFileName(path);
    m_window->action(u"open"_s)->trigger();
    QCOMPARE(m_window->document()->content().checklistRatings.value(u"pemat-10"_s), u"disagree"_s);
}

// The clinician exports a handout with a risk passage removed and says Yes to
// the safety review: the handout records the removal (one undo step), the
// panel shows it as confirmed, export asks no more, and the record is saved.
void TestHandoutWindow::confirmedRemovalIsRecordedUndoneAndSaved()
{
    HandoutDocument *doc = m_window->document();
    m_window->sectionPanel()->applyPreset(u"in-recovery"_s);
    Personalization person;
    person.clinician = u"Dr. Rivera"_s;
    doc->setPersonalization(person);
    SafetyPanel *panel = m_window->safetyPanel();
    panel->refresh();
    QVERIFY(panel->report().isClean());
    const QString passage = panel->report().riskPassages.first();
    const int risks = int(panel->report().riskPassages.size());
    QTextCursor cursor(DocumentReader::passageBlock(doc->textDocument(), passage));
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    QTRY_VERIFY(!DocumentReader::passageBlock(doc->textDocument(), passage).isValid()); // the box goes too
    panel->refresh();
    QCOMPARE(panel->report().findings.size(), 1);
    QCOMPARE(panel->report().findings[0].kind, SafetyFinding::PassageDeleted);

    const QString pdf = m_dir.filePath(u"confirmed.pdf"_s);
    FileDialogs::setNextFileName(pdf);
    MessagePrompt::setNextAnswer(QMessageBox::Yes);
    int asked = MessagePrompt::askedCount();
    m_window->action(u"exportPdf"_s)->trigger();
    QCOMPARE(MessagePrompt::askedCount(), asked + 1);
    QVERIFY(QFile::exists(pdf));
    QCOMPARE(doc->history()->undoText(), u"Confirm removed or edited safety passages"_s);
    QCOMPARE(doc->acknowledgedChanges().size(), 1);
    const AcknowledgedChange change = doc->acknowledgedChanges().first();
    QCOMPARE(change.passageId, passage);
    QCOMPARE(change.kind, AcknowledgedChange::Removed);
    QCOMPARE(change.clinician, u"Dr. Rivera"_s);
    QVERIFY(qAbs(change.time.secsTo(QDateTime::currentDateTimeUtc())) < 120);

    // The panel shows it as confirmed, and the counts still follow the text.
    const auto confirmedItems = [panel] {
        QStringList texts;
        for (int i = 0; i < panel->findingsList()->count(); ++i) {
            const QListWidgetItem *item = panel->findingsList()->item(i);
            if (item->data(SafetyPanel::AcknowledgedRole).toBool())
                texts << item->text();
        }
        return texts;
    };
    QTRY_VERIFY(panel->report().isClean());
    QCOMPARE(confirmedItems().size(), 1);
    QVERIFY2(confirmedItems().first().startsWith(u"✓ Confirmed by Dr. Rivera on "_s),
             qPrintable(confirmedItems().first()));
    QCOMPARE(int(panel->report().riskPassages.size()), risks - 1);
    QVERIFY(panel->findingsList()->isVisible());

    // Confirmed once: the next export does not ask again.
    asked = MessagePrompt::askedCount();
    FileDialogs::setNextFileName(pdf);
    m_window->action(u"exportPdf"_s)->trigger();
    QCOMPARE(MessagePrompt::askedCount(), asked);

    // Undo takes the confirmation back, and the warning returns.
    doc->undo();
    QVERIFY(doc->acknowledgedChanges().isEmpty());
    QTRY_COMPARE(panel->report().findings.size(), 1);
    QVERIFY(confirmedItems().isEmpty());
    doc->redo();
    QCOMPARE(doc->acknowledgedChanges().size(), 1);

    // Saved with the handout, and there again after opening it.
    const QString path = m_dir.filePath(u"confirmed.handout"_s);
    FileDialogs::setNextFileName(path);
    m_window->action(u"saveAs"_s)->trigger();
    QVERIFY(TestSupport::readAll(path).contains("\"acknowledged_changes\""));
    m_window->action(u"new"_s)->trigger();
    QVERIFY(doc->acknowledgedChanges().isEmpty());
    FileDialogs::setNextFileName(path);
    m_window->action(u"open"_s)->trigger();
    QCOMPARE(doc->acknowledgedChanges(), QList<AcknowledgedChange> {change});
    panel->refresh();
    QVERIFY(panel->report().isClean());
    QCOMPARE(confirmedItems().size(), 1);
}

QTEST_MAIN(TestHandoutWindow)
#include "tst_handoutwindow.moc"
