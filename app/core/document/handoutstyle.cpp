#include "handoutstyle.h"

#include "bundledfonts.h"

#include <QLocale>

HandoutStyle HandoutStyle::normal()
{
    HandoutStyle style;
    style.fontFamilies = BundledFonts::families();
    return style;
}

HandoutStyle HandoutStyle::largePrint()
{
    HandoutStyle style = normal();
    style.isLargePrint = true;
    style.bodyPt = 18;
    style.titlePt = 28;
    style.sectionHeadingPt[0] = 24;
    style.sectionHeadingPt[1] = 22;
    style.sectionHeadingPt[2] = 20;
    style.userHeadingPt[0] = 22;
    style.userHeadingPt[1] = 20;
    style.userHeadingPt[2] = 19;
    style.contextPt = 16;
    // Every page repeats the footer: large, but not so large that it crowds out
    // the text it is there to cite.
    style.footerPt = 14;
    style.lineHeightPercent = 150;
    style.paragraphSpacing = 14;
    style.calloutPadding = 14;
    style.calloutBorder = 2.5;
    style.calloutSpacing = 16;
    style.frameSpacing = 20;
    return style;
}

HandoutStyle HandoutStyle::adaptedTo(const QString &language) const
{
    HandoutStyle style = *this;
    const QLocale locale(language);
    style.direction = locale.textDirection();
    const QLocale::Script script = locale.script();
    style.avoidLigatures
        = script == QLocale::LatinScript || script == QLocale::CyrillicScript || script == QLocale::GreekScript;
    if (script == QLocale::ArabicScript) {
        // Noto Sans Arabic's line box already leaves room for marks above and
        // below: the same proportion would space lines far apart.
        style.lineHeightPercent = lineHeightPercent * 4 / 5;
    }
    return style;
}
