#pragma once

#include "translationlist.h"

#include <QDialog>

class Article;
class QLabel;
class QTableWidget;
class QTreeWidget;
class TranslationLibrary;

// Help > Translation Coverage: how far each content translation of the pack
// is, read-only, for the administrator who keeps them up. One row per
// translation (language and wording), one column per state; choosing a cell
// lists its texts below (all of them from the language's own cell), with a
// stale text's old and new source. The same lists as
// `handout-cli translations --list` (TranslationList), so both always agree.
class TranslationCoverageDialog : public QDialog
{
    Q_OBJECT

public:
    TranslationCoverageDialog(const Article &pack, const TranslationLibrary &library, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QTreeWidget *texts() const { return m_texts; }
    // Lists the texts of one translation, only those in `state` unless it
    // is empty.
    void showTexts(int row, const QString &state);

private:
    void fillTable();
    static QString stateLabel(const QString &state);
    static QString kindLabel(const QString &kind);
    static QString methodLabel(const QString &method);

    QList<TranslationList> m_lists;
    QStringList m_problems;
    QTableWidget *m_table;
    QLabel *m_about;
    QTreeWidget *m_texts;
};
