#include "handoutfile.h"
#include "boundedfile.h"
#include "bytesizes.h"

#include "handoutjsonreader.h"
#include "handoutjsonwriter.h"
#include "safewrite.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

QString tooLarge()
{
    return u"is too large for a handout file (over %1 MiB)"_s.arg(HandoutFile::MaxFileSize / ByteSizes::MiB);
}

// Whether brackets opened in the JSON text are still open at its end: the
// mark of a file cut short (a full disk, an interrupted copy). Qt's parser
// reports those as many different errors, some well before the end.
bool endsInsideJson(const QByteArray &bytes)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : bytes) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return inString || depth > 0;
}

QString parseProblem(const QByteArray &bytes, const QJsonParseError &parseError, int *line)
{
    *line = int(bytes.left(parseError.offset).count('\n')) + 1;
    const QString detail = u"%1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset);
    if (parseError.error == QJsonParseError::IllegalUTF8String)
        return u"the file is not valid UTF-8 text (JSON: %1)"_s.arg(detail);
    if (bytes.trimmed().startsWith('{') && endsInsideJson(bytes))
        return u"the file ends too early; it was probably not saved or copied completely (JSON: %1)"_s.arg(detail);
    return u"is not a Handout Composer file: it is not valid JSON (%1)"_s.arg(detail);
}

// The title a section had in the file, for a section the pack no longer has.
QString savedTitle(const SectionContent &section)
{
    for (const ContentItem &item : section.items) {
        for (const ContentBlock &block : item.blocks) {
            if (block.kind == BlockKind::SectionHeading)
                return block.plainText();
        }
    }
    return {};
}

class ChangeCollector
{
public:
    ChangeCollector(const HandoutFileData &file, const Article &article)
        : m_file(file)
        , m_article(article)
        , m_versions(
              u"(content pack version %1 when saved, %2 now)"_s.arg(file.content.packVersion, article.meta.version))
    { }

    QList<PackChange> collect()
    {
        for (const SectionContent &section : m_file.content.sections) {
            const Section *current = m_article.section(section.sectionId);
            if (!current) {
                // Its passages are gone with it as far as the clinician is
                // concerned: one message, not one per paragraph.
                const QString title = savedTitle(section);
                const QString name
                    = title.isEmpty() ? u"“%1”"_s.arg(section.sectionId) : u"“%1” (%2)"_s.arg(title, section.sectionId);
                add(PackChange::SectionRemoved, section.sectionId, {},
                    u"section %1 is no longer in the content pack %2"_s.arg(name, m_versions));
                continue;
            }
            for (const ContentItem &item : section.items)
                checkPassages(item.blocks, section.sectionId, u"section “%1”"_s.arg(current->title));
        }
        if (m_file.content.hasNotes)
            checkPassages(m_file.content.notes, {}, u"the notes"_s);
        return m_changes;
    }

private:
    void checkPassages(const QList<ContentBlock> &blocks, const QString &sectionId, const QString &where)
    {
        for (const ContentBlock &block : blocks) {
            // A passage split into several blocks is reported once.
            if (block.passageId.isEmpty() || m_seen.contains(block.passageId))
                continue;
            m_seen.insert(block.passageId);
            const Passage *passage = m_article.passage(block.passageId);
            if (!passage) {
                add(PackChange::PassageRemoved, sectionId, block.passageId,
                    u"passage “%1” in %2 is no longer in the content pack %3"_s.arg(block.passageId, where,
                                                                                    m_versions));
                continue;
            }
            const QString saved = m_file.sourceHashes.value(block.passageId);
            if (!saved.isEmpty() && saved != HandoutJsonWriter::sourceHash(passage->text)) {
                add(PackChange::PassageRewritten, sectionId, block.passageId,
                    u"passage “%1” in %2 was rewritten in the content pack since the handout was saved %3"_s.arg(
                        block.passageId, where, m_versions));
            }
        }
    }

    void add(PackChange::Kind kind, const QString &sectionId, const QString &passageId, const QString &message)
    {
        m_changes << PackChange {kind, sectionId, passageId, message};
    }

    const HandoutFileData &m_file;
    const Article &m_article;
    const QString m_versions;
    QSet<QString> m_seen;
    QList<PackChange> m_changes;
};

} // namespace

