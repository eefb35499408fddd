#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Article;

// A question the clinician asks to check that the patient understood a
// section ("Tell me in your own words why …"). It restates what the cited
// passages say and adds nothing: the pack wrote it, not the article, so it
// carries who added it and whether a person has reviewed it, like a glossary
// definition.
struct TeachBackPrompt
{
    QString id;
    QString sectionId;
    QString prompt;
    QStringList sourcePassageIds; // passages of sectionId the question follows
    QString addedBy;
    QString review; // one of TeachBack::reviewStates()
    int line = 0;
};

// The rules a teach-back block follows, checked as the pack is read.
class TeachBack
{
public:
    static QStringList requiredKeys();
    static QStringList reviewStates();

    // Builds a prompt from a block's values (keys already known to be allowed
    // and non-empty). Sections and passages are checked later, by check().
    static std::optional<TeachBackPrompt> make(const QString &id, int blockLine, const QHash<QString, QString> &values,
                                               const QHash<QString, int> &valueLines, int *errorLine, QString *error);

    // Once the whole pack is read: every prompt names a known section and
    // cites passages of that section; and, once a pack has any prompt, every
    // section with a risk or supervision passage has at least one, so that no
    // warning goes unchecked. On a problem returns false with the line.
    static bool check(const Article &article, int *errorLine, QString *error);

    // The prompts of the given sections, in the sections' order, then the
    // pack's.
    static QList<const TeachBackPrompt *> forSections(const Article &article, const QStringList &sectionIds);
};
