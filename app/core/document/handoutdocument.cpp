#include "handoutdocument.h"

#include "clock.h"
#include "documentmarks.h"
#include "documentreader.h"
#include "fieldlimits.h"
#include "handouthistory.h"
#include "languagenames.h"
#include "pagebudget.h"
#include "passagerestore.h"

#include <QTextCursor>
#include <QTextFrame>

#include <algorithm>

using namespace DocumentMarks;

HandoutDocument::HandoutDocument(const Article &article, QObject *parent)
    : QObject(parent)
    , m_pack(std::make_shared<const TranslatedPack>(ContentTranslation::original(article)))
    , m_article(&m_pack->article)
    , m_assembler(std::make_unique<HandoutAssembler>(*m_article, HandoutStyle::normal()))
{
    m_doc.setUseDesignMetrics(true);
    m_defaultOptions.pageSize = PageOptions::defaultPageSize();
    connect(&m_doc, &QTextDocument::contentsChanged, this, &HandoutDocument::onContentsChanged);
    connect(&m_doc, &QTextDocument::undoCommandAdded, this, &HandoutDocument::onUndoCommandAdded);
    connect(&m_history, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modificationChanged(!clean); });
    resetToSections({}, article.meta.title);
}

template<typename Change> void HandoutDocument::edit(const QString &name, Change change)
{
    m_stepName = name;
    m_editing = true;
    QTextCursor cursor(&m_doc);
    cursor.beginEditBlock();
    change();
    cursor.endEditBlock();
    m_editing = false;
    m_stepName.clear();
    refreshDerivedState();
}

void HandoutDocument::onUndoCommandAdded()
{
    if (m_capturing) {
        m_captured = true;
        return;
    }
    // Text typed or formatted in the editor comes without a name.
    const bool typing = m_stepName.isEmpty();
    m_history.push(new TextStep(&m_doc, typing ? tr("Typing") : m_stepName, m_joinNext));
    if (!typing)
        separateNextTyping();
}

void HandoutDocument::separateNextTyping()
{
    // QTextDocument merges a typed character into the step before it only
    // while its own modified flag is set (the handout's flag is the history's
    // clean state, not this one).
    m_doc.setModified(false);
}

void HandoutDocument::setModified(bool modified)
{
    if (modified)
        m_history.resetClean();
    else
        m_history.setClean();
}

void HandoutDocument::applyFields(const Fields &fields)
{
    const bool packChanged = fields.pack != m_pack;
    const bool clinicChanged = !(fields.clinic == m_clinic);
    const bool optionsChanged = fields.options != m_options;
    if (packChanged) {
        m_pack = fields.pack;
        m_article = &m_pack->article;
        m_assembler = std::make_unique<HandoutAssembler>(*m_article, HandoutStyle::normal());
        m_assembler->applyStyle(&m_doc);
    }
    m_clinic = fields.clinic;
    m_options = fields.options;
    if (packChanged)
        Q_EMIT this->packChanged();
    if (clinicChanged)
        Q_EMIT this->clinicChanged();
    if (optionsChanged)
        Q_EMIT this->optionsChanged();
}

void HandoutDocument::changeState(const QString &name, const Fields &after, const std::function<void()> &textEdit)
{
    const Fields before = fields();
    applyFields(after);
    QTextDocument *text = nullptr;
    if (textEdit) {
        m_capturing = true;
        m_captured = false;
        edit(name, textEdit);
        m_capturing = false;
        if (m_captured)
            text = &m_doc;
    }
    m_history.push(new StateStep(name, text, [this, before, after](bool redo) { applyFields(redo ? after : before); }));
    separateNextTyping();
}

void HandoutDocument::changeOptions(const QString &name, const std::function<void(HandoutOptions &)> &change)
{
    Fields after = fields();
    change(after.options);
    if (after.options != m_options)
        changeState(name, after);
}

void HandoutDocument::setPageSize(QPageSize::PageSizeId size)
{
    changeOptions(size == QPageSize::Letter ? tr("Page size US Letter") : tr("Page size A4"),
                  [size](HandoutOptions &o) { o.pageSize = size; });
}

void HandoutDocument::setLargePrint(bool on)
{
    changeOptions(on ? tr("Large print on") : tr("Large print off"), [on](HandoutOptions &o) { o.largePrint = on; });
}

