#include "xmlinput.h"

#include <QXmlStreamReader>

bool XmlInput::skipToRoot(QXmlStreamReader &xml)
{
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD && !xml.entityDeclarations().isEmpty())
            return false;
        if (token == QXmlStreamReader::StartElement)
            break;
    }
    return true;
}
