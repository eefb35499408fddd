#include "testsupport.h"

#include "bundledfonts.h"
#include "contentlibrary.h"
#include "contentpackreader.h"

#include <QFile>
#include <QGuiApplication>
#include <QtTest>

QString TestSupport::dataPath(const QString &relative)
{
    return QStringLiteral(HANDOUT_TEST_DATA "/") + relative;
}

QString TestSupport::sourcePath(const QString &relative)
{
    return QStringLiteral(HANDOUT_SOURCE_DIR "/") + relative;
}

QString TestSupport::seedPath()
{
    const QString shared = QStringLiteral(HANDOUT_SEED_FILE);
    return QFile::exists(shared) ? shared : dataPath(QStringLiteral("seed-article.txt"));
}

const Article &TestSupport::builtinArticle()
{
    static const Article article = [] {
        if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            BundledFonts::registerAll();
        ContentPackReader reader;
        std::optional<Article> a = reader.readFile(ContentLibrary::builtinPath());
        if (!a)
            qFatal("built-in pack does not load: %s", qPrintable(reader.error().toString()));
        a->rebuildIndex();
        return *a;
    }();
    return article;
}

QByteArray TestSupport::readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", qPrintable(path));
        return {};
    }
    return file.readAll();
}
