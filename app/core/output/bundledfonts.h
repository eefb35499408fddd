#pragma once

#include <QStringList>

// The fonts compiled into the application (cmake/BundledFonts.cmake).
namespace BundledFonts {
// Registers the fonts with QFontDatabase once; returns false if any failed.
// Needs a QGuiApplication.
bool registerAll();
// Family names in fallback order: Latin text, then Arabic, then symbols.
QStringList families();
} // namespace BundledFonts
