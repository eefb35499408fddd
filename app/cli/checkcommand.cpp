#include "clearcommunicationindex.h"
#include "clicontext.h"
#include "handoutfacts.h"
#include "handoutjob.h"
#include "handoutspelling.h"
#include "pagebudget.h"
#include "pagedrenderer.h"
#include "pagemeasure.h"
#include "pematreview.h"
#include "personaldictionary.h"
#include "readabilityreport.h"
#include "safetyreview.h"
#include "translationstatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QJsonArray sectionPagesJson(const PageMeasure &measure)
{
    QJsonArray out;
    for (const PageMeasure::Section &s : measure.sections)
        out.append(QJsonObject {{u"id"_s, s.id}, {u"pages"_s, PageMeasure::rounded(s.pages)}});
    return out;
}

} // namespace

int CliCommands::check(CliContext &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Print the safety review of a handout: its risk and supervision passages, whether the safety summary is "
        "there, what needs the clinician's attention, the reading level of its text, and the PEMAT-P and CDC Clear "
        "Communication Index checklists. Takes every option of "
        "'export' that changes the handout, so it reviews exactly what 'export' would write; --handout FILE "
        "reviews a handout saved from Handout Composer, --template NAME a saved template."_s);
    parser.addOptions(CliContext::contentOptions());
    parser.addOptions(HandoutJob::options());
    parser.addOption(CliContext::jsonOption());
    if (const int code
        = cli.parse(parser, arguments, u"check"_s,
                    u"(--sections ID,ID,... | --preset ID | --handout FILE | --template NAME) [options] [--json]"_s);
        code >= 0)
        return code;
    HandoutJob job;
    QString problem;
    if (!job.read(cli, parser, &problem))
        return cli.usage(u"check: "_s + problem);
    int code = CliContext::Success;
    const Article *article = cli.chooseArticle(parser, &code);
    if (!article)
        return code;
    if (!job.prepare(cli, *article, parser.isSet(u"content"_s) || parser.isSet(u"pack"_s), &code))
        return code;
    for (const QString &warning : std::as_const(job.warnings))
        cli.err() << "handout-cli: warning: " << job.prefix() << warning << "\n";
    cli.err().flush();

    const TranslatedPack &pack = *job.pack;
    const TranslationStatus translation = TranslationStatus::of(pack, job.content);
    const SafetyReport report = job.review();
    ReadabilityMeter meter;
    const ReadabilityReport readability = meter.measure(ReadableText::fromContent(job.content, &pack.article));
    const HandoutFacts facts = HandoutFacts::of(pack.article, job.content);
    const PematReport pemat = PematReport::of(facts, job.content.checklistRatings);
    const ClearCommunicationReport cci = ClearCommunicationReport::of(facts, job.content.checklistRatings);
    // Measured on the pages export would write (dated today as export dates them).
    const PagedRenderer renderer(pack.article, job.content, job.page, translation.noteLines(pack.article));
    const PageMeasure measure = PageMeasure::of(renderer);
    // The target saved in a handout file (0: none).
    const PageBudget budget = PageBudget::assess(measure, job.page.pageTarget, job.content);
    const SpellingReport spelling
        = HandoutSpelling::review(*article, pack, job.content, PersonalDictionary::defaultFolder());
    for (const QString &warning : spelling.warnings)
        cli.err() << "handout-cli: warning: " << job.prefix() << warning << "\n";
    cli.err().flush();
    if (parser.isSet(u"json"_s)) {
        QJsonObject json = report.toJson();
        if (!job.handoutPath.isEmpty())
            json.insert(u"handout"_s, job.handoutPath);
        json.insert(u"pages"_s, measure.pages);
        json.insert(u"page_size"_s, PageOptions::pageSizeName(job.page.pageSize));
        json.insert(u"large_print"_s, job.page.largePrint);
        json.insert(u"section_pages"_s, sectionPagesJson(measure));
        json.insert(u"page_target"_s, job.page.pageTarget);
        if (budget.target > 0) {
            json.insert(u"over_target"_s, budget.over());
            json.insert(u"leave_out_suggestions"_s, QJsonArray::fromStringList(budget.suggestions));
            json.insert(u"target_reachable"_s, budget.reachable);
        }
        json.insert(u"readability"_s, readability.toJson());
        json.insert(u"pemat"_s, pemat.toJson());
        json.insert(u"cci"_s, cci.toJson());
        json.insert(u"spelling"_s, HandoutSpelling::toJson(spelling.findings));
        json.insert(u"spelling_dictionary"_s,
                    spelling.dictionary.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(spelling.dictionary));
        cli.printJson(QJsonDocument(json));
        return CliContext::Success;
    }
    QTextStream &out = cli.out();
    if (!job.handoutPath.isEmpty())
        out << "File: " << job.handoutPath << "\n";
    out << "Handout: " << job.content.title << "\n"
        << "Sections (" << report.selectedSections.size() << "): " << report.selectedSections.join(u", "_s) << "\n"
        << "Risk passages (" << report.riskPassages.size() << "): " << report.riskPassages.join(u", "_s) << "\n"
        << "Supervision passages (" << report.supervisionPassages.size()
        << "): " << report.supervisionPassages.join(u", "_s) << "\n"
        << "Safety and supervision summary: " << (report.summaryPresent ? "present" : "missing") << "\n"
        << "Pages: " << measure.pages << " (" << PageOptions::pageSizeName(job.page.pageSize)
        << (job.page.largePrint ? ", large print" : "") << ")\n";
    if (budget.target > 0) {
        out << "Page target: " << budget.target;
        if (budget.over())
            out << " (over; sections that could go, costliest first: "
                << (budget.suggestions.isEmpty() ? u"none without a risk or supervision passage"_s
                                                 : budget.suggestions.join(u", "_s))
                << ")";
        out << "\n";
    }
    for (const PageMeasure::Section &s : measure.sections)
        out << "  " << s.id << ": " << QString::number(PageMeasure::rounded(s.pages), 'f', 1) << " pages\n";
    out << "Language: " << report.language << "\n"
        << "Wording: " << (translation.wording == Wording::Plain ? "plain language" : "the article's");
    if (!translation.original)
        out << " (" << report.draftTranslations.size() << " draft, " << report.fallbackTranslations.size()
            << " in the source language)";
    out << "\n";
    out << "Reading level: " << readability.whole.counts.words << " words, " << readability.whole.counts.sentences
        << " sentences";
    for (const auto &score : readability.whole.scores)
        out << ", " << ReadabilityFormulas::key(score.first) << " " << QString::number(score.second, 'f', 1);
    if (readability.whole.scores.isEmpty())
        out << ", " << QString::number(readability.whole.wordsPerSentence(), 'f', 1)
            << " words a sentence (no validated formula for this language)";
    out << "\n";
    const auto percent
        = [](std::optional<double> v) { return v ? QString::number(*v, 'f', 0) + u" %"_s : u"not rated"_s; };
    out << "PEMAT-P: understandability " << percent(pemat.understandability()) << ", actionability "
        << percent(pemat.actionability()) << "\n"
        << "CDC Clear Communication Index: " << (cci.score() ? QString::number(*cci.score(), 'f', 0) : u"-"_s)
        << " (passes at " << ClearCommunicationReport::Passing << "; " << cci.pendingItems()
        << " items left to a person)\n";
    if (spelling.dictionary.isEmpty()) {
        out << "Spelling: not checked\n";
    } else {
        const qsizetype n = spelling.findings.size();
        out << "Spelling (" << spelling.dictionary << "): " << n << (n == 1 ? " word" : " words") << " to look at\n";
        for (const SpellingFinding &f : spelling.findings)
            out << "  " << f.word << " (" << f.where << ")"
                << (f.suggestions.isEmpty() ? QString() : u": "_s + f.suggestions.join(u", "_s)) << "\n";
    }
    if (report.isClean()) {
        out << "Findings: none\n";
    } else {
        out << "Findings (" << report.findings.size() << "):\n";
        for (const SafetyFinding &f : report.findings)
            out << "  - " << HandoutJob::findingText(f) << "\n";
    }
    // What the clinician confirmed stays in the report: stdout is what was
    // asked for, so the name is given here (stderr never has it).
    if (!report.acknowledged.isEmpty()) {
        out << "Acknowledged (" << report.acknowledged.size() << "):\n";
        for (const AcknowledgedFinding &a : report.acknowledged) {
            out << "  - " << HandoutJob::findingText(a.finding) << ": confirmed";
            if (!a.change.clinician.isEmpty())
                out << " by " << a.change.clinician;
            out << " on " << a.change.time.toString(Qt::ISODate) << "\n";
        }
    }
    out.flush();
    return CliContext::Success;
}
