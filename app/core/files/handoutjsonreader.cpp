#include "handoutjsonreader.h"
#include "languagecode.h"

#include "checklist.h"
#include "fieldlimits.h"
#include "handoutjsonwriter.h"
#include "pagebudget.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"true or false"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

QString childPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString indexPath(const QString &path, qsizetype index)
{
    return u"%1[%2]"_s.arg(path).arg(index);
}

// The forms content packs give ids, language codes and versions
// (docs/content-format.md): anything else did not come from a pack.
bool isId(const QString &text)
{
    static const QRegularExpression re(u"^[a-z0-9]+(?:-[a-z0-9]+)*$"_s);
    return text.size() <= HandoutJsonReader::MaxIdLength && re.match(text).hasMatch();
}

bool isLanguageCode(const QString &text)
{
    return LanguageCode::isValid(text);
}

bool isVersion(const QString &text)
{
    static const QRegularExpression re(u"^[0-9]{1,6}(?:\\.[0-9]{1,6}){1,2}$"_s);
    return re.match(text).hasMatch();
}

bool isSha256Hex(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace

std::optional<HandoutFileData> HandoutJsonReader::parse(const QJsonObject &root)
{
    m_error = {};
    m_sourceHashes.clear();
    m_blockCount = 0;
    m_runCount = 0;
    m_textLength = 0;

    HandoutFileData data;
    HandoutContent &c = data.content;
    if (!checkHeader(root, &data.isTemplate) || !readTemplateName(root, data.isTemplate, &data.templateName)
        || !readPack(root, &c) || !readLanguage(root, &c.language) || !stringField(root, {}, u"title"_s, &c.title)
        || !countText(c.title) || !readPersonalization(root, data.isTemplate, &c.person) || !readClinic(root, &c.clinic)
        || !boolField(root, {}, u"include_summary"_s, &c.includeSummary) || !readPage(root, &data.page)
        || !readWording(root, &c) || !readRatings(root, &c)
        || !readAcknowledged(root, data.isTemplate, &c.acknowledgedChanges) || !readSections(root, &c.sections)
        || !readNotes(root, &c) || !checkFieldLengths(c))
        return std::nullopt;
    data.sourceHashes = m_sourceHashes;
    return data;
}

bool HandoutJsonReader::checkFieldLengths(const HandoutContent &content)
{
    // The same limits as the window's fields and handout-cli's options: a
    // file is refused where they would be, naming the field.
    const QList<FieldLimits::Field> over = FieldLimits::overLimit(content);
    if (over.isEmpty())
        return true;
    const FieldLimits::Field field = over.first();
    return failAt(FieldLimits::filePath(field),
                  FieldLimits::tooLong(field, FieldLimits::valueOf(content, field).size()));
}

bool HandoutJsonReader::checkHeader(const QJsonObject &root, bool *isTemplate)
{
    // The format is checked before anything else so that another program's
    // JSON is called that, rather than a handout with a missing field.
    const QJsonValue format = root.value(u"format"_s);
    if (!format.isString())
        return fail(u"is not a Handout Composer file (it has no “format” field)"_s);
    if (format.toString() != HandoutJsonWriter::handoutTypeId()
        && format.toString() != HandoutJsonWriter::templateTypeId())
        return fail(u"is not a Handout Composer file (its format is “%1”)"_s.arg(format.toString()));
    *isTemplate = format.toString() == HandoutJsonWriter::templateTypeId();

    int version = 0;
    if (!numberField(root, {}, u"version"_s, 1, std::numeric_limits<int>::max(), &version))
        return false;
    if (version > HandoutJsonWriter::Version) {
        return fail(u"was saved by a newer version of Handout Composer (format version %1); "
                    "this version reads version %2"_s.arg(version)
                        .arg(HandoutJsonWriter::Version));
    }
    return true;
}

bool HandoutJsonReader::readTemplateName(const QJsonObject &root, bool isTemplate, QString *name)
{
    // Optional: templates saved before names existed are listed by file name.
    if (!isTemplate || !root.contains(u"name"_s))
        return true;
    if (!stringField(root, {}, u"name"_s, name) || !countText(*name))
        return false;
    if (name->trimmed().isEmpty())
        return failAt(u"name"_s, u"is empty"_s);
    return true;
}

bool HandoutJsonReader::readWording(const QJsonObject &root, HandoutContent *content)
{
    // Both fields came with the plain-language wording: a file without them is
    // a handout in the article's wording with its "Words to know" box on.
    if (root.contains(u"include_glossary"_s) && !boolField(root, {}, u"include_glossary"_s, &content->includeGlossary))
        return false;
    // Came with the teach-back questions; a file without it has them off.
    if (root.contains(u"include_teach_back"_s)
        && !boolField(root, {}, u"include_teach_back"_s, &content->includeTeachBack))
        return false;
    if (!root.contains(u"wording"_s))
        return true;
    QString name;
    if (!stringField(root, {}, u"wording"_s, &name))
        return false;
    const std::optional<Wording> wording = Wordings::parse(name);
    if (!wording)
        return failAt(u"wording"_s, u"must be “original” or “plain”, not “%1”"_s.arg(name));
    content->wording = *wording;
    return true;
}

bool HandoutJsonReader::readRatings(const QJsonObject &root, HandoutContent *content)
{
    // Optional: files saved before the checklists have no ratings.
    if (!root.contains(u"checklist_ratings"_s))
        return true;
    QJsonObject ratings;
    if (!objectField(root, {}, u"checklist_ratings"_s, &ratings))
        return false;
    static const QRegularExpression key(u"^(?:pemat-(?:[1-9]|1[0-2]|1[5-9]|2[0-6])|cci-(?:[1-9]|1[0-9]|20))$"_s);
    for (auto it = ratings.begin(); it != ratings.end(); ++it) {
        const QString path = u"checklist_ratings."_s + it.key();
        if (!key.match(it.key()).hasMatch())
            return failAt(u"checklist_ratings"_s, u"has an item that is not a PEMAT-P or CDC CCI item"_s);
        const std::optional<Verdict> verdict = Verdicts::parse(it.value().toString());
        if (!it.value().isString() || !verdict || *verdict == Verdict::Person)
            return failAt(path, u"must be “agree”, “disagree” or “na”"_s);
        content->checklistRatings.insert(it.key(), it.value().toString());
    }
    return true;
}

bool HandoutJsonReader::readAcknowledged(const QJsonObject &root, bool isTemplate, QList<AcknowledgedChange> *changes)
{
    const QString path = u"acknowledged_changes"_s;
    // Optional: files saved before confirmations were recorded have none.
    if (!root.contains(path))
        return true;
    // They name the clinician, and a template holds no personal details.
    if (isTemplate)
        return failAt(path, u"is not allowed in a template, which holds no personal details"_s);
    QJsonArray array;
    if (!arrayField(root, {}, path, &array))
        return false;
    if (array.size() > MaxAcknowledgedChanges)
        return failAt(path, u"holds more than %1 entries"_s.arg(MaxAcknowledgedChanges));
    for (qsizetype i = 0; i < array.size(); ++i) {
        AcknowledgedChange change;
        if (!readAcknowledgedChange(array.at(i), indexPath(path, i), &change))
            return false;
        *changes << change;
    }
    return true;
}

bool HandoutJsonReader::readAcknowledgedChange(const QJsonValue &value, const QString &path, AcknowledgedChange *change)
{
    if (!value.isObject())
        return failAt(path, u"must be an object, not %1"_s.arg(typeName(value.type())));
    const QJsonObject object = value.toObject();
    QString kind;
    QString time;
    if (!stringField(object, path, u"id"_s, &change->passageId) || !stringField(object, path, u"kind"_s, &kind)
        || !stringField(object, path, u"time"_s, &time)
        || !stringField(object, path, u"clinician"_s, &change->clinician)
        || !stringField(object, path, u"wording"_s, &change->wording))
        return false;
    if (!isId(change->passageId))
        return failAt(childPath(path, u"id"_s), u"is not a passage id (lower-case words joined by “-”)"_s);
    const std::optional<AcknowledgedChange::Kind> parsed = AcknowledgedChange::parseKind(kind);
    if (!parsed)
        return failAt(childPath(path, u"kind"_s), u"must be “removed” or “edited”"_s);
    change->kind = *parsed;
    // UTC as the writer puts it ("2026-12-01T09:30:00Z"): a time in another
    // zone or without one would be read as a different moment.
    change->time = QDateTime::fromString(time, Qt::ISODate);
    if (!time.endsWith(u'Z') || !change->time.isValid())
        return failAt(childPath(path, u"time"_s), u"is not a UTC time such as “2026-12-01T09:30:00Z”"_s);
    change->time = change->time.toUTC();
    if (!isSha256Hex(change->wording))
        return failAt(childPath(path, u"wording"_s), u"must be 64 lowercase hexadecimal digits (a SHA-256)"_s);
    return countText(change->passageId) && countText(change->clinician);
}

bool HandoutJsonReader::readPack(const QJsonObject &root, HandoutContent *content)
{
    QJsonObject pack;
    if (!objectField(root, {}, u"pack"_s, &pack) || !stringField(pack, u"pack"_s, u"id"_s, &content->packId)
        || !stringField(pack, u"pack"_s, u"version"_s, &content->packVersion))
        return false;
    if (content->packId.isEmpty())
        return failAt(u"pack.id"_s, u"is empty"_s);
    if (!isId(content->packId))
        return failAt(u"pack.id"_s, u"is not a pack id (lower-case words joined by “-”)"_s);
    if (!isVersion(content->packVersion))
        return failAt(u"pack.version"_s, u"is not a version such as “1.2” or “1.2.3”"_s);
    return countText(content->packId) && countText(content->packVersion);
}

bool HandoutJsonReader::readLanguage(const QJsonObject &root, QString *language)
{
    // Shown in the window's messages and used to pick a translation: a code,
    // never free text (the value itself is not repeated in the message).
    if (!stringField(root, {}, u"language"_s, language))
        return false;
    if (!isLanguageCode(*language))
        return failAt(u"language"_s, u"is not a language code such as “en” or “es-MX”"_s);
    return countText(*language);
}

bool HandoutJsonReader::readPersonalization(const QJsonObject &root, bool isTemplate, Personalization *person)
{
    const QString path = u"personalization"_s;
    if (isTemplate) {
        // A template is meant to be shared; one holding patient details is
        // refused rather than opened with them.
        if (root.contains(path))
            return failAt(path, u"is not allowed in a template, which holds no patient details"_s);
        return true;
    }
    QJsonObject p;
    return objectField(root, {}, path, &p) && stringField(p, path, u"patient"_s, &person->patient)
        && stringField(p, path, u"date"_s, &person->date) && stringField(p, path, u"clinician"_s, &person->clinician)
        && stringField(p, path, u"next_appointment"_s, &person->nextAppointment)
        && stringField(p, path, u"contact"_s, &person->contact) && countText(person->patient) && countText(person->date)
        && countText(person->clinician) && countText(person->nextAppointment) && countText(person->contact);
}

bool HandoutJsonReader::readClinic(const QJsonObject &root, ClinicProfile *clinic)
{
    const QString path = u"clinic"_s;
    QJsonObject c;
    return objectField(root, {}, path, &c) && stringField(c, path, u"name"_s, &clinic->name)
        && stringField(c, path, u"phone"_s, &clinic->phone) && stringField(c, path, u"address"_s, &clinic->address)
        && stringField(c, path, u"crisis_line"_s, &clinic->crisisLine) && countText(clinic->name)
        && countText(clinic->phone) && countText(clinic->address) && countText(clinic->crisisLine);
}

bool HandoutJsonReader::readPage(const QJsonObject &root, PageOptions *page)
{
    const QString path = u"page"_s;
    QJsonObject p;
    QString size;
    if (!objectField(root, {}, path, &p) || !stringField(p, path, u"size"_s, &size)
        || !boolField(p, path, u"large_print"_s, &page->largePrint))
        return false;
    if (!PageOptions::parsePageSize(size, &page->pageSize))
        return failAt(u"page.size"_s, u"must be “A4” or “Letter”, not “%1”"_s.arg(size));
    // Optional: files saved before page targets have none.
    if (p.contains(u"target"_s) && !numberField(p, path, u"target"_s, 0, PageBudget::MaxTarget, &page->pageTarget))
        return false;
    return true;
}

bool HandoutJsonReader::readSections(const QJsonObject &root, QList<SectionContent> *sections)
{
    QJsonArray array;
    if (!arrayField(root, {}, u"sections"_s, &array))
        return false;
    if (array.size() > MaxSections)
        return fail(u"holds more than %1 sections"_s.arg(MaxSections));
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = indexPath(u"sections"_s, i);
        if (!array.at(i).isObject())
            return failAt(path, u"must be an object, not %1"_s.arg(typeName(array.at(i).type())));
        const QJsonObject object = array.at(i).toObject();
        SectionContent section;
        QJsonArray items;
        if (!stringField(object, path, u"id"_s, &section.sectionId) || !arrayField(object, path, u"items"_s, &items))
            return false;
        if (section.sectionId.isEmpty())
            return failAt(childPath(path, u"id"_s), u"is empty"_s);
        // The composer keeps one frame per section id; a second copy would
        // have nowhere to go.
        if (!isId(section.sectionId))
            return failAt(childPath(path, u"id"_s), u"is not a section id (lower-case words joined by “-”)"_s);
        if (seen.contains(section.sectionId))
            return failAt(childPath(path, u"id"_s), u"repeats section “%1”"_s.arg(section.sectionId));
        seen.insert(section.sectionId);
        // An item counts as a block even when it holds none: a file of a
        // million empty items is no lighter to lay out.
        m_blockCount += int(qMin<qsizetype>(items.size(), MaxBlocks + 1));
        if (m_blockCount > MaxBlocks || !countText(section.sectionId))
            return m_error.isNull() ? fail(u"holds more than %1 blocks of text"_s.arg(MaxBlocks)) : false;
        for (qsizetype j = 0; j < items.size(); ++j) {
            ContentItem item;
            if (!readItem(items.at(j), indexPath(childPath(path, u"items"_s), j), &item))
                return false;
            section.items << item;
        }
        *sections << section;
    }
    return true;
}

