#include "pagebudgetbanner.h"

#include "article.h"
#include "bidiisolation.h"
#include "pagebudget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

// "Title (1.2 p.)": the title isolated, since a section title in the
// handout's language may run the other way from the interface's.
QString costed(const QString &id, const PageMeasure &measure, const Article &article)
{
    const Section *section = article.section(id);
    double pages = 0;
    for (const PageMeasure::Section &s : measure.sections) {
        if (s.id == id)
            pages = s.pages;
    }
    return PageBudgetBanner::tr("%1 (%2 p.)")
        .arg(BidiIsolation::isolated(section ? section->title : id),
             QLocale().toString(PageMeasure::rounded(pages), 'f', 1));
}

} // namespace

PageBudgetBanner::PageBudgetBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(u"pageBudgetBanner"_s);
    // A warning colour that reads the same in light and dark themes: the
    // text colour is set with it.
    setStyleSheet(u"#pageBudgetBanner { background: #fff3cd; border: 1px solid #d39e00; border-radius: 3px; }"
                  "#pageBudgetBanner QLabel { color: #533f03; }"_s);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_label);
    hide();
}

QString PageBudgetBanner::text() const
{
    return m_label->text();
}

void PageBudgetBanner::showBudget(const PageBudget &budget, const PageMeasure &measure, const Article &article)
{
    if (!budget.over()) {
        m_label->clear();
        hide();
        return;
    }
    QStringList lines;
    lines << tr("This handout has %n page(s), over its target of %1.", nullptr, budget.pages).arg(budget.target);
    QStringList sections;
    for (const QString &id : budget.suggestions)
        sections << costed(id, measure, article);
    const QString list = QLocale().createSeparatedList(sections);
    if (budget.reachable) {
        lines << tr("To fit, you could leave out: %1.").arg(list);
    } else if (!sections.isEmpty()) {
        lines << tr("Even leaving out all of these would not be enough: %1.").arg(list);
        if (!budget.protectedSections.isEmpty())
            lines << tr("Sections with a risk or supervision passage are never suggested.");
    } else if (!budget.protectedSections.isEmpty()) {
        lines << tr("Every section in it has a risk or supervision passage, and those are never suggested.");
    } else {
        lines << tr("It has no section that could be left out.");
    }
    lines << tr("Nothing is left out unless you do it.");
    m_label->setText(lines.join(u' '));
    setAccessibleDescription(m_label->text());
    show();
}
