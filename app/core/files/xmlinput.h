#pragma once

class QXmlStreamReader;

// What every reader of XML from outside (.ts and XLIFF files) checks first.
namespace XmlInput {

// Reads up to the root element, leaving it the current token. Returns false
// when the document type declares an entity: translation files never do, and
// refused outright, one entity of a few thousand characters cannot be
// referenced tens of thousands of times to turn a small file into gigabytes
// of text (QXmlStreamReader's own limit only catches entities nested in
// entities).
bool skipToRoot(QXmlStreamReader &xml);

} // namespace XmlInput
