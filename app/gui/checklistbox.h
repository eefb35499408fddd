#pragma once

#include "checklist.h"

#include <QGroupBox>

class HandoutDocument;
class QTreeWidget;
class QTreeWidgetItem;

// The PEMAT-P and CDC Clear Communication Index checklists of the handout
// being edited, as one check of the reading-level panel: each list with its
// score, each item with its verdict and the reason, in neutral text rather
// than a wall of red. An item left to a person has a rating box; a rating is
// a named undo step of the handout and is saved with it. The checks are
// judged in core (PematReport, ClearCommunicationReport).
class ChecklistBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit ChecklistBox(HandoutDocument *document, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    // The score lines shown at the top of each list.
    QString pematText() const;
    QString cciText() const;
    // Judges the handout again (after a pause in typing, a rating, a language).
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill(QTreeWidgetItem *list, const QList<ChecklistItem> &items, const QString &prefix);
    QString verdictText(Verdict verdict) const;
    void retranslate();

    HandoutDocument *m_document;
    QTreeWidget *m_tree;
    QTreeWidgetItem *m_pemat;
    QTreeWidgetItem *m_cci;
};
