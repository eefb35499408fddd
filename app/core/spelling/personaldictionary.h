#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The user's own words for one language ("Add to dictionary"): a plain text
// file, one word per line, in the user's data folder
// (<data>/dictionary/<language>.txt), readable by the user alone since a
// word added may be a patient's name. The window and handout-cli read the
// same file.
class PersonalDictionary
{
    Q_DECLARE_TR_FUNCTIONS(PersonalDictionary)

public:
    static constexpr qint64 MaxFileSize = qint64(1024) * 1024;

    explicit PersonalDictionary(const QString &language, const QString &folder = defaultFolder());
    static QString defaultFolder();

    QString path() const { return m_path; }
    // The words in the file; none when there is no file. A file that cannot
    // be read gives none, with *problem saying why.
    QStringList words(QString *problem = nullptr) const;
    // Adds a word and writes the file at once; false with *problem set when
    // the word is not one word or the file cannot be written.
    bool add(const QString &word, QString *problem);

private:
    QString m_path;
};