bool HandoutJsonReader::readItem(const QJsonValue &value, const QString &path, ContentItem *item)
{
    if (!value.isObject())
        return failAt(path, u"must be an object, not %1"_s.arg(typeName(value.type())));
    const QJsonObject object = value.toObject();
    QJsonArray blocks;
    return readCallout(object, path, &item->callout) && arrayField(object, path, u"blocks"_s, &blocks)
        && readBlocks(blocks, childPath(path, u"blocks"_s), &item->blocks);
}

bool HandoutJsonReader::readCallout(const QJsonObject &item, const QString &path, PassageTags *tags)
{
    QJsonArray names;
    if (!arrayField(item, path, u"callout"_s, &names))
        return false;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString tagPath = indexPath(childPath(path, u"callout"_s), i);
        if (!names.at(i).isString())
            return failAt(tagPath, u"must be a string, not %1"_s.arg(typeName(names.at(i).type())));
        PassageTag tag;
        if (!PassageTagNames::parse(names.at(i).toString(), &tag)) {
            return failAt(tagPath,
                          u"is an unknown callout “%1” (known: %2)"_s.arg(
                              names.at(i).toString(),
                              PassageTagNames::names(PassageTag::Risk | PassageTag::Supervision).join(u", "_s)));
        }
        *tags |= tag;
    }
    return true;
}

