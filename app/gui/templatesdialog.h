#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

// File > Manage Templates: the saved templates by name, with Rename and
// Delete. The rules (unique names, only templates deleted) are
// TemplateLibrary's; this dialog presents and forwards.
class TemplatesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TemplatesDialog(QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    // Ask for a new name / confirm, for the selected template.
    bool renameSelected();
    bool deleteSelected();

Q_SIGNALS:
    void templatesChanged();

private:
    void reload(const QString &selectPath = {});
    void updateButtons();
    QString selectedPath() const;

    QListWidget *m_list;
    QPushButton *m_rename;
    QPushButton *m_delete;
};
