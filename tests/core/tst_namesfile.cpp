#include "namesfile.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// The names file of a group export: what is a name, what is refused (with its
// line, never the name), and how a name becomes part of a file name.
class TestNamesFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesWithTheirLines();
    void refusals_data();
    void refusals();
    void refusalsDoNotRepeatTheName();
    void readsOnlyBoundedRegularFiles();
    void fileNamePart_data();
    void fileNamePart();
};

void TestNamesFile::namesWithTheirLines()
{
    SourceError error;
    const auto names = NamesFile::parse("# group of 2 Dec\n  Ann Lee  \n\r\n\nJosé Núñez\r\n", u"n.txt"_s, &error);
    QVERIFY2(names, qPrintable(error.toString()));
    QCOMPARE(names->size(), 2);
    QCOMPARE(names->at(0).line, 2);
    QCOMPARE(names->at(0).name, u"Ann Lee"_s);
    QCOMPARE(names->at(1).line, 5);
    QCOMPARE(names->at(1).name, u"José Núñez"_s);
}

void TestNamesFile::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray("\n# nobody\n") << 0 << u"holds no names"_s;
    QTest::newRow("invalid UTF-8") << QByteArray("Ann\nJos\xe9\n") << 2 << u"invalid UTF-8"_s;
    QTest::newRow("NUL") << QByteArray("Ann\nBo\0b\n", 9) << 2 << u"control character"_s;
    QTest::newRow("tab") << QByteArray("Ann\nBob\tSmith\n") << 2 << u"control character"_s;
    QTest::newRow("too long") << QByteArray("Ann\n") + QByteArray(NamesFile::MaxNameLength + 1, 'x') << 2
                              << u"longer than"_s;
    QByteArray many;
    for (int i = 0; i <= NamesFile::MaxNames; ++i)
        many += "Person " + QByteArray::number(i) + "\n";
    QTest::newRow("too many") << many << NamesFile::MaxNames + 1 << u"more than"_s;
    QTest::newRow("too large") << QByteArray(NamesFile::MaxFileSize + 1, 'a') << 0 << u"larger than"_s;
}

void TestNamesFile::refusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, message);
    SourceError error;
    QVERIFY(!NamesFile::parse(bytes, u"n.txt"_s, &error));
    QCOMPARE(error.file, u"n.txt"_s);
    QCOMPARE(error.line, line);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
}

void TestNamesFile::refusalsDoNotRepeatTheName()
{
    SourceError error;
    QVERIFY(!NamesFile::parse("Quixote\tDoe\n", u"n.txt"_s, &error));
    QVERIFY2(!error.toString().contains(u"Quixote"_s), qPrintable(error.toString()));
}

void TestNamesFile::readsOnlyBoundedRegularFiles()
{
    QTemporaryDir dir;
    SourceError error;
    QVERIFY(!NamesFile::read(dir.path(), &error)); // a folder
    QVERIFY(!NamesFile::read(u"/dev/zero"_s, &error)); // endless
    QVERIFY(!NamesFile::read(dir.filePath(u"missing.txt"_s), &error));
    QVERIFY(error.toString().contains(u"missing.txt"_s));
    QFile file(dir.filePath(u"names.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Ann\n");
    file.close();
    const auto names = NamesFile::read(file.fileName(), &error);
    QVERIFY(names);
    QCOMPARE(names->size(), 1);
}

void TestNamesFile::fileNamePart_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("part");
    QTest::newRow("spaces") << u"Ann  Lee"_s << u"Ann-Lee"_s;
    QTest::newRow("accents kept") << u"José Núñez"_s << u"José-Núñez"_s;
    QTest::newRow("no path") << u"../../etc/passwd"_s << u"etc-passwd"_s;
    QTest::newRow("quotes and dots") << u"\"O'Brien, Jr.\""_s << u"O-Brien-Jr"_s;
    QTest::newRow("Arabic") << u"محمد علي"_s << u"محمد-علي"_s;
    QTest::newRow("bidi control") << u"John\u202eeoD"_s << u"John-eoD"_s;
    QTest::newRow("nothing left") << u"?? //"_s << QString();
    QTest::newRow("cut") << QString(100, u'a') << QString(NamesFile::MaxFileNamePart, u'a');
    // Found by fuzz-namesfile: the cut fell on the dash before a new word.
    QTest::newRow("cut at a dash") << QString(NamesFile::MaxFileNamePart - 1, u'a') + u" bc"_s
                                   << QString(NamesFile::MaxFileNamePart - 1, u'a');
}

void TestNamesFile::fileNamePart()
{
    QFETCH(QString, name);
    QFETCH(QString, part);
    QCOMPARE(NamesFile::fileNamePart(name), part);
}

QTEST_GUILESS_MAIN(TestNamesFile)
#include "tst_namesfile.moc"
