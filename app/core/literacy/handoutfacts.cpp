#include "handoutfacts.h"

#include "article.h"
#include "handoutcontent.h"
#include "jargonfinder.h"
#include "readabilityreport.h"
#include "readabletext.h"
#include "safetysummary.h"
#include "textmeter.h"
#include "wordstoknow.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// Verbs a patient handout opens an instruction with.
const QRegularExpression &imperative()
{
    static const QRegularExpression re(
        uR"(^\W*(?:always\s+|never\s+|please\s+)?(?:ask|avoid|bring|call|check|do|don't|get|go|keep|learn|let|make|plan|read|seek|share|stay|stop|take|talk|tell|try|use|watch|write)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &youModal()
{
    static const QRegularExpression re(
        uR"(\b(?:you|we all)\s+(?:should|must|can|need to|have to|may want to)\b|\b(?:be|make)\s+sure\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &passive()
{
    // "is used", "were widely studied", "has been shown", "be given".
    static const QRegularExpression re(
        uR"(\b(?:am|is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:\w+ed|\w+en|known|made|done|seen|held|kept|left|told|shown|led|brought|built|thought|found|meant|paid|put|said|sent|set|sold|taught|understood|written|felt|heard|lost|caught|given|taken|used)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &unknownSaid()
{
    static const QRegularExpression re(
        uR"(\b(?:not (?:yet |fully |well |completely )?(?:known|understood|clear)|unknown|still being (?:studied|explored|investigated)|under investigation|more research|we do not (?:yet )?know|uncertain)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

void countNumbers(const QString &text, HandoutFacts *facts)
{
    static const QRegularExpression hard(uR"(\d+(?:[.,]\d+)?\s*(?:%|percent\b)|\b\d+\.\d+\b|\b\d+/\d+\b)"_s);
    static const QRegularExpression whole(uR"(\b\d+\b(?!s\b)(?![.,/]\d))"_s);
    for (auto it = hard.globalMatch(text); it.hasNext();) {
        const QString found = it.next().captured().trimmed();
        if (!facts->hardNumbers.contains(found))
            facts->hardNumbers << found;
    }
    for (auto it = whole.globalMatch(text); it.hasNext();) {
        const int value = it.next().captured().toInt();
        const bool year = value >= 1800 && value <= 2099;
        if (!year)
            ++facts->wholeNumbers;
    }
}

} // namespace

bool HandoutFacts::isPassive(const QString &sentence)
{
    return passive().match(sentence).hasMatch();
}

bool HandoutFacts::isAction(const QString &sentence)
{
    return imperative().match(sentence).hasMatch() || youModal().match(sentence).hasMatch();
}

bool HandoutFacts::addressesReader(const QString &sentence)
{
    static const QRegularExpression you(uR"(\byou(?:r|rs|rself)?\b)"_s, QRegularExpression::CaseInsensitiveOption);
    return imperative().match(sentence).hasMatch() || you.match(sentence).hasMatch();
}

HandoutFacts HandoutFacts::of(const Article &pack, const HandoutContent &content)
{
    HandoutFacts facts;
    facts.language = content.language.isEmpty() ? u"en"_s : content.language;
    facts.english = facts.language.startsWith(u"en"_s);
    facts.title = content.title.trimmed();

    const SafetySummary summary = SafetySummary::build(pack, content.sectionIds());
    facts.summaryPrinted = content.includeSummary && !summary.points.isEmpty();

    for (const SectionContent &section : content.sections) {
        for (const ContentItem &item : section.items) {
            if (item.callout != PassageTags()) {
                ++facts.callouts;
                if (item.callout.testFlag(PassageTag::Risk))
                    ++facts.riskCallouts;
            }
            for (const ContentBlock &block : item.blocks) {
                if (block.kind == BlockKind::BulletItem || block.kind == BlockKind::NumberedItem)
                    ++facts.listItems;
                if (block.kind == BlockKind::NumberedItem)
                    ++facts.numberedItems;
            }
        }
    }

    const ReadableText readable = ReadableText::fromContent(content, &pack);
    QList<TextPiece> pieces;
    if (facts.summaryPrinted) {
        for (const SafetyPoint *point : summary.points)
            pieces << TextPiece {point->text, -1};
    }
    TextMeter meter(facts.language);
    for (const ReadableSection &rs : readable.sections) {
        const int words = meter.measure(rs.pieces).words;
        facts.words += words;
        if (rs.id != u"notes"_s)
            facts.sections << Section {rs.id, rs.title, words};
        pieces << rs.pieces;
        for (const TextPiece &piece : rs.pieces)
            countNumbers(piece.text, &facts);
    }

    const QList<const GlossaryEntry *> terms = WordsToKnow::of(pack, content);
    facts.glossaryTerms = int(terms.size());
    facts.glossaryPrinted = content.includeGlossary && !terms.isEmpty();
    QStringList defined;
    for (const GlossaryEntry &entry : pack.glossary)
        defined << entry.forms();
    JargonFinder jargon(defined);
    for (const JargonTerm &term : jargon.find(readable)) {
        if (term.kind == JargonTerm::Acronym)
            facts.unexplainedAcronyms << term.word;
    }

    if (facts.english) {
        ReadabilityMeter readability;
        facts.grade = readability.measure(readable).whole.score(ReadabilityScore::FleschKincaidGrade);
        QList<SentenceSpan> sentences;
        meter.measure(pieces, &sentences);
        facts.sentences = int(sentences.size());
        for (const SentenceSpan &s : std::as_const(sentences)) {
            const QString text = s.text.simplified();
            if (isPassive(text)) {
                ++facts.passiveSentences;
                if (facts.passiveExamples.size() < 3)
                    facts.passiveExamples << text;
            }
            if (isAction(text)) {
                facts.actionSentences << text;
                if (addressesReader(text))
                    ++facts.directActions;
            }
            if (unknownSaid().match(text).hasMatch())
                facts.saysWhatIsUnknown = true;
        }
    }

    if (!content.clinic.phone.trimmed().isEmpty())
        facts.helpContacts << u"clinic phone"_s;
    if (!content.clinic.crisisLine.trimmed().isEmpty())
        facts.helpContacts << u"crisis line"_s;
    if (!content.person.contact.trimmed().isEmpty())
        facts.helpContacts << u"contact"_s;
    facts.nextAppointment = !content.person.nextAppointment.trimmed().isEmpty();
    return facts;
}
