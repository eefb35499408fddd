#include "handoutassembler.h"
#include "handoutdocument.h"
#include "handoutfile.h"
#include "handoutjsonreader.h"
#include "handoutjsonwriter.h"
#include "pagebudget.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QtTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

// Handout files: what is written comes back exactly, templates hold no
// patient data, broken or foreign files are refused with a message naming the
// file and the problem, and changes to the content pack since saving are found.
class TestHandoutFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEdits();
    void roundTripKeepsNotesState_data();
    void roundTripKeepsNotesState();
    void roundTripThroughTheComposer();
    void pageTargetRoundTrips_data();
    void pageTargetRoundTrips();
    void writesTheDocumentedShape();
    void sourceHashIsSha256OfTheText();
    void templateLeavesPatientOut();
    void templateWithPersonalizationIsRefused();
    void fileIsPrivateToItsOwner();
    void replacedFileBecomesPrivate();
    void unwritablePathFails_data();
    void unwritablePathFails();
    void contentThatWouldNotOpenAgainIsNotWritten();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void rejectsOversizedFileWithoutReadingIt();
    void rejectsFolderAndMissingFile();
    void capsContent_data();
    void capsContent();
    void changesSinceFindsPackChanges();
    void changesSinceIsEmptyForTheSamePack();
    void changesSinceRefusesAnotherPack();
    void samples_data();
    void samples();

private:
    static HandoutContent editedContent();
    static PageOptions letterLargePrint();
    static QByteArray validBytes(bool asTemplate = false);
    static QByteArray compact(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    static QJsonObject replaced(const QJsonObject &root, const QString &path, const QJsonValue &with);
    static QString writeOrFail(const QTemporaryDir &dir, const QString &name, const HandoutContent &content,
                               const PageOptions &page, bool asTemplate = false);
};

namespace {

TextRun run(const QString &text, bool bold = false, bool italic = false, bool underline = false)
{
    return TextRun {text, bold, italic, underline};
}

ContentBlock block(BlockKind kind, int level, const QList<TextRun> &runs, const QString &passageId = {})
{
    ContentBlock b;
    b.kind = kind;
    b.level = level;
    b.runs = runs;
    b.passageId = passageId;
    return b;
}

ContentBlock *findPassage(SectionContent &section, const QString &passageId)
{
    for (ContentItem &item : section.items) {
        for (ContentBlock &b : item.blocks) {
            if (b.passageId == passageId)
                return &b;
        }
    }
    return nullptr;
}

QJsonValue replacedValue(const QJsonValue &node, QStringList steps, const QJsonValue &with)
{
    const QString step = steps.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = step.toInt();
        array[index] = steps.isEmpty() ? with : replacedValue(array.at(index), steps, with);
        return array;
    }
    QJsonObject object = node.toObject();
    if (steps.isEmpty()) {
        if (with.isUndefined())
            object.remove(step);
        else
            object[step] = with;
        return object;
    }
    object[step] = replacedValue(object.value(step), steps, with);
    return object;
}

QJsonArray repeated(const QJsonValue &value, int count)
{
    QJsonArray out;
    for (int i = 0; i < count; ++i)
        out.append(value);
    return out;
}

constexpr QFileDevice::Permissions PermissionBits = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

// A handout as a clinician leaves it: passages reworded and formatted,
// headings, lists and paragraphs added, a passage deleted, notes, and
// personalization holding markup and non-Latin text that must come back as
// plain characters.
HandoutContent TestHandoutFile::editedContent()
{
    const Article &article = TestSupport::builtinArticle();
    HandoutContent c;
    c.packId = article.meta.id;
    c.packVersion = article.meta.version;
    c.language = article.meta.language;
    c.title = u"Ketamine & you — “recovery” 🌱"_s;
    c.person = {u"<b>Eve</b> & <img src=x>"_s, u"12 March 2027"_s, u"د. ليلى حداد"_s, u"Tuesday 🗓️ 10:00"_s,
                u"\"Ward 4\" \\ ext. 12"_s};
    c.clinic = {u"Clinic & Co <Main>"_s, u"+33 1 23 45 67 89"_s, u"12 Rue de l’Hôpital\n75000 Paris"_s, u"3114"_s};
    c.includeSummary = false;

    SectionContent intro = HandoutAssembler::sourceSection(article, u"introduction"_s);
    ContentBlock *attention = findPassage(intro, u"introduction-therapeutic-attention"_s);
    Q_ASSERT(attention);
    attention->runs = {run(u"Ketamine has "_s), run(u"recently"_s, true), run(u" drawn attention"_s, false, true, true),
                       run(u"."_s)};
    intro.items[0].blocks.insert(2, block(BlockKind::Heading, 2, {run(u"What this means for you"_s)}));
    c.sections << intro;

    SectionContent medical = HandoutAssembler::sourceSection(article, u"medical-use"_s);
    medical.items[0].blocks.removeLast(); // the clinician deleted a passage
    medical.items[0].blocks << block(BlockKind::BulletItem, 1, {run(u"Given in hospital"_s)})
                            << block(BlockKind::BulletItem, 2, {run(u"by an anaesthetist"_s, false, true)})
                            << block(BlockKind::NumberedItem, 1, {run(u"First step"_s)})
                            << block(BlockKind::NumberedItem, 1, {run(u"Second step"_s, true, true, true)});
    c.sections << medical;

    SectionContent fineLine = HandoutAssembler::sourceSection(article, u"fine-line"_s);
    ContentBlock *care = findPassage(fineLine, u"fine-line-handle-with-care"_s);
    Q_ASSERT(care);
    care->runs = {run(u"It’s a powerful drug: "_s), run(u"handle it with care"_s, false, false, true)};
    fineLine.items.last().blocks << block(BlockKind::Paragraph, 0, {}); // an empty paragraph the clinician left
    c.sections << fineLine;

    SectionContent dissociative = HandoutAssembler::sourceSection(article, u"dissociative-states"_s);
    ContentBlock *supervision = findPassage(dissociative, u"dissociative-states-supervision"_s);
    Q_ASSERT(supervision);
    supervision->runs << run(u"\u2028Line two\tafter a tab <script>alert(1)</script> \0 end"_s);
    c.sections << dissociative;

    // The clinician confirmed the deleted passage before printing.
    c.acknowledgedChanges << AcknowledgedChange {
        u"medical-use-depression"_s, AcknowledgedChange::Removed, QDateTime(QDate(2027, 3, 12), QTime(9, 30), Qt::UTC),
        u"د. ليلى حداد"_s, AcknowledgedChange::wordingHash(article.passage(u"medical-use-depression"_s)->text, {})};
    c.acknowledgedChanges << AcknowledgedChange {u"fine-line-handle-with-care"_s,
                                                 AcknowledgedChange::Edited,
                                                 QDateTime(QDate(2027, 3, 12), QTime(9, 31, 5), Qt::UTC),
                                                 {},
                                                 AcknowledgedChange::wordingHash(u"a"_s, u"b"_s)};

    c.hasNotes = true;
    c.notes << block(BlockKind::Paragraph, 0, {run(u"Call us "_s), run(u"any time"_s, true)})
            << block(BlockKind::BulletItem, 1, {run(u"مرحبا — Arabic text"_s)});
    return c;
}

