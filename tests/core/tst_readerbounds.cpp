#include "batchfile.h"
#include "boundedfile.h"
#include "contentpackreader.h"
#include "contenttranslation.h"
#include "handoutfile.h"
#include "namesfile.h"
#include "testsupport.h"
#include "tscatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

// Issue 17: a 154 KB translation file grew to 3.7 GB in memory, and /dev/zero
// as a pack ended in std::bad_alloc. Each reader of a file from outside is fed
// the worst input it can be given (at its size limit, expanding, or endless)
// in a process of its own, and its peak memory growth is held to the bound
// stated in docs/testing.md. A reader that expands without limit, or reads
// an endless file whole, runs past the bound by orders of magnitude.
namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool UnderAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool UnderAddressSanitizer = true;
#else
constexpr bool UnderAddressSanitizer = false;
#endif
#else
constexpr bool UnderAddressSanitizer = false;
#endif

// The process's peak resident memory. Not getrusage(): its ru_maxrss starts
// at the parent's size when the parent is larger, and would hide growth.
qint64 peakKib()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// What a reader said about a file: empty when it accepted it.
QString readWith(const QString &reader, const QString &path)
{
    SourceError error;
    bool accepted = false;
    if (reader == u"pack") {
        ContentPackReader packReader;
        accepted = packReader.readFile(path).has_value();
        error = packReader.error();
    } else if (reader == u"ts") {
        accepted = TsCatalog::readFile(path, &error).has_value();
    } else if (reader == u"info") {
        // As TranslationLibrary reads it.
        const std::optional<QByteArray> bytes
            = BoundedFile::read(path, TranslationInfo::MaxFileSize, u"a translation's .info file"_s, &error);
        accepted = bytes && TranslationInfo::parse(*bytes, path, &error).has_value();
    } else if (reader == u"handout") {
        accepted = HandoutFile::read(path, &error).has_value();
    } else if (reader == u"batch") {
        accepted = BatchFile::read(path, &error).has_value();
    } else if (reader == u"names") {
        accepted = NamesFile::read(path, &error).has_value();
    } else {
        return u"unknown reader "_s + reader;
    }
    if (accepted)
        return {};
    return error.message.isEmpty() ? u"refused without a message"_s : error.message;
}

// The child's side: read once, then print the outcome and the growth.
int measure(const QString &reader, const QString &path)
{
    const qint64 before = peakKib();
    const QString said = readWith(reader, path);
    const qint64 after = peakKib();
    if (before < 0 || after < 0)
        return 1; // no /proc: nothing measured
    const qint64 grew = after - before;
    QTextStream out(stdout);
    out << (said.isEmpty() ? u"accepted"_s : u"refused: "_s + said.left(200)) << '\n' << grew << '\n';
    return 0;
}

QByteArray builtinPack()
{
    return TestSupport::readAll(TestSupport::sourcePath(u"resources/content/ketamine-review.md"_s));
}

// The built-in pack grown with one-paragraph sections to just under the
// limit: the most a pack may hold, and the case that once grew with the
// square of its size.
QByteArray largestPack()
{
    QByteArray pack = builtinPack();
    const qsizetype presets = pack.indexOf("\n::: preset");
    QByteArray sections;
    const qint64 room = ContentPackReader::MaxFileSize - pack.size() - 64;
    for (int i = 0;; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray section = "# Part " + n + " {#part-" + n + "}\n\n{#text-" + n + "}\nOne paragraph.\n\n";
        if (sections.size() + section.size() > room)
            break;
        sections += section;
    }
    pack.insert(presets + 1, sections);
    return pack;
}

QByteArray tsWithBody(const QByteArray &doctype, const QByteArray &messages)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE TS" + doctype
        + ">\n<TS version=\"2.1\" language=\"es\" sourcelanguage=\"en\">\n<context><name>introduction</name>\n"
        + messages + "</context>\n</TS>\n";
}

// Issue 17, item 1: one 4,000-character entity referenced 50,000 times.
QByteArray entityBomb()
{
    const QByteArray message = "<message><source>s</source><comment>introduction-one</comment><translation>"
        + QByteArray("&a;").repeated(50000) + "</translation></message>\n";
    return tsWithBody(" [<!ENTITY a \"" + QByteArray(4000, 'x') + "\">]", message);
}

// As many texts of the longest length as fit under the file size limit.
QByteArray largestTs()
{
    QByteArray messages;
    const QByteArray text(TsCatalog::MaxTextLength - 100, 'x');
    for (int i = 0;; ++i) {
        const QByteArray message = "<message><source>s</source><comment>text-" + QByteArray::number(i)
            + "</comment><translation>" + text + "</translation></message>\n";
        if (messages.size() + message.size() > TsCatalog::MaxFileSize - 4096)
            break;
        messages += message;
    }
    return tsWithBody({}, messages);
}

QByteArray largestInfo()
{
    QByteArray info = "translator: A. Translator\nmethod: draft\n";
    while (info.size() < TranslationInfo::MaxFileSize - 100)
        info += "# " + QByteArray(78, 'c') + '\n';
    return info;
}

// A saved handout whose first section holds empty items up to the size limit:
// the most JSON values a handout file can make the reader hold.
QByteArray largestHandout()
{
    QJsonObject handout
        = QJsonDocument::fromJson(TestSupport::readAll(TestSupport::dataPath(u"handouts/recovery-edited.handout"_s)))
              .object();
    QJsonArray sections = handout.value(u"sections"_s).toArray();
    QJsonObject first = sections.first().toObject();
    QJsonArray items = first.value(u"items"_s).toArray();
    const qint64 room = HandoutFile::MaxFileSize - QJsonDocument(handout).toJson(QJsonDocument::Compact).size() - 64;
    for (qint64 i = 0; i < room / 3; ++i)
        items.append(QJsonObject()); // "{}," per item
    first.insert(u"items"_s, items);
    sections.replace(0, first);
    handout.insert(u"sections"_s, sections);
    return QJsonDocument(handout).toJson(QJsonDocument::Compact);
}

