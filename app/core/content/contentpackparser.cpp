#include "contentpackparser_p.h"
#include "languagecode.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

const QString IdPattern = u"[a-z0-9]+(?:-[a-z0-9]+)*"_s;

bool isValidId(const QString &id)
{
    static const QRegularExpression re(u"^"_s + IdPattern + u"$"_s);
    return re.match(id).hasMatch();
}

bool isComment(const QString &line)
{
    const QString t = line.trimmed();
    return t.startsWith("<!--"_L1) && t.endsWith("-->"_L1);
}

bool splitKeyValue(const QString &line, QString *key, QString *value)
{
    const qsizetype colon = line.indexOf(u':');
    if (colon <= 0)
        return false;
    *key = line.left(colon).trimmed();
    *value = line.mid(colon + 1).trimmed();
    static const QRegularExpression keyRe(u"^[a-z][a-z0-9-]*$"_s);
    return keyRe.match(*key).hasMatch();
}

QStringList splitList(const QString &value)
{
    QStringList out;
    for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            out << item;
    }
    return out;
}

const QStringList RequiredMeta = {u"id"_s,       u"title"_s,   u"author"_s,   u"publisher"_s,  u"published"_s,
                                  u"language"_s, u"version"_s, u"reviewed"_s, u"next-review"_s};
const QStringList OptionalMeta = {u"credentials"_s, u"author-note"_s, u"byline"_s};

} // namespace

ContentPackParser::ContentPackParser(QString fileName)
    : m_fileName(std::move(fileName))
{ }

bool ContentPackParser::fail(int line, const QString &message)
{
    m_error = {m_fileName, line, message};
    return false;
}

bool ContentPackParser::parse(const QStringList &lines)
{
    int i = 0;
    while (i < lines.size() && (lines[i].trimmed().isEmpty() || isComment(lines[i])))
        ++i;
    if (i >= lines.size() || lines[i].trimmed() != "---"_L1)
        return fail(i + 1, u"expected the metadata block to open with '---'"_s);
    ++i;
    if (!parseFrontMatter(lines, &i) || !checkMeta())
        return false;

    while (i < lines.size()) {
        const QString &line = lines[i];
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || isComment(line)) {
            ++i;
        } else if (trimmed.startsWith(u'#')) {
            if (!parseHeading(i + 1, trimmed))
                return false;
            ++i;
        } else if (trimmed.startsWith("{#"_L1)) {
            if (!parsePassage(lines, &i))
                return false;
        } else if (trimmed == EndMarker) {
            return parseEnd(lines, i) && finish(i + 1);
        } else if (trimmed.startsWith(":::"_L1)) {
            if (!parseBlock(lines, &i))
                return false;
        } else {
            return fail(i + 1, u"paragraph without an id: start it with a line such as {#a-passage-id}"_s);
        }
    }
    // Every block and passage above was complete, yet the file may have been
    // cut between two of them: only the marker tells a whole pack from a part.
    int last = int(lines.size());
    while (last > 1 && lines[last - 1].trimmed().isEmpty())
        --last;
    return fail(last, u"the pack does not end with the line '%1': it may have been cut short"_s.arg(EndMarker));
}

bool ContentPackParser::parseEnd(const QStringList &lines, int markerIndex)
{
    for (int i = markerIndex + 1; i < lines.size(); ++i) {
        if (!lines[i].trimmed().isEmpty())
            return fail(i + 1,
                        u"text after '%1' (first on line %2): the marker must be the last line"_s.arg(EndMarker).arg(
                            markerIndex + 1));
    }
    return true;
}

bool ContentPackParser::finish(int endLine)
{
    if (m_article.sections.isEmpty())
        return fail(endLine, u"the pack has no sections"_s);
    m_article.rebuildIndex();
    return checkReferences();
}

bool ContentPackParser::parseFrontMatter(const QStringList &lines, int *index)
{
    for (int &i = *index; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line == "---"_L1) {
            m_metaEndLine = i + 1;
            ++i;
            return true;
        }
        if (line.isEmpty() || isComment(line))
            continue;
        QString key;
        QString value;
        if (!splitKeyValue(line, &key, &value))
            return fail(i + 1, u"metadata line is not 'key: value' (is the closing '---' missing?)"_s);
        if (!applyMeta(i + 1, key, value))
            return false;
    }
    return fail(lines.size(), u"the metadata block is not closed with '---'"_s);
}

