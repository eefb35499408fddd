#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One entry of a pack's glossary: a term a patient may not know, the other
// forms it takes in the text, and a short plain definition. Definitions are
// added by the pack, not taken from the article, so each carries who added it
// and whether a person has reviewed it.
struct GlossaryEntry
{
    QString id;
    QString term;
    QStringList variants; // other forms found in the text: plurals, spelled-out acronyms
    QString definition;
    QString addedBy;
    QString review; // one of Glossary::reviewStates()
    int line = 0;

    // The term first, then its variants: every form the handout's text is searched for.
    QStringList forms() const;
};

// The rules a glossary block must follow, checked as the pack is read.
class Glossary
{
public:
    static constexpr int MaxDefinitionWords = 20;
    static QStringList requiredKeys();
    static QStringList optionalKeys();
    static QStringList reviewStates();

    // Builds an entry from a block's values (keys already known to be allowed
    // and non-empty). On a problem returns nullopt with *errorLine and *error.
    std::optional<GlossaryEntry> add(const QString &id, int blockLine, const QHash<QString, QString> &values,
                                     const QHash<QString, int> &valueLines, int *errorLine, QString *error);

    // Splits "a, b,c" (the variants list, or a translated term with its forms).
    static QStringList splitForms(const QString &list);

private:
    // Every form in the glossary, folded to lower case, with the entry and
    // line that claimed it: a form may belong to one entry only, or the box
    // could not say which definition a word in the text has.
    QHash<QString, QPair<QString, int>> m_forms;
};