void HandoutDocument::setPageTarget(int pages)
{
    pages = qBound(0, pages, PageBudget::MaxTarget);
    changeOptions(pages == 0 ? tr("No page target") : tr("Page target %1").arg(pages),
                  [pages](HandoutOptions &o) { o.pageTarget = pages; });
}

void HandoutDocument::setPack(std::shared_ptr<const TranslatedPack> pack)
{
    if (!pack || pack == m_pack)
        return;
    HandoutContent content = this->content();
    // A title that was the pack's or a preset's follows the language.
    if (content.title == m_article->meta.title)
        content.title = pack->article.meta.title;
    for (const Preset &p : m_article->presets) {
        if (content.title == p.title && pack->article.preset(p.id))
            content.title = pack->article.preset(p.id)->title;
    }
    content.language = pack->language;
    content.wording = pack->wording;
    content.sections.clear();
    for (const QString &id : m_selected)
        content.sections << HandoutAssembler::sourceSection(pack->article, id);
    Fields after = fields();
    after.pack = std::move(pack);
    const QString name = after.pack->wording != m_pack->wording
        ? (after.pack->wording == Wording::Plain ? tr("Change wording to plain language")
                                                 : tr("Change wording to the article's"))
        : tr("Change language to %1").arg(LanguageNames::nativeName(after.pack->language));
    changeState(name, after, [&] { m_assembler->rewrite(&m_doc, content); });
}

void HandoutDocument::reset(const HandoutContent &content)
{
    reset(content, m_defaultOptions);
}

void HandoutDocument::reset(const HandoutContent &content, const HandoutOptions &options)
{
    m_editing = true;
    m_clinic = content.clinic;
    // The file carries the box's switch and the ratings with the text; the document keeps it
    // with the other options, so that changing it is an undo step.
    HandoutOptions withBox = options;
    withBox.includeGlossary = content.includeGlossary;
    withBox.includeTeachBack = content.includeTeachBack;
    withBox.checklistRatings = content.checklistRatings;
    withBox.acknowledgedChanges = content.acknowledgedChanges;
    const bool optionsChanged = withBox != m_options;
    m_options = withBox;
    m_assembler->build(&m_doc, content);
    m_doc.clearUndoRedoStacks();
    m_history.clear(); // also marks the handout unmodified
    m_editing = false;
    refreshDerivedState();
    if (optionsChanged)
        Q_EMIT this->optionsChanged();
    Q_EMIT clinicChanged();
}

void HandoutDocument::resetToSections(const QStringList &sectionIds, const QString &title)
{
    HandoutContent content;
    content.title = title;
    content.person = m_person;
    content.clinic = m_clinic;
    for (const QString &id : sectionIds) {
        if (m_article->section(id))
            content.sections << HandoutAssembler::sourceSection(*m_article, id);
    }
    reset(content);
}

void HandoutDocument::onContentsChanged()
{
    if (m_editing)
        return;
    refreshDerivedState();
    // Never inside the editor's own change: the box goes right after it.
    if (!m_sweepQueued && !DocumentReader::emptiedCallouts(&m_doc).isEmpty()) {
        m_sweepQueued = true;
        QMetaObject::invokeMethod(this, &HandoutDocument::removeEmptiedCallouts, Qt::QueuedConnection);
    }
}

void HandoutDocument::removeEmptiedCallouts()
{
    m_sweepQueued = false;
    const QList<QTextFrame *> boxes = DocumentReader::emptiedCallouts(&m_doc);
    if (boxes.isEmpty())
        return;
    // Part of the step that emptied the box: one undo brings back the text
    // and its box together.
    m_joinNext = true;
    edit(tr("Remove empty box"), [&] {
        for (auto it = boxes.crbegin(); it != boxes.crend(); ++it)
            removeFrame(*it);
    });
    m_joinNext = false;
}