bool ContentPackParser::applyMeta(int line, const QString &key, const QString &value)
{
    if (!RequiredMeta.contains(key) && !OptionalMeta.contains(key))
        return fail(line, u"unknown metadata key '%1'"_s.arg(key));
    if (m_metaLines.contains(key))
        return fail(line, u"metadata key '%1' repeated (first on line %2)"_s.arg(key).arg(m_metaLines[key]));
    m_metaLines.insert(key, line);
    if (value.isEmpty())
        return fail(line, u"metadata key '%1' has no value"_s.arg(key));

    ArticleMeta &m = m_article.meta;
    auto date = [&](QDate *target) {
        *target = QDate::fromString(value, Qt::ISODate);
        if (!target->isValid() || value.size() != 10)
            return fail(line, u"'%1' must be a date written YYYY-MM-DD, not '%2'"_s.arg(key, value));
        return true;
    };
    if (key == "id"_L1) {
        if (!isValidId(value))
            return fail(line, u"pack id '%1' must be lower-case words joined by '-'"_s.arg(value));
        m.id = value;
    } else if (key == "title"_L1) {
        m.title = value;
        m.sourceTitle = value;
    } else if (key == "author"_L1) {
        m.author = value;
    } else if (key == "credentials"_L1) {
        m.credentials = value;
    } else if (key == "author-note"_L1) {
        m.authorNote = value;
    } else if (key == "publisher"_L1) {
        m.publisher = value;
    } else if (key == "byline"_L1) {
        m.byline = value;
    } else if (key == "published"_L1) {
        return date(&m.published);
    } else if (key == "reviewed"_L1) {
        return date(&m.reviewed);
    } else if (key == "next-review"_L1) {
        return date(&m.nextReview);
    } else if (key == "language"_L1) {
        if (!LanguageCode::isValid(value))
            return fail(line, u"language '%1' must be a code such as 'en' or 'es-MX'"_s.arg(value));
        m.language = value;
    } else if (key == "version"_L1) {
        static const QRegularExpression re(u"^[0-9]+\\.[0-9]+(\\.[0-9]+)?$"_s);
        if (!re.match(value).hasMatch())
            return fail(line, u"version '%1' must be numbers such as 1.2 or 1.2.3"_s.arg(value));
        m.version = value;
    }
    return true;
}

bool ContentPackParser::checkMeta()
{
    for (const QString &key : RequiredMeta) {
        if (!m_metaLines.contains(key))
            return fail(m_metaEndLine, u"metadata key '%1' is missing"_s.arg(key));
    }
    const ArticleMeta &m = m_article.meta;
    if (m.nextReview <= m.reviewed)
        return fail(m_metaLines.value(u"next-review"_s),
                    u"next-review (%1) must come after reviewed (%2)"_s.arg(m.nextReview.toString(Qt::ISODate),
                                                                            m.reviewed.toString(Qt::ISODate)));
    return true;
}

bool ContentPackParser::claimId(int line, const QString &id)
{
    if (!isValidId(id))
        return fail(line, u"id '%1' must be lower-case letters and digits joined by '-'"_s.arg(id));
    if (m_idLines.contains(id))
        return fail(line, u"duplicate id '%1' (first used on line %2)"_s.arg(id).arg(m_idLines[id]));
    m_idLines.insert(id, line);
    return true;
}

