#pragma once

#include "article.h"
#include "handoutcontent.h"
#include "textformats.h"

#include <QTextCursor>

class QTextDocument;
class QTextFrame;

// Writes a handout into a QTextDocument: the title, the personalization panel,
// the safety summary, one frame per section (risk and supervision passages as
// callouts), the care team's notes and the source attribution. The same code
// builds the composer's document and the copy laid out for print, so what the
// clinician sees is what is printed.
class HandoutAssembler
{
public:
    // The style's direction follows the article's language.
    HandoutAssembler(const Article &article, HandoutStyle style);

    const TextFormats &formats() const { return m_formats; }

    // Replaces the document's contents with the whole handout.
    void build(QTextDocument *doc, const HandoutContent &content) const;
    // The same as one step of the document's undo history (a new language):
    // the old contents go, the new come, and one undo reverts both. The
    // caller applies applyStyle() for the new language itself.
    void rewrite(QTextDocument *doc, const HandoutContent &content) const;
    // The document-wide font and text direction of this style and language.
    void applyStyle(QTextDocument *doc) const;

    // The same in steps, for the paged renderer, which paginates as it goes:
    // beginBuild writes what comes before the sections and returns the
    // cursor at the end; appendSection adds section `index` there;
    // finishBuild adds the notes and the attribution. `ids` is
    // content.sectionIds(), computed once by the caller. With
    // `attributionFirst`, the attribution comes right after the title instead
    // of last (the renderer's way to avoid a last page holding only it).
    QTextCursor beginBuild(QTextDocument *doc, const HandoutContent &content, bool attributionFirst = false) const;
    void appendSection(QTextCursor &cursor, const HandoutContent &content, const QStringList &ids, int index) const;
    void finishBuild(QTextCursor &cursor, const HandoutContent &content, bool attributionFirst = false) const;

    // The pieces, for the composer's live document. Each inserts a frame at the
    // cursor, which must sit in a root-frame block between frames, and leaves
    // the cursor just after the new frame.
    QTextFrame *insertSection(QTextCursor &cursor, const SectionContent &section, bool showContext) const;
    QTextFrame *insertSummary(QTextCursor &cursor, const QStringList &sectionIds) const;
    QTextFrame *insertPersonalization(QTextCursor &cursor, const Personalization &person) const;
    // The "What to do" box: when to get help (clinic phone, crisis line, the
    // contact) and the next appointment, only as typed. Nothing is inserted
    // when all of them are empty (see needsWhatToDo).
    QTextFrame *insertWhatToDo(QTextCursor &cursor, const Personalization &person, const ClinicProfile &clinic) const;
    QTextFrame *insertNotes(QTextCursor &cursor, const QList<ContentBlock> &notes) const;
    QTextFrame *insertAttribution(QTextCursor &cursor, const HandoutContent &content) const;
    // The "Words to know" box: each entry's term and definition. Nothing is
    // inserted for an empty list.
    QTextFrame *insertWordsToKnow(QTextCursor &cursor, const QList<const GlossaryEntry *> &entries) const;
    // "Check your understanding": each question, ruled lines for the answer,
    // and who wrote the questions. Nothing is inserted for an empty list.
    QTextFrame *insertTeachBack(QTextCursor &cursor, const QList<const TeachBackPrompt *> &prompts) const;
    void writeTitle(QTextCursor &cursor, const QString &title) const;
    // Writes or clears the line above a section's heading that names its parent
    // topic, shown when the parent itself is not in the handout.
    void writeSectionContext(QTextFrame *sectionFrame, bool show) const;

    // A section as the source has it, before any edit.
    static SectionContent sourceSection(const Article &article, const QString &sectionId);
    // The handout text that cites the article: a handout whose article
    // wording was changed or removed says it was adapted, by the clinician
    // when one is named ("adapted-by", "adapted-unnamed"); otherwise a
    // plain-language handout names the article it was adapted from, where
    // the article's own wording simply cites it.
    static QString sourceKey(const Article &article, const HandoutContent &content);
    // That text with its placeholders filled in.
    QString sourceLine(const HandoutContent &content) const;
    // A handout text of the pack with its {placeholders} filled in.
    QString text(const QString &key, const QHash<QString, QString> &values = {}) const;

    // Whether the section at `index` of the chosen order gets a line naming its
    // parent topic: when the topic itself is not in the handout and the section
    // before it is not a sibling that already named it.
    static bool showsContext(const Article &article, const QStringList &orderedIds, int index);
    // The panel holds who the handout is for (patient, date, clinician); the
    // box holds what to do (phone, crisis line, contact, next appointment).
    static bool needsPersonalization(const Personalization &person);
    static bool needsWhatToDo(const Personalization &person, const ClinicProfile &clinic);

private:
    // The title, the personalization panel and the summary, at the cursor
    // (with the attribution after the title when `attributionFirst`).
    void writeHeader(QTextCursor &cursor, const HandoutContent &content, bool attributionFirst) const;
    void writeBlocks(QTextCursor &cursor, const QList<ContentBlock> &blocks, bool *first) const;
    void writeItem(QTextCursor &cursor, const ContentItem &item, bool *first) const;
    void writeField(QTextCursor &cursor, const QString &key, const QString &label, const QString &value,
                    bool *firstOnLine) const;
    void startBlock(QTextCursor &cursor, const QTextBlockFormat &block, const QTextCharFormat &chars,
                    bool *first) const;
    void finishFrame(QTextCursor &cursor, QTextFrame *frame) const;
    void markSpacer(QTextCursor &cursor) const;

    const Article &m_article;
    TextFormats m_formats;
};
