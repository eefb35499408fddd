#include "spellinghighlighter.h"

#include "composereditor.h"
#include "handoutdocument.h"
#include "handoutspelling.h"
#include "packwords.h"
#include "personaldictionary.h"
#include "spellingscope.h"
#include "wording.h"

#include <QMenu>
#include <QTextBlock>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {
// Results kept for stretches of text already checked; past this the store is
// emptied rather than grown without end (a long session of typing).
constexpr int MaxKeptResults = 20000;
} // namespace

SpellingHighlighter::SpellingHighlighter(ComposerEditor *editor, HandoutDocument *document, const Article *original,
                                         const QString &personalFolder)
    : QObject(editor)
    , m_editor(editor)
    , m_document(document)
    , m_original(original)
    , m_personalFolder(personalFolder)
    , m_pause(new QTimer(this))
{
    m_pause->setSingleShot(true);
    m_pause->setInterval(400);
    connect(m_pause, &QTimer::timeout, this, &SpellingHighlighter::refresh);
    connect(document->textDocument(), &QTextDocument::contentsChanged, m_pause, qOverload<>(&QTimer::start));
    connect(document, &HandoutDocument::packChanged, this, &SpellingHighlighter::loadForHandout);
    connect(&m_loading, &QFutureWatcher<Loaded>::finished, this, &SpellingHighlighter::onLoaded);
    loadForHandout();
}

SpellingHighlighter::~SpellingHighlighter()
{
    // The worker holds copies of what it reads; waiting keeps it from
    // outliving the program's exit.
    m_loading.waitForFinished();
}

QString SpellingHighlighter::dictionaryName() const
{
    return m_checker ? m_checker->dictionaryName() : QString();
}

QString SpellingHighlighter::currentKey() const
{
    // The pack's words are never flagged: another pack needs its own checker.
    return m_document->article().meta.language + u'/' + Wordings::name(m_document->pack().wording) + u'/'
        + m_original->meta.id;
}

void SpellingHighlighter::loadForHandout()
{
    const QString key = currentKey();
    m_checker = m_checkers.value(key);
    m_results.clear();
    if (m_checker || m_checkers.contains(key)) {
        m_pause->start();
        return;
    }
    if (m_loading.isRunning())
        return; // onLoaded() starts the next one
    m_loadingKey = key;
    const QString language = m_document->article().meta.language;
    // Copies: the worker must not read what the window may change meanwhile.
    const Article pack = m_document->article();
    const Article original = *m_original;
    const QString folder = m_personalFolder;
    m_loading.setFuture(QtConcurrent::run([key, language, pack, original, folder] {
        Loaded loaded;
        loaded.key = key;
        QString problem;
        const QStringList personal = PersonalDictionary(language, folder).words(&problem);
        std::unique_ptr<SpellChecker> checker = HandoutSpelling::checkerFor(
            language, PackWords::of(pack) | PackWords::of(original), personal, &loaded.problem);
        loaded.checker = std::move(checker);
        return loaded;
    }));
}

void SpellingHighlighter::onLoaded()
{
    const Loaded loaded = m_loading.result();
    m_checkers.insert(loaded.key, loaded.checker);
    const QString language = loaded.key.section(u'/', 0, 0);
    if (!loaded.checker && !m_reported.contains(language)) {
        m_reported.insert(language);
        Q_EMIT dictionaryMissing(language, loaded.problem);
    }
    if (loaded.key != currentKey()) {
        loadForHandout(); // the language changed while this one loaded
        return;
    }
    m_checker = loaded.checker;
    m_results.clear();
    if (m_checker)
        Q_EMIT dictionaryReady(m_checker->dictionaryName());
    refresh();
}

QList<Misspelling> SpellingHighlighter::misspellingsOf(const QString &text)
{
    const auto kept = m_results.constFind(text);
    if (kept != m_results.cend())
        return *kept;
    if (m_results.size() >= MaxKeptResults)
        m_results.clear();
    QList<Misspelling> found = m_checker->misspellings(text);
    m_results.insert(text, found);
    return found;
}

