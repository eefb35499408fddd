#include "xliffcatalog.h"

#include "boundedfile.h"
#include "contenttranslation.h"
#include "xliffstate.h"
#include "xmlinput.h"

#include <QHash>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace {

// lconvert's markers: a group that is a Linguist context, and the gettext
// context that carries a message's disambiguation (our text id).
constexpr QLatin1StringView LinguistContext = "x-trolltech-linguist-context"_L1;
constexpr QLatin1StringView GettextContext = "x-gettext-msgctxt"_L1;

// One <trans-unit> as the file says it, before its state is interpreted.
struct Unit
{
    int line = 0;
    QString name; // its id attribute, for messages
    QString context;
    QString id;
    QString resname;
    QString source;
    QString target;
    QString state;
    QString note;
    QString altSource; // an <alt-trans>: lconvert's old source, with its old translation
    QString altTarget;
    QString altState;
    bool approved = false;
    bool vanished = false;
};

class Reader
{
public:
    Reader(const QByteArray &bytes, const QString &fileName)
        : m_xml(bytes)
        , m_fileName(fileName)
    { }

    std::optional<TsCatalog> read(SourceError *error);

private:
    bool fail(const QString &message, int line = -1);
    bool readFileElement();
    bool readChildren(const QString &context);
    bool readUnit(const QString &context);
    bool readAltTrans(Unit *unit);
    bool readText(QString *out);
    bool addMessage(const Unit &unit);

    QXmlStreamReader m_xml;
    QString m_fileName;
    TsCatalog m_catalog;
    bool m_sawFile = false;
    QHash<QString, int> m_seen;
    qsizetype m_expanded = 0;
    SourceError m_error;
};

bool Reader::fail(const QString &message, int line)
{
    if (m_error.isNull())
        m_error = {m_fileName, line < 0 ? int(m_xml.lineNumber()) : line, message};
    return false;
}

std::optional<TsCatalog> Reader::read(SourceError *error)
{
    const auto failed = [&] {
        *error = m_error;
        return std::nullopt;
    };
    if (!XmlInput::skipToRoot(m_xml)) {
        fail(XliffCatalog::tr("the file declares XML entities, which translation files never use"));
        return failed();
    }
    if (m_xml.tokenType() == QXmlStreamReader::StartElement) {
        if (m_xml.name() != "xliff"_L1) {
            fail(XliffCatalog::tr("not an XLIFF file: the root element is <%1>, not <xliff>")
                     .arg(m_xml.name().toString()));
            return failed();
        }
        const QStringView version = m_xml.attributes().value("version"_L1);
        if (!version.isEmpty() && !version.startsWith("1."_L1)) {
            fail(XliffCatalog::tr("XLIFF version %1 is not read: ask for XLIFF 1.2").arg(version.toString()));
            return failed();
        }
        while (m_xml.readNextStartElement()) {
            const bool ok = m_xml.name() == "file"_L1 ? readFileElement() : (m_xml.skipCurrentElement(), true);
            if (!ok || m_xml.hasError())
                break;
        }
    }
    if (m_xml.hasError())
        fail(XliffCatalog::tr("not well-formed XML: %1").arg(m_xml.errorString()));
    else if (m_error.isNull() && !m_sawFile)
        fail(XliffCatalog::tr("not an XLIFF file: no <file> element"), 0);
    if (!m_error.isNull())
        return failed();
    return m_catalog;
}

bool Reader::readFileElement()
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const QString target = attributes.value("target-language"_L1).toString();
    const QString source = attributes.value("source-language"_L1).toString();
    // One file holds one language: every <file> in it must agree.
    if (m_sawFile && target != m_catalog.language)
        return fail(XliffCatalog::tr("a <file> translates into “%1”, an earlier one into “%2”")
                        .arg(target, m_catalog.language));
    m_sawFile = true;
    m_catalog.language = target;
    m_catalog.sourceLanguage = source;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == "body"_L1) {
            if (!readChildren(QString()))
                return false;
        } else {
            m_xml.skipCurrentElement();
        }
    }
    return !m_xml.hasError();
}

// The content of <body> or of a <group>: units, and groups within groups.
bool Reader::readChildren(const QString &context)
{
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == "group"_L1) {
            const QXmlStreamAttributes attributes = m_xml.attributes();
            const QString resname = attributes.value("resname"_L1).toString();
            // lconvert's groups are contexts; another tool's named group is
            // one too, and an unnamed one keeps the context around it.
            const bool names = attributes.value("restype"_L1) == LinguistContext || !resname.isEmpty();
            if (!readChildren(names ? resname : context))
                return false;
        } else if (m_xml.name() == "trans-unit"_L1) {
            if (!readUnit(context))
                return false;
        } else {
            m_xml.skipCurrentElement();
        }
    }
    return !m_xml.hasError();
}