PageOptions TestHandoutFile::letterLargePrint()
{
    PageOptions page;
    page.pageSize = QPageSize::Letter;
    page.largePrint = true;
    page.pageTarget = 3;
    return page;
}

QByteArray TestHandoutFile::validBytes(bool asTemplate)
{
    QString error;
    const QByteArray bytes
        = HandoutFile::toBytes(editedContent(), letterLargePrint(), TestSupport::builtinArticle(), asTemplate, &error);
    if (bytes.isEmpty())
        qWarning("cannot serialize: %s", qPrintable(error));
    return bytes;
}

QJsonObject TestHandoutFile::replaced(const QJsonObject &root, const QString &path, const QJsonValue &with)
{
    return replacedValue(root, path.split(u'/'), with).toObject();
}

QString TestHandoutFile::writeOrFail(const QTemporaryDir &dir, const QString &name, const HandoutContent &content,
                                     const PageOptions &page, bool asTemplate)
{
    const QString path = dir.filePath(name);
    QString error;
    if (!HandoutFile::write(path, content, page, TestSupport::builtinArticle(), asTemplate, &error))
        qWarning("write failed: %s", qPrintable(error));
    return path;
}

void TestHandoutFile::roundTripKeepsEdits()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const HandoutContent content = editedContent();
    const QString path = writeOrFail(dir, u"edited.handout"_s, content, letterLargePrint());

    SourceError error;
    const std::optional<HandoutFileData> data = HandoutFile::read(path, &error);
    QVERIFY2(data, qPrintable(error.toString()));
    QVERIFY(!data->isTemplate);
    QCOMPARE(data->content.sectionIds(), content.sectionIds());
    for (int i = 0; i < content.sections.size(); ++i)
        QCOMPARE(data->content.sections[i], content.sections[i]);
    QCOMPARE(data->content.notes, content.notes);
    QCOMPARE(data->content.person, content.person);
    QCOMPARE(data->content.acknowledgedChanges, content.acknowledgedChanges);
    QVERIFY(data->content == content);
    QCOMPARE(data->page.pageSize, QPageSize::Letter);
    QVERIFY(data->page.largePrint);
    QCOMPARE(data->page.pageTarget, 3);

    // One hash per passage still in the handout, and nothing for added text.
    const Article &article = TestSupport::builtinArticle();
    QStringList passages;
    for (const SectionContent &s : content.sections) {
        for (const ContentItem &item : s.items) {
            for (const ContentBlock &b : item.blocks) {
                if (!b.passageId.isEmpty())
                    passages << b.passageId;
            }
        }
    }
    QCOMPARE(data->sourceHashes.size(), passages.size());
    for (const QString &id : std::as_const(passages))
        QCOMPARE(data->sourceHashes.value(id), HandoutJsonWriter::sourceHash(article.passage(id)->text));
    QVERIFY(!data->sourceHashes.contains(u"medical-use-depression"_s));
}

void TestHandoutFile::roundTripKeepsNotesState_data()
{
    QTest::addColumn<bool>("hasNotes");
    QTest::addColumn<bool>("withBlocks");
    QTest::addColumn<QString>("pageSize");
    QTest::newRow("no notes, A4") << false << false << u"A4"_s;
    QTest::newRow("empty notes, Letter") << true << false << u"Letter"_s;
    QTest::newRow("notes, A4") << true << true << u"A4"_s;
}

void TestHandoutFile::roundTripKeepsNotesState()
{
    QFETCH(bool, hasNotes);
    QFETCH(bool, withBlocks);
    QFETCH(QString, pageSize);
    HandoutContent content = editedContent();
    content.hasNotes = hasNotes;
    if (!withBlocks)
        content.notes.clear();
    PageOptions page;
    QVERIFY(PageOptions::parsePageSize(pageSize, &page.pageSize));
    QString writeError;
    const QByteArray bytes = HandoutFile::toBytes(content, page, TestSupport::builtinArticle(), false, &writeError);
    QVERIFY2(!bytes.isEmpty(), qPrintable(writeError));
    QCOMPARE(QJsonDocument::fromJson(bytes).object().value(u"notes"_s).isNull(), !hasNotes);

    SourceError error;
    const std::optional<HandoutFileData> data = HandoutFile::readBytes(bytes, u"notes.handout"_s, &error);
    QVERIFY2(data, qPrintable(error.toString()));
    QVERIFY(data->content == content);
    QCOMPARE(data->page.pageSize, page.pageSize);
    QVERIFY(!data->page.largePrint);
    QCOMPARE(data->page.pageTarget, 0);
}

// What the composer produces is what a file keeps: saved, read and opened
// again, the document gives back the same content.
void TestHandoutFile::roundTripThroughTheComposer()
{
    const Article &article = TestSupport::builtinArticle();
    HandoutDocument doc(article);
    doc.resetToSections({u"introduction"_s, u"fine-line"_s, u"dissociative-states"_s}, u"Für Sie — لك"_s);
    doc.setPersonalization({u"<i>Zoë</i> & co"_s, u"1 May 2027"_s, u"Dr Ng"_s, {}, u"☎ 555"_s});
    for (QTextBlock b = doc.textDocument()->begin(); b.isValid(); b = b.next()) {
        if (b.text().startsWith(u"So, there’s a fine line"_s)) {
            QTextCursor cursor(b);
            QTextCharFormat bold;
            bold.setFontWeight(QFont::Bold);
            cursor.insertText(u"Important: "_s, bold);
        }
    }
    const int notesAt = doc.addNotes();
    QTextCursor cursor(doc.textDocument());
    cursor.setPosition(notesAt);
    cursor.insertText(u"Bring this sheet"_s);
    const HandoutContent before = doc.content();

    QTemporaryDir dir;
    const QString path = writeOrFail(dir, u"composer.handout"_s, before, PageOptions());
    SourceError error;
    const std::optional<HandoutFileData> data = HandoutFile::read(path, &error);
    QVERIFY2(data, qPrintable(error.toString()));
    QVERIFY(data->content == before);

    HandoutDocument reopened(article);
    reopened.reset(data->content);
    QVERIFY(reopened.content() == before);
    QVERIFY(HandoutFile::changesSince(*data, article).isEmpty());
}

void TestHandoutFile::pageTargetRoundTrips_data()
{
    QTest::addColumn<bool>("asTemplate");
    QTest::addColumn<int>("target");
    for (const bool asTemplate : {false, true}) {
        for (const int target : {0, 1, 2, PageBudget::MaxTarget})
            QTest::addRow("%s, target %d", asTemplate ? "template" : "handout", target) << asTemplate << target;
    }
}

