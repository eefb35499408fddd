#include "translationcoveragedialog.h"

#include "languagenames.h"
#include "translationlibrary.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// The table's columns after the language: one per state, then the file.
constexpr int FirstStateColumn = 1;
} // namespace

TranslationCoverageDialog::TranslationCoverageDialog(const Article &pack, const TranslationLibrary &library,
                                                     QWidget *parent)
    : QDialog(parent)
    , m_lists(TranslationList::allOf(pack, library, &m_problems))
    , m_table(new QTableWidget(this))
    , m_about(new QLabel(this))
    , m_texts(new QTreeWidget(this))
{
    setObjectName(u"TranslationCoverageDialog"_s);
    setWindowTitle(tr("Translation Coverage"));
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("Content translations of “%1”. Choose a number to list its texts.").arg(pack.meta.title), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (!m_problems.isEmpty()) {
        auto *problems = new QLabel(this);
        problems->setObjectName(u"problems"_s);
        problems->setTextFormat(Qt::PlainText);
        problems->setWordWrap(true);
        problems->setText(tr("These files could not be read:") + u'\n' + m_problems.join(u'\n'));
        layout->addWidget(problems);
    }
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_about->setTextFormat(Qt::PlainText);
    m_about->setWordWrap(true);
    lowerLayout->addWidget(m_about);
    lowerLayout->addWidget(m_texts);
    splitter->addWidget(lower);
    layout->addWidget(splitter, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_texts->setColumnCount(4);
    m_texts->setHeaderLabels({tr("State"), tr("Kind"), tr("Id"), tr("Source text")});
    m_texts->setRootIsDecorated(false);
    m_texts->setUniformRowHeights(true);
    fillTable();
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row, int column) {
        const QStringList states = TranslationList::states();
        const int state = column - FirstStateColumn;
        showTexts(row, state >= 0 && state < states.size() ? states.at(state) : QString());
    });
    if (!m_lists.isEmpty())
        m_table->setCurrentCell(0, 0);
    resize(900, 640);
}

void TranslationCoverageDialog::fillTable()
{
    const QStringList states = TranslationList::states();
    m_table->setColumnCount(FirstStateColumn + int(states.size()) + 1);
    QStringList headers {tr("Translation")};
    for (const QString &state : states)
        headers << stateLabel(state);
    headers << tr("File");
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(m_lists.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    for (int row = 0; row < m_lists.size(); ++row) {
        const TranslationList &list = m_lists.at(row);
        QString name = LanguageNames::nativeName(list.language);
        if (list.wording == Wording::Plain)
            name = tr("%1, plain wording").arg(name);
        m_table->setItem(row, 0, new QTableWidgetItem(name));
        for (int i = 0; i < states.size(); ++i) {
            auto *item = new QTableWidgetItem(QString::number(list.count(states.at(i))));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, FirstStateColumn + i, item);
        }
        auto *file = new QTableWidgetItem(list.builtIn ? tr("built in") : QFileInfo(list.file).fileName());
        file->setToolTip(list.builtIn ? tr("built into the program") : list.file);
        m_table->setItem(row, FirstStateColumn + int(states.size()), file);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
}

void TranslationCoverageDialog::showTexts(int row, const QString &state)
{
    m_texts->clear();
    if (row < 0 || row >= m_lists.size()) {
        m_about->clear();
        return;
    }
    const TranslationList &list = m_lists.at(row);
    const QString none = tr("none given");
    m_about->setText(tr("Translator: %1 · Method: %2 · Reviewer: %3")
                         .arg(list.info.translator.isEmpty() ? none : list.info.translator,
                              list.info.method.isEmpty() ? none : methodLabel(list.info.method),
                              list.info.reviewer.isEmpty() ? tr("not reviewed") : list.info.reviewer));
    QList<QTreeWidgetItem *> items;
    for (const TranslationList::Text &t : list.texts) {
        if (!state.isEmpty() && t.state != state)
            continue;
        auto *item = new QTreeWidgetItem(
            {stateLabel(t.state), kindLabel(t.kind), t.context + u'/' + t.id, t.source.simplified()});
        item->setData(0, Qt::UserRole, t.state);
        if (!t.oldSource.isEmpty())
            item->setToolTip(3, tr("Translated from: %1\nNow: %2").arg(t.oldSource, t.source));
        else
            item->setToolTip(3, t.source);
        items << item;
    }
    m_texts->addTopLevelItems(items);
    m_texts->resizeColumnToContents(0);
    m_texts->resizeColumnToContents(1);
}

QString TranslationCoverageDialog::stateLabel(const QString &state)
{
    if (state == u"reviewed"_s)
        return tr("Reviewed");
    if (state == u"draft"_s)
        return tr("Draft");
    if (state == u"stale"_s)
        return tr("Out of date");
    if (state == u"missing"_s)
        return tr("Missing");
    return state;
}

QString TranslationCoverageDialog::kindLabel(const QString &kind)
{
    static const QHash<QString, const char *> labels {
        {u"title"_s, QT_TR_NOOP("article title")},   {u"section title"_s, QT_TR_NOOP("section title")},
        {u"passage"_s, QT_TR_NOOP("passage")},       {u"safety point"_s, QT_TR_NOOP("safety point")},
        {u"fixed text"_s, QT_TR_NOOP("fixed text")}, {u"glossary"_s, QT_TR_NOOP("glossary")},
        {u"preset"_s, QT_TR_NOOP("preset")},         {u"teach-back"_s, QT_TR_NOOP("teach-back")},
    };
    const char *label = labels.value(kind);
    return label ? tr(label) : kind;
}

QString TranslationCoverageDialog::methodLabel(const QString &method)
{
    if (method == u"professional"_s)
        return tr("professional translation");
    if (method == u"back-translated"_s)
        return tr("back-translated");
    if (method == u"draft"_s)
        return tr("draft translation");
    return method;
}
