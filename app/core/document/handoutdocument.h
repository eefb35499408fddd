#pragma once

#include "article.h"
#include "contenttranslation.h"
#include "handoutassembler.h"
#include "handoutcontent.h"

#include <QObject>
#include <QStringList>
#include <QTextDocument>

class QTextFrame;

// The handout being composed. Its QTextDocument is the single source of truth:
// each selected section is a frame carrying its id, so which sections are in
// the handout, their order and the personalization are read from the document.
// Every change (a toggle, a reorder, a preset, a name typed in the form, text
// typed in the editor) is one step on the document's own undo stack, so Edit >
// Undo undoes whatever the user did last, in whichever panel.
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
    // Puts the handout into another language: the chosen sections are rebuilt
    // from the translated source (edits inside them are replaced), in one undo
    // step... of a fresh history, since the old steps name the old texts.
    void setPack(std::shared_ptr<const TranslatedPack> pack);

    // Starts over from content (a new handout, a preset, an opened file).
    void reset(const HandoutContent &content);
    // A fresh handout with the given sections, from the source.
    void resetToSections(const QStringList &sectionIds, const QString &title);

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
    bool hasNotes() const;
    // Adds the "Notes from your care team" block; returns the position to type at.
    int addNotes();

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

private:
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
    // Runs a change as one undo step, then refreshes the derived state once.
    template<typename Change> void edit(Change change);

    std::shared_ptr<const TranslatedPack> m_pack;
    const Article *m_article;
    std::unique_ptr<HandoutAssembler> m_assembler;
    QTextDocument m_doc;
    QStringList m_selected;
    Personalization m_person;
    ClinicProfile m_clinic;
    bool m_editing = false;
};