// The page target travels with the handout (and a template keeps it), and
// the composer opens the file with it.
void TestHandoutFile::pageTargetRoundTrips()
{
    QFETCH(bool, asTemplate);
    QFETCH(int, target);
    HandoutContent content = editedContent();
    if (asTemplate)
        content.person = {};
    PageOptions page;
    page.pageTarget = target;
    QString writeError;
    const QByteArray bytes
        = HandoutFile::toBytes(content, page, TestSupport::builtinArticle(), asTemplate, &writeError);
    QVERIFY2(!bytes.isEmpty(), qPrintable(writeError));
    SourceError error;
    const std::optional<HandoutFileData> data = HandoutFile::readBytes(bytes, u"target.handout"_s, &error);
    QVERIFY2(data, qPrintable(error.toString()));
    QCOMPARE(data->isTemplate, asTemplate);
    QCOMPARE(data->page.pageTarget, target);

    HandoutDocument doc(TestSupport::builtinArticle());
    doc.reset(data->content, HandoutOptions::fromPage(data->page));
    QCOMPARE(doc.pageOptions().pageTarget, target);
    QVERIFY(!doc.isModified());

    // A file saved before page targets has none.
    QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QJsonObject pageJson = root.value(u"page"_s).toObject();
    pageJson.remove(u"target"_s);
    root.insert(u"page"_s, pageJson);
    const std::optional<HandoutFileData> older
        = HandoutFile::readBytes(QJsonDocument(root).toJson(), u"older.handout"_s, &error);
    QVERIFY2(older, qPrintable(error.toString()));
    QCOMPARE(older->page.pageTarget, 0);
}

void TestHandoutFile::writesTheDocumentedShape()
{
    const QJsonObject root = QJsonDocument::fromJson(validBytes()).object();
    const Article &article = TestSupport::builtinArticle();
    QCOMPARE(root.value(u"format"_s).toString(), u"handout-composer/handout"_s);
    QCOMPARE(root.value(u"version"_s).toDouble(), 1.0);
    QCOMPARE(root.value(u"pack"_s).toObject().value(u"id"_s).toString(), article.meta.id);
    QCOMPARE(root.value(u"pack"_s).toObject().value(u"version"_s).toString(), article.meta.version);
    QCOMPARE(root.value(u"language"_s).toString(), u"en"_s);
    QCOMPARE(root.value(u"page"_s).toObject().value(u"size"_s).toString(), u"Letter"_s);
    QCOMPARE(root.value(u"page"_s).toObject().value(u"large_print"_s).toBool(), true);
    QCOMPARE(root.value(u"page"_s).toObject().value(u"target"_s).toDouble(), 3.0);
    QCOMPARE(root.value(u"include_summary"_s).toBool(true), false);
    QCOMPARE(root.value(u"personalization"_s).toObject().value(u"next_appointment"_s).toString(),
             u"Tuesday 🗓️ 10:00"_s);
    QCOMPARE(root.value(u"clinic"_s).toObject().value(u"crisis_line"_s).toString(), u"3114"_s);

    const QJsonArray sections = root.value(u"sections"_s).toArray();
    QCOMPARE(sections.size(), 4);
    QCOMPARE(sections[0].toObject().value(u"id"_s).toString(), u"introduction"_s);
    const QJsonObject firstItem = sections[0].toObject().value(u"items"_s).toArray().at(0).toObject();
    QCOMPARE(firstItem.value(u"callout"_s).toArray(), QJsonArray());
    const QJsonArray blocks = firstItem.value(u"blocks"_s).toArray();
    const QJsonObject heading = blocks[0].toObject();
    QCOMPARE(heading.value(u"kind"_s).toString(), u"section-heading"_s);
    QVERIFY(!heading.contains(u"passage"_s));
    QVERIFY(!heading.contains(u"source"_s));
    const QJsonObject passage = blocks[1].toObject();
    QCOMPARE(passage.value(u"passage"_s).toString(), u"introduction-therapeutic-attention"_s);
    QCOMPARE(passage.value(u"source"_s).toString().size(), 64);
    const QJsonObject bold = passage.value(u"runs"_s).toArray().at(1).toObject();
    QCOMPARE(
        bold,
        (QJsonObject {{u"text"_s, u"recently"_s}, {u"bold"_s, true}, {u"italic"_s, false}, {u"underline"_s, false}}));
    QCOMPARE(blocks[2].toObject().value(u"kind"_s).toString(), u"heading"_s);
    QCOMPARE(blocks[2].toObject().value(u"level"_s).toDouble(), 2.0);

    const QJsonArray dissociativeItems = sections[3].toObject().value(u"items"_s).toArray();
    const QJsonObject lastCallout = dissociativeItems.last().toObject();
    QCOMPARE(lastCallout.value(u"callout"_s).toArray(), (QJsonArray {u"risk"_s, u"supervision"_s}));
    QCOMPARE(root.value(u"notes"_s).toArray().size(), 2);

    const QJsonArray acknowledged = root.value(u"acknowledged_changes"_s).toArray();
    QCOMPARE(acknowledged.size(), 2);
    const QJsonObject removal = acknowledged[0].toObject();
    QCOMPARE(removal.value(u"id"_s).toString(), u"medical-use-depression"_s);
    QCOMPARE(removal.value(u"kind"_s).toString(), u"removed"_s);
    QCOMPARE(removal.value(u"time"_s).toString(), u"2027-03-12T09:30:00Z"_s);
    QCOMPARE(removal.value(u"clinician"_s).toString(), u"د. ليلى حداد"_s);
    QCOMPARE(removal.value(u"wording"_s).toString().size(), 64);
    QCOMPARE(acknowledged[1].toObject().value(u"kind"_s).toString(), u"edited"_s);
    QCOMPARE(acknowledged[1].toObject().value(u"clinician"_s).toString(), QString());
}

