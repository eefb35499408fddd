#include "bundledfonts.h"

#include <QDirIterator>
#include <QFontDatabase>
#include <QResource>

using namespace Qt::StringLiterals;

namespace {

// Uncompressed resources are handed to Qt in place: copying 3.5 MB of fonts
// out of the program at every start cost more than registering them
// (docs/performance.md), and FreeType only reads the tables it needs.
int registerFont(const QString &path)
{
    const QResource resource(path);
    if (resource.isValid() && resource.compressionAlgorithm() == QResource::NoCompression && resource.size() > 0) {
        return QFontDatabase::addApplicationFontFromData(
            QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()), resource.size()));
    }
    return QFontDatabase::addApplicationFont(path);
}

} // namespace

bool BundledFonts::registerAll()
{
    static const bool ok = [] {
        bool all = true;
        int count = 0;
        QDirIterator it(u":/fonts"_s, {u"*.ttf"_s}, QDir::Files);
        while (it.hasNext()) {
            all = registerFont(it.next()) >= 0 && all;
            ++count;
        }
        return all && count > 0;
    }();
    return ok;
}

QStringList BundledFonts::families()
{
    return {u"Noto Sans"_s, u"Noto Sans Arabic"_s, u"DejaVu Sans"_s};
}
