#include "clicontext.h"

#include "safeecho.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <cstdio>

using namespace Qt::StringLiterals;

CliContext::CliContext()
    : m_packs(ContentLibrary::userFolder())
    , m_out(stdout)
    , m_err(stderr)
{ }

QString CliContext::parseError(const QCommandLineParser &parser)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (unknown.isEmpty())
        return parser.errorText(); // names only options the program defines
    QStringList names;
    for (const QString &name : unknown)
        names << SafeEcho::quoted(name);
    return u"Unknown option %1"_s.arg(names.join(u", "_s));
}

QList<int> CliContext::unexpectedPositions(const QCommandLineParser &parser, const QStringList &parsed)
{
    // QCommandLineParser keeps the stray words but not where they stood. A
    // word is an option's value when the word before it is that option and
    // the option took it; any other word that is not an option is stray.
    const QStringList stray = parser.positionalArguments();
    QList<int> positions;
    bool afterDashes = false;
    for (int i = 1; i < parsed.size() && positions.size() < stray.size(); ++i) {
        const QString &word = parsed.at(i);
        if (!afterDashes && word == u"--"_s) {
            afterDashes = true;
            continue;
        }
        if (!afterDashes && word.startsWith(u'-') && word.size() > 1)
            continue;
        const QString &previous = parsed.at(i - 1);
        const QString name = QString(previous).remove(QRegularExpression(u"^-+"_s));
        const bool isValue = !afterDashes && previous.startsWith(u'-') && !previous.contains(u'=')
            && parser.values(name).contains(word);
        if (!isValue && word == stray.at(positions.size()))
            positions << i;
    }
    return positions;
}

QString CliContext::unexpectedArgument(const QCommandLineParser &parser, const QStringList &parsed, int offset,
                                       const QString &counted)
{
    // Where, never what: a stray word is often half of a patient's name.
    QStringList where;
    for (const int position : unexpectedPositions(parser, parsed))
        where << QString::number(position + offset);
    const qsizetype count = parser.positionalArguments().size();
    return u"%1 unexpected argument%2 (word%3 %4 %5; not shown): a value with spaces, such as a name, must be "
           "quoted, as in --patient \"A. Name\""_s.arg(count)
               .arg(count == 1 ? QString() : u"s"_s, where.size() == 1 ? QString() : u"s"_s,
                    where.isEmpty() ? u"?"_s : where.join(u", "_s), counted);
}

int CliContext::usage(const QString &message)
{
    m_err << "handout-cli: " << message << "\nTry 'handout-cli --help'.\n";
    m_err.flush();
    return UsageError;
}

int CliContext::failure(const QString &message)
{
    m_err << "handout-cli: " << message << "\n";
    m_err.flush();
    return Failure;
}

void CliContext::printJson(const QJsonDocument &doc)
{
    // Whatever was printed before goes first; the JSON then goes out as its own
    // UTF-8 bytes, which the text stream would otherwise buffer and encode.
    m_out.flush();
    const QByteArray bytes = doc.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QCommandLineOption CliContext::jsonOption()
{
    return {u"json"_s, u"Print one JSON document on stdout."_s};
}

QCommandLineOption CliContext::wordingOption()
{
    return {u"wording"_s,
            u"The article's own wording ('original', the default) or its plain-language wording ('plain')."_s,
            u"wording"_s};
}

QList<QCommandLineOption> CliContext::contentOptions()
{
    return {
        {u"content"_s, u"Use the content pack in <file> instead of the installed packs."_s, u"file"_s},
        {u"pack"_s, u"Use the installed pack with this id (default: the built-in one)."_s, u"id"_s},
    };
}

QList<QCommandLineOption> CliContext::selectionOptions()
{
    return {
        {u"sections"_s, u"The sections, in order: id,id,... (a topic brings its sub-sections)."_s, u"ids"_s},
        {u"preset"_s, u"The sections of an audience preset (see 'handout-cli presets')."_s, u"id"_s},
        {u"title"_s, u"The handout's title (default: the preset's or the article's)."_s, u"text"_s},
        {u"lang"_s, u"The handout's language (default: the pack's own; see 'handout-cli translations')."_s, u"code"_s},
    };
}

QList<QCommandLineOption> CliContext::pageOptions()
{
    return {
        {u"large-print"_s, u"Large print: 18 pt sans-serif body, 1.5 line spacing."_s},
        {u"page-size"_s, u"A4 or Letter (default: the paper of LC_ALL, LC_PAPER or LANG; A4 for C)."_s, u"size"_s},
    };
}

bool CliContext::readPage(const QCommandLineParser &parser, PageOptions *page, int *exitCode)
{
    page->largePrint = parser.isSet(u"large-print"_s);
    page->pageSize = PageOptions::defaultPageSize();
    if (parser.isSet(u"page-size"_s) && !PageOptions::parsePageSize(parser.value(u"page-size"_s), &page->pageSize)) {
        *exitCode = usage(u"--page-size must be A4 or Letter, not '%1'"_s.arg(parser.value(u"page-size"_s)));
        return false;
    }
    return true;
}

int CliContext::parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                      const QString &usageLine)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(QCommandLineOption({u"h"_s, u"help"_s}, u"Show this help."_s));
    QStringList args = arguments;
    args.removeAt(1); // the command name
    if (!parser.parse(args))
        return usage(u"%1: %2"_s.arg(command, parseError(parser)));
    if (parser.isSet(u"help"_s)) {
        m_out << "Usage: handout-cli " << command << " " << usageLine << "\n\n"
              << parser.applicationDescription() << "\n\n"
              << parser.helpText().section(u'\n', 3);
        m_out.flush();
        return Success;
    }
    // Counted as the user typed them: the command is word 1.
    if (!parser.positionalArguments().isEmpty())
        return usage(u"%1: %2"_s.arg(command, unexpectedArgument(parser, args, 1, u"of the command line"_s)));
    if (parser.isSet(u"content"_s) && parser.isSet(u"pack"_s))
        return usage(u"%1: use either --content or --pack, not both"_s.arg(command));
    return -1;
}

