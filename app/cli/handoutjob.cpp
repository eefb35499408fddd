#include "handoutjob.h"

#include "clock.h"
#include "dateformat.h"
#include "fieldlimits.h"
#include "handoutassembler.h"
#include "languagecode.h"
#include "templatelibrary.h"
#include "translationstatus.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

void HandoutChanges::applyTo(HandoutContent *content, PageOptions *page) const
{
    const auto set = [](QString *field, const std::optional<QString> &value) {
        if (value)
            *field = *value;
    };
    set(&content->title, title);
    set(&content->person.patient, patient);
    set(&content->person.clinician, clinician);
    set(&content->person.date, date);
    set(&content->person.nextAppointment, nextAppointment);
    set(&content->person.contact, contact);
    set(&content->clinic.name, clinic);
    set(&content->clinic.phone, clinicPhone);
    set(&content->clinic.crisisLine, crisisLine);
    if (notes) {
        content->notes.clear();
        content->hasNotes = !notes->isEmpty();
        for (const QString &paragraph : notes->split(u'\n')) {
            if (!content->hasNotes)
                break;
            ContentBlock block;
            block.runs << TextRun {paragraph};
            content->notes << block;
        }
    }
    if (noSummary)
        content->includeSummary = false;
    if (noGlossary)
        content->includeGlossary = false;
    if (teachBack)
        content->includeTeachBack = true;
    if (largePrint)
        page->largePrint = true;
    if (pageSize)
        page->pageSize = *pageSize;
}

QList<QCommandLineOption> HandoutJob::options()
{
    QList<QCommandLineOption> options = CliContext::selectionOptions();
    options << QCommandLineOption(u"handout"_s, u"Use the handout saved in <file> (from Handout Composer)."_s,
                                  u"file"_s)
            << QCommandLineOption(u"template"_s,
                                  u"Use a saved template: its name (see 'handout-cli templates') or its file."_s,
                                  u"name"_s)
            << QCommandLineOption(u"patient"_s, u"The patient's name, printed as typed."_s, u"name"_s)
            << QCommandLineOption(u"clinician"_s, u"The clinician's name."_s, u"name"_s)
            << QCommandLineOption(u"date"_s, u"The date printed on the handout (default: today)."_s, u"text"_s)
            << QCommandLineOption(u"next-appointment"_s, u"The next appointment."_s, u"text"_s)
            << QCommandLineOption(u"contact"_s, u"Who to contact with questions."_s, u"text"_s)
            << QCommandLineOption(u"clinic"_s, u"The clinic's name, printed at the top of each page."_s, u"name"_s)
            << QCommandLineOption(u"clinic-phone"_s, u"The clinic's phone number."_s, u"number"_s)
            << QCommandLineOption(u"crisis-line"_s, u"The after-hours or crisis line."_s, u"number"_s)
            << QCommandLineOption(u"notes"_s, u"Notes from the care team (\\n starts a paragraph)."_s, u"text"_s)
            << QCommandLineOption(u"no-summary"_s, u"Leave out the safety and supervision summary."_s)
            << QCommandLineOption(u"no-glossary"_s, u"Leave out the “Words to know” box."_s)
            << QCommandLineOption(u"teach-back"_s,
                                  u"Add “Check your understanding”: the teach-back questions of the chosen sections, "
                                  u"with room for answers."_s)
            << CliContext::wordingOption()
            << QCommandLineOption(u"large-print"_s, u"Large print: 18 pt sans-serif body, 1.5 line spacing."_s)
            << QCommandLineOption(
                   u"page-size"_s,
                   u"A4 or Letter (default: the file's, else the paper of LC_ALL, LC_PAPER or LANG; A4 for C)."_s,
                   u"size"_s);
    return options;
}

