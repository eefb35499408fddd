#pragma once

#include "article.h"
#include "contenttranslation.h"
#include "handoutassembler.h"
#include "handoutcontent.h"
#include "handoutoptions.h"
#include "safetyreview.h"

#include <QObject>
#include <QStringList>
#include <QTextDocument>
#include <QUndoStack>

#include <functional>

class QTextFrame;

// The handout being composed, and the one place its state lives. The text is
// a QTextDocument: each selected section is a frame carrying its id, so which
// sections are in the handout, their order, the edits and the personalization
// are read from it. Beside the text it holds the language (the translated
// pack), the clinic and the HandoutOptions (page size, large print, ...).
// Every change to any of it (a toggle, a reorder, a preset, a name typed in
// the form, text typed in the editor, a new language, large print) is one
// named step of history(), so Edit > Undo undoes whatever the user did last,
// in whichever panel, and the handout is modified until it is saved.
class HandoutDocument : public QObject
{
    Q_OBJECT

public:
    explicit HandoutDocument(const Article &article, QObject *parent = nullptr);

    QTextDocument *textDocument() { return &m_doc; }
    const QTextDocument *textDocument() const { return &m_doc; }
    // The pack in the handout's language.
    const Article &article() const { return m_pack->article; }
    const TranslatedPack &pack() const { return *m_pack; }
    // Puts the handout into another language, as one step ("Change language
    // to Español"): the chosen sections are rebuilt from the translated source
    // (edits inside them are replaced); title, personalization and notes stay.
    void setPack(std::shared_ptr<const TranslatedPack> pack);

    // Starts over from content (a new handout, an opened file): a fresh
    // history, not modified. Without options, the default options.
    void reset(const HandoutContent &content);
    void reset(const HandoutContent &content, const HandoutOptions &options);
    // A fresh handout with the given sections, from the source.
    void resetToSections(const QStringList &sectionIds, const QString &title);

    // The handout's history: every change is one named step on it.
    QUndoStack *history() { return &m_history; }
    void undo() { m_history.undo(); }
    void redo() { m_history.redo(); }
    // Changed since it was opened, created or saved (or marked so: a restored
    // autosave is unsaved work).
    bool isModified() const { return !m_history.isClean(); }
    void setModified(bool modified);

    HandoutOptions options() const { return m_options; }
    // The options for paper (PagedRenderer, PDF, printer).
    PageOptions pageOptions() const { return m_options.page(); }
    // What a new handout starts with (the page size preference).
    void setDefaultOptions(const HandoutOptions &options) { m_defaultOptions = options; }
    HandoutOptions defaultOptions() const { return m_defaultOptions; }
    void setPageSize(QPageSize::PageSizeId size);
    void setLargePrint(bool on);
    // 0 for none; clamped to 0..PageBudget::MaxTarget.
    void setPageTarget(int pages);

    QStringList selectedSections() const { return m_selected; }
    bool isSelected(const QString &sectionId) const { return m_selected.contains(sectionId); }
    // Adds or removes sections in one undo step. New sections go where the
    // article has them relative to the sections already chosen.
    void setSectionsSelected(const QStringList &sectionIds, bool selected);
    // Moves a selected section to index in the chosen order, keeping its edits.
    void moveSection(const QString &sectionId, int index);
    // Makes the selection exactly orderedIds (a preset), and sets the title when
    // one is given: sections that stay keep their edits; one undo step.
    void applySelection(const QStringList &orderedIds, const QString &title = QString());

    QString title() const;
    void setTitle(const QString &title);
    Personalization personalization() const { return m_person; }
    void setPersonalization(const Personalization &person);
    ClinicProfile clinic() const { return m_clinic; }
    void setClinic(const ClinicProfile &clinic);