// Lines of `line(i)` for i = 0, 1, ... up to a file size and a line count.
QByteArray linesUpTo(qint64 limit, int count, const std::function<QByteArray(int)> &line)
{
    QByteArray bytes;
    for (int i = 0; i < count; ++i) {
        const QByteArray next = line(i);
        if (bytes.size() + next.size() > limit - 1)
            return bytes;
        bytes += next;
    }
    return bytes;
}

QByteArray largestBatch()
{
    return linesUpTo(BatchFile::MaxFileSize, BatchFile::MaxLines, [](int i) {
        return "--preset in-recovery --title \"" + QByteArray(60, 'T') + "\" --out handout-" + QByteArray::number(i)
            + ".pdf\n";
    });
}

QByteArray largestNames()
{
    return linesUpTo(NamesFile::MaxFileSize, NamesFile::MaxNames, [](int i) {
        return QByteArray(NamesFile::MaxNameLength - 10, 'N') + QByteArray::number(i) + '\n';
    });
}

} // namespace

class TestReaderBounds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readerStaysWithinItsBound_data();
    void readerStaysWithinItsBound();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

void TestReaderBounds::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestReaderBounds::write(const QString &name, const QByteArray &bytes)
{
    QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestReaderBounds::readerStaysWithinItsBound_data()
{
    QTest::addColumn<QString>("reader");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("reason"); // part of the refusal
    QTest::addColumn<int>("boundMib");

    // The bounds, in MiB, are the ones docs/testing.md states ("Memory bounds
    // of the readers"); the sanitizer build allows three times as much.
    const QString zero = u"/dev/zero"_s;
    QTest::newRow("pack at its limit") << u"pack"_s << write(u"largest.md"_s, largestPack()) << true << QString()
                                       << 320;
    QTest::newRow("pack over its limit") << u"pack"_s
                                         << write(u"over.md"_s, QByteArray(ContentPackReader::MaxFileSize + 1, '#'))
                                         << false << u"larger than 8 MiB"_s << 8;
    QTest::newRow("pack, endless") << u"pack"_s << zero << false << u"not a regular file"_s << 8;
    QTest::newRow("translation, entity bomb")
        << u"ts"_s << write(u"bomb.ts"_s, entityBomb()) << false << u"declares XML entities"_s << 8;
    QTest::newRow("translation at its limit")
        << u"ts"_s << write(u"largest.ts"_s, largestTs()) << true << QString() << 160;
    QTest::newRow("translation, endless") << u"ts"_s << zero << false << u"not a regular file"_s << 8;
    QTest::newRow("info at its limit") << u"info"_s << write(u"largest.info"_s, largestInfo()) << true << QString()
                                       << 8;
    QTest::newRow("info, endless") << u"info"_s << zero << false << u"not a regular file"_s << 8;
    QTest::newRow("handout at its limit")
        << u"handout"_s << write(u"largest.handout"_s, largestHandout()) << false << u"more than 20000 blocks"_s << 48;
    QTest::newRow("handout, endless") << u"handout"_s << zero << false << u"not a regular file"_s << 8;
    QTest::newRow("batch at its limit") << u"batch"_s << write(u"largest.batch"_s, largestBatch()) << true << QString()
                                        << 32;
    QTest::newRow("batch, endless") << u"batch"_s << zero << false << u"not a regular file"_s << 8;
    QTest::newRow("names at their limit")
        << u"names"_s << write(u"largest.txt"_s, largestNames()) << true << QString() << 8;
    QTest::newRow("names, endless") << u"names"_s << zero << false << u"not a regular file"_s << 8;
}

void TestReaderBounds::readerStaysWithinItsBound()
{
    QFETCH(QString, reader);
    QFETCH(QString, path);
    QFETCH(bool, accepted);
    QFETCH(QString, reason);
    QFETCH(int, boundMib);
    QVERIFY2(!path.isEmpty(), "the hostile input could not be written");

    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Freed memory waits in AddressSanitizer's quarantine and would count as
    // growth; its redzones and shadow memory do add to every allocation.
    environment.insert(u"ASAN_OPTIONS"_s, environment.value(u"ASAN_OPTIONS"_s) + u":quarantine_size_mb=0"_s);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {u"--measure"_s, reader, path});
    QVERIFY(child.waitForFinished(240000));
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);
    const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n');
    QVERIFY2(lines.size() >= 2, qPrintable(u"no measurement: "_s + QString::fromUtf8(child.readAllStandardError())));

    if (accepted) {
        QCOMPARE(lines.at(0), u"accepted"_s);
    } else {
        QVERIFY2(lines.at(0).startsWith(u"refused: "_s) && lines.at(0).contains(reason), qPrintable(lines.at(0)));
    }
    bool ok = false;
    const qint64 grewKib = lines.at(1).toLongLong(&ok);
    QVERIFY(ok);
    const qint64 bound = qint64(boundMib) * 1024 * (UnderAddressSanitizer ? 3 : 1);
    qInfo("%s: peak growth %lld KiB, bound %lld KiB", QTest::currentDataTag(), grewKib, bound);
    QVERIFY2(grewKib <= bound, qPrintable(u"grew by %1 KiB"_s.arg(grewKib)));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--measure") == 0)
        return measure(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    TestReaderBounds test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_readerbounds.moc"
