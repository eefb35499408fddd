#pragma once

#include "spellchecker.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

class Article;
class ComposerEditor;
class HandoutDocument;
class QMenu;
class QTextCursor;
class QTimer;

// Underlines, on screen only, the misspelled words of what the clinician wrote
// (SpellingScope says which text that is), in the handout's language, after a
// pause in typing. Dictionaries load on a worker thread, once per language
// and wording in a session (shared by every window), so typing never waits
// for one; each stretch of text is checked
// once and its result kept, so a pass after an edit checks only what changed.
// The editor's context menu gets the suggestions, "Add to Dictionary" (the
// user's word list, PersonalDictionary) and "Ignore".
class SpellingHighlighter : public QObject
{
    Q_OBJECT

public:
    SpellingHighlighter(ComposerEditor *editor, HandoutDocument *document, const Article *original,
                        const QString &personalFolder);
    ~SpellingHighlighter() override;

    // The pack in its own language, whose words are never flagged; set before
    // the handout changes to another pack (the pack change reloads).
    void setOriginal(const Article *original) { m_original = original; }

    // The dictionary in use ("en_US"), empty while loading or when missing.
    QString dictionaryName() const;
    int misspelledCount() const { return m_count; }
    // Checks the handout now rather than after the pause (tests, the bench).
    void refresh();
    // Adds the spelling entries for the word under `at`, if it is misspelled.
    void addActions(QMenu *menu, const QTextCursor &at);

Q_SIGNALS:
    // Once per language: no dictionary, so its spelling is not checked.
    void dictionaryMissing(const QString &language, const QString &problem);
    // A word could not be added to the user's word list.
    void wordNotAdded(const QString &problem);
    void dictionaryReady(const QString &name);
    void refreshed();

private:
    struct Loaded
    {
        QString key;
        std::shared_ptr<SpellChecker> checker;
        QString problem;
    };
    QString currentKey() const;
    void loadForHandout();
    void onLoaded();
    QList<Misspelling> misspellingsOf(const QString &text);
    void replace(const QTextCursor &at, int start, int length, const QString &with);

    ComposerEditor *m_editor;
    HandoutDocument *m_document;
    const Article *m_original;
    QString m_personalFolder;
    QTimer *m_pause;
    QFutureWatcher<Loaded> m_loading;
    QString m_loadingKey;
    QSet<QString> m_reported; // languages whose missing dictionary was reported
    std::shared_ptr<SpellChecker> m_checker; // of the handout's language, or null
    QHash<QString, QList<Misspelling>> m_results; // by the text checked
    int m_count = 0;
};
