#pragma once

#include "contenttranslation.h"
#include "translationlibrary.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// One translation file text by text, for the administrator who keeps it up:
// each text's id, what kind of text it is, and where it stands (reviewed,
// draft, stale or missing), with the old and new source of a stale one; and
// the file in use, the user's or the built-in one (issue 19). The states are
// those the file would have after `translations --refresh`, so the list
// agrees with the counts of `handout-cli translations`.
struct TranslationList
{
    struct Text
    {
        QString context;
        QString id;
        QString kind; // title, section title, passage, safety point, fixed text, glossary, preset, teach-back
        QString state; // reviewed, draft, stale, missing
        QString source;
        QString oldSource; // a stale text's source when it was translated
    };

    QString packId;
    QString language;
    Wording wording = Wording::Original;
    QString file;
    bool builtIn = false;
    TranslationInfo info;
    QList<Text> texts;

    static TranslationList of(const Article &pack, const TranslationLibrary::Entry &entry, const TsCatalog &catalog,
                              const TranslationInfo &info);
    // Every translation the library holds for the pack, one list each, in
    // the library's order; a file that cannot be read is left out and named
    // in *problems ("path: what is wrong").
    static QList<TranslationList> allOf(const Article &pack, const TranslationLibrary &library, QStringList *problems);
    // The states, in the order reports give them.
    static QStringList states();
    int count(const QString &state) const;

    static QString kindOf(const QString &context, const QString &id);
    static QString stateOf(const TsMessage &message);

    QJsonObject toJson() const;
};