void TestHandoutFile::sourceHashIsSha256OfTheText()
{
    // The format promises SHA-256 of the UTF-8 text; pinned so another
    // program can compute the same value.
    QCOMPARE(HandoutJsonWriter::sourceHash(u"abc"_s),
             u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
    QCOMPARE(HandoutJsonWriter::sourceHash(u"é"_s),
             u"4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c"_s);
}

void TestHandoutFile::templateLeavesPatientOut()
{
    QTemporaryDir dir;
    const HandoutContent content = editedContent();
    const QString path = writeOrFail(dir, u"recovery.handout"_s, content, letterLargePrint(), true);
    const QByteArray bytes = TestSupport::readAll(path);
    QVERIFY(!bytes.isEmpty());

    QVERIFY(!bytes.contains("personalization"));
    QVERIFY(!QJsonDocument::fromJson(bytes).object().contains(u"personalization"_s));
    // Confirmations name the clinician: a template leaves them out too.
    QVERIFY(!bytes.contains("acknowledged_changes"));
    const QJsonObject asJson = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(asJson.value(u"format"_s).toString(), u"handout-composer/template"_s);
    const Personalization &p = content.person;
    for (const QString &value : {p.patient, p.date, p.clinician, p.nextAppointment, p.contact}) {
        QVERIFY2(!bytes.contains(value.toUtf8()), qPrintable(value));
        // Also not escaped some other way by the JSON writer.
        QVERIFY2(!QString::fromUtf8(bytes).contains(value), qPrintable(value));
    }
    QVERIFY(!bytes.contains("Eve"));

    SourceError error;
    const std::optional<HandoutFileData> data = HandoutFile::read(path, &error);
    QVERIFY2(data, qPrintable(error.toString()));
    QVERIFY(data->isTemplate);
    QVERIFY(data->content.person.isEmpty());
    QCOMPARE(data->content.sections, content.sections);
    QCOMPARE(data->content.notes, content.notes);
    QCOMPARE(data->content.clinic, content.clinic);
    QCOMPARE(data->content.title, content.title);
    HandoutContent withoutPatient = content;
    withoutPatient.person = {};
    withoutPatient.acknowledgedChanges.clear();
    QVERIFY(data->content == withoutPatient);
}

void TestHandoutFile::templateWithPersonalizationIsRefused()
{
    QJsonObject root = QJsonDocument::fromJson(validBytes()).object();
    root[u"format"_s] = u"handout-composer/template"_s;
    SourceError error;
    QVERIFY(!HandoutFile::readBytes(compact(root), u"shared.handout"_s, &error));
    QVERIFY2(error.toString().contains(u"shared.handout"_s), qPrintable(error.toString()));
    QVERIFY2(error.message.contains(u"“personalization” is not allowed in a template"_s), qPrintable(error.message));

    root.remove(u"personalization"_s);
    QVERIFY(!HandoutFile::readBytes(compact(root), u"shared.handout"_s, &error));
    QVERIFY2(error.message.contains(u"“acknowledged_changes” is not allowed in a template"_s),
             qPrintable(error.message));
}

void TestHandoutFile::fileIsPrivateToItsOwner()
{
    QTemporaryDir dir;
    const QString path = writeOrFail(dir, u"private.handout"_s, editedContent(), PageOptions());
    QVERIFY(QFile::exists(path));
    QCOMPARE(QFile::permissions(path) & PermissionBits, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestHandoutFile::replacedFileBecomesPrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shared.handout"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    QVERIFY(QFile::setPermissions(
        path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));

    writeOrFail(dir, u"shared.handout"_s, editedContent(), PageOptions());
    QCOMPARE(QFile::permissions(path) & PermissionBits, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    SourceError error;
    QVERIFY2(HandoutFile::read(path, &error), qPrintable(error.toString()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {u"shared.handout"_s});
}

void TestHandoutFile::unwritablePathFails_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("reason");
    // Tests run as root, so the paths themselves must make writing impossible.
    QTest::newRow("parent folder missing") << u"missing/x.handout"_s << u"the folder “%1/missing” does not exist"_s;
    QTest::newRow("target is a folder") << u"folder.handout"_s << u"it is a folder"_s;
    QTest::newRow("parent is a file") << u"file.txt/x.handout"_s << u"“%1/file.txt” is a file, not a folder"_s;
}

void TestHandoutFile::unwritablePathFails()
{
    QFETCH(QString, relative);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"folder.handout"_s));
    QFile file(dir.filePath(u"file.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);

    const QString path = dir.filePath(relative);
    QString error;
    QVERIFY(!HandoutFile::write(path, editedContent(), PageOptions(), TestSupport::builtinArticle(), false, &error));
    QVERIFY2(error.startsWith(u"cannot write “%1”: "_s.arg(path)), qPrintable(error));
    QVERIFY2(error.contains(reason.contains(u"%1"_s) ? reason.arg(dir.path()) : reason), qPrintable(error));

    QVERIFY(!QFileInfo(path).isFile());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
    QVERIFY(QDir(dir.filePath(u"folder.handout"_s)).isEmpty());
}

// The old file stays as it was when the new one could not be written, and a
// handout the reader would refuse is never written at all.
void TestHandoutFile::contentThatWouldNotOpenAgainIsNotWritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"kept.handout"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the previous save");
    old.close();

    HandoutContent content = editedContent();
    content.sections[0].items[0].blocks[0].level = 42;
    QString error;
    QVERIFY(!HandoutFile::write(path, content, PageOptions(), TestSupport::builtinArticle(), false, &error));
    QVERIFY2(error.startsWith(u"cannot write “%1”: the saved file would not open again"_s.arg(path)),
             qPrintable(error));
    QVERIFY2(error.contains(u"sections[0].items[0].blocks[0].level"_s), qPrintable(error));
    QCOMPARE(TestSupport::readAll(path), QByteArray("the previous save"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {u"kept.handout"_s});

    HandoutContent huge = editedContent();
    const ContentBlock fourRuns
        = block(BlockKind::Paragraph, 0, {run(u"a"_s), run(u"b"_s, true), run(u"c"_s), run(u"d"_s, true)});
    for (int i = 0; i < 4000; ++i)
        huge.sections[0].items[0].blocks << fourRuns;
    QVERIFY(!HandoutFile::write(path, huge, PageOptions(), TestSupport::builtinArticle(), false, &error));
    QVERIFY2(error.contains(u"the handout is too large to save (over 2 MiB as a file)"_s), qPrintable(error));
    QCOMPARE(TestSupport::readAll(path), QByteArray("the previous save"));

    HandoutContent otherPack = editedContent();
    otherPack.packId = u"another-pack"_s;
    QVERIFY(!HandoutFile::write(path, otherPack, PageOptions(), TestSupport::builtinArticle(), false, &error));
    QVERIFY2(error.contains(u"content pack “another-pack”"_s), qPrintable(error));
    QCOMPARE(TestSupport::readAll(path), QByteArray("the previous save"));
}

void TestHandoutFile::rejectsBadFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("line");

    const QByteArray valid = validBytes();
    QVERIFY(!valid.isEmpty());
    const QJsonObject root = QJsonDocument::fromJson(valid).object();
    const QJsonValue removed(QJsonValue::Undefined);

    QTest::newRow("empty") << QByteArray() << u"the file is empty"_s << 0;
    QTest::newRow("only whitespace") << QByteArray("\n  \n") << u"the file is empty"_s << 0;
    const QByteArray half = valid.left(valid.size() / 2);
    QTest::newRow("truncated") << half << u"the file ends too early"_s << int(half.count('\n')) + 1;
    QTest::newRow("truncated in a word") << QByteArray("{\"format\": tr") << u"the file ends too early"_s << 1;
    QTest::newRow("not json") << QByteArray("Patient handout\nnot JSON at all\n")
                              << u"not a Handout Composer file: it is not valid JSON (illegal value at offset 1)"_s
                              << 1;
    QTest::newRow("garbage after the object")
        << QByteArray(valid + "\n}") << u"not valid JSON (garbage at the end of the document at offset"_s
        << int(valid.count('\n')) + 2;
    QTest::newRow("json array") << QByteArray("[1, 2, 3]") << u"it holds a JSON array, not an object"_s << 0;
    QTest::newRow("invalid utf-8") << QByteArray(valid).replace("Eve", "E\xff\xfe")
                                   << u"not valid UTF-8 text (JSON: invalid UTF8 string at offset"_s << -1;
    QTest::newRow("other program's json")
        << QByteArray(R"({"name": "left-pad", "version": "1.3.0", "dependencies": {}})")
        << u"is not a Handout Composer file (it has no “format” field)"_s << 0;
    QTest::newRow("other format") << compact(replaced(root, u"format"_s, u"handout-composer/settings"_s))
                                  << u"is not a Handout Composer file (its format is “handout-composer/settings”)"_s
                                  << 0;
    QTest::newRow("newer version") << compact(replaced(root, u"version"_s, 2))
                                   << u"was saved by a newer version of Handout Composer (format version 2); this "
                                      "version reads version 1"_s
                                   << 0;
    QTest::newRow("fractional version") << compact(replaced(root, u"version"_s, 1.5))
                                        << u"field “version” must be a whole number from 1"_s << 0;
    QTest::newRow("version zero") << compact(replaced(root, u"version"_s, 0))
                                  << u"field “version” must be a whole number from 1"_s << 0;
    QTest::newRow("version as text") << compact(replaced(root, u"version"_s, u"1"_s))
                                     << u"field “version” must be a number, not a string"_s << 0;
    QTest::newRow("missing version") << compact(replaced(root, u"version"_s, removed))
                                     << u"field “version” is missing"_s << 0;
    QTest::newRow("missing title") << compact(replaced(root, u"title"_s, removed)) << u"field “title” is missing"_s
                                   << 0;
    QTest::newRow("title a number") << compact(replaced(root, u"title"_s, 7))
                                    << u"field “title” must be a string, not a number"_s << 0;
    QTest::newRow("empty pack id") << compact(replaced(root, u"pack/id"_s, u""_s)) << u"field “pack.id” is empty"_s
                                   << 0;
    // Issue 17: a language of <img src="/etc/hostname"><h1>…</h1> reached the
    // window's message box as rich text. Codes and ids are checked, and the
    // value is not repeated.
    const QString html = u"<img src=\"/etc/hostname\"><h1>Call 555-0100 now</h1>"_s;
    QTest::newRow("language as html") << compact(replaced(root, u"language"_s, html))
                                      << u"field “language” is not a language code such as “en” or “es-MX”"_s << 0;
    QTest::newRow("pack id as html") << compact(replaced(root, u"pack/id"_s, html))
                                     << u"field “pack.id” is not a pack id"_s << 0;
    QTest::newRow("pack version as text")
        << compact(replaced(root, u"pack/version"_s, html)) << u"field “pack.version” is not a version"_s << 0;
    QTest::newRow("section id as html") << compact(replaced(root, u"sections/0/id"_s, html))
                                        << u"field “sections[0].id” is not a section id"_s << 0;
    QTest::newRow("missing patient") << compact(replaced(root, u"personalization/patient"_s, removed))
                                     << u"field “personalization.patient” is missing"_s << 0;
    QTest::newRow("handout without personalization")
        << compact(replaced(root, u"personalization"_s, removed)) << u"field “personalization” is missing"_s << 0;
    QTest::newRow("summary flag as text") << compact(replaced(root, u"include_summary"_s, u"yes"_s))
                                          << u"field “include_summary” must be true or false, not a string"_s << 0;
    QTest::newRow("unknown page size") << compact(replaced(root, u"page/size"_s, u"A5"_s))
                                       << u"field “page.size” must be “A4” or “Letter”, not “A5”"_s << 0;
    QTest::newRow("sections an object") << compact(replaced(root, u"sections"_s, QJsonObject()))
                                        << u"field “sections” must be an array, not an object"_s << 0;
    QTest::newRow("section a string") << compact(replaced(root, u"sections/1"_s, u"medical-use"_s))
                                      << u"field “sections[1]” must be an object, not a string"_s << 0;
    QTest::newRow("empty section id") << compact(replaced(root, u"sections/1/id"_s, u""_s))
                                      << u"field “sections[1].id” is empty"_s << 0;
    QTest::newRow("repeated section") << compact(replaced(root, u"sections/3/id"_s, u"introduction"_s))
                                      << u"field “sections[3].id” repeats section “introduction”"_s << 0;
    QTest::newRow("missing runs") << compact(replaced(root, u"sections/2/items/0/blocks/1/runs"_s, removed))
                                  << u"field “sections[2].items[0].blocks[1].runs” is missing"_s << 0;
    QTest::newRow("runs an object") << compact(replaced(root, u"sections/2/items/0/blocks/1/runs"_s, QJsonObject()))
                                    << u"field “sections[2].items[0].blocks[1].runs” must be an array, not an object"_s
                                    << 0;
    QTest::newRow("run a string") << compact(replaced(root, u"sections/0/items/0/blocks/1/runs/0"_s, u"x"_s))
                                  << u"field “sections[0].items[0].blocks[1].runs[0]” must be an object, not a string"_s
                                  << 0;
    QTest::newRow("bold as text") << compact(replaced(root, u"sections/0/items/0/blocks/1/runs/1/bold"_s, u"true"_s))
                                  << u"field “sections[0].items[0].blocks[1].runs[1].bold” must be true or false"_s
                                  << 0;
    QTest::newRow("null text") << compact(replaced(root, u"sections/0/items/0/blocks/1/runs/1/text"_s, QJsonValue()))
                               << u"field “sections[0].items[0].blocks[1].runs[1].text” must be a string, not null"_s
                               << 0;
    QTest::newRow("unknown block kind")
        << compact(replaced(root, u"sections/1/items/0/blocks/0/kind"_s, u"table"_s))
        << u"field “sections[1].items[0].blocks[0].kind” is an unknown kind of block “table”"_s << 0;
    QTest::newRow("level too deep") << compact(replaced(root, u"sections/1/items/0/blocks/0/level"_s, 10))
                                    << u"field “sections[1].items[0].blocks[0].level” must be a whole number from 0 "
                                       "to 9"_s
                                    << 0;
    // The page target, 0 (none) to PageBudget::MaxTarget, refused by name.
    QTest::newRow("page target negative") << compact(replaced(root, u"page/target"_s, -1))
                                          << u"field “page.target” must be a whole number from 0 to 40"_s << 0;
    QTest::newRow("page target over the maximum") << compact(replaced(root, u"page/target"_s, 41))
                                                  << u"field “page.target” must be a whole number from 0 to 40"_s << 0;
    QTest::newRow("page target fractional") << compact(replaced(root, u"page/target"_s, 2.5))
                                            << u"field “page.target” must be a whole number from 0 to 40"_s << 0;
    QTest::newRow("page target a string") << compact(replaced(root, u"page/target"_s, u"x"_s))
                                          << u"field “page.target” must be a number, not a string"_s << 0;
    QTest::newRow("page target null") << compact(replaced(root, u"page/target"_s, QJsonValue(QJsonValue::Null)))
                                      << u"field “page.target” must be a number, not null"_s << 0;
    QTest::newRow("negative level") << compact(replaced(root, u"notes/0/level"_s, -1))
                                    << u"field “notes[0].level” must be a whole number from 0 to 9"_s << 0;
    QTest::newRow("unknown callout tag")
        << compact(replaced(root, u"sections/2/items/1/callout"_s, QJsonArray {u"risk"_s, u"danger"_s}))
        << u"field “sections[2].items[1].callout[1]” is an unknown callout “danger” (known: risk, supervision)"_s << 0;
    QTest::newRow("callout a string") << compact(replaced(root, u"sections/2/items/1/callout"_s, u"risk"_s))
                                      << u"field “sections[2].items[1].callout” must be an array, not a string"_s << 0;
    QTest::newRow("empty passage id") << compact(replaced(root, u"sections/0/items/0/blocks/1/passage"_s, u""_s))
                                      << u"field “sections[0].items[0].blocks[1].passage” is empty"_s << 0;
    QTest::newRow("source without passage")
        << compact(replaced(root, u"sections/0/items/0/blocks/1/passage"_s, removed))
        << u"field “sections[0].items[0].blocks[1].source” is only allowed with “passage”"_s << 0;
    QTest::newRow("source not a hash") << compact(replaced(root, u"sections/0/items/0/blocks/1/source"_s, u"abc"_s))
                                       << u"field “sections[0].items[0].blocks[1].source” must be 64 lowercase "
                                          "hexadecimal digits"_s
                                       << 0;
    QTest::newRow("notes a string") << compact(replaced(root, u"notes"_s, u"call us"_s))
                                    << u"field “notes” must be an array, not a string"_s << 0;
    QTest::newRow("missing notes") << compact(replaced(root, u"notes"_s, removed)) << u"field “notes” is missing"_s
                                   << 0;
    // Confirmed removals: each field checked, and the place named.
    QTest::newRow("acknowledged an object") << compact(replaced(root, u"acknowledged_changes"_s, QJsonObject()))
                                            << u"field “acknowledged_changes” must be an array, not an object"_s << 0;
    QTest::newRow("acknowledged entry a string")
        << compact(replaced(root, u"acknowledged_changes/1"_s, u"x"_s))
        << u"field “acknowledged_changes[1]” must be an object, not a string"_s << 0;
    QTest::newRow("acknowledged without id") << compact(replaced(root, u"acknowledged_changes/0/id"_s, removed))
                                             << u"field “acknowledged_changes[0].id” is missing"_s << 0;
    QTest::newRow("acknowledged id as html") << compact(replaced(root, u"acknowledged_changes/0/id"_s, html))
                                             << u"field “acknowledged_changes[0].id” is not a passage id"_s << 0;
    QTest::newRow("acknowledged unknown kind")
        << compact(replaced(root, u"acknowledged_changes/1/kind"_s, u"moved"_s))
        << u"field “acknowledged_changes[1].kind” must be “removed” or “edited”"_s << 0;
    QTest::newRow("acknowledged local time")
        << compact(replaced(root, u"acknowledged_changes/0/time"_s, u"2027-03-12T09:30:00"_s))
        << u"field “acknowledged_changes[0].time” is not a UTC time"_s << 0;
    QTest::newRow("acknowledged time not a time")
        << compact(replaced(root, u"acknowledged_changes/0/time"_s, u"yesterdayZ"_s))
        << u"field “acknowledged_changes[0].time” is not a UTC time"_s << 0;
    QTest::newRow("acknowledged clinician a number")
        << compact(replaced(root, u"acknowledged_changes/0/clinician"_s, 3))
        << u"field “acknowledged_changes[0].clinician” must be a string, not a number"_s << 0;
    QTest::newRow("acknowledged wording not a hash")
        << compact(replaced(root, u"acknowledged_changes/0/wording"_s, u"ABC"_s))
        << u"field “acknowledged_changes[0].wording” must be 64 lowercase hexadecimal digits"_s << 0;
    QJsonArray tooMany;
    const QJsonValue entry = root.value(u"acknowledged_changes"_s).toArray().at(0);
    for (int i = 0; i <= HandoutJsonReader::MaxAcknowledgedChanges; ++i)
        tooMany.append(entry);
    QTest::newRow("too many acknowledged") << compact(replaced(root, u"acknowledged_changes"_s, tooMany))
                                           << u"field “acknowledged_changes” holds more than 1000 entries"_s << 0;
    // Issue 17: a field longer than the window and handout-cli allow filled
    // every page's header; it is refused, by its name (FieldLimits).
    QTest::newRow("title too long") << compact(replaced(root, u"title"_s, QString(201, u'T')))
                                    << u"field “title” is longer than 200 characters (it has 201)"_s << 0;
    QTest::newRow("patient too long")
        << compact(replaced(root, u"personalization/patient"_s, QString(65536, u'P')))
        << u"field “personalization.patient” is longer than 200 characters (it has 65536)"_s << 0;
    QTest::newRow("clinic name too long")
        << compact(replaced(root, u"clinic/name"_s, QString(100000, u'C')))
        << u"field “clinic.name” is longer than 200 characters (it has 100000)"_s << 0;
    QTest::newRow("date too long") << compact(replaced(root, u"personalization/date"_s, QString(101, u'1')))
                                   << u"field “personalization.date” is longer than 100 characters (it has 101)"_s << 0;
}

