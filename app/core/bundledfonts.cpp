#include "bundledfonts.h"

#include <QDirIterator>
#include <QFontDatabase>

using namespace Qt::StringLiterals;

bool BundledFonts::registerAll()
{
    static const bool ok = [] {
        bool all = true;
        int count = 0;
        QDirIterator it(u":/fonts"_s, {u"*.ttf"_s}, QDir::Files);
        while (it.hasNext()) {
            all = QFontDatabase::addApplicationFont(it.next()) >= 0 && all;
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