bool HandoutJob::read(CliContext &cli, const QCommandLineParser &parser, QString *problem)
{
    int code = 0;
    if (!cli.readSelection(parser, &request, &code)) {
        *problem = u"bad section list"_s;
        return false;
    }
    handoutPath = parser.value(u"handout"_s);
    if (parser.isSet(u"handout"_s) && (parser.isSet(u"sections"_s) || parser.isSet(u"preset"_s))) {
        *problem = u"--handout already holds the sections: leave out --sections and --preset"_s;
        return false;
    }
    if (parser.isSet(u"handout"_s) && handoutPath.isEmpty()) {
        *problem = u"--handout needs a file name"_s;
        return false;
    }
    templateRef = parser.value(u"template"_s);
    if (parser.isSet(u"template"_s)
        && (parser.isSet(u"sections"_s) || parser.isSet(u"preset"_s) || parser.isSet(u"handout"_s))) {
        *problem = u"--template already holds the sections: leave out --sections, --preset and --handout"_s;
        return false;
    }
    if (parser.isSet(u"template"_s) && templateRef.trimmed().isEmpty()) {
        *problem = u"--template needs a template's name or file"_s;
        return false;
    }
    language = LanguageCode::normalised(parser.value(u"lang"_s));
    const auto given = [&parser](const QString &name) {
        return parser.isSet(name) ? std::optional<QString>(parser.value(name)) : std::nullopt;
    };
    changes.title = given(u"title"_s);
    changes.patient = given(u"patient"_s);
    changes.clinician = given(u"clinician"_s);
    changes.date = given(u"date"_s);
    changes.nextAppointment = given(u"next-appointment"_s);
    changes.contact = given(u"contact"_s);
    changes.clinic = given(u"clinic"_s);
    changes.clinicPhone = given(u"clinic-phone"_s);
    changes.crisisLine = given(u"crisis-line"_s);
    // Each field is a line or two on the page; a longer value is refused,
    // never cut short without a word (FieldLimits).
    for (const FieldLimits::Field field : FieldLimits::all()) {
        const QString option = FieldLimits::optionName(field);
        if (option.isEmpty() || !parser.isSet(option))
            continue;
        if (const qsizetype length = parser.value(option).size(); length > FieldLimits::maxLength(field)) {
            *problem = u"--%1 %2"_s.arg(option, FieldLimits::tooLong(field, length));
            return false;
        }
    }
    if (parser.isSet(u"notes"_s))
        changes.notes = parser.value(u"notes"_s).replace(u"\\n"_s, u"\n"_s);
    changes.noSummary = parser.isSet(u"no-summary"_s);
    changes.noGlossary = parser.isSet(u"no-glossary"_s);
    changes.teachBack = parser.isSet(u"teach-back"_s);
    if (parser.isSet(u"wording"_s)) {
        changes.wording = Wordings::parse(parser.value(u"wording"_s));
        if (!changes.wording) {
            // Not echoed: a refused value may be anything.
            *problem = u"--wording must be 'original' or 'plain'"_s;
            return false;
        }
    }
    changes.largePrint = parser.isSet(u"large-print"_s);
    if (parser.isSet(u"page-size"_s)) {
        QPageSize::PageSizeId size = QPageSize::A4;
        if (!PageOptions::parsePageSize(parser.value(u"page-size"_s), &size)) {
            *problem = u"--page-size must be A4 or Letter"_s;
            return false;
        }
        changes.pageSize = size;
    }
    return true;
}

QString HandoutJob::label() const
{
    return where.isEmpty() ? handoutPath : where;
}

QString HandoutJob::prefix() const
{
    return label().isEmpty() ? QString() : label() + u": "_s;
}

bool HandoutJob::prepare(CliContext &cli, const Article &article, bool packChosen, int *exitCode)
{
    if (!templateRef.isEmpty())
        return prepareFromTemplate(cli, article, packChosen, exitCode);
    if (!handoutPath.isEmpty())
        return prepareFromFile(cli, article, packChosen, exitCode);
    pack = cli.translate(article, language, exitCode, where, changes.wording.value_or(Wording::Original));
    HandoutRequest::Resolved resolved;
    if (!pack || !cli.resolve(pack->article, request, &resolved, exitCode, where))
        return false;
    content = request.compose(pack->article, resolved);
    page.pageSize = PageOptions::defaultPageSize();
    changes.applyTo(&content, &page);
    if (content.person.date.isEmpty())
        content.person.date = DateFormat::longDate(Clock::today(), QLocale(pack->language));
    return true;
}