void TestHandoutFile::rejectsBadFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    QFETCH(int, line);

    const QString name = u"/clinic/handouts/bad-file.handout"_s;
    SourceError error;
    error.message = u"stale"_s;
    QVERIFY(!HandoutFile::readBytes(bytes, name, &error));
    QCOMPARE(error.file, name);
    QVERIFY2(error.toString().startsWith(name), qPrintable(error.toString()));
    QVERIFY2(error.message.contains(problem), qPrintable(error.message));
    if (line >= 0)
        QCOMPARE(error.line, line);

    // The same through a file on disk.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad-file.handout"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    SourceError fileError;
    QVERIFY(!HandoutFile::read(path, &fileError));
    QCOMPARE(fileError.file, path);
    QVERIFY2(fileError.message.contains(problem), qPrintable(fileError.message));
}

void TestHandoutFile::rejectsOversizedFileWithoutReadingIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"huge.handout"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Sparse: takes no disk space, and reading it whole would take seconds.
    QVERIFY(file.resize(qint64(8) * 1024 * 1024 * 1024));
    file.close();
    QElapsedTimer timer;
    timer.start();
    SourceError error;
    QVERIFY(!HandoutFile::read(path, &error));
    QVERIFY2(timer.elapsed() < 2000, "the file was read");
    QCOMPARE(error.file, path);
    QVERIFY2(error.message.contains(u"too large for a handout file (over 2 MiB)"_s), qPrintable(error.message));

    // Just over the limit, in memory: valid JSON padded with spaces.
    QByteArray padded = validBytes();
    padded.append(QByteArray(HandoutFile::MaxFileSize + 1 - padded.size(), ' '));
    QVERIFY(!HandoutFile::readBytes(padded, u"padded.handout"_s, &error));
    QVERIFY2(error.message.contains(u"too large"_s), qPrintable(error.message));
    padded.chop(1);
    QVERIFY2(HandoutFile::readBytes(padded, u"padded.handout"_s, &error), qPrintable(error.toString()));
}

