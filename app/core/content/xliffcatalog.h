#pragma once

#include "tscatalog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// A content translation as XLIFF 1.2, for translation agencies (issue 19):
// the same messages as its .ts file, each unit's state in the standard's
// words (XliffState), where lconvert would keep only "approved". Written in
// the shape lconvert writes (a group per context, the id as gettext context),
// so lconvert can still read it; read from ours, lconvert's and other tools'.
struct XliffCatalog
{
    Q_DECLARE_TR_FUNCTIONS(XliffCatalog)

public:
    // The catalog's texts, vanished ones left out; `original` names the file
    // the units came from (<pack-id>_<language>.ts).
    static QByteArray toXml(const TsCatalog &catalog, const QString &original);
    // The units as messages: state, old source and translation as a .ts file
    // would hold them; translate="no" units as vanished ones. The catalog's
    // language is the target-language (empty when the file has none).
    static std::optional<TsCatalog> read(const QByteArray &bytes, const QString &fileName, SourceError *error);
    static std::optional<TsCatalog> readFile(const QString &path, SourceError *error);

    // XLIFF says each text about twice as wordily as a .ts file.
    static constexpr qint64 MaxFileSize = 2 * TsCatalog::MaxFileSize;
};
