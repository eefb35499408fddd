#include "passagemenu.h"

#include "documentmarks.h"
#include "handoutdocument.h"

#include <QAction>
#include <QMenu>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>

using namespace DocumentMarks;

void PassageMenu::addTo(QMenu *menu, const QTextCursor &at, HandoutDocument *document)
{
    const QString passageId = at.block().blockFormat().stringProperty(PassageIdProperty);
    if (passageId.isEmpty())
        return;
    QString sectionId;
    for (QTextFrame *frame = at.currentFrame(); frame && sectionId.isEmpty(); frame = frame->parentFrame())
        sectionId = frame->frameFormat().stringProperty(SectionIdProperty);
    const Passage *source = document->article().passage(passageId);
    if (sectionId.isEmpty() || !source)
        return;
    QAction *restore = new QAction(tr("Restore the article's wording"), menu);
    restore->setObjectName(QStringLiteral("restorePassage"));
    // Offered only where there is something to restore.
    restore->setEnabled(at.block().text().simplified() != source->text.simplified());
    QObject::connect(restore, &QAction::triggered, document,
                     [document, sectionId, passageId] { document->restorePassage(sectionId, passageId); });
    menu->addSeparator();
    menu->addAction(restore);
}
