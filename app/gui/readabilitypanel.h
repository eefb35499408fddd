#pragma once

#include "jargonfinder.h"
#include "readabilityreport.h"

#include <QWidget>

#include <memory>
#include <optional>

class HandoutDocument;
class QGroupBox;
class QLabel;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

// The reading level of the handout being edited: the grade for its language
// against the clinic's target, how the last change moved it, each section's
// level with its longest sentences, the longest sentences of the handout, and
// jargon. Each check is a group that can be switched off; more checks can be
// added as further groups (addCheck). Measures after a pause in typing, never
// while a key is pressed. docs/readability.md says what is counted.
class ReadabilityPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReadabilityPanel(HandoutDocument *document, QWidget *parent = nullptr);

    // Target grade (default 6) and the grade above which a level is flagged (8).
    void setTargets(int targetGrade, int warningGrade);
    // The glossary's terms and variants: what the jargon check takes as explained.
    void setDefinedTerms(const QStringList &terms);
    // Adds another check below the built-in ones (a checkable group box).
    void addCheck(QGroupBox *check);

    const ReadabilityReport &report() const { return m_report; }
    // The summary line: the grade and how the last change moved it.
    QString summaryText() const;
    QTreeWidget *sectionsTree() const { return m_sections; }
    QTreeWidget *sentencesTree() const { return m_sentences; }
    QTreeWidget *jargonTree() const { return m_jargon; }
    // Measures now instead of after the pause that follows typing.
    void refresh();

Q_SIGNALS:
    // The user picked an entry: select this text in the editor.
    void textRequested(int position, int length);
    // A new measure is shown: other checks of the panel follow it.
    void measured();

protected:
    void changeEvent(QEvent *event) override;

private:
    QGroupBox *addTreeCheck(QTreeWidget *tree);
    void showReport();
    void showSections();
    void showSentences();
    void showJargon();
    QString scoreText(const ReadabilityMeasure &measure) const;
    bool aboveWarning(const ReadabilityMeasure &measure) const;
    QTreeWidgetItem *sentenceItem(const SentenceSpan &sentence, QTreeWidgetItem *parent, QTreeWidget *tree) const;
    void retranslate();

    HandoutDocument *m_document;
    QTimer *m_pause;
    ReadabilityMeter m_meter;
    ReadabilityReport m_report;
    QList<JargonTerm> m_terms;
    std::unique_ptr<JargonFinder> m_jargonFinder;
    std::optional<double> m_previous; // the primary score before the last change
    std::optional<double> m_current;
    QString m_measuredLanguage;
    int m_target = 6;
    int m_warning = 8;
    QLabel *m_summary;
    QLabel *m_change;
    QTreeWidget *m_sections;
    QTreeWidget *m_sentences;
    QTreeWidget *m_jargon;
    QGroupBox *m_sectionsBox;
    QGroupBox *m_sentencesBox;
    QGroupBox *m_jargonBox;
    QVBoxLayout *m_checks;
};
