#include "checklistbox.h"

#include "clearcommunicationindex.h"
#include "handoutdocument.h"
#include "handoutfacts.h"
#include "pematreview.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString percent(std::optional<double> value)
{
    return value ? QString::number(*value, 'f', 0) : u"–"_s;
}
} // namespace

ChecklistBox::ChecklistBox(HandoutDocument *document, QWidget *parent)
    : QGroupBox(parent)
    , m_document(document)
    , m_tree(new QTreeWidget(this))
    , m_pemat(new QTreeWidgetItem(m_tree))
    , m_cci(new QTreeWidgetItem(m_tree))
{
    setCheckable(true);
    setChecked(true);
    m_tree->setColumnCount(3);
    m_tree->setWordWrap(true);
    m_tree->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tree);
    connect(this, &QGroupBox::toggled, m_tree, &QWidget::setVisible);
    connect(this, &QGroupBox::toggled, this, &ChecklistBox::refresh);
    // A rating is an option of the handout: undo and redo bring it back here.
    connect(document, &HandoutDocument::optionsChanged, this, &ChecklistBox::refresh);
    retranslate();
    refresh();
}

void ChecklistBox::refresh()
{
    if (!isChecked())
        return;
    const HandoutContent content = m_document->content();
    const HandoutFacts facts = HandoutFacts::of(m_document->article(), content);
    const PematReport pemat = PematReport::of(facts, content.checklistRatings);
    const ClearCommunicationReport cci = ClearCommunicationReport::of(facts, content.checklistRatings);
    m_pemat->setText(0,
                     tr("PEMAT-P: understandability %1 %, actionability %2 %")
                         .arg(percent(pemat.understandability()), percent(pemat.actionability())));
    m_cci->setText(0,
                   tr("CDC Clear Communication Index: %1 (passes at 90; items left to a person: %2)")
                       .arg(percent(cci.score()))
                       .arg(cci.pendingItems()));
    fill(m_pemat, pemat.items, QString::fromLatin1(PematReport::RatingPrefix));
    fill(m_cci, cci.items, QString::fromLatin1(ClearCommunicationReport::RatingPrefix));
}

void ChecklistBox::fill(QTreeWidgetItem *list, const QList<ChecklistItem> &items, const QString &prefix)
{
    const bool expanded = list->isExpanded();
    qDeleteAll(list->takeChildren());
    for (const ChecklistItem &item : items) {
        auto *row = new QTreeWidgetItem(list);
        row->setText(0, u"%1. %2"_s.arg(item.number).arg(item.statement));
        row->setText(2, item.reason);
        row->setToolTip(0, item.statement);
        row->setToolTip(2, item.reason);
        if (item.verdict != Verdict::Person && !item.ratedByPerson) {
            row->setText(1, verdictText(item.verdict));
            continue;
        }
        // Left to a person: rated here, one undo step per rating.
        auto *rating = new QComboBox(m_tree);
        rating->setAccessibleName(tr("Rating of item %1").arg(item.number));
        const QList<Verdict> choices {Verdict::Person, Verdict::Agree, Verdict::Disagree, Verdict::NotApplicable};
        for (Verdict v : choices)
            rating->addItem(v == Verdict::Person ? tr("Needs a person") : verdictText(v), Verdicts::name(v));
        rating->setCurrentIndex(int(choices.indexOf(item.verdict)));
        const QString key = prefix + QString::number(item.number);
        connect(rating, &QComboBox::activated, this, [this, rating, key] {
            const QString verdict = rating->currentData().toString();
            m_document->rateChecklistItem(key, verdict == Verdicts::name(Verdict::Person) ? QString() : verdict);
        });
        m_tree->setItemWidget(row, 1, rating);
    }
    list->setExpanded(expanded);
}

QString ChecklistBox::verdictText(Verdict verdict) const
{
    switch (verdict) {
    case Verdict::Agree:
        return tr("Agree");
    case Verdict::Disagree:
        return tr("Disagree");
    case Verdict::NotApplicable:
        return tr("N/A");
    case Verdict::Person:
        break;
    }
    return tr("Needs a person");
}

QString ChecklistBox::pematText() const
{
    return m_pemat->text(0);
}

QString ChecklistBox::cciText() const
{
    return m_cci->text(0);
}

void ChecklistBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QGroupBox::changeEvent(event);
}

void ChecklistBox::retranslate()
{
    setTitle(tr("Health-literacy checklists"));
    m_tree->setHeaderLabels({tr("Item"), tr("Verdict"), tr("Why")});
    m_tree->setAccessibleName(tr("Health-literacy checklists"));
}
