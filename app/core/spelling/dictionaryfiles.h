#pragma once

#include <QString>
#include <QStringList>

// The files of one Hunspell dictionary (DictionaryLocator finds them).
struct DictionaryFiles
{
    QString name; // "en_US": which dictionary was chosen
    QString aff;
    QString dic;
    QStringList extraWordLists; // .dic files added to it (the medical words, for English)
};
