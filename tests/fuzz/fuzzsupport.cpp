#include "fuzzsupport.h"

#include "bundledfonts.h"
#include "contentlibrary.h"
#include "contentpackreader.h"

#include <QGuiApplication>

namespace {
void quiet(QtMsgType, const QMessageLogContext &, const QString &)
{ }
} // namespace

void FuzzSupport::initialize()
{
    static int argc = 1;
    static char name[] = "handout-fuzz";
    static char *argv[] = {name, nullptr};
    static QGuiApplication *app = nullptr;
    if (app)
        return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(quiet); // warnings about hostile input are expected
    app = new QGuiApplication(argc, argv);
    BundledFonts::registerAll();
    builtinArticle();
}

const Article &FuzzSupport::builtinArticle()
{
    static const Article article = [] {
        ContentPackReader reader;
        std::optional<Article> a = reader.readFile(ContentLibrary::builtinPath());
        if (!a)
            qFatal("built-in pack: %s", qPrintable(reader.error().toString()));
        a->rebuildIndex();
        return *a;
    }();
    return article;
}
