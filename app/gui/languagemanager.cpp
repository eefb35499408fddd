#include "languagemanager.h"

#include "languagenames.h"
#include "settingskeys.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

using namespace Qt::StringLiterals;

// Arabic lays the window out right to left: QGuiApplication reads this
// "translation" when the language changes. Kept in the sources so lupdate
// never drops it from the .ts files.
static const char *const LayoutDirectionMarker[] = QT_TRANSLATE_NOOP3(
    "QGuiApplication", "QT_LAYOUT_DIRECTION",
    "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left languages "
    "(such as Hebrew and Arabic) to get proper widget layout.");

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
    Q_UNUSED(LayoutDirectionMarker);
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QList<LanguageManager::Language> LanguageManager::available()
{
    QList<Language> languages;
    for (const QString &code : {u"en"_s, u"es"_s, u"fr"_s, u"de"_s, u"ar"_s})
        languages.append({code, LanguageNames::nativeName(code)});
    return languages;
}

bool LanguageManager::isAvailable(const QString &code)
{
    for (const Language &l : available()) {
        if (l.code == code)
            return true;
    }
    return false;
}

QString LanguageManager::nativeName(const QString &code)
{
    return LanguageNames::nativeName(code);
}

QString LanguageManager::preferred()
{
    QString saved = QSettings().value(SettingsKeys::UiLanguage).toString();
    if (isAvailable(saved))
        return saved;
    for (const QString &name : QLocale::system().uiLanguages()) {
        QString code = name.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (isAvailable(code))
            return code;
    }
    return u"en"_s;
}

QString LanguageManager::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/translations"_s;
}

void LanguageManager::removeTranslators()
{
    for (QTranslator *t : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    m_installed.clear();
}

bool LanguageManager::setLanguage(const QString &code, bool remember)
{
    if (!isAvailable(code))
        return false;
    removeTranslators();
    const auto install = [this](const QString &file, const QString &folder) {
        auto *translator = new QTranslator;
        if (translator->load(file, folder)) {
            QCoreApplication::installTranslator(translator);
            m_installed << translator;
        } else {
            delete translator;
        }
    };
    // Qt asks the translator installed last first: Qt's own dialogs (print,
    // file), then ours, then the user's corrections. A user file may hold only
    // the strings it corrects; the rest still come from the built-in one.
    install(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(u"handout_"_s + code, u":/i18n"_s);
    install(u"handout_"_s + code, userFolder());
    m_current = code;
    QLocale::setDefault(QLocale(code));
    if (remember)
        QSettings().setValue(SettingsKeys::UiLanguage, code);
    Q_EMIT languageChanged(code);
    return true;
}