bool HandoutJsonReader::readNotes(const QJsonObject &root, HandoutContent *content)
{
    if (root.value(u"notes"_s).isNull()) {
        content->hasNotes = false;
        return true;
    }
    QJsonArray blocks;
    if (!arrayField(root, {}, u"notes"_s, &blocks))
        return false;
    content->hasNotes = true;
    return readBlocks(blocks, u"notes"_s, &content->notes);
}

bool HandoutJsonReader::readBlocks(const QJsonArray &array, const QString &path, QList<ContentBlock> *blocks)
{
    m_blockCount += int(qMin<qsizetype>(array.size(), MaxBlocks + 1));
    if (m_blockCount > MaxBlocks)
        return fail(u"holds more than %1 blocks of text"_s.arg(MaxBlocks));
    for (qsizetype i = 0; i < array.size(); ++i) {
        ContentBlock block;
        if (!readBlock(array.at(i), indexPath(path, i), &block))
            return false;
        *blocks << block;
    }
    return true;
}

bool HandoutJsonReader::readBlock(const QJsonValue &value, const QString &path, ContentBlock *block)
{
    if (!value.isObject())
        return failAt(path, u"must be an object, not %1"_s.arg(typeName(value.type())));
    const QJsonObject object = value.toObject();
    QString kind;
    if (!stringField(object, path, u"kind"_s, &kind))
        return false;
    if (!HandoutJsonWriter::parseBlockKind(kind, &block->kind))
        return failAt(childPath(path, u"kind"_s), u"is an unknown kind of block “%1”"_s.arg(kind));
    if (!numberField(object, path, u"level"_s, 0, MaxLevel, &block->level))
        return false;
    if (object.contains(u"passage"_s)) {
        if (!stringField(object, path, u"passage"_s, &block->passageId))
            return false;
        if (block->passageId.isEmpty())
            return failAt(childPath(path, u"passage"_s), u"is empty (leave it out for text without a source)"_s);
        if (!isId(block->passageId))
            return failAt(childPath(path, u"passage"_s), u"is not a passage id (lower-case words joined by “-”)"_s);
        if (!countText(block->passageId))
            return false;
    }
    if (object.contains(u"source"_s)) {
        const QString sourcePath = childPath(path, u"source"_s);
        QString hash;
        if (!stringField(object, path, u"source"_s, &hash))
            return false;
        if (block->passageId.isEmpty())
            return failAt(sourcePath, u"is only allowed with “passage”"_s);
        if (!isSha256Hex(hash))
            return failAt(sourcePath, u"must be 64 lowercase hexadecimal digits (a SHA-256)"_s);
        // A passage split into several blocks records the same hash in each;
        // the first one stands for all.
        if (!m_sourceHashes.contains(block->passageId))
            m_sourceHashes.insert(block->passageId, hash);
    }
    return readRuns(object, path, &block->runs);
}