void HandoutDocument::restorePassage(const QString &sectionId, const QString &passageId)
{
    QTextFrame *frame = DocumentReader::sectionFrame(&m_doc, sectionId);
    if (!frame)
        return;
    const SectionContent current = DocumentReader::readSection(frame);
    const SectionContent restored
        = PassageRestore::restore(current, HandoutAssembler::sourceSection(*m_article, sectionId), passageId);
    if (restored == current)
        return;
    const int index = int(m_selected.indexOf(sectionId));
    edit(tr("Restore the article's wording"), [&] {
        removeFrame(DocumentReader::sectionFrame(&m_doc, sectionId));
        insertSectionFrame(sectionId, restored, index);
        updateContextLines();
    });
}

void HandoutDocument::refreshDerivedState()
{
    const QStringList selected = frameSectionIds();
    if (selected != m_selected) {
        m_selected = selected;
        Q_EMIT selectionChanged();
    }
    const Personalization person = DocumentReader::readPersonalization(&m_doc);
    if (!(person == m_person)) {
        m_person = person;
        Q_EMIT personalizationChanged();
    }
}

QTextCursor HandoutDocument::cursorAfterTitle()
{
    // build() keeps an ordinary block right after the title; frames go there,
    // never into the title block, whose format they would inherit. If editing
    // merged that block away, put a new one back.
    QTextCursor cursor(&m_doc);
    cursor.movePosition(QTextCursor::Start);
    if (!cursor.movePosition(QTextCursor::NextBlock) || cursor.currentFrame() != m_doc.rootFrame()) {
        cursor.movePosition(QTextCursor::Start);
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertBlock(m_assembler->formats().blockFormat(BlockKind::Paragraph, 0),
                           m_assembler->formats().bodyChar());
    }
    return cursor;
}

QStringList HandoutDocument::frameSectionIds() const
{
    QStringList ids;
    for (QTextFrame *frame : DocumentReader::sectionFrames(&m_doc))
        ids << frame->frameFormat().stringProperty(SectionIdProperty);
    return ids;
}

QTextCursor HandoutDocument::cursorAfterHeader(bool includeSummary)
{
    QTextFrame *anchor = includeSummary ? DocumentReader::frameWithRole(&m_doc, int(Role::Summary)) : nullptr;
    if (!anchor)
        anchor = DocumentReader::frameWithRole(&m_doc, int(Role::WhatToDo));
    if (!anchor)
        anchor = DocumentReader::frameWithRole(&m_doc, int(Role::Personalization));
    if (!anchor)
        return cursorAfterTitle();
    QTextCursor cursor(&m_doc);
    cursor.setPosition(anchor->lastPosition() + 1);
    return cursor;
}

