#pragma once

#include "safetyreview.h"

#include <QWidget>

class HandoutDocument;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

// Shows the safety review of the handout as it is being edited: risk and
// supervision passages deleted, edited or taken out of their box, a missing
// summary, a selection with no supervision statement.
class SafetyPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SafetyPanel(HandoutDocument *document, QWidget *parent = nullptr);

    // Marks (true) a list item that is a confirmed change, not a point to check.
    static constexpr int AcknowledgedRole = Qt::UserRole + 2;

    const SafetyReport &report() const { return m_report; }
    QListWidget *findingsList() const { return m_list; }
    // Reviews now instead of after the pause that follows typing.
    void refresh();

Q_SIGNALS:
    void findingActivated(const QString &sectionId, const QString &passageId);
    void reportChanged(const SafetyReport &report);

protected:
    void changeEvent(QEvent *event) override;

private:
    void show(const SafetyReport &report);
    void retranslate();
    // The passage of the chosen finding, back in the article's wording.
    void restoreChosenPassage();
    void updateRestoreButton();

    HandoutDocument *m_document;
    QTimer *m_pause;
    SafetyReport m_report;
    QLabel *m_status;
    QListWidget *m_list;
    QLabel *m_counts;
    QPushButton *m_restoreSummary;
    QPushButton *m_restorePassage;
};