void TestHandoutFile::rejectsFolderAndMissingFile()
{
    QTemporaryDir dir;
    SourceError error;
    QVERIFY(!HandoutFile::read(dir.path(), &error));
    QCOMPARE(error.file, dir.path());
    QVERIFY2(error.message.contains(u"is a folder"_s), qPrintable(error.message));

    const QString missing = dir.filePath(u"gone.handout"_s);
    QVERIFY(!HandoutFile::read(missing, &error));
    QCOMPARE(error.file, missing);
    QVERIFY2(error.message.startsWith(u"cannot be read: "_s), qPrintable(error.message));

    // Issue 17: a FIFO blocked the open (and the window with it).
    const QString fifo = dir.filePath(u"pipe.handout"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QVERIFY(!HandoutFile::read(fifo, &error));
    QVERIFY2(error.message.contains(u"not a regular file"_s), qPrintable(error.message));
    QVERIFY(!HandoutFile::read(u"/dev/zero"_s, &error));
    QVERIFY2(error.message.contains(u"not a regular file"_s), qPrintable(error.message));
}

void TestHandoutFile::capsContent_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem"); // empty: accepted

    const QJsonObject emptyRun {{u"text"_s, u""_s}, {u"bold"_s, false}, {u"italic"_s, false}, {u"underline"_s, false}};
    const auto paragraphs = [](int count, const QJsonArray &runs = {}) {
        return repeated(QJsonObject {{u"kind"_s, u"paragraph"_s}, {u"level"_s, 0}, {u"runs"_s, runs}}, count);
    };
    const auto oneSection = [](const QJsonArray &blocks) {
        const QJsonObject item {{u"callout"_s, QJsonArray()}, {u"blocks"_s, blocks}};
        return QJsonArray {QJsonObject {{u"id"_s, u"one"_s}, {u"items"_s, QJsonArray {item}}}};
    };
    const auto sectionsNamed = [](int count) {
        QJsonArray out;
        for (int i = 0; i < count; ++i)
            out.append(QJsonObject {{u"id"_s, u"s%1"_s.arg(i)}, {u"items"_s, QJsonArray()}});
        return out;
    };
    // Nothing but the required fields, so the text counted is the test's own.
    HandoutContent empty;
    empty.packId = TestSupport::builtinArticle().meta.id;
    empty.packVersion = TestSupport::builtinArticle().meta.version;
    empty.language = u"en"_s;
    // Ids, versions and codes count too: the text left for the test's runs.
    const qsizetype textLeft
        = HandoutJsonReader::MaxTextLength - empty.packId.size() - empty.packVersion.size() - 2 - 3; // "en", "one"
    const QJsonObject small = HandoutJsonWriter::toJson(empty, PageOptions(), TestSupport::builtinArticle(), false);
    const int maxBlocks = HandoutJsonReader::MaxBlocks;
    const int maxRuns = HandoutJsonReader::MaxRuns;
    const int maxSections = HandoutJsonReader::MaxSections;

    QTest::newRow("sections at the cap") << compact(replaced(small, u"sections"_s, sectionsNamed(maxSections)))
                                         << QString();
    QTest::newRow("too many sections") << compact(replaced(small, u"sections"_s, sectionsNamed(maxSections + 1)))
                                       << u"holds more than 2000 sections"_s;
    // The one item of oneSection() counts as a block of its own.
    QTest::newRow("blocks at the cap") << compact(replaced(small, u"sections"_s, oneSection(paragraphs(maxBlocks - 1))))
                                       << QString();
    QTest::newRow("too many blocks") << compact(replaced(small, u"sections"_s, oneSection(paragraphs(maxBlocks))))
                                     << u"holds more than 20000 blocks of text"_s;
    // Issue 17: items with no blocks were not counted at all.
    const QJsonArray emptyItems
        = repeated(QJsonObject {{u"callout"_s, QJsonArray()}, {u"blocks"_s, QJsonArray()}}, maxBlocks + 1);
    QTest::newRow("too many empty items") << compact(
        replaced(small, u"sections"_s, QJsonArray {QJsonObject {{u"id"_s, u"one"_s}, {u"items"_s, emptyItems}}}))
                                          << u"holds more than 20000 blocks of text"_s;
    QTest::newRow("too many blocks with the notes")
        << compact(replaced(replaced(small, u"sections"_s, oneSection(paragraphs(maxBlocks / 2 + 1))), u"notes"_s,
                            paragraphs(maxBlocks / 2)))
        << u"holds more than 20000 blocks of text"_s;
    QTest::newRow("runs at the cap") << compact(
        replaced(small, u"sections"_s, oneSection(paragraphs(1, repeated(emptyRun, maxRuns)))))
                                     << QString();
    QTest::newRow("too many runs") << compact(
        replaced(small, u"sections"_s, oneSection(paragraphs(1, repeated(emptyRun, maxRuns + 1)))))
                                   << u"holds more than 30000 runs of text"_s;
    const QJsonObject longRun = replaced(emptyRun, u"text"_s, QString(textLeft, u'x'));
    const QJsonObject tooLong = replaced(emptyRun, u"text"_s, QString(textLeft + 1, u'x'));
    QTest::newRow("text at the cap") << compact(replaced(small, u"sections"_s, oneSection(paragraphs(1, {longRun}))))
                                     << QString();
    QTest::newRow("too much text") << compact(replaced(small, u"sections"_s, oneSection(paragraphs(1, {tooLong}))))
                                   << u"holds more than 1048576 characters of text"_s;
    // Issue 17: ids were not counted. Text at the cap, plus one more section.
    QJsonArray atTheCapAndMore = oneSection(paragraphs(1, {longRun}));
    atTheCapAndMore.append(QJsonObject {{u"id"_s, u"two"_s}, {u"items"_s, QJsonArray()}});
    QTest::newRow("ids count as text") << compact(replaced(small, u"sections"_s, atTheCapAndMore))
                                       << u"holds more than 1048576 characters of text"_s;
}