bool ContentPackParser::parseHeading(int line, const QString &text)
{
    static const QRegularExpression re(u"^(#+)\\s*(.*?)\\s*(?:\\{#([^}]*)\\})?$"_s);
    const QRegularExpressionMatch m = re.match(text);
    const int level = int(m.captured(1).size());
    const QString title = m.captured(2);
    const QString id = m.captured(3);
    if (level > 6)
        return fail(line, u"headings go at most six levels deep"_s);
    if (title.isEmpty())
        return fail(line, u"heading has no title"_s);
    if (!m.hasCaptured(3) || id.isEmpty())
        return fail(line, u"heading '%1' has no id: end it with {#an-id}"_s.arg(title));
    if (level > m_openSections.size() + 1)
        return fail(line,
                    u"heading level %1 follows level %2: a level was skipped"_s.arg(level).arg(m_openSections.size()));
    if (!claimId(line, id))
        return false;

    while (m_openSections.size() >= level)
        m_openSections.removeLast();
    Section section;
    section.id = id;
    section.title = title;
    section.level = level;
    section.line = line;
    if (!m_openSections.isEmpty()) {
        Section &parent = m_article.sections[m_openSections.last()];
        section.parentId = parent.id;
        parent.childIds << id;
    }
    m_openSections << int(m_article.sections.size());
    m_article.sections << section;
    return true;
}

bool ContentPackParser::parsePassage(const QStringList &lines, int *index)
{
    const int line = *index + 1;
    static const QRegularExpression re(u"^\\{#(\\S+)((?:\\s+\\.\\S+)*)\\s*\\}$"_s);
    const QRegularExpressionMatch m = re.match(lines[*index].trimmed());
    if (!m.hasMatch())
        return fail(line, u"passage attributes must look like {#an-id .risk .supervision}"_s);
    if (m_openSections.isEmpty())
        return fail(line, u"passage '%1' is outside any section: put a heading before it"_s.arg(m.captured(1)));
    Passage passage;
    passage.id = m.captured(1);
    passage.line = line;
    if (!claimId(line, passage.id))
        return false;
    for (const QString &tagText : m.captured(2).split(u' ', Qt::SkipEmptyParts)) {
        PassageTag tag;
        const QString name = tagText.mid(1);
        if (!PassageTagNames::parse(name, &tag))
            return fail(line, u"unknown tag '%1' (known tags: risk, supervision)"_s.arg(name));
        passage.tags |= tag;
    }

    QStringList text;
    int &i = *index;
    for (++i; i < lines.size() && !lines[i].trimmed().isEmpty(); ++i) {
        const QString t = lines[i].trimmed();
        if (t.startsWith("{#"_L1) || t.startsWith(u'#') || t.startsWith(":::"_L1))
            break;
        text << t;
    }
    if (text.isEmpty())
        return fail(line, u"passage '%1' has no text"_s.arg(passage.id));
    passage.text = text.join(u' ');
    m_article.sections[m_openSections.last()].passages << passage;
    return true;
}

