#pragma once

#include <QMessageBox>

// Every question the window asks goes through here, so a test can answer it
// in advance instead of facing a modal dialog (the seam KeePassXC uses).
namespace MessagePrompt {
QMessageBox::StandardButton ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                                QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
void inform(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text);
// Tests: the answer the next ask() returns without showing anything.
void setNextAnswer(QMessageBox::StandardButton answer);
// Tests: how many questions were asked or messages shown, and the last text.
int askedCount();
QString lastText();
} // namespace MessagePrompt
