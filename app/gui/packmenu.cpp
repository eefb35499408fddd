#include "packmenu.h"

#include "contentlibrary.h"

#include <QActionGroup>
#include <QDir>
#include <QEvent>

using namespace Qt::StringLiterals;

PackMenu::PackMenu(const ContentLibrary &library, QWidget *parent)
    : QMenu(parent)
    , m_library(library)
    , m_group(new QActionGroup(this))
{
    setObjectName(u"PackMenu"_s);
    for (const Article &pack : library.packs()) {
        QAction *a = addAction(pack.meta.title);
        a->setObjectName(u"pack-"_s + pack.meta.id);
        a->setData(pack.meta.id);
        a->setCheckable(true);
        m_group->addAction(a);
        connect(a, &QAction::triggered, this, [this, id = pack.meta.id] { Q_EMIT packChosen(id); });
    }
    retranslate();
}

void PackMenu::showPack(const QString &id)
{
    for (QAction *a : m_group->actions())
        a->setChecked(a->data().toString() == id);
}

void PackMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void PackMenu::retranslate()
{
    setTitle(tr("Content Pac&k"));
    // Titles can be alike: the version and the file tell a corrected pack
    // from the one that was shipped.
    for (QAction *a : m_group->actions()) {
        const Article *pack = m_library.pack(a->data().toString());
        if (!pack)
            continue;
        const QString tip = ContentLibrary::isBuiltin(*pack)
            ? tr("Version %1, built in").arg(pack->meta.version)
            : tr("Version %1, from %2").arg(pack->meta.version, QDir::toNativeSeparators(pack->sourceFile));
        a->setToolTip(tip);
        a->setStatusTip(tip);
    }
}