void TestHandoutFile::capsContent()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    QVERIFY2(bytes.size() <= HandoutFile::MaxFileSize, "the case must fit the size limit to test the cap");
    SourceError error;
    const std::optional<HandoutFileData> data = HandoutFile::readBytes(bytes, u"big.handout"_s, &error);
    if (problem.isEmpty()) {
        QVERIFY2(data, qPrintable(error.toString()));
        return;
    }
    QVERIFY(!data);
    QVERIFY2(error.toString().startsWith(u"big.handout: "_s), qPrintable(error.toString()));
    QVERIFY2(error.message.contains(problem), qPrintable(error.message));
}

void TestHandoutFile::changesSinceFindsPackChanges()
{
    const Article &original = TestSupport::builtinArticle();
    HandoutContent content = editedContent();
    content.sections.insert(1, HandoutAssembler::sourceSection(original, u"recreational-use"_s));
    QString writeError;
    const QByteArray bytes = HandoutFile::toBytes(content, PageOptions(), original, false, &writeError);
    QVERIFY2(!bytes.isEmpty(), qPrintable(writeError));
    SourceError error;
    const std::optional<HandoutFileData> data = HandoutFile::readBytes(bytes, u"saved.handout"_s, &error);
    QVERIFY2(data, qPrintable(error.toString()));

    // The pack as a later release might have it.
    Article changed = original;
    changed.meta.version = u"1.1.0"_s;
    Section &fineLine = changed.sections[changed.sectionIndex(u"fine-line"_s)];
    fineLine.passages.removeIf([](const Passage &p) { return p.id == u"fine-line-good-and-wrong-reasons"_s; });
    Section &dissociative = changed.sections[changed.sectionIndex(u"dissociative-states"_s)];
    dissociative.passages[0].text += u" (revised)"_s;
    // Last: the index lookups above are stale once a section is gone.
    changed.sections.removeAt(changed.sectionIndex(u"recreational-use"_s));
    changed.rebuildIndex();

    const QList<PackChange> changes = HandoutFile::changesSince(*data, changed);
    QCOMPARE(changes.size(), 3);

    QCOMPARE(changes[0].kind, PackChange::SectionRemoved);
    QCOMPARE(changes[0].sectionId, u"recreational-use"_s);
    QCOMPARE(changes[0].message,
             u"section “Recreational Use” (recreational-use) is no longer in the content pack "
             "(content pack version 1.0.0 when saved, 1.1.0 now)"_s);

    QCOMPARE(changes[1].kind, PackChange::PassageRemoved);
    QCOMPARE(changes[1].sectionId, u"fine-line"_s);
    QCOMPARE(changes[1].passageId, u"fine-line-good-and-wrong-reasons"_s);
    QCOMPARE(changes[1].message,
             u"passage “fine-line-good-and-wrong-reasons” in section “A Fine Line” is no longer "
             "in the content pack (content pack version 1.0.0 when saved, 1.1.0 now)"_s);

    QCOMPARE(changes[2].kind, PackChange::PassageRewritten);
    QCOMPARE(changes[2].sectionId, u"dissociative-states"_s);
    QCOMPARE(changes[2].passageId, u"dissociative-states-detachment"_s);
    QCOMPARE(changes[2].message,
             u"passage “dissociative-states-detachment” in section “Dissociative States” was "
             "rewritten in the content pack since the handout was saved (content pack version "
             "1.0.0 when saved, 1.1.0 now)"_s);
    QCOMPARE(HandoutFile::messages(changes).size(), 3);
}

