#include "clirunner.h"
#include "pdfreader.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// Teach-back questions through the real handout-cli: in `sections --json`,
// printed only with --teach-back, only for the chosen sections, and kept in
// a saved handout.
class TestCliTeachBack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sectionsJsonListsThePrompts();
    void printedOnlyWhenAsked();
    void onlyTheChosenSectionsPrompts();
    void inTheHandoutsLanguage();
    void savedHandoutKeepsTheSwitch();

private:
    QString exportText(const QStringList &arguments);
    QJsonObject sectionsJson();
    QString promptOf(const QString &sectionId);
    QTemporaryDir m_dir;
    int m_count = 0;
};

void TestCliTeachBack::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestCliTeachBack::exportText(const QStringList &arguments)
{
    const QString path = m_dir.filePath(u"t%1.pdf"_s.arg(++m_count));
    const CliRun run = CliRunner::run(QStringList {u"export"_s, u"--out"_s, path} + arguments);
    if (run.exitCode != 0)
        qWarning("export failed: %s", run.err.constData());
    const PdfReader pdf(path);
    return pdf.ok ? pdf.allText() : QString();
}

QJsonObject TestCliTeachBack::sectionsJson()
{
    const CliRun run = CliRunner::run({u"sections"_s, u"--json"_s});
    if (run.exitCode != 0)
        return {};
    return run.json().object();
}

QString TestCliTeachBack::promptOf(const QString &sectionId)
{
    for (const auto &s : sectionsJson().value(u"sections"_s).toArray()) {
        if (s[u"id"_s].toString() == sectionId) {
            const QJsonArray prompts = s[u"teach_back"_s].toArray();
            return prompts.isEmpty() ? QString() : prompts.first()[u"prompt"_s].toString();
        }
    }
    return {};
}

void TestCliTeachBack::sectionsJsonListsThePrompts()
{
    const QJsonArray sections = sectionsJson().value(u"sections"_s).toArray();
    QVERIFY(!sections.isEmpty());
    int withWarnings = 0;
    for (const auto &s : sections) {
        QVERIFY2(s[u"teach_back"_s].isArray(), qPrintable(s[u"id"_s].toString()));
        const QJsonArray prompts = s[u"teach_back"_s].toArray();
        if (s[u"tags"_s].toArray().isEmpty())
            continue;
        ++withWarnings;
        // Every section with a risk or supervision passage has a question.
        QVERIFY2(!prompts.isEmpty(), qPrintable(s[u"id"_s].toString()));
        for (const auto &p : prompts) {
            QVERIFY(!p[u"prompt"_s].toString().isEmpty());
            QVERIFY(!p[u"added_by"_s].toString().isEmpty());
            QCOMPARE(p[u"review"_s].toString(), u"draft"_s);
            QVERIFY(!p[u"sources"_s].toArray().isEmpty());
            // The cited passages are the section's own.
            QStringList own;
            for (const auto &passage : s[u"passages"_s].toArray())
                own << passage[u"id"_s].toString();
            for (const auto &source : p[u"sources"_s].toArray())
                QVERIFY2(own.contains(source.toString()), qPrintable(source.toString()));
        }
    }
    QVERIFY(withWarnings > 10);
}

void TestCliTeachBack::printedOnlyWhenAsked()
{
    const QString prompt = promptOf(u"dissociative-states"_s);
    QVERIFY(!prompt.isEmpty());
    const QString without = exportText({u"--sections"_s, u"dissociative-states"_s});
    QVERIFY(!without.isEmpty());
    QVERIFY(!without.contains(u"Check your understanding"_s));
    QVERIFY(!without.contains(u"Tell me in your own words"_s));

    const QString with = exportText({u"--sections"_s, u"dissociative-states"_s, u"--teach-back"_s});
    QVERIFY2(with.contains(u"Check your understanding"_s), qPrintable(with.right(800)));
    QVERIFY2(with.contains(u"1. "_s + prompt), qPrintable(with.right(800)));
    // Who wrote the questions, and that nobody has reviewed them yet.
    QVERIFY(with.contains(u"Handout Composer team (AI-assisted draft)"_s));
    QVERIFY(with.contains(u"They have not yet been reviewed"_s));
}

void TestCliTeachBack::onlyTheChosenSectionsPrompts()
{
    const QString chosen = promptOf(u"recreational-use"_s);
    const QString other = promptOf(u"conclusion"_s);
    QVERIFY(!chosen.isEmpty() && !other.isEmpty());
    const QString text = exportText({u"--sections"_s, u"recreational-use"_s, u"--teach-back"_s});
    QVERIFY2(text.contains(chosen), qPrintable(text.right(800)));
    QVERIFY(!text.contains(other));
    QCOMPARE(text.count(u"Tell me in your own words"_s), 1);

    // `check` takes the same option and reports the same handout.
    const CliRun check
        = CliRunner::run({u"check"_s, u"--sections"_s, u"recreational-use"_s, u"--teach-back"_s, u"--json"_s});
    QCOMPARE(check.exitCode, 0);
}

void TestCliTeachBack::inTheHandoutsLanguage()
{
    const QString text = exportText({u"--sections"_s, u"recreational-use"_s, u"--teach-back"_s, u"--lang"_s, u"es"_s});
    QVERIFY2(text.contains(u"Compruebe lo que ha entendido"_s), qPrintable(text.right(800)));
    QVERIFY(!text.contains(u"Tell me in your own words"_s));
}

void TestCliTeachBack::savedHandoutKeepsTheSwitch()
{
    // The sample saved in the window, with the switch set as a file can hold it.
    QJsonObject root
        = QJsonDocument::fromJson(TestSupport::readAll(TestSupport::dataPath(u"handouts/recovery-edited.handout"_s)))
              .object();
    QVERIFY(!root.isEmpty());
    const auto write = [&](const QString &name, const QJsonValue &value) {
        QJsonObject copy = root;
        copy.insert(u"include_teach_back"_s, value);
        QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(QJsonDocument(copy).toJson());
        return path;
    };
    const QString on = write(u"on.handout"_s, true);
    const QString off = write(u"off.handout"_s, false);
    QVERIFY(!on.isEmpty() && !off.isEmpty());
    QVERIFY(exportText({u"--handout"_s, on}).contains(u"Check your understanding"_s));
    QVERIFY(!exportText({u"--handout"_s, off}).contains(u"Check your understanding"_s));
    // The option turns it on for a file saved without it.
    QVERIFY(exportText({u"--handout"_s, off, u"--teach-back"_s}).contains(u"Check your understanding"_s));

    // A switch that is not true or false names the file and the field.
    const QString bad = write(u"bad.handout"_s, u"yes"_s);
    const QString pdf = m_dir.filePath(u"bad.pdf"_s);
    const CliRun run = CliRunner::run({u"export"_s, u"--handout"_s, bad, u"--out"_s, pdf});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(bad), run.err.constData());
    QVERIFY2(run.errText().contains(u"include_teach_back"_s), run.err.constData());
    QVERIFY(!QFile::exists(pdf));
}

QTEST_GUILESS_MAIN(TestCliTeachBack)
#include "tst_cli_teachback.moc"
