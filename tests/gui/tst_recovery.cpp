#include "apprunner.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;

// The real program, killed and started again: unsaved work comes back;
// patient data stays where it belongs.
class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedSessionIsOfferedForRestore();
    void spanishAutosaveComesBackInSpanish();
    void cleanCloseRemovesTheAutosave();
    void twoInstancesKeepTheirOwnAutosaves();
    void patientNameStaysInHandoutFiles();

private:
    static QStringList recoveryFiles(const AppRunner &app);
};

QStringList TestRecovery::recoveryFiles(const AppRunner &app)
{
    return QDir(app.dataFolder() + u"/HandoutComposer/handout-composer/recovery"_s)
        .entryList({u"*.handout"_s}, QDir::Files);
}

void TestRecovery::killedSessionIsOfferedForRestore()
{
    QTemporaryDir home;
    AppRunner app(home.path());
    app.start({u"preset in-recovery"_s, u"patient Zelda Quux"_s,
               u"type introduction-overview EDITED-BEFORE-THE-CRASH "_s, u"autosave"_s, u"wait 60000"_s});
    const QString saved = app.waitFor(u"autosaved "_s);
    QVERIFY2(!saved.isEmpty(), qPrintable(app.output()));
    const QString autosave = saved.mid(10);
    QVERIFY(QFile::exists(autosave));
    QCOMPARE(QFile::permissions(autosave) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    app.killHard();

    AppRunner again(home.path());
    again.start({u"answer yes"_s, u"recover"_s, u"state"_s, u"answer discard"_s, u"quit"_s});
    const QJsonObject state = again.state();
    QVERIFY2(state.value(u"text"_s).toString().contains(u"EDITED-BEFORE-THE-CRASH"_s), qPrintable(again.output()));
    QVERIFY(state.value(u"text"_s).toString().contains(u"Zelda Quux"_s));
    QCOMPARE(state.value(u"sections"_s).toArray().size(), 9);
    QVERIFY(state.value(u"modified"_s).toBool());
    QVERIFY(again.waitForExit());
    QVERIFY(!QFile::exists(autosave)); // restored, then closed cleanly
    QVERIFY(recoveryFiles(again).isEmpty());
}

// Issue 19: a Spanish autosave came back as "English (original)" with a
// Spanish body and an English summary, after a notice (which would stop this
// script, having no answer for it) claiming every passage had been rewritten.
void TestRecovery::spanishAutosaveComesBackInSpanish()
{
    QTemporaryDir home;
    AppRunner app(home.path());
    app.start({u"preset in-recovery"_s, u"language es"_s, u"patient Zelda Quux"_s, u"autosave"_s, u"wait 60000"_s});
    QVERIFY2(!app.waitFor(u"autosaved "_s).isEmpty(), qPrintable(app.output()));
    app.killHard();

    AppRunner again(home.path());
    again.start({u"answer yes"_s, u"recover"_s, u"state"_s, u"answer discard"_s, u"quit"_s});
    const QJsonObject state = again.state();
    QCOMPARE(state.value(u"language"_s).toString(), u"es"_s);
    const QString text = state.value(u"text"_s).toString();
    QVERIFY2(text.contains(u"Seguridad y supervisión"_s), qPrintable(text.left(400))); // the Spanish summary
    QVERIFY(!text.contains(u"Safety and supervision"_s));
    QVERIFY(text.contains(u"Zelda Quux"_s));
    QVERIFY(again.waitForExit());
}

void TestRecovery::cleanCloseRemovesTheAutosave()
{
    QTemporaryDir home;
    AppRunner app(home.path());
    app.start({u"preset family-caregivers"_s, u"autosave"_s, u"answer discard"_s, u"quit"_s});
    QVERIFY(!app.waitFor(u"autosaved "_s).isEmpty());
    QVERIFY(app.waitForExit());
    QVERIFY(recoveryFiles(app).isEmpty());
    // And nothing is offered on the next start.
    AppRunner again(home.path());
    again.start({u"recover"_s, u"state"_s, u"quit"_s});
    QCOMPARE(again.state().value(u"sections"_s).toArray().size(), 0);
    QVERIFY(again.waitForExit());
}

void TestRecovery::twoInstancesKeepTheirOwnAutosaves()
{
    QTemporaryDir home;
    AppRunner first(home.path());
    first.start({u"sections conclusion"_s, u"autosave"_s, u"wait 60000"_s});
    const QString firstFile = first.waitFor(u"autosaved "_s).mid(10);
    QVERIFY(!firstFile.isEmpty());

    AppRunner second(home.path());
    // The first instance is alive: its autosave is not offered to the second
    // (an offer would wait for an answer, and the script would stall here).
    second.start({u"recover"_s, u"sections habenula"_s, u"autosave"_s, u"state"_s, u"answer discard"_s, u"quit"_s});
    const QString secondFile = second.waitFor(u"autosaved "_s).mid(10);
    QVERIFY(!secondFile.isEmpty());
    QVERIFY(secondFile != firstFile);
    QCOMPARE(second.state().value(u"sections"_s).toArray(), QJsonArray({u"habenula"_s}));
    QVERIFY(second.waitForExit());
    QVERIFY(QFile::exists(firstFile));
    QVERIFY(!QFile::exists(secondFile));
    first.killHard();
}

void TestRecovery::patientNameStaysInHandoutFiles()
{
    QTemporaryDir home;
    QTemporaryDir documents;
    const QString name = u"Zelda Quux-Patient"_s;
    const QString handout = documents.filePath(u"visit.handout"_s);
    const QString pdf = documents.filePath(u"visit.pdf"_s);
    AppRunner app(home.path());
    app.start({u"preset in-recovery"_s, u"patient "_s + name, u"autosave"_s, u"save "_s + handout, u"answer yes"_s,
               u"export "_s + pdf, u"patient "_s + name + u" again"_s, u"autosave"_s, u"wait 300"_s,
               u"answer discard"_s, u"quit"_s});
    QVERIFY(!app.waitFor(u"ok export"_s).isEmpty());
    QVERIFY2(app.waitForExit(), qPrintable(app.output()));

    // The name is in the saved handout (private to the user) and nowhere in
    // settings or the data folder once the program closed cleanly.
    QVERIFY(QFile(handout).open(QIODevice::ReadOnly));
    QVERIFY(QFile(handout).size() > 0);
    QFile saved(handout);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll().contains(name.toUtf8()));
    QCOMPARE(QFile::permissions(handout)
                 & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::Permissions());
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        ++files;
        QVERIFY2(!file.readAll().contains("Zelda"), qPrintable(file.fileName()));
    }
    QVERIFY(files >= 1); // at least the settings file
    // The recent list holds the path, not the patient.
    QFile settings(app.configFolder() + u"/HandoutComposer/handout-composer.conf"_s);
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(settings.readAll().contains("visit.handout"));
}

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