void HandoutDocument::removeFrame(QTextFrame *frame)
{
    QTextCursor cursor(&m_doc);
    cursor.setPosition(frame->firstPosition() - 1);
    cursor.setPosition(frame->lastPosition() + 1, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
}

void HandoutDocument::insertSectionFrame(const QString &sectionId, const SectionContent &content, int index)
{
    const QList<QTextFrame *> frames = DocumentReader::sectionFrames(&m_doc);
    QTextCursor cursor = cursorAfterHeader(true);
    if (index > 0 && !frames.isEmpty())
        cursor.setPosition(frames.at(qMin(index, int(frames.size())) - 1)->lastPosition() + 1);
    SectionContent section = content;
    section.sectionId = sectionId;
    m_assembler->insertSection(cursor, section, false);
}

int HandoutDocument::insertionIndex(const QString &sectionId) const
{
    // After the last chosen section that the article puts before this one.
    const int articleIndex = m_article->sectionIndex(sectionId);
    const QStringList current = frameSectionIds();
    int index = 0;
    for (int i = 0; i < current.size(); ++i) {
        if (m_article->sectionIndex(current[i]) < articleIndex)
            index = i + 1;
    }
    return index;
}

void HandoutDocument::setSectionsSelected(const QStringList &sectionIds, bool selected)
{
    const int count = int(sectionIds.size());
    edit(selected ? tr("Add %n section(s)", nullptr, count) : tr("Remove %n section(s)", nullptr, count), [&] {
        for (const QString &id : sectionIds) {
            QTextFrame *frame = DocumentReader::sectionFrame(&m_doc, id);
            if (selected && !frame && m_article->section(id))
                insertSectionFrame(id, HandoutAssembler::sourceSection(*m_article, id), insertionIndex(id));
            else if (!selected && frame)
                removeFrame(frame);
        }
        updateContextLines();
        rebuildSummary();
    });
}

void HandoutDocument::moveSection(const QString &sectionId, int index)
{
    QTextFrame *frame = DocumentReader::sectionFrame(&m_doc, sectionId);
    if (!frame)
        return;
    const int from = int(m_selected.indexOf(sectionId));
    index = qBound(0, index, int(m_selected.size()) - 1);
    if (from == index)
        return;
    edit(tr("Move section"), [&] {
        const SectionContent content = DocumentReader::readSection(frame);
        removeFrame(frame);
        insertSectionFrame(sectionId, content, index);
        updateContextLines();
        rebuildSummary();
    });
}

void HandoutDocument::applySelection(const QStringList &orderedIds, const QString &title)
{
    edit(tr("Choose sections"), [&] {
        if (!title.isEmpty() && title != this->title()) {
            QTextCursor cursor(&m_doc);
            m_assembler->writeTitle(cursor, title);
        }
        QHash<QString, SectionContent> kept;
        for (QTextFrame *frame : DocumentReader::sectionFrames(&m_doc)) {
            const SectionContent content = DocumentReader::readSection(frame);
            if (orderedIds.contains(content.sectionId))
                kept.insert(content.sectionId, content);
            removeFrame(frame);
        }
        int index = 0;
        for (const QString &id : orderedIds) {
            if (!m_article->section(id) || DocumentReader::sectionFrame(&m_doc, id))
                continue;
            insertSectionFrame(id, kept.value(id, HandoutAssembler::sourceSection(*m_article, id)), index++);
        }
        updateContextLines();
        rebuildSummary();
    });
}

void HandoutDocument::updateContextLines()
{
    const QStringList ids = frameSectionIds();
    const QList<QTextFrame *> frames = DocumentReader::sectionFrames(&m_doc);
    for (int i = 0; i < frames.size(); ++i)
        m_assembler->writeSectionContext(frames[i], HandoutAssembler::showsContext(*m_article, ids, i));
}

void HandoutDocument::rebuildSummary()
{
    QTextFrame *summary = DocumentReader::frameWithRole(&m_doc, int(Role::Summary));
    if (!summary)
        return;
    removeFrame(summary);
    QTextCursor cursor = cursorAfterHeader(false);
    m_assembler->insertSummary(cursor, frameSectionIds());
}

bool HandoutDocument::hasSummary() const
{
    return DocumentReader::frameWithRole(&m_doc, int(Role::Summary)) != nullptr;
}

void HandoutDocument::setSummaryIncluded(bool included)
{
    if (included == hasSummary())
        return;
    edit(included ? tr("Add the safety summary") : tr("Remove the safety summary"), [&] {
        if (QTextFrame *summary = DocumentReader::frameWithRole(&m_doc, int(Role::Summary))) {
            removeFrame(summary);
        } else {
            QTextCursor cursor = cursorAfterHeader(false);
            m_assembler->insertSummary(cursor, frameSectionIds());
        }
    });
}

void HandoutDocument::setGlossaryIncluded(bool included)
{
    changeOptions(included ? tr("Words to know box on") : tr("Words to know box off"),
                  [included](HandoutOptions &o) { o.includeGlossary = included; });
}

void HandoutDocument::setTeachBackIncluded(bool included)
{
    changeOptions(included ? tr("Teach-back questions on") : tr("Teach-back questions off"),
                  [included](HandoutOptions &o) { o.includeTeachBack = included; });
}

void HandoutDocument::rateChecklistItem(const QString &key, const QString &verdict)
{
    changeOptions(tr("Rate checklist item %1: %2").arg(key, verdict), [&](HandoutOptions &o) {
        if (verdict.isEmpty())
            o.checklistRatings.remove(key);
        else
            o.checklistRatings.insert(key, verdict);
    });
}

void HandoutDocument::acknowledgeChanges(const QList<SafetyFinding> &findings)
{
    QList<AcknowledgedChange> changes;
    // Whole seconds: the file stores no more, and a reopened handout must
    // equal the one saved.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(Clock::nowUtc().toSecsSinceEpoch(), Qt::UTC);
    for (const SafetyFinding &finding : findings) {
        if (const std::optional<AcknowledgedChange::Kind> kind = finding.changeKind())
            changes << AcknowledgedChange {finding.passageId, *kind, now, m_person.clinician.trimmed(),
                                           finding.wordingHash};
    }
    if (changes.isEmpty())
        return;
    changeOptions(tr("Confirm removed or edited safety passages"), [&](HandoutOptions &o) {
        // One record a passage: an older one covers a wording that is gone.
        o.acknowledgedChanges.removeIf([&](const AcknowledgedChange &old) {
            return std::any_of(changes.cbegin(), changes.cend(),
                               [&](const AcknowledgedChange &c) { return c.passageId == old.passageId; });
        });
        o.acknowledgedChanges << changes;
    });
}

bool HandoutDocument::hasNotes() const
{
    return DocumentReader::frameWithRole(&m_doc, int(Role::Notes)) != nullptr;
}

int HandoutDocument::addNotes()
{
    if (QTextFrame *notes = DocumentReader::frameWithRole(&m_doc, int(Role::Notes)))
        return notes->lastPosition();
    edit(tr("Add notes"), [&] {
        QTextFrame *attribution = DocumentReader::frameWithRole(&m_doc, int(Role::Attribution));
        QTextCursor cursor(&m_doc);
        // Just before the attribution: in the ordinary block that precedes it.
        cursor.setPosition(attribution ? attribution->firstPosition() - 1 : m_doc.characterCount() - 1);
        m_assembler->insertNotes(cursor, {});
    });
    QTextFrame *notes = DocumentReader::frameWithRole(&m_doc, int(Role::Notes));
    return notes ? notes->lastPosition() : 0;
}

QString HandoutDocument::title() const
{
    // The title block can be typed into at any length; the title saved and
    // printed in the header keeps to its limit (FieldLimits), so a saved
    // handout always opens again.
    return m_doc.firstBlock().text().left(FieldLimits::maxLength(FieldLimits::Field::Title));
}

void HandoutDocument::setTitle(const QString &title)
{
    if (title == this->title())
        return;
    edit(tr("Change title"), [&] {
        QTextCursor cursor(&m_doc);
        m_assembler->writeTitle(cursor, title);
        m_doc.setMetaInformation(QTextDocument::DocumentTitle, title);
    });
}

void HandoutDocument::rebuildPersonalization(const Personalization &person)
{
    if (QTextFrame *panel = DocumentReader::frameWithRole(&m_doc, int(Role::Personalization)))
        removeFrame(panel);
    if (QTextFrame *box = DocumentReader::frameWithRole(&m_doc, int(Role::WhatToDo)))
        removeFrame(box);
    QTextCursor cursor = cursorAfterTitle();
    if (HandoutAssembler::needsPersonalization(person))
        m_assembler->insertPersonalization(cursor, person);
    m_assembler->insertWhatToDo(cursor, person, m_clinic);
}

void HandoutDocument::setPersonalization(const Personalization &person)
{
    if (person == m_person)
        return;
    // m_person follows from the document afterwards, which also tells the form.
    edit(tr("Change patient details"), [&] { rebuildPersonalization(person); });
}

void HandoutDocument::setClinic(const ClinicProfile &clinic)
{
    if (clinic == m_clinic)
        return;
    Fields after = fields();
    after.clinic = clinic;
    // The panel is rewritten with the new clinic; undo reverts both.
    changeState(tr("Change clinic details"), after, [this] { rebuildPersonalization(m_person); });
}

HandoutContent HandoutDocument::content() const
{
    HandoutContent content = DocumentReader::read(&m_doc);
    content.packId = m_article->meta.id;
    content.packVersion = m_article->meta.version;
    content.language = m_pack->language;
    content.wording = m_pack->wording;
    content.includeGlossary = m_options.includeGlossary;
    content.includeTeachBack = m_options.includeTeachBack;
    content.checklistRatings = m_options.checklistRatings;
    content.acknowledgedChanges = m_options.acknowledgedChanges;
    content.clinic = m_clinic;
    return content;
}

bool HandoutDocument::hasEditedSections() const
{
    const HandoutContent now = content();
    for (const SectionContent &section : now.sections) {
        if (!(section == HandoutAssembler::sourceSection(article(), section.sectionId)))
            return true;
    }
    return false;
}