void TestHandoutFile::changesSinceIsEmptyForTheSamePack()
{
    SourceError error;
    const std::optional<HandoutFileData> data = HandoutFile::readBytes(validBytes(), u"same.handout"_s, &error);
    QVERIFY2(data, qPrintable(error.toString()));
    QCOMPARE(HandoutFile::changesSince(*data, TestSupport::builtinArticle()), QList<PackChange>());
}

void TestHandoutFile::changesSinceRefusesAnotherPack()
{
    Article other = TestSupport::builtinArticle();
    other.meta.id = u"another-pack"_s;
    SourceError error;
    const std::optional<HandoutFileData> data = HandoutFile::readBytes(validBytes(), u"same.handout"_s, &error);
    QVERIFY2(data, qPrintable(error.toString()));
    const QList<PackChange> changes = HandoutFile::changesSince(*data, other);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes[0].kind, PackChange::OtherPack);
    QCOMPARE(changes[0].message,
             u"the handout was made from the content pack “ketamine-review”, not “another-pack”, "
             "and cannot be opened with it"_s);
}

void TestHandoutFile::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("problem"); // empty: the file opens
    QTest::addColumn<bool>("isTemplate");
    QTest::addColumn<QString>("change"); // what changesSince must report, if anything

    QTest::newRow("edited handout") << u"recovery-edited.handout"_s << QString() << false << QString();
    QTest::newRow("template") << u"recovery-template.handout"_s << QString() << true << QString();
    QTest::newRow("unknown section") << u"unknown-section.handout"_s << QString() << false
                                     << u"section “Dosing at Home” (dosing-at-home) is no longer in the content pack"_s;
    QTest::newRow("truncated") << u"truncated.handout"_s << u"the file ends too early"_s << false << QString();
    QTest::newRow("not json") << u"not-json.handout"_s << u"it is not valid JSON"_s << false << QString();
    QTest::newRow("wrong version") << u"wrong-version.handout"_s
                                   << u"was saved by a newer version of Handout Composer (format version 2)"_s << false
                                   << QString();
    QTest::newRow("wrong type") << u"wrong-type.handout"_s
                                << u"is not a Handout Composer file (it has no “format” field)"_s << false << QString();
    QTest::newRow("missing runs") << u"missing-runs.handout"_s
                                  << u"field “sections[2].items[0].blocks[1].runs” is missing"_s << false << QString();
    QTest::newRow("html language") << u"html-language.handout"_s << u"field “language” is not a language code"_s
                                   << false << QString();
}

void TestHandoutFile::samples()
{
    QFETCH(QString, file);
    QFETCH(QString, problem);
    QFETCH(bool, isTemplate);
    QFETCH(QString, change);

    const QString path = TestSupport::dataPath(u"handouts/"_s + file);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    SourceError error;
    const std::optional<HandoutFileData> data = HandoutFile::read(path, &error);
    if (!problem.isEmpty()) {
        QVERIFY(!data);
        QCOMPARE(error.file, path);
        QVERIFY2(error.message.contains(problem), qPrintable(error.toString()));
        return;
    }
    QVERIFY2(data, qPrintable(error.toString()));
    QCOMPARE(data->isTemplate, isTemplate);
    QCOMPARE(data->content.packId, u"ketamine-review"_s);
    QVERIFY(!data->content.sections.isEmpty());
    if (isTemplate)
        QVERIFY(data->content.person.isEmpty());
    const QStringList changes = HandoutFile::messages(HandoutFile::changesSince(*data, TestSupport::builtinArticle()));
    if (change.isEmpty()) {
        QCOMPARE(changes, QStringList());
    } else {
        QCOMPARE(changes.size(), 1);
        QVERIFY2(changes[0].startsWith(change), qPrintable(changes[0]));
    }
}

QTEST_MAIN(TestHandoutFile)
#include "tst_handoutfile.moc"
