#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QTranslator;

// The interface language: installs the application's and Qt's own translators
// for it, switches at run time (widgets retranslate on LanguageChange), and
// remembers the choice. The handout's language is chosen separately, per
// handout.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    struct Language
    {
        QString code; // "en", "es", ...
        QString nativeName; // "Español": each language names itself
    };

    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static QList<Language> available();
    static bool isAvailable(const QString &code);
    // How a language names itself: "Español", not Qt's "español de España",
    // since a translation is for a language, not one country's variant.
    static QString nativeName(const QString &code);
    // The saved choice, else the system's language when available, else English.
    static QString preferred();
    // Where an administrator puts a corrected handout_<code>.qm: it is looked
    // up before the built-in one, so a wrong string is fixed without a rebuild.
    static QString userFolder();

    QString current() const { return m_current; }
    // Installs the translators for `code`; false (and nothing changes) for a
    // language that is not shipped.
    bool setLanguage(const QString &code, bool remember = true);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    void removeTranslators();

    QString m_current;
    QList<QTranslator *> m_installed;
};
