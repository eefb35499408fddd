#pragma once

#include <QWidget>

class HandoutDocument;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QToolButton;
class QTreeView;
class SectionTreeModel;
class SelectedSectionsModel;
struct PageMeasure;

// Chooses what goes into the handout: an audience preset, a checkable tree of
// the article's sections with a filter, and the chosen sections in their
// printed order (drag to reorder, or Alt+Up / Alt+Down), each with its
// measured page cost.
class SectionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SectionPanel(HandoutDocument *document, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    QListView *orderList() const { return m_order; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *presetBox() const { return m_presets; }

    void applyPreset(const QString &presetId);
    // Shows the preset as the chosen one without applying it: for a handout
    // that was built with its sections from the start.
    void showPreset(const QString &presetId);
    // Saved templates, listed after the presets as (name, path).
    void setTemplates(const QList<QPair<QString, QString>> &templates);
    void selectAll();
    void selectNone();
    void moveCurrent(int delta);
    // Each chosen section's cost on paper, as measured (PageBudgetWatcher).
    void showPageCosts(const PageMeasure &measure);

Q_SIGNALS:
    void presetApplied(const QString &title);
    void templateChosen(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reloadPresets();
    void updateMoveButtons();

    HandoutDocument *m_document;
    SectionTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    SelectedSectionsModel *m_orderModel;
    QLabel *m_presetLabel;
    QComboBox *m_presets;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    QPushButton *m_all;
    QPushButton *m_none;
    QLabel *m_orderLabel;
    QListView *m_order;
    QToolButton *m_up;
    QToolButton *m_down;
    QList<QPair<QString, QString>> m_templates;
};