bool HandoutJob::prepareFromTemplate(CliContext &cli, const Article &article, bool packChosen, int *exitCode)
{
    QString error;
    const std::optional<TemplateEntry> entry = TemplateLibrary().resolve(templateRef, &error);
    if (!entry) {
        // A name that is not there is the user's to fix; a file that is
        // there but cannot be used is named like any other bad file.
        const QString message = where.isEmpty() ? error : where + u": "_s + error;
        *exitCode = QFileInfo(templateRef).isFile() ? cli.failure(message) : cli.usage(message);
        return false;
    }
    // The template file is read as a saved handout is: the same checks of
    // its pack, the same findings. It holds no patient details, so the date
    // is today's unless --date says otherwise, as for --sections.
    handoutPath = entry->path;
    templateName = entry->name;
    if (!prepareFromFile(cli, article, packChosen, exitCode))
        return false;
    if (content.person.date.isEmpty())
        content.person.date = DateFormat::longDate(Clock::today(), QLocale(pack->language));
    return true;
}

bool HandoutJob::prepareFromFile(CliContext &cli, const Article &chosen, bool packChosen, int *exitCode)
{
    SourceError error;
    const std::optional<HandoutFileData> data = HandoutFile::read(handoutPath, &error);
    if (!data) {
        *exitCode = cli.failure(where.isEmpty() ? error.toString() : where + u": "_s + error.toString());
        return false;
    }
    // A handout names its pack; --pack or --content choose one on purpose.
    const Article *article = &chosen;
    if (!packChosen) {
        if (const Article *own = cli.library().pack(data->content.packId))
            article = own;
    }
    const TranslatedPack *saved
        = cli.translate(*article, data->content.language, exitCode, label(), data->content.wording);
    if (!saved)
        return false;
    const QList<PackChange> packChanges = HandoutFile::changesSince(*data, saved->article);
    QStringList refusals;
    for (const PackChange &change : packChanges) {
        if (change.kind == PackChange::OtherPack || change.kind == PackChange::SectionRemoved)
            refusals << change.message;
        else
            warnings << change.message;
    }
    if (!refusals.isEmpty()) {
        *exitCode = cli.failure(prefix() + u"cannot be used with this content: "_s + refusals.join(u"; "_s));
        return false;
    }
    content = data->content;
    page.pageSize = data->page.pageSize;
    page.largePrint = data->page.largePrint;
    page.pageTarget = data->page.pageTarget;
    pack = saved;
    const bool otherLanguage = !language.isEmpty() && language != data->content.language;
    const bool otherWording = changes.wording && *changes.wording != data->content.wording;
    if (otherLanguage || otherWording) {
        // As in the window: the sections are rebuilt from the other text.
        pack = cli.translate(*article, otherLanguage ? language : data->content.language, exitCode, label(),
                             changes.wording.value_or(data->content.wording));
        if (!pack)
            return false;
        if (content.title == saved->article.meta.title)
            content.title = pack->article.meta.title;
        content.language = pack->language;
        content.wording = pack->wording;
        for (SectionContent &section : content.sections)
            section = HandoutAssembler::sourceSection(pack->article, section.sectionId);
        warnings << u"the sections are rebuilt from the '%1' %2 text; edits made inside them are not kept"_s.arg(
            pack->language, Wordings::name(pack->wording));
    }
    changes.applyTo(&content, &page);
    return true;
}

QString HandoutJob::findingText(const SafetyFinding &finding)
{
    if (finding.passageId.isEmpty())
        return finding.message;
    return finding.message + u" (passage "_s + finding.passageId + u')';
}

QString HandoutJob::acknowledgedText(const AcknowledgedFinding &acknowledged)
{
    const AcknowledgedChange &change = acknowledged.change;
    const QString who = change.clinician.isEmpty() ? u""_s : u" by the handout's clinician"_s;
    return u"%1 (passage %2): %3 acknowledged%4 on %5"_s.arg(
        acknowledged.finding.message, acknowledged.finding.passageId,
        change.kind == AcknowledgedChange::Edited ? u"the edit was"_s : u"the removal was"_s, who,
        change.time.date().toString(Qt::ISODate));
}

SafetyReport HandoutJob::review() const
{
    const TranslationStatus translation = TranslationStatus::of(*pack, content);
    return SafetyReview::review(pack->article, content, &translation);
}
