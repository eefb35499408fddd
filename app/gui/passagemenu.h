#pragma once

#include <QCoreApplication>

class HandoutDocument;
class QMenu;
class QTextCursor;

// The editor's context menu entries for the passage under the mouse:
// "Restore the article's wording" when the passage differs from the article.
class PassageMenu
{
    Q_DECLARE_TR_FUNCTIONS(PassageMenu)

public:
    static void addTo(QMenu *menu, const QTextCursor &at, HandoutDocument *document);
};
