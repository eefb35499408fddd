#include "clearbutton.h"

#include <QAction>
#include <QEvent>
#include <QLineEdit>

using namespace Qt::StringLiterals;

void ClearButton::add(QLineEdit *edit)
{
    new ClearButton(edit);
}

ClearButton::ClearButton(QLineEdit *edit)
    : QObject(edit)
    , m_edit(edit)
    , m_action(edit->addAction(QIcon(u":/icons/edit-clear.svg"_s), QLineEdit::TrailingPosition))
{
    m_action->setObjectName(u"clearAction"_s);
    m_action->setVisible(!edit->text().isEmpty());
    connect(edit, &QLineEdit::textChanged, m_action,
            [this](const QString &text) { m_action->setVisible(!text.isEmpty()); });
    // As a user's edit: whoever listens to typing hears of the cleared field.
    connect(m_action, &QAction::triggered, edit, [this] {
        m_edit->clear();
        m_edit->setFocus(Qt::OtherFocusReason);
        Q_EMIT m_edit->textEdited(QString());
        Q_EMIT m_edit->editingFinished();
    });
    retranslate();
    edit->installEventFilter(this);
}

bool ClearButton::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ClearButton::retranslate()
{
    m_action->setText(tr("Clear"));
    m_action->setToolTip(tr("Clear this field"));
}