bool HandoutJsonReader::readRuns(const QJsonObject &block, const QString &path, QList<TextRun> *runs)
{
    QJsonArray array;
    if (!arrayField(block, path, u"runs"_s, &array))
        return false;
    m_runCount += int(qMin<qsizetype>(array.size(), MaxRuns + 1));
    if (m_runCount > MaxRuns)
        return fail(u"holds more than %1 runs of text"_s.arg(MaxRuns));
    const QString runsPath = childPath(path, u"runs"_s);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString runPath = indexPath(runsPath, i);
        if (!array.at(i).isObject())
            return failAt(runPath, u"must be an object, not %1"_s.arg(typeName(array.at(i).type())));
        const QJsonObject object = array.at(i).toObject();
        TextRun run;
        if (!stringField(object, runPath, u"text"_s, &run.text) || !countText(run.text)
            || !boolField(object, runPath, u"bold"_s, &run.bold)
            || !boolField(object, runPath, u"italic"_s, &run.italic)
            || !boolField(object, runPath, u"underline"_s, &run.underline))
            return false;
        *runs << run;
    }
    return true;
}

bool HandoutJsonReader::field(const QJsonObject &parent, const QString &path, const QString &key, QJsonValue::Type type,
                              QJsonValue *out)
{
    const auto it = parent.constFind(key);
    if (it == parent.constEnd())
        return failAt(childPath(path, key), u"is missing"_s);
    if (it->type() != type)
        return failAt(childPath(path, key), u"must be %1, not %2"_s.arg(typeName(type), typeName(it->type())));
    *out = *it;
    return true;
}

