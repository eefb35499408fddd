#pragma once

#include "article.h"
#include "tscatalog.h"
#include "wording.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <functional>

// The state of one translated text, as the handout and the coverage report
// show it. Only a person makes a translation "reviewed" (Linguist's "done").
enum class TranslationState {
    Original, // the pack's own language: nothing to translate
    Reviewed,
    Draft, // translated, not yet reviewed
    Stale, // the source changed after it was translated: shown in the source language
    Missing, // no translation: shown in the source language
};

// Who translated a language and how; kept beside its .ts file (<name>.info).
struct TranslationInfo
{
    QString translator;
    QString method; // professional, back-translated or draft
    QString reviewer;
    QDate reviewed;

    // A few lines of names and a date; the names go in every page's footer.
    static constexpr qint64 MaxFileSize = qint64(64) * 1024;
    static constexpr qsizetype MaxNameLength = 200;

    static std::optional<TranslationInfo> parse(const QByteArray &text, const QString &fileName, SourceError *error);
    static QStringList methods();
};

struct TranslationCoverage
{
    int total = 0;
    int reviewed = 0;
    int draft = 0;
    int stale = 0;
    int missing = 0;
};

// A content pack in one handout language: its texts replaced by their
// translations where there is one that matches the current source, and the
// state of every text, so a handout can say which of its passages are drafts,
// out of date, or in the source language.
struct TranslatedPack
{
    Article article;
    QString language;
    Wording wording = Wording::Original;
    TranslationInfo info;
    QHash<QString, TranslationState> states; // by TsMessage::key()
    TranslationCoverage coverage;

    TranslationState passageState(const QString &sectionId, const QString &passageId) const;
    TranslationState textState(const QString &context, const QString &id) const;
};

// Turns a content pack into Linguist messages and back.
class ContentTranslation
{
    Q_DECLARE_TR_FUNCTIONS(ContentTranslation)

public:
    // Every translatable text of the pack, as messages with empty translations.
    static QList<TsMessage> sourceMessages(const Article &pack);
    // The pack in the catalog's language, or (Wording::Plain) in the catalog's
    // plain wording. A plain wording need not restate the glossary, presets or
    // fixed handout texts: where it has none, the pack's own text is used as is.
    static TranslatedPack apply(const Article &pack, const TsCatalog &catalog, const TranslationInfo &info,
                                Wording wording = Wording::Original);
    // The pack in its own language (every state Original).
    static TranslatedPack original(const Article &pack);
    // A catalog for the current pack that keeps every existing translation:
    // a text whose source changed keeps its translation, marked unfinished
    // with the old source beside it (Linguist shows the difference); a text
    // no longer in the pack is kept as vanished until someone removes it.
    static TsCatalog refresh(const Article &pack, const TsCatalog &existing, const QString &language);
    static TranslationState stateOf(const TsMessage *message, const QString &currentSource);

    static inline const QString PresetsContext = QStringLiteral("presets");
    static inline const QString SafetyPointsContext = QStringLiteral("safety-points");
    static inline const QString HandoutTextContext = QStringLiteral("handout-text");
    static inline const QString GlossaryContext = QStringLiteral("glossary");
    static inline const QString TeachBackContext = QStringLiteral("teach-back");
    static inline const QString ArticleContext = QStringLiteral("article");
    static inline const QString TitleId = QStringLiteral("title");
    static inline const QString TermSuffix = QStringLiteral(".term");
    static inline const QString DefinitionSuffix = QStringLiteral(".definition");

private:
    static void
    translateGlossary(TranslatedPack *out,
                      const std::function<QString(const QString &, const QString &, const QString &)> &translate);
};