bool Reader::readUnit(const QString &context)
{
    Unit unit;
    unit.line = int(m_xml.lineNumber());
    const QXmlStreamAttributes attributes = m_xml.attributes();
    unit.name = attributes.value("id"_L1).toString();
    unit.resname = attributes.value("resname"_L1).toString();
    unit.approved = attributes.value("approved"_L1) == "yes"_L1;
    unit.vanished = attributes.value("translate"_L1) == "no"_L1;
    unit.context = context;
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        bool ok = true;
        if (name == "source"_L1) {
            ok = readText(&unit.source);
        } else if (name == "target"_L1) {
            unit.state = m_xml.attributes().value("state"_L1).toString();
            ok = readText(&unit.target);
        } else if (name == "alt-trans"_L1) {
            ok = readAltTrans(&unit);
        } else if (name == "note"_L1 && unit.note.isEmpty()) {
            ok = readText(&unit.note);
        } else if (name == "context-group"_L1) {
            while (ok && m_xml.readNextStartElement()) {
                if (m_xml.name() == "context"_L1 && m_xml.attributes().value("context-type"_L1) == GettextContext)
                    ok = readText(&unit.id);
                else
                    m_xml.skipCurrentElement();
            }
        } else {
            m_xml.skipCurrentElement();
        }
        if (!ok || m_xml.hasError())
            return false;
    }
    return !m_xml.hasError() && addMessage(unit);
}

// Only the first <alt-trans> that has a source counts: lconvert writes one,
// the old source and its translation.
bool Reader::readAltTrans(Unit *unit)
{
    const bool first = unit->altSource.isEmpty();
    while (m_xml.readNextStartElement()) {
        bool ok = true;
        if (first && m_xml.name() == "source"_L1) {
            ok = readText(&unit->altSource);
        } else if (first && m_xml.name() == "target"_L1) {
            unit->altState = m_xml.attributes().value("state"_L1).toString();
            ok = readText(&unit->altTarget);
        } else {
            m_xml.skipCurrentElement();
        }
        if (!ok)
            return false;
    }
    return !m_xml.hasError();
}

// Plain text only: inline markup (<g>, <ph>, <x/>) stands for formatting or
// code, which content texts never hold, and is refused rather than flattened.
bool Reader::readText(QString *out)
{
    const QString element = m_xml.name().toString();
    out->clear();
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::Characters || token == QXmlStreamReader::EntityReference) {
            out->append(m_xml.text());
            if (out->size() > TsCatalog::MaxTextLength)
                return fail(
                    XliffCatalog::tr("a unit holds a text of more than %1 characters").arg(TsCatalog::MaxTextLength));
        } else if (token == QXmlStreamReader::StartElement) {
            return fail(XliffCatalog::tr("<%1> holds the markup <%2>: content translations are plain text")
                            .arg(element, m_xml.name().toString()));
        } else if (token == QXmlStreamReader::EndElement) {
            m_expanded += out->size();
            if (m_expanded > TsCatalog::MaxExpandedLength)
                return fail(
                    XliffCatalog::tr("the texts add up to more than %1 characters").arg(TsCatalog::MaxExpandedLength));
            return true;
        }
    }
    return false; // the reader's own error says why
}

bool Reader::addMessage(const Unit &unit)
{
    TsMessage m;
    // The text's id: lconvert keeps it as the gettext context, we also write
    // it as the resname, and an id "context/text-id" says both.
    m.comment = !unit.id.isEmpty() ? unit.id : unit.resname;
    m.context = unit.context;
    if (unit.name.contains(u'/')) {
        if (m.context.isEmpty())
            m.context = unit.name.section(u'/', 0, 0);
        if (m.comment.isEmpty())
            m.comment = unit.name.section(u'/', 1);
    }
    if (m.context.isEmpty() || m.comment.isEmpty())
        return fail(XliffCatalog::tr("the unit “%1” does not say which text it translates: it needs a group "
                                     "with a resname (the context) and a resname or gettext context (the id)")
                        .arg(unit.name),
                    unit.line);
    if (m.context.size() > TsCatalog::MaxTextLength || m.comment.size() > TsCatalog::MaxTextLength)
        return fail(XliffCatalog::tr("a unit's id is longer than %1 characters").arg(TsCatalog::MaxTextLength),
                    unit.line);
    m.source = unit.source;
    m.extraComment = unit.note;
    m.obsolete = unit.vanished;
    QString text = unit.target;
    QString state = unit.state;
    // lconvert writes a stale message's translation beside its old source,
    // in the <alt-trans>, and leaves the target out.
    const bool oldSource = !unit.altSource.isEmpty() && unit.altSource != unit.source;
    if (text.trimmed().isEmpty() && oldSource && !unit.altTarget.trimmed().isEmpty()) {
        text = unit.altTarget;
        state = unit.altState;
    }
    const TranslationState meaning = XliffState::read(state, unit.approved, !text.trimmed().isEmpty());
    if (meaning != TranslationState::Missing)
        m.translation = text;
    m.finished = meaning == TranslationState::Reviewed;
    if (meaning == TranslationState::Draft && oldSource && XliffState::asksForReview(state))
        m.oldSource = unit.altSource;
    if (m_seen.contains(m.key()))
        return fail(XliffCatalog::tr("the id “%1” appears twice in context “%2” (first on line %3)")
                        .arg(m.comment, m.context)
                        .arg(m_seen.value(m.key())),
                    unit.line);
    m_seen.insert(m.key(), unit.line);
    m_catalog.messages << m;
    return true;
}

