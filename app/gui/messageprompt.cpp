#include "messageprompt.h"

#include <QInputDialog>

namespace {
QList<QMessageBox::StandardButton> g_answers;
QStringList g_texts;
int g_asked = 0;
QString g_lastText;
} // namespace

QMessageBox::StandardButton MessagePrompt::ask(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                               const QString &text, QMessageBox::StandardButtons buttons,
                                               QMessageBox::StandardButton defaultButton)
{
    // Counted and kept before any answer: tests check that the question was
    // asked and what it said, not only what came of it.
    ++g_asked;
    g_lastText = text;
    if (!g_answers.isEmpty())
        return g_answers.takeFirst();
    const std::unique_ptr<QMessageBox> shown = box(parent, icon, title, text, buttons);
    shown->setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(shown->exec());
}

void MessagePrompt::inform(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    ++g_asked;
    g_lastText = text;
    // A notice uses up a preset answer too, so a test's answers line up with
    // the boxes in the order the user would see them.
    if (!g_answers.isEmpty()) {
        g_answers.takeFirst();
        return;
    }
    box(parent, icon, title, text, QMessageBox::Ok)->exec();
}

std::unique_ptr<QMessageBox> MessagePrompt::box(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                                const QString &text, QMessageBox::StandardButtons buttons)
{
    auto box = std::make_unique<QMessageBox>(icon, title, QString(), buttons, parent);
    box->setTextFormat(Qt::PlainText); // before the text, so it is never parsed as HTML
    box->setText(text);
    return box;
}

bool MessagePrompt::askText(QWidget *parent, const QString &title, const QString &label, QString *text)
{
    ++g_asked;
    g_lastText = label;
    if (!g_texts.isEmpty()) {
        const QString answer = g_texts.takeFirst();
        if (answer.isNull())
            return false;
        *text = answer;
        return true;
    }
    bool ok = false;
    const QString answer = QInputDialog::getText(parent, title, label, QLineEdit::Normal, *text, &ok);
    if (ok)
        *text = answer;
    return ok;
}

void MessagePrompt::setNextText(const QString &text)
{
    g_texts << text;
}

void MessagePrompt::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_answers << answer;
}

int MessagePrompt::askedCount()
{
    return g_asked;
}

QString MessagePrompt::lastText()
{
    return g_lastText;
}