const Article *CliContext::chooseArticle(const QCommandLineParser &parser, int *exitCode)
{
    const bool fromFile = parser.isSet(u"content"_s);
    const bool ok = fromFile ? m_library.loadFile(parser.value(u"content"_s)) : m_library.load();
    if (!ok) {
        for (const SourceError &e : m_library.problems())
            m_err << "handout-cli: " << e.toString() << "\n";
        m_err.flush();
        *exitCode = Failure;
        return nullptr;
    }
    if (!fromFile) {
        // A broken pack in the user's folder must not go unnoticed.
        for (const SourceError &e : m_library.problems())
            m_err << "handout-cli: warning: skipped " << e.toString() << "\n";
        // A corrected pack in use instead of the shipped one is said every time,
        // so no one mistakes whose text a handout prints.
        for (const ContentLibrary::Supersession &s : m_library.supersessions())
            m_err << "handout-cli: note: " << s.describe() << "\n";
        m_err.flush();
    }
    if (!parser.isSet(u"pack"_s))
        return &m_library.defaultPack();
    if (const Article *article = m_library.pack(parser.value(u"pack"_s)))
        return article;
    *exitCode = usage(u"unknown pack %1"_s.arg(SafeEcho::quoted(parser.value(u"pack"_s))));
    return nullptr;
}

bool CliContext::readSelection(const QCommandLineParser &parser, HandoutRequest *request, int *exitCode)
{
    QStringList problems;
    if (parser.isSet(u"sections"_s))
        request->sectionIds = HandoutRequest::splitIds(parser.value(u"sections"_s), &problems);
    request->presetId = parser.value(u"preset"_s);
    request->title = parser.value(u"title"_s);
    if (!problems.isEmpty()) {
        *exitCode = usage(problems.join(u"; "_s));
        return false;
    }
    return true;
}

bool CliContext::resolve(const Article &article, const HandoutRequest &request, HandoutRequest::Resolved *resolved,
                         int *exitCode, const QString &where)
{
    *resolved = request.resolve(article);
    if (resolved->ok())
        return true;
    const QString prefix = where.isEmpty() ? u"handout-cli: "_s : u"handout-cli: %1: "_s.arg(where);
    for (const QString &unknown : std::as_const(resolved->unknownIds))
        m_err << prefix << "unknown " << unknown << " in pack '" << article.meta.id << "'\n";
    for (const QString &problem : std::as_const(resolved->problems))
        m_err << prefix << problem << "\n";
    m_err << "Try 'handout-cli sections' or 'handout-cli presets' for the ids.\n";
    m_err.flush();
    *exitCode = UsageError;
    return false;
}

const TranslatedPack *CliContext::translate(const Article &pack, const QString &language, int *exitCode,
                                            const QString &where, Wording wording)
{
    const QString code = language.isEmpty() ? pack.meta.language : language;
    const QString prefix = where.isEmpty() ? QString() : where + u": "_s;
    if (!m_packs.library().hasLanguage(pack, code)) {
        *exitCode = usage(prefix
                          + u"unknown language %1 for pack '%2' (available: %3)"_s.arg(
                              SafeEcho::quoted(code), pack.meta.id, m_packs.library().languages(pack).join(u", "_s)));
        return nullptr;
    }
    if (wording == Wording::Plain && !m_packs.library().plainLanguages(pack).contains(code)) {
        // Never a silent mix: a plain wording in another language does not
        // exist yet, and the English one would not be in the asked language.
        const QStringList plain = m_packs.library().plainLanguages(pack);
        *exitCode = usage(prefix
                          + u"pack '%1' has no plain-language wording in '%2' (plain language is available in: %3); "
                            "use --wording original for the article's wording in '%2'"_s.arg(
                                pack.meta.id, code, plain.isEmpty() ? u"none"_s : plain.join(u", "_s)));
        return nullptr;
    }
    SourceError error;
    // The cache keeps the pack for the rest of the run: the pointer stays valid.
    const std::shared_ptr<const TranslatedPack> translated = m_packs.translated(pack, code, &error, wording);
    if (!translated) {
        *exitCode = failure(prefix + error.toString());
        return nullptr;
    }
    return translated.get();
}