void writeText(QXmlStreamWriter &xml, const QString &element, const QString &text, const QString &state = {})
{
    xml.writeStartElement(element);
    xml.writeAttribute(u"xml:space"_s, u"preserve"_s);
    if (!state.isEmpty())
        xml.writeAttribute(u"state"_s, state);
    xml.writeCharacters(text);
    xml.writeEndElement();
}

} // namespace

std::optional<TsCatalog> XliffCatalog::read(const QByteArray &bytes, const QString &fileName, SourceError *error)
{
    if (bytes.trimmed().isEmpty()) {
        *error = {fileName, 0, tr("the file is empty")};
        return std::nullopt;
    }
    if (bytes.size() > MaxFileSize) {
        *error = {fileName, 0, tr("the file is larger than %1 MiB").arg(MaxFileSize / ByteSizes::MiB)};
        return std::nullopt;
    }
    return Reader(bytes, fileName).read(error);
}

std::optional<TsCatalog> XliffCatalog::readFile(const QString &path, SourceError *error)
{
    const std::optional<QByteArray> bytes = BoundedFile::read(path, MaxFileSize, u"an XLIFF file"_s, error);
    if (!bytes)
        return std::nullopt;
    return read(*bytes, path, error);
}

QByteArray XliffCatalog::toXml(const TsCatalog &catalog, const QString &original)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(u"xliff"_s);
    xml.writeAttribute(u"version"_s, u"1.2"_s);
    xml.writeDefaultNamespace(u"urn:oasis:names:tc:xliff:document:1.2"_s);
    xml.writeStartElement(u"file"_s);
    xml.writeAttribute(u"original"_s, original);
    xml.writeAttribute(u"datatype"_s, u"plaintext"_s);
    xml.writeAttribute(u"source-language"_s, catalog.sourceLanguage);
    xml.writeAttribute(u"target-language"_s, catalog.language);
    xml.writeStartElement(u"body"_s);
    QString context;
    bool open = false;
    for (const TsMessage &m : catalog.messages) {
        if (m.obsolete)
            continue;
        if (!open || m.context != context) {
            if (open)
                xml.writeEndElement();
            xml.writeStartElement(u"group"_s);
            xml.writeAttribute(u"restype"_s, LinguistContext);
            xml.writeAttribute(u"resname"_s, m.context);
            context = m.context;
            open = true;
        }
        const TranslationState state = ContentTranslation::stateOf(&m, m.source);
        xml.writeStartElement(u"trans-unit"_s);
        xml.writeAttribute(u"id"_s, m.context + u'/' + m.comment);
        xml.writeAttribute(u"resname"_s, m.comment);
        // For lconvert, which reads nothing else of the state.
        if (state == TranslationState::Reviewed)
            xml.writeAttribute(u"approved"_s, u"yes"_s);
        writeText(xml, u"source"_s, m.source);
        writeText(xml, u"target"_s, state == TranslationState::Missing ? QString() : m.translation,
                  XliffState::write(state));
        // A stale text: the translation was made from this older source.
        if (state == TranslationState::Stale) {
            xml.writeStartElement(u"alt-trans"_s);
            writeText(xml, u"source"_s, m.oldSource);
            xml.writeEndElement();
        }
        xml.writeStartElement(u"context-group"_s);
        xml.writeStartElement(u"context"_s);
        xml.writeAttribute(u"context-type"_s, GettextContext);
        xml.writeCharacters(m.comment);
        xml.writeEndElement();
        xml.writeEndElement();
        if (!m.extraComment.isEmpty()) {
            xml.writeStartElement(u"note"_s);
            xml.writeAttribute(u"annotates"_s, u"source"_s);
            xml.writeAttribute(u"from"_s, u"developer"_s);
            xml.writeCharacters(m.extraComment);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    if (open)
        xml.writeEndElement();
    xml.writeEndElement(); // body
    xml.writeEndElement(); // file
    xml.writeEndElement(); // xliff
    xml.writeEndDocument();
    return out;
}
