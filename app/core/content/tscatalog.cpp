#include "tscatalog.h"
#include "boundedfile.h"
#include "bytesizes.h"
#include "xmlinput.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace {

// Reads the text of the current element, allowing nothing but text inside
// (Linguist writes <numerusform> only for plurals, which content never has).
bool readText(QXmlStreamReader &xml, QString *out)
{
    *out = xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
    return !xml.hasError();
}

} // namespace

const TsMessage *TsCatalog::find(const QString &context, const QString &comment) const
{
    for (const TsMessage &m : messages) {
        if (m.context == context && m.comment == comment)
            return &m;
    }
    return nullptr;
}

std::optional<TsCatalog> TsCatalog::read(const QByteArray &bytes, const QString &fileName, SourceError *error,
                                         Kind kind)
{
    const auto fail = [&](int line, const QString &message) -> std::optional<TsCatalog> {
        *error = SourceError {fileName, line, message};
        return std::nullopt;
    };
    if (bytes.trimmed().isEmpty())
        return fail(0, tr("the file is empty"));
    if (bytes.size() > MaxFileSize)
        return fail(0, tr("the file is larger than %1 MiB").arg(MaxFileSize / ByteSizes::MiB));

    QXmlStreamReader xml(bytes);
    TsCatalog catalog;
    QHash<QString, int> seen;
    bool sawTs = false;
    qsizetype expanded = 0;
    if (!XmlInput::skipToRoot(xml))
        return fail(int(xml.lineNumber()), tr("the file declares XML entities, which translation files never use"));
    // One root element; reading on past it would report a premature end.
    if (xml.tokenType() == QXmlStreamReader::StartElement) {
        if (xml.name() != "TS"_L1)
            return fail(int(xml.lineNumber()),
                        tr("not a Qt Linguist file: the root element is <%1>, not <TS>").arg(xml.name().toString()));
        sawTs = true;
        catalog.language = xml.attributes().value("language"_L1).toString();
        catalog.sourceLanguage = xml.attributes().value("sourcelanguage"_L1).toString();
        while (xml.readNextStartElement()) {
            if (xml.name() != "context"_L1) {
                xml.skipCurrentElement();
                continue;
            }
            QString context;
            while (xml.readNextStartElement()) {
                if (xml.name() == "name"_L1) {
                    if (!readText(xml, &context))
                        break;
                    continue;
                }
                if (xml.name() != "message"_L1) {
                    xml.skipCurrentElement();
                    continue;
                }
                const int line = int(xml.lineNumber());
                TsMessage m;
                m.context = context;
                m.plural = xml.attributes().value("numerus"_L1) == "yes"_L1;
                if (m.plural && kind == Kind::Content)
                    return fail(line, tr("plural messages are not used in content translations"));
                while (xml.readNextStartElement()) {
                    const QStringView name = xml.name();
                    if (name == "source"_L1) {
                        readText(xml, &m.source);
                    } else if (name == "oldsource"_L1) {
                        readText(xml, &m.oldSource);
                    } else if (name == "comment"_L1) {
                        readText(xml, &m.comment);
                    } else if (name == "extracomment"_L1) {
                        readText(xml, &m.extraComment);
                    } else if (name == "translation"_L1) {
                        const QStringView type = xml.attributes().value("type"_L1);
                        m.finished = type.isEmpty();
                        m.obsolete = type == "obsolete"_L1 || type == "vanished"_L1;
                        if (m.plural) {
                            QStringList forms;
                            while (xml.readNextStartElement()) {
                                QString form;
                                if (xml.name() == "numerusform"_L1 && readText(xml, &form))
                                    forms << form;
                                else
                                    xml.skipCurrentElement();
                            }
                            m.translation = forms.join(QChar(0x1e));
                        } else {
                            readText(xml, &m.translation);
                        }
                    } else {
                        xml.skipCurrentElement();
                    }
                    if (xml.hasError())
                        break;
                }
                if (xml.hasError())
                    break;
                if (context.isEmpty())
                    return fail(line, tr("a message has no context name"));
                if (kind == Kind::Interface)
                    m.comment = m.comment + u'\x1e' + m.source; // lupdate keys by source and comment
                else if (m.comment.isEmpty())
                    return fail(line, tr("the message “%1” has no id (its <comment>)").arg(m.source.left(60)));
                for (const QString *text : {&m.source, &m.oldSource, &m.translation, &m.extraComment, &m.comment}) {
                    if (text->size() > MaxTextLength)
                        return fail(line, tr("a message holds a text of more than %1 characters").arg(MaxTextLength));
                    expanded += text->size();
                }
                if (expanded > MaxExpandedLength)
                    return fail(line, tr("the texts add up to more than %1 characters").arg(MaxExpandedLength));
                if (seen.contains(m.key()))
                    return fail(line,
                                tr("the id “%1” appears twice in context “%2” (first on line %3)")
                                    .arg(m.comment, context)
                                    .arg(seen.value(m.key())));
                seen.insert(m.key(), line);
                catalog.messages << m;
            }
            if (xml.hasError())
                break;
        }
    }
    if (xml.hasError())
        return fail(int(xml.lineNumber()), tr("not well-formed XML: %1").arg(xml.errorString()));
    if (!sawTs)
        return fail(0, tr("not a Qt Linguist file: no <TS> element"));
    return catalog;
}

std::optional<TsCatalog> TsCatalog::readFile(const QString &path, SourceError *error, Kind kind)
{
    const std::optional<QByteArray> bytes = BoundedFile::read(path, MaxFileSize, u"a translation file"_s, error);
    if (!bytes)
        return std::nullopt;
    return read(*bytes, path, error, kind);
}

QByteArray TsCatalog::toXml() const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(4);
    xml.writeStartDocument();
    xml.writeDTD(u"<!DOCTYPE TS>"_s);
    xml.writeStartElement(u"TS"_s);
    xml.writeAttribute(u"version"_s, u"2.1"_s);
    xml.writeAttribute(u"language"_s, language);
    if (!sourceLanguage.isEmpty())
        xml.writeAttribute(u"sourcelanguage"_s, sourceLanguage);
    QString context;
    bool open = false;
    for (const TsMessage &m : messages) {
        if (!open || m.context != context) {
            if (open)
                xml.writeEndElement();
            xml.writeStartElement(u"context"_s);
            xml.writeTextElement(u"name"_s, m.context);
            context = m.context;
            open = true;
        }
        xml.writeStartElement(u"message"_s);
        xml.writeTextElement(u"source"_s, m.source);
        if (!m.oldSource.isEmpty())
            xml.writeTextElement(u"oldsource"_s, m.oldSource);
        xml.writeTextElement(u"comment"_s, m.comment);
        if (!m.extraComment.isEmpty())
            xml.writeTextElement(u"extracomment"_s, m.extraComment);
        xml.writeStartElement(u"translation"_s);
        if (m.obsolete)
            xml.writeAttribute(u"type"_s, u"vanished"_s);
        else if (!m.finished)
            xml.writeAttribute(u"type"_s, u"unfinished"_s);
        xml.writeCharacters(m.translation);
        xml.writeEndElement();
        xml.writeEndElement();
    }
    if (open)
        xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}
