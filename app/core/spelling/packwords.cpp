#include "packwords.h"

#include "article.h"
#include "contenttranslation.h"

#include <QTextBoundaryFinder>

QSet<QString> PackWords::ofText(const QString &text)
{
    QSet<QString> words;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype start = 0;
    while (start >= 0 && start < text.size()) {
        const qsizetype next = finder.toNextBoundary();
        if (next < 0)
            break;
        if (finder.boundaryReasons() & QTextBoundaryFinder::EndOfItem)
            words.insert(text.mid(start, next - start));
        start = next;
    }
    return words;
}

QSet<QString> PackWords::of(const Article &pack)
{
    QSet<QString> words;
    for (const TsMessage &m : ContentTranslation::sourceMessages(pack))
        words.unite(ofText(m.source));
    for (const QString &text : pack.texts.values)
        words.unite(ofText(text));
    for (const QString &text : {pack.meta.author, pack.meta.credentials, pack.meta.publisher, pack.meta.byline,
                                pack.meta.citedTitle(), pack.meta.authorNote})
        words.unite(ofText(text));
    return words;
}