QByteArray HandoutFile::toBytes(const HandoutContent &content, const PageOptions &page, const Article &article,
                                bool asTemplate, QString *error, const QString &templateName)
{
    // The hashes describe `article`; recorded for another pack's passages
    // they would report every passage as rewritten.
    if (content.packId != article.meta.id) {
        *error = u"the handout is from the content pack “%1”, not “%2”"_s.arg(content.packId, article.meta.id);
        return {};
    }
    QByteArray bytes = QJsonDocument(HandoutJsonWriter::toJson(content, page, article, asTemplate, templateName))
                           .toJson(QJsonDocument::Indented);
    if (bytes.size() > HandoutFile::MaxFileSize) {
        *error = u"the handout is too large to save (over %1 MiB as a file)"_s.arg(MaxFileSize / ByteSizes::MiB);
        return {};
    }
    // A file this version cannot open again is worse than none: the clinician
    // would find out only when it is too late to fix.
    SourceError readBack;
    if (!readBytes(bytes, u"handout"_s, &readBack)) {
        *error = u"the saved file would not open again (%1)"_s.arg(readBack.message);
        return {};
    }
    return bytes;
}

bool HandoutFile::write(const QString &path, const HandoutContent &content, const PageOptions &page,
                        const Article &article, bool asTemplate, QString *error, const QString &templateName)
{
    QString reason;
    const QByteArray bytes = toBytes(content, page, article, asTemplate, &reason, templateName);
    if (bytes.isEmpty() || !SafeWrite::write(path, bytes, &reason, SafeWrite::Access::OwnerOnly)) {
        *error = u"cannot write “%1”: %2"_s.arg(path, reason);
        return false;
    }
    return true;
}

bool HandoutFile::setTemplateName(const QString &path, const QString &name, QString *error)
{
    const auto fail = [&](const QString &reason) {
        *error = u"cannot rename the template “%1”: %2"_s.arg(path, reason);
        return false;
    };
    SourceError readError;
    const std::optional<HandoutFileData> data = read(path, &readError);
    if (!data)
        return fail(readError.toString());
    if (!data->isTemplate)
        return fail(u"it is a handout, not a template"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QJsonObject root = QJsonDocument::fromJson(file.read(MaxFileSize + 1)).object();
    root.insert(u"name"_s, name);
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    SourceError readBack;
    if (!readBytes(bytes, path, &readBack))
        return fail(readBack.message);
    QString reason;
    if (!SafeWrite::write(path, bytes, &reason, SafeWrite::Access::OwnerOnly))
        return fail(reason);
    return true;
}

std::optional<HandoutFileData> HandoutFile::read(const QString &path, SourceError *error)
{
    // Bounded, and only a regular file: a FIFO would block the window on open.
    const std::optional<QByteArray> bytes = BoundedFile::read(path, MaxFileSize, u"a handout file"_s, error);
    if (!bytes) {
        if (error->message.startsWith("the file is larger"_L1))
            error->message = tooLarge();
        return std::nullopt;
    }
    return readBytes(*bytes, path, error);
}

std::optional<HandoutFileData> HandoutFile::readBytes(const QByteArray &bytes, const QString &name, SourceError *error)
{
    if (bytes.size() > MaxFileSize) {
        *error = {name, 0, tooLarge()};
        return std::nullopt;
    }
    if (bytes.trimmed().isEmpty()) {
        *error = {name, 0, u"the file is empty"_s};
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        int line = 0;
        const QString problem = parseProblem(bytes, parseError, &line);
        *error = {name, line, problem};
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = {name, 0, u"is not a Handout Composer file (it holds a JSON array, not an object)"_s};
        return std::nullopt;
    }
    HandoutJsonReader parser(name);
    std::optional<HandoutFileData> data = parser.parse(doc.object());
    if (!data)
        *error = parser.error();
    return data;
}

QList<PackChange> HandoutFile::changesSince(const HandoutFileData &file, const Article &article)
{
    if (file.content.packId != article.meta.id) {
        return {PackChange {PackChange::OtherPack,
                            {},
                            {},
                            u"the handout was made from the content pack “%1”, not “%2”, and cannot be opened "
                            "with it"_s.arg(file.content.packId, article.meta.id)}};
    }
    return ChangeCollector(file, article).collect();
}

QStringList HandoutFile::messages(const QList<PackChange> &changes)
{
    QStringList out;
    for (const PackChange &change : changes)
        out << change.message;
    return out;
}
