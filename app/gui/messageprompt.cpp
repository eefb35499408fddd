#include "messageprompt.h"

namespace {
QList<QMessageBox::StandardButton> g_answers;
int g_asked = 0;
QString g_lastText;
} // namespace

QMessageBox::StandardButton MessagePrompt::ask(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                               const QString &text, QMessageBox::StandardButtons buttons,
                                               QMessageBox::StandardButton defaultButton)
{
    ++g_asked;
    g_lastText = text;
    if (!g_answers.isEmpty())
        return g_answers.takeFirst();
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void MessagePrompt::inform(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    ++g_asked;
    g_lastText = text;
    if (!g_answers.isEmpty()) {
        g_answers.takeFirst();
        return;
    }
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.exec();
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
