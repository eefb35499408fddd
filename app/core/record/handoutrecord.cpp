#include "handoutrecord.h"

#include "clock.h"
#include "handoutjsonwriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

// The wording a handout is in. Handouts do not carry one yet: every handout is
// in the article's original wording.
const QString OriginalWording = u"original"_s;

// What stands where the patient's name was typed: an editor's mark of an
// omission, so a reprint shows that something was left out.
const QString Omitted = u"[…]"_s;

void removeName(QString *text, const QRegularExpression &name)
{
    text->replace(name, Omitted);
}

void removeName(QList<ContentBlock> *blocks, const QRegularExpression &name)
{
    for (ContentBlock &block : *blocks) {
        for (TextRun &run : block.runs)
            removeName(&run.text, name);
    }
}

// The content with the patient's name gone from every place it could be typed.
// Whole words only, so a short name does not cut into other words.
HandoutContent withoutPatient(HandoutContent content)
{
    const QString name = content.person.patient.simplified();
    content.person.patient.clear();
    if (name.isEmpty())
        return content;
    const QRegularExpression pattern(u"\\b"_s + QRegularExpression::escape(name) + u"\\b"_s,
                                     QRegularExpression::CaseInsensitiveOption
                                         | QRegularExpression::UseUnicodePropertiesOption);
    removeName(&content.title, pattern);
    for (SectionContent &section : content.sections) {
        for (ContentItem &item : section.items)
            removeName(&item.blocks, pattern);
    }
    removeName(&content.notes, pattern);
    return content;
}

} // namespace

QString HandoutRecord::outputName(Output output)
{
    return output == Output::Print ? u"print"_s : u"pdf"_s;
}

bool HandoutRecord::parseOutput(const QString &name, Output *output)
{
    if (name == "pdf"_L1)
        *output = Output::Pdf;
    else if (name == "print"_L1)
        *output = Output::Print;
    else
        return false;
    return true;
}

HandoutRecord HandoutRecord::describe(const HandoutContent &content, const PageOptions &page, const Article &article,
                                      Output output, const QString &patientRef)
{
    const HandoutContent kept = withoutPatient(content);
    HandoutRecord record;
    record.time = Clock::nowUtc();
    record.title = kept.title;
    record.packId = kept.packId;
    record.packVersion = kept.packVersion;
    record.language = kept.language;
    record.wording = OriginalWording;
    record.sectionIds = kept.sectionIds();
    QSet<QString> seen;
    for (const SectionContent &section : kept.sections) {
        for (const ContentItem &item : section.items) {
            for (const ContentBlock &block : item.blocks) {
                if (block.passageId.isEmpty() || seen.contains(block.passageId))
                    continue;
                // A passage the pack no longer has has no source to compare.
                if (const Passage *passage = article.passage(block.passageId)) {
                    seen.insert(block.passageId);
                    record.passages.append({block.passageId, HandoutJsonWriter::sourceHash(passage->text)});
                }
            }
        }
    }
    record.largePrint = page.largePrint;
    record.pageSize = PageOptions::pageSizeName(page.pageSize);
    record.clinician = kept.person.clinician;
    record.output = output;
    record.patientRef = patientRef.trimmed();
    record.handoutJson
        = QJsonDocument(HandoutJsonWriter::toJson(kept, page, article, false)).toJson(QJsonDocument::Compact);
    return record;
}

QString HandoutRecord::fileSha256(const QString &path, QString *error)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
        *error = u"cannot read “%1”: %2"_s.arg(path, file.errorString());
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}
