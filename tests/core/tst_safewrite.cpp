#include "safewrite.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <cstring>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

// Safe writes: a file is replaced whole or not at all, private when asked,
// and a refusal says why in the user's terms.
class TestSafeWrite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheWholeFile();
    void ownerOnlyIsPrivate();
    void failedFillLeavesTheOldFile();
    void unwritablePathSaysWhy_data();
    void unwritablePathSaysWhy();
    void neverReplacesADeviceOrAPipe();
    void fullDiskSaysWhy();

private:
    static QByteArray read(const QString &path);
};

QByteArray TestSafeWrite::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestSafeWrite::writesTheWholeFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.txt"_s);
    QString reason;
    QVERIFY2(SafeWrite::write(path, "first", &reason), qPrintable(reason));
    QCOMPARE(read(path), QByteArray("first"));
    QVERIFY2(SafeWrite::write(path, "second, longer", &reason), qPrintable(reason));
    QCOMPARE(read(path), QByteArray("second, longer"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {u"out.txt"_s});
}

void TestSafeWrite::ownerOnlyIsPrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"patient.handout"_s);
    QString reason;
    QVERIFY2(SafeWrite::write(path, "{}", &reason, SafeWrite::Access::OwnerOnly), qPrintable(reason));
    QCOMPARE(
        QFile::permissions(path)
            & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
        QFileDevice::Permissions());
}

void TestSafeWrite::failedFillLeavesTheOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.pdf"_s);
    QString reason;
    QVERIFY(SafeWrite::write(path, "old", &reason));
    const bool written = SafeWrite::write(
        path,
        [](QIODevice *device, QString *why) {
            device->write("half of the ne");
            *why = u"the renderer gave up"_s;
            return false;
        },
        &reason);
    QVERIFY(!written);
    QCOMPARE(reason, u"the renderer gave up"_s);
    QCOMPARE(read(path), QByteArray("old"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {u"out.pdf"_s});
}

void TestSafeWrite::unwritablePathSaysWhy_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("reason");
    // Tests run as root: the paths themselves must make writing impossible.
    QTest::newRow("parent folder missing") << u"missing/x"_s << u"the folder “%1/missing” does not exist"_s;
    QTest::newRow("target is a folder") << u"folder"_s << u"it is a folder"_s;
    QTest::newRow("parent is a file")
        << u"file.txt/x"_s << u"the folder “%1/file.txt” does not exist (“%1/file.txt” is a file, not a folder)"_s;
}

void TestSafeWrite::unwritablePathSaysWhy()
{
    QFETCH(QString, relative);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"folder"_s));
    QFile file(dir.filePath(u"file.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString path = dir.filePath(relative);
    const QString expected = reason.contains(u"%1"_s) ? reason.arg(dir.path()) : reason;
    QCOMPARE(SafeWrite::unwritableReason(path), expected);
    QString why;
    QVERIFY(!SafeWrite::write(path, "x", &why));
    QCOMPARE(why, expected);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             (QStringList {u"file.txt"_s, u"folder"_s}));
}

// Issue 17: run as root, a save or export over /dev/full or a FIFO replaced
// the device node or the pipe with a file. The window's export has no
// command-line check in front of it: SafeWrite itself refuses.
void TestSafeWrite::neverReplacesADeviceOrAPipe()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"pipe.pdf"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString link = dir.filePath(u"link.pdf"_s);
    QVERIFY(QFile::link(u"/dev/null"_s, link));
    for (const QString &target : {u"/dev/full"_s, fifo, link}) {
        QString why;
        QVERIFY2(!SafeWrite::write(target, "x", &why, SafeWrite::Access::OwnerOnly), qPrintable(target));
        QCOMPARE(why, u"it is a device, pipe or socket, not a regular file, and is never replaced"_s);
        struct stat status
        {
        };
        QCOMPARE(::stat(QFile::encodeName(target).constData(), &status), 0);
        QVERIFY2(!S_ISREG(status.st_mode), qPrintable(target));
    }
    QVERIFY(QFileInfo(link).isSymLink());
}

// Issue 17: a full disk said "Unknown error" (QSaveFile sets no text after a
// refused write). A file size limit refuses writes the way a full disk does,
// without needing one: the reason must be the system's.
void TestSafeWrite::fullDiskSaysWhy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.pdf"_s);
    QString reason;
    QVERIFY(SafeWrite::write(path, "old", &reason));
    rlimit saved {};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN); // else the refused write kills the test
    rlimit small = saved;
    small.rlim_cur = rlim_t(16) * 1024;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
    const QByteArray big(qsizetype(256) * 1024, 'x');
    QString whole;
    const bool wroteWhole = SafeWrite::write(path, big, &whole);
    QString filled;
    const bool wroteFilled = SafeWrite::write(
        path,
        [&big](QIODevice *device, QString *) {
            // As QPdfWriter does: many writes, whose results are not checked.
            for (qsizetype at = 0; at < big.size(); at += 1000)
                device->write(big.mid(at, 1000));
            return true;
        },
        &filled, SafeWrite::Access::OwnerOnly);
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, oldHandler);
    const QString expected = QString::fromLocal8Bit(std::strerror(EFBIG));
    QVERIFY(!wroteWhole);
    QCOMPARE(whole, expected);
    QVERIFY(!wroteFilled);
    QCOMPARE(filled, expected);
    QCOMPARE(read(path), QByteArray("old"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {u"out.pdf"_s});
}

QTEST_GUILESS_MAIN(TestSafeWrite)
#include "tst_safewrite.moc"
