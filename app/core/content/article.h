#pragma once

#include "glossary.h"
#include "passagetags.h"
#include "teachback.h"
#include "wording.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

struct Passage
{
    QString id;
    QString text;
    PassageTags tags;
    int line = 0;
};

struct Section
{
    QString id;
    QString title;
    int level = 1; // 1 for top-level topics
    QString parentId; // empty for top-level sections
    QStringList childIds;
    QList<Passage> passages;
    int line = 0;

    // Union of the tags of the section's own passages.
    PassageTags tags() const;
};

// An audience preset: which sections, in which order, suit one kind of reader.
struct Preset
{
    QString id;
    QString title;
    QString audience;
    QStringList sectionIds;
    int line = 0;
};

// A key safety point, written from what the article says and citing the
// passages it summarises, so a reviewer can check it against the source.
struct SafetyPoint
{
    QString id;
    QString text;
    QStringList sourcePassageIds;
    bool always = false; // shown in every summary, whatever the selection
    int line = 0;
};

struct ArticleMeta
{
    QString id;
    QString title; // in the pack's language: a translated pack's is translated
    QString sourceTitle; // as published: citations keep it in every language (citedTitle())
    QString author;
    QString credentials;
    QString authorNote; // the article's own note on its author, kept verbatim
    QString publisher;
    QDate published;
    QString byline; // the article's byline line as it appears in the source
    QString language;
    QString version;
    QDate reviewed;
    QDate nextReview;

    QString citedTitle() const { return sourceTitle.isEmpty() ? title : sourceTitle; }
};

// Fixed texts that appear on every handout. They live in the pack so they can be
// translated along with the content, into the handout's language.
struct HandoutTexts
{
    QHash<QString, QString> values;
    QString value(const QString &key) const { return values.value(key); }
    static QStringList requiredKeys();
    // The translation methods in the reader's words ("translation-method-draft"):
    // without one, the method's name is printed as the .info file spells it.
    static QStringList optionalKeys();
};

class Article
{
public:
    ArticleMeta meta;
    HandoutTexts texts;
    QList<Section> sections; // document order
    QList<Preset> presets;
    QList<SafetyPoint> safetyPoints;
    QList<GlossaryEntry> glossary; // in the pack's order
    QList<TeachBackPrompt> teachBack; // in the pack's order
    QString sourceFile;
    // The language the pack was written in; meta.language is the language its
    // texts are in now (they differ once the pack is translated).
    QString originalLanguage;
    QString sourceLanguage() const { return originalLanguage.isEmpty() ? meta.language : originalLanguage; }
    // Plain once the pack's texts are its plain-language wording.
    Wording wording = Wording::Original;

    // Call after filling the lists; lookups below depend on it.
    void rebuildIndex();

    const Section *section(const QString &id) const;
    const Passage *passage(const QString &id, const Section **owner = nullptr) const;
    const Preset *preset(const QString &id) const;
    const GlossaryEntry *glossaryEntry(const QString &id) const;
    int sectionIndex(const QString &id) const; // -1 when unknown

    // The section's full title path, e.g. {"Ketamine's Dual Nature…", "Medical Use"}.
    QStringList titlePath(const QString &sectionId) const;
    // Ids of the section and all its descendants, in document order.
    QStringList withDescendants(const QString &sectionId) const;
    // Passages of the given sections (in that order) that carry any of the tags.
    QList<const Passage *> taggedPassages(const QStringList &sectionIds, PassageTags tags) const;

private:
    QHash<QString, int> m_sectionIndex;
    QHash<QString, QPair<int, int>> m_passageIndex;
    QHash<QString, int> m_presetIndex;
};