bool HandoutJsonReader::stringField(const QJsonObject &parent, const QString &path, const QString &key, QString *out)
{
    QJsonValue value;
    if (!field(parent, path, key, QJsonValue::String, &value))
        return false;
    *out = value.toString();
    return true;
}

bool HandoutJsonReader::boolField(const QJsonObject &parent, const QString &path, const QString &key, bool *out)
{
    QJsonValue value;
    if (!field(parent, path, key, QJsonValue::Bool, &value))
        return false;
    *out = value.toBool();
    return true;
}

bool HandoutJsonReader::objectField(const QJsonObject &parent, const QString &path, const QString &key,
                                    QJsonObject *out)
{
    QJsonValue value;
    if (!field(parent, path, key, QJsonValue::Object, &value))
        return false;
    *out = value.toObject();
    return true;
}

bool HandoutJsonReader::arrayField(const QJsonObject &parent, const QString &path, const QString &key, QJsonArray *out)
{
    QJsonValue value;
    if (!field(parent, path, key, QJsonValue::Array, &value))
        return false;
    *out = value.toArray();
    return true;
}

bool HandoutJsonReader::numberField(const QJsonObject &parent, const QString &path, const QString &key, int min,
                                    int max, int *out)
{
    QJsonValue value;
    if (!field(parent, path, key, QJsonValue::Double, &value))
        return false;
    // Through double, not toInteger(): 1.5 or 1e300 must be refused, not
    // truncated or turned into a default.
    const double number = value.toDouble();
    if (number != std::floor(number) || number < min || number > max) {
        const QString range
            = max == std::numeric_limits<int>::max() ? u"from %1"_s.arg(min) : u"from %1 to %2"_s.arg(min).arg(max);
        return failAt(childPath(path, key), u"must be a whole number %1"_s.arg(range));
    }
    *out = int(number);
    return true;
}

bool HandoutJsonReader::countText(const QString &text)
{
    m_textLength += text.size();
    if (m_textLength > MaxTextLength)
        return fail(u"holds more than %1 characters of text"_s.arg(MaxTextLength));
    return true;
}

bool HandoutJsonReader::fail(const QString &message)
{
    m_error = {m_fileName, 0, message};
    return false;
}

bool HandoutJsonReader::failAt(const QString &path, const QString &problem)
{
    return fail(u"field “%1” %2"_s.arg(path, problem));
}