bool ContentPackParser::parseBlock(const QStringList &lines, int *index)
{
    const int line = *index + 1;
    static const QRegularExpression re(u"^:::\\s*([a-z-]+)\\s*(?:\\{#([^}]*)\\})?$"_s);
    const QRegularExpressionMatch m = re.match(lines[*index].trimmed());
    const QString kind = m.captured(1);
    const QString id = m.captured(2);
    if (!m.hasMatch()
        || (kind != "preset"_L1 && kind != "safety-point"_L1 && kind != "glossary"_L1 && kind != "teach-back"_L1
            && kind != "handout-text"_L1))
        return fail(line,
                    u"unknown block: expected '::: preset {#id}', '::: safety-point {#id}', "
                    u"'::: glossary {#id}', '::: teach-back {#id}' or '::: handout-text'"_s);
    const bool needsId = kind != "handout-text"_L1;
    if (needsId && id.isEmpty())
        return fail(line, u"%1 block has no id: write '::: %1 {#an-id}'"_s.arg(kind));
    if (needsId && !claimId(line, id))
        return false;

    QHash<QString, QString> values;
    QHash<QString, int> valueLines;
    int &i = *index;
    for (++i;; ++i) {
        if (i >= lines.size())
            return fail(line, u"%1 block is not closed with ':::'"_s.arg(kind));
        const QString t = lines[i].trimmed();
        if (t == ":::"_L1)
            break;
        if (t.isEmpty() || isComment(t))
            continue;
        QString key;
        QString value;
        if (!splitKeyValue(t, &key, &value))
            return fail(i + 1, u"line in %1 block is not 'key: value'"_s.arg(kind));
        if (values.contains(key))
            return fail(i + 1, u"key '%1' repeated in %2 block"_s.arg(key, kind));
        values.insert(key, value);
        valueLines.insert(key, i + 1);
    }
    ++i;

    auto require = [&](const QStringList &keys, const QStringList &optional) {
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (!keys.contains(it.key()) && !optional.contains(it.key()))
                return fail(valueLines[it.key()], u"unknown key '%1' in %2 block"_s.arg(it.key(), kind));
            if (it.value().isEmpty())
                return fail(valueLines[it.key()], u"key '%1' has no value"_s.arg(it.key()));
        }
        for (const QString &key : keys) {
            if (!values.contains(key))
                return fail(line,
                            id.isEmpty() ? u"%1 block lacks '%2'"_s.arg(kind, key)
                                         : u"%1 block '%2' lacks '%3'"_s.arg(kind, id, key));
        }
        return true;
    };

    if (kind == "preset"_L1) {
        if (!require({u"title"_s, u"audience"_s, u"sections"_s}, {}))
            return false;
        m_article.presets << Preset {id, values[u"title"_s], values[u"audience"_s], splitList(values[u"sections"_s]),
                                     line};
    } else if (kind == "safety-point"_L1) {
        if (!require({u"text"_s, u"sources"_s}, {u"always"_s}))
            return false;
        const QString always = values.value(u"always"_s, u"no"_s);
        if (always != "yes"_L1 && always != "no"_L1)
            return fail(valueLines[u"always"_s], u"'always' must be yes or no"_s);
        m_article.safetyPoints << SafetyPoint {id, values[u"text"_s], splitList(values[u"sources"_s]),
                                               always == "yes"_L1, line};
    } else if (kind == "glossary"_L1) {
        if (!require(Glossary::requiredKeys(), Glossary::optionalKeys()))
            return false;
        int errorLine = line;
        QString error;
        std::optional<GlossaryEntry> entry = m_glossary.add(id, line, values, valueLines, &errorLine, &error);
        if (!entry)
            return fail(errorLine, error);
        m_article.glossary << *entry;
    } else if (kind == "teach-back"_L1) {
        if (!require(TeachBack::requiredKeys(), {}))
            return false;
        int errorLine = line;
        QString error;
        std::optional<TeachBackPrompt> prompt = TeachBack::make(id, line, values, valueLines, &errorLine, &error);
        if (!prompt)
            return fail(errorLine, error);
        m_article.teachBack << *prompt;
    } else {
        if (!m_article.texts.values.isEmpty())
            return fail(line, u"only one handout-text block is allowed"_s);
        if (!require(HandoutTexts::requiredKeys(), HandoutTexts::optionalKeys()))
            return false;
        m_article.texts.values = values;
    }
    return true;
}

bool ContentPackParser::checkReferences()
{
    for (const Preset &preset : std::as_const(m_article.presets)) {
        if (preset.sectionIds.isEmpty())
            return fail(preset.line, u"preset '%1' lists no sections"_s.arg(preset.id));
        QSet<QString> seen; // a set: a preset may name every section of a large pack
        for (const QString &id : preset.sectionIds) {
            if (!m_article.section(id))
                return fail(preset.line, u"preset '%1' names unknown section '%2'"_s.arg(preset.id, id));
            if (seen.contains(id))
                return fail(preset.line, u"preset '%1' names section '%2' twice"_s.arg(preset.id, id));
            seen.insert(id);
        }
    }
    for (const SafetyPoint &point : std::as_const(m_article.safetyPoints)) {
        for (const QString &id : point.sourcePassageIds) {
            const Passage *p = m_article.passage(id);
            if (!p)
                return fail(point.line, u"safety point '%1' cites unknown passage '%2'"_s.arg(point.id, id));
            if (!p->tags)
                return fail(point.line,
                            u"safety point '%1' cites passage '%2', which is tagged neither risk nor supervision"_s.arg(
                                point.id, id));
        }
    }
    int errorLine = 1;
    QString error;
    if (!TeachBack::check(m_article, &errorLine, &error))
        return fail(errorLine, error);
    if (m_article.texts.values.isEmpty())
        return fail(1, u"the pack has no handout-text block"_s);
    return true;
}
