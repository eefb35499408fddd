#pragma once

#include "bytesizes.h"

#include "handoutfiledata.h"
#include "sourceerror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// Reads the JSON object of a .handout file (schema in handoutfile.h) into
// HandoutFileData. A file may come from anywhere, so every field is checked
// for presence and type, and the amount of content is capped: a handout the
// composer could not lay out in reasonable time is refused, not loaded. On the
// first problem it returns nothing and error() names the field by its path,
// e.g. sections[2].items[0].blocks[1].runs.
class HandoutJsonReader
{
public:
    explicit HandoutJsonReader(const QString &fileName)
        : m_fileName(fileName)
    { }

    std::optional<HandoutFileData> parse(const QJsonObject &root);
    const SourceError &error() const { return m_error; }

    // Far beyond a handout of the whole built-in article (47 sections, 150
    // blocks, 15 000 characters), yet low enough that a file within
    // HandoutFile::MaxFileSize can reach them, so they are what actually binds.
    static constexpr int MaxSections = 2000;
    static constexpr int MaxBlocks = 20000; // in sections and notes together
    static constexpr int MaxRuns = 30000;
    static constexpr qsizetype MaxTextLength = ByteSizes::MiB; // characters, in all fields together
    static constexpr int MaxLevel = 9;
    static constexpr qsizetype MaxIdLength = 200; // the built-in pack's longest id has 50 characters
    // One a risk or supervision passage is all a handout records; the
    // built-in pack has 64.
    static constexpr int MaxAcknowledgedChanges = 1000;

private:
    bool checkHeader(const QJsonObject &root, bool *isTemplate);
    bool readTemplateName(const QJsonObject &root, bool isTemplate, QString *name);
    bool readPack(const QJsonObject &root, HandoutContent *content);
    bool readLanguage(const QJsonObject &root, QString *language);
    bool readWording(const QJsonObject &root, HandoutContent *content);
    bool readRatings(const QJsonObject &root, HandoutContent *content);
    bool readAcknowledged(const QJsonObject &root, bool isTemplate, QList<AcknowledgedChange> *changes);
    bool readAcknowledgedChange(const QJsonValue &value, const QString &path, AcknowledgedChange *change);
    bool readPersonalization(const QJsonObject &root, bool isTemplate, Personalization *person);
    bool readClinic(const QJsonObject &root, ClinicProfile *clinic);
    bool readPage(const QJsonObject &root, PageOptions *page);
    bool readSections(const QJsonObject &root, QList<SectionContent> *sections);
    bool readItem(const QJsonValue &value, const QString &path, ContentItem *item);
    bool readCallout(const QJsonObject &item, const QString &path, PassageTags *tags);
    bool readNotes(const QJsonObject &root, HandoutContent *content);
    // Every typed field within FieldLimits.
    bool checkFieldLengths(const HandoutContent &content);
    bool readBlocks(const QJsonArray &array, const QString &path, QList<ContentBlock> *blocks);
    bool readBlock(const QJsonValue &value, const QString &path, ContentBlock *block);
    bool readRuns(const QJsonObject &block, const QString &path, QList<TextRun> *runs);

    // Each looks up `key` in `parent` (found at `path`), checks its type and, on
    // a problem, records it and returns false.
    bool field(const QJsonObject &parent, const QString &path, const QString &key, QJsonValue::Type type,
               QJsonValue *out);
    bool stringField(const QJsonObject &parent, const QString &path, const QString &key, QString *out);
    bool boolField(const QJsonObject &parent, const QString &path, const QString &key, bool *out);
    bool objectField(const QJsonObject &parent, const QString &path, const QString &key, QJsonObject *out);
    bool arrayField(const QJsonObject &parent, const QString &path, const QString &key, QJsonArray *out);
    bool numberField(const QJsonObject &parent, const QString &path, const QString &key, int min, int max, int *out);

    bool countText(const QString &text);
    bool fail(const QString &message);
    bool failAt(const QString &path, const QString &problem);

    QString m_fileName;
    SourceError m_error;
    QHash<QString, QString> m_sourceHashes;
    int m_blockCount = 0;
    int m_runCount = 0;
    qsizetype m_textLength = 0;
};
