#include "testscript.h"

#include "composereditor.h"
#include "documentreader.h"
#include "filecommands.h"
#include "filedialogs.h"
#include "handoutdocument.h"
#include "mainwindow.h"
#include "messageprompt.h"
#include "personalizationform.h"
#include "sectionpanel.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QStatusBar>
#include <QTextBlock>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

TestScript::TestScript(MainWindow *window, const QStringList &lines)
    : QObject(window)
    , m_window(window)
    , m_lines(lines)
{ }

bool TestScript::enabled()
{
    return qEnvironmentVariable("HANDOUT_COMPOSER_TESTING") == "1"_L1;
}

void TestScript::start()
{
    QTimer::singleShot(0, this, &TestScript::next);
}

void TestScript::next()
{
    while (m_index < m_lines.size()) {
        const QString line = m_lines.at(m_index++).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QString command = line.section(u' ', 0, 0);
        const QString argument = line.section(u' ', 1);
        if (command == "wait"_L1) {
            std::printf("ok wait\n");
            std::fflush(stdout);
            QTimer::singleShot(argument.toInt(), this, &TestScript::next);
            return;
        }
        QString error;
        if (run(command, argument, &error))
            std::printf("ok %s\n", qPrintable(command));
        else
            std::printf("error %s: %s\n", qPrintable(command), qPrintable(error));
        std::fflush(stdout);
        if (command == "quit"_L1)
            return;
    }
}

bool TestScript::run(const QString &command, const QString &argument, QString *error)
{
    HandoutDocument *doc = m_window->document();
    if (command == "preset"_L1) {
        m_window->sectionPanel()->applyPreset(argument);
        return doc->selectedSections() == doc->article().preset(argument)->sectionIds;
    }
    if (command == "language"_L1)
        return m_window->setHandoutLanguage(argument) && doc->language() == argument;
    if (command == "sections"_L1) {
        doc->applySelection(argument.split(u','));
        return true;
    }
    if (command == "patient"_L1) {
        QLineEdit *edit = m_window->personalizationForm()->patientEdit();
        edit->setText(argument);
        m_window->personalizationForm()->commit();
        return doc->personalization().patient == argument;
    }
    if (command == "type"_L1) {
        const QString passage = argument.section(u' ', 0, 0);
        const QString text = argument.section(u' ', 1);
        const QTextBlock block = DocumentReader::passageBlock(doc->textDocument(), passage);
        if (!block.isValid()) {
            *error = u"no passage "_s + passage;
            return false;
        }
        m_window->editor()->setTextCursor(QTextCursor(block));
        m_window->editor()->insertPlainText(text);
        return true;
    }
    if (command == "answer"_L1) {
        static const QHash<QString, QMessageBox::StandardButton> answers = {
            {u"yes"_s, QMessageBox::Yes},         {u"no"_s, QMessageBox::No}, {u"cancel"_s, QMessageBox::Cancel},
            {u"discard"_s, QMessageBox::Discard}, {u"ok"_s, QMessageBox::Ok},
        };
        MessagePrompt::setNextAnswer(answers.value(argument, QMessageBox::Cancel));
        return answers.contains(argument);
    }
    if (command == "export"_L1) {
        FileDialogs::setNextFileName(argument);
        m_window->action(u"exportPdf"_s)->trigger();
        return QFile::exists(argument);
    }
    if (command == "save"_L1) {
        FileDialogs::setNextFileName(argument);
        m_window->action(u"saveAs"_s)->trigger();
        return QFile::exists(argument);
    }
    if (command == "autosave"_L1) {
        if (!m_window->files()->autosaveNow()) {
            *error = u"nothing to autosave"_s;
            return false;
        }
        std::printf("autosaved %s\n", qPrintable(m_window->files()->autosavePath()));
        return true;
    }
    if (command == "recover"_L1) {
        m_window->files()->offerRecovery();
        return true;
    }
    if (command == "trigger"_L1) {
        QAction *action = m_window->action(argument);
        if (!action) {
            *error = u"no action "_s + argument;
            return false;
        }
        action->trigger();
        return true;
    }
    if (command == "grab"_L1)
        return m_window->grab().save(argument);
    if (command == "state"_L1) {
        const QJsonObject state {
            {u"sections"_s, QJsonArray::fromStringList(doc->selectedSections())},
            {u"modified"_s, doc->isModified()},
            {u"title"_s, m_window->windowTitle()},
            {u"path"_s, m_window->files()->currentPath()},
            {u"status"_s, m_window->statusBar()->currentMessage()},
            {u"text"_s, doc->textDocument()->toPlainText()},
            {u"language"_s, doc->language()},
        };
        std::printf("state %s\n", QJsonDocument(state).toJson(QJsonDocument::Compact).constData());
        return true;
    }
    if (command == "quit"_L1) {
        QTimer::singleShot(0, m_window, &QWidget::close);
        return true;
    }
    *error = u"unknown command"_s;
    return false;
}
