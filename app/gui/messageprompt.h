#pragma once

#include <QMessageBox>

#include <memory>

// Every question the window asks goes through here, so a test can answer it
// in advance instead of facing a modal dialog (the seam KeePassXC uses).
namespace MessagePrompt {
QMessageBox::StandardButton ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                                QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
void inform(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text);
// Asks for one line of text; false when the user cancels.
bool askText(QWidget *parent, const QString &title, const QString &label, QString *text);
// The box ask() and inform() show. Always plain text: a message quotes file
// names and values read from files, and Qt would take anything that looks
// like HTML as rich text (an <img> in a handout's field read local files and
// a fake heading appeared in the box).
std::unique_ptr<QMessageBox> box(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                                 QMessageBox::StandardButtons buttons);
// Tests: the answer the next ask() returns without showing anything.
void setNextAnswer(QMessageBox::StandardButton answer);
// Tests: the text the next askText() returns without showing anything (a
// null QString cancels).
void setNextText(const QString &text);
// Tests: how many questions were asked or messages shown, and the last text.
int askedCount();
QString lastText();
} // namespace MessagePrompt
