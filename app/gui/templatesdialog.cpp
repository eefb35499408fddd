#include "templatesdialog.h"

#include "messageprompt.h"
#include "templatelibrary.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TemplatesDialog::TemplatesDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_rename(new QPushButton(tr("&Rename…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
{
    setWindowTitle(tr("Manage Templates"));
    auto *label = new QLabel(tr("&Templates (chosen from the preset list of the Sections panel):"), this);
    label->setBuddy(m_list);
    m_list->setAccessibleName(tr("Templates"));
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplatesDialog::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &TemplatesDialog::renameSelected);
    connect(m_rename, &QPushButton::clicked, this, &TemplatesDialog::renameSelected);
    connect(m_delete, &QPushButton::clicked, this, &TemplatesDialog::deleteSelected);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *side = new QVBoxLayout;
    side->addWidget(m_rename);
    side->addWidget(m_delete);
    side->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(close);
    reload();
}

void TemplatesDialog::reload(const QString &selectPath)
{
    m_list->clear();
    for (const TemplateEntry &entry : TemplateLibrary().entries()) {
        auto *item = new QListWidgetItem(entry.name, m_list);
        item->setData(Qt::UserRole, entry.path);
        // The handout's title and the file tell apart what the name does not.
        item->setToolTip(tr("Handout title: %1\nFile: %2").arg(entry.data.content.title, entry.path));
        if (entry.path == selectPath)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

void TemplatesDialog::updateButtons()
{
    const bool chosen = m_list->currentItem() != nullptr;
    m_rename->setEnabled(chosen);
    m_delete->setEnabled(chosen);
}

QString TemplatesDialog::selectedPath() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool TemplatesDialog::renameSelected()
{
    const QString path = selectedPath();
    if (path.isEmpty())
        return false;
    const TemplateLibrary library;
    QString name = m_list->currentItem()->text();
    QString label = tr("New name for the template “%1”:").arg(name);
    for (;;) {
        if (!MessagePrompt::askText(this, tr("Rename Template"), label, &name))
            return false;
        const QString problem = library.nameProblem(name, path);
        if (problem.isEmpty())
            break;
        label = problem + u"\n\n"_s + tr("New name:");
    }
    QString error;
    if (!library.rename(path, name, &error)) {
        MessagePrompt::inform(this, QMessageBox::Critical, tr("Rename Template"), error);
        return false;
    }
    reload(path);
    Q_EMIT templatesChanged();
    return true;
}

bool TemplatesDialog::deleteSelected()
{
    const QString path = selectedPath();
    if (path.isEmpty())
        return false;
    const QString name = m_list->currentItem()->text();
    if (MessagePrompt::ask(this, QMessageBox::Question, tr("Delete Template"),
                           tr("Delete the template “%1”? This cannot be undone.").arg(name),
                           QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return false;
    QString error;
    if (!TemplateLibrary().remove(path, &error)) {
        MessagePrompt::inform(this, QMessageBox::Critical, tr("Delete Template"), error);
        return false;
    }
    reload();
    Q_EMIT templatesChanged();
    return true;
}