    bool hasSummary() const;
    void setSummaryIncluded(bool included);
    // The "Words to know" box is printed only (it lists the glossary terms of
    // the final text), so it is a setting of the handout, not a frame here.
    bool glossaryIncluded() const { return m_options.includeGlossary; }
    void setGlossaryIncluded(bool included);
    // The "Check your understanding" part is printed only, like the box.
    bool teachBackIncluded() const { return m_options.includeTeachBack; }
    void setTeachBackIncluded(bool included);
    // A person's rating of a checklist item left to a person ("pemat-10",
    // "agree"); an empty verdict removes it. One named undo step.
    void rateChecklistItem(const QString &key, const QString &verdict);
    // The clinician confirmed the removed or edited risk and supervision
    // passages among `findings` (the review's, asked before print or export):
    // the handout records which, when and by whom (its clinician field, or no
    // one), in one step "Confirm removed or edited safety passages". A
    // passage's earlier confirmation is replaced. Other findings are ignored.
    void acknowledgeChanges(const QList<SafetyFinding> &findings);
    QList<AcknowledgedChange> acknowledgedChanges() const { return m_options.acknowledgedChanges; }
    Wording wording() const { return m_pack->wording; }
    bool hasNotes() const;
    // Adds the "Notes from your care team" block; returns the position to type at.
    int addNotes();

    // "Restore the article's wording" of one passage: its source text, in its
    // box, where it stood or where the article has it (PassageRestore); the
    // rest of the section stays as it is. One step.
    void restorePassage(const QString &sectionId, const QString &passageId);

    // The document as HandoutContent, with the clinician's edits.
    HandoutContent content() const;
    // True when the text of a chosen section differs from the pack's: a
    // change of language rebuilds the sections and would lose it.
    bool hasEditedSections() const;
    QString language() const { return m_pack->language; }

Q_SIGNALS:
    void packChanged();
    void selectionChanged();
    void personalizationChanged();
    void optionsChanged();
    void clinicChanged();
    void modificationChanged(bool modified);

private:
    // What the handout holds beside its text; a StateStep swaps it whole.
    struct Fields
    {
        std::shared_ptr<const TranslatedPack> pack;
        ClinicProfile clinic;
        HandoutOptions options;
    };
    Fields fields() const { return {m_pack, m_clinic, m_options}; }
    void applyFields(const Fields &fields);
    // Puts `after` in place and runs `textEdit` (if any) as one named step.
    void changeState(const QString &name, const Fields &after, const std::function<void()> &textEdit = {});
    // The pattern for a new option: one named step that changes it.
    void changeOptions(const QString &name, const std::function<void(HandoutOptions &)> &change);
    void onUndoCommandAdded();
    // A risk or supervision box emptied of its text goes, box and all, as
    // part of the edit that emptied it (queued: never inside that edit).
    void removeEmptiedCallouts();
    // Keeps the next typing from merging into the step before it.
    void separateNextTyping();
    void onContentsChanged();
    void refreshDerivedState();
    void insertSectionFrame(const QString &sectionId, const SectionContent &content, int index);
    void removeFrame(QTextFrame *frame);
    QTextCursor cursorAfterHeader(bool includeSummary);
    QTextCursor cursorAfterTitle();
    QStringList frameSectionIds() const;
    int insertionIndex(const QString &sectionId) const;
    void rebuildSummary();
    void rebuildPersonalization(const Personalization &person);
    void updateContextLines();
    // Runs a change as one undo step named `name`, then refreshes the derived
    // state once.
    template<typename Change> void edit(const QString &name, Change change);

    std::shared_ptr<const TranslatedPack> m_pack;
    const Article *m_article;
    std::unique_ptr<HandoutAssembler> m_assembler;
    QTextDocument m_doc;
    QStringList m_selected;
    Personalization m_person;
    ClinicProfile m_clinic;
    HandoutOptions m_options;
    HandoutOptions m_defaultOptions;
    bool m_sweepQueued = false;
    bool m_joinNext = false; // the next text step joins the one before it
    QUndoStack m_history;
    QString m_stepName; // the name of the step the running edit makes
    bool m_capturing = false; // a StateStep takes the text step being made
    bool m_captured = false;
    bool m_editing = false;
};