void SpellingHighlighter::refresh()
{
    m_pause->stop();
    m_count = 0;
    QList<QTextEdit::ExtraSelection> marks;
    if (m_checker) {
        QTextCharFormat underline;
        underline.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        underline.setUnderlineColor(QColor(0xd0, 0x10, 0x10));
        const QTextDocument *doc = m_document->textDocument();
        const Article &pack = m_document->article();
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            const QString text = block.text();
            for (const SpellingRange &range : SpellingScope::rangesIn(block, pack)) {
                for (const Misspelling &m : misspellingsOf(text.mid(range.start, range.length))) {
                    QTextEdit::ExtraSelection mark;
                    mark.cursor = QTextCursor(block);
                    mark.cursor.setPosition(block.position() + range.start + m.start);
                    mark.cursor.setPosition(mark.cursor.position() + m.length, QTextCursor::KeepAnchor);
                    mark.format = underline;
                    marks << mark;
                    ++m_count;
                }
            }
        }
    }
    m_editor->setMarks(ComposerEditor::MarkLayer::Spelling, marks);
    Q_EMIT refreshed();
}

void SpellingHighlighter::addActions(QMenu *menu, const QTextCursor &at)
{
    if (!m_checker)
        return;
    const QTextBlock block = at.block();
    const int inBlock = at.position() - block.position();
    const QString text = block.text();
    for (const SpellingRange &range : SpellingScope::rangesIn(block, m_document->article())) {
        for (const Misspelling &m : misspellingsOf(text.mid(range.start, range.length))) {
            const int start = range.start + m.start;
            if (inBlock < start || inBlock > start + m.length)
                continue;
            QAction *first = menu->actions().value(0);
            const QStringList suggestions = m_checker->suggestions(m.word);
            for (const QString &suggestion : suggestions) {
                auto *use = new QAction(suggestion, menu);
                use->setObjectName(u"spelling-suggestion"_s);
                QFont bold = use->font();
                bold.setBold(true);
                use->setFont(bold);
                connect(use, &QAction::triggered, this,
                        [this, at, start, m, suggestion] { replace(at, start, int(m.length), suggestion); });
                menu->insertAction(first, use);
            }
            if (suggestions.isEmpty()) {
                auto *none = new QAction(tr("(no suggestions)"), menu);
                none->setEnabled(false);
                menu->insertAction(first, none);
            }
            const QString word = m.word;
            auto *add = new QAction(tr("Add “%1” to Dictionary").arg(word), menu);
            add->setObjectName(u"spelling-add"_s);
            connect(add, &QAction::triggered, this, [this, word] {
                QString problem;
                const QString language = m_document->article().meta.language;
                if (!PersonalDictionary(language, m_personalFolder).add(word, &problem)) {
                    Q_EMIT wordNotAdded(problem);
                    return;
                }
                // Every loaded wording of the language knows it from now on.
                for (auto it = m_checkers.cbegin(); it != m_checkers.cend(); ++it) {
                    if (it.value() && it.key().section(u'/', 0, 0) == language)
                        it.value()->addKnownWord(word);
                }
                m_results.clear();
                refresh();
            });
            menu->insertAction(first, add);
            auto *ignore = new QAction(tr("Ignore “%1”").arg(word), menu);
            ignore->setObjectName(u"spelling-ignore"_s);
            connect(ignore, &QAction::triggered, this, [this, word] {
                m_checker->ignore(word);
                m_results.clear();
                refresh();
            });
            menu->insertAction(first, ignore);
            menu->insertSeparator(first);
            return;
        }
    }
}

void SpellingHighlighter::replace(const QTextCursor &at, int start, int length, const QString &with)
{
    QTextCursor cursor(at.block());
    cursor.setPosition(at.block().position() + start);
    cursor.setPosition(cursor.position() + length, QTextCursor::KeepAnchor);
    cursor.insertText(with);
}
