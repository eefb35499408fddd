#pragma once

#include <QMenu>

class ContentLibrary;
class QActionGroup;

// Every installed content pack by its title, the built-in one and the user's
// (issue 19: a user pack could not be chosen in the window). Choosing one asks
// the window for a new handout from it; the menu only lists and reports.
class PackMenu : public QMenu
{
    Q_OBJECT

public:
    PackMenu(const ContentLibrary &library, QWidget *parent = nullptr);

    // Marks the pack the handout is made from.
    void showPack(const QString &id);

Q_SIGNALS:
    void packChosen(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const ContentLibrary &m_library;
    QActionGroup *m_group;
};
