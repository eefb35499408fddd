#include "contentlibrary.h"
#include "contentpackreader.h"
#include "termfinder.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;

// The built-in pack against the article it was made from.
class TestContentPack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsEveryParagraphInOrder();
    void followsTheArticleHeadings();
    void idsAreUniqueAndReadable();
    void riskTagsAreTheReviewedList();
    void supervisionTagsAreTheReviewedList();
    void hasCompleteMetadata();
    void presetsCoverTheAudiences();
    void safetyPointsCoverEveryTaggedPassage();
    void glossaryTermsOccurInTheArticle();
    void glossaryCoversTheIssueTerms();

private:
    static QStringList taggedIds(PassageTag tag);
};

void TestContentPack::keepsEveryParagraphInOrder()
{
    // Every non-empty line of the article is, in order, the title, the byline,
    // a heading, a passage or the note on the author: nothing dropped, nothing
    // reworded, nothing moved.
    const QString seed = QString::fromUtf8(TestSupport::readAll(TestSupport::seedPath()));
    QStringList expected;
    for (const QString &line : seed.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            expected << line.trimmed();
    }
    const Article &a = TestSupport::builtinArticle();
    QStringList actual {a.meta.title, a.meta.byline};
    for (const Section &s : a.sections) {
        actual << s.title;
        for (const Passage &p : s.passages)
            actual << p.text;
    }
    actual << a.meta.authorNote;
    QCOMPARE(actual.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(actual[i], expected[i]);
}

void TestContentPack::followsTheArticleHeadings()
{
    const Article &a = TestSupport::builtinArticle();
    QStringList topLevel;
    for (const Section &s : a.sections) {
        if (s.level == 1)
            topLevel << s.id;
    }
    QCOMPARE(
        topLevel,
        (QStringList {u"introduction"_s, u"dual-nature"_s, u"dissociative-states"_s, u"understanding-depression"_s,
                      u"habenula"_s, u"preclinical-models"_s, u"clinical-uses"_s, u"other-psychiatric-challenges"_s,
                      u"brain-function"_s, u"nmda-neuroplasticity"_s, u"excitatory-inhibitory"_s, u"bdnf"_s,
                      u"opioid-pathway"_s, u"divergent-mechanisms"_s, u"conclusion"_s}));
    QCOMPARE(a.section(u"dual-nature"_s)->childIds,
             (QStringList {u"medical-use"_s, u"recreational-use"_s, u"fine-line"_s}));
    QCOMPARE(a.section(u"seizure-ketamine-role"_s)->parentId, u"excitatory-inhibitory"_s);
    QCOMPARE(a.section(u"seizure-ketamine-role"_s)->level, 2);
}

void TestContentPack::idsAreUniqueAndReadable()
{
    const Article &a = TestSupport::builtinArticle();
    const QRegularExpression readable(u"^[a-z][a-z0-9]*(-[a-z0-9]+)+$|^[a-z]+$"_s);
    QSet<QString> seen;
    int passages = 0;
    for (const Section &s : a.sections) {
        QVERIFY2(readable.match(s.id).hasMatch(), qPrintable(s.id));
        QVERIFY2(!seen.contains(s.id), qPrintable(s.id));
        seen.insert(s.id);
        for (const Passage &p : s.passages) {
            QVERIFY2(readable.match(p.id).hasMatch(), qPrintable(p.id));
            QVERIFY2(!seen.contains(p.id), qPrintable(p.id));
            seen.insert(p.id);
            ++passages;
        }
    }
    QCOMPARE(a.sections.size(), 47);
    QCOMPARE(passages, 101);
}

QStringList TestContentPack::taggedIds(PassageTag tag)
{
    QStringList ids;
    for (const Section &s : TestSupport::builtinArticle().sections) {
        for (const Passage &p : s.passages) {
            if (p.tags.testFlag(tag))
                ids << p.id;
        }
    }
    return ids;
}

// The tags were chosen by reading each passage. Changing a tag in the pack must
// change this list too, so every change is a reviewed one.
void TestContentPack::riskTagsAreTheReviewedList()
{
    const QStringList reviewed = {u"introduction-abuse-potential"_s,
                                  u"introduction-flavor-of-the-week"_s,
                                  u"recreational-use-problems"_s,
                                  u"recreational-use-hallucinations"_s,
                                  u"recreational-use-danger-in-recovery"_s,
                                  u"fine-line-handle-with-care"_s,
                                  u"fine-line-not-safe-for-everyone"_s,
                                  u"dissociative-states-detachment"_s,
                                  u"dissociative-states-outside-control"_s,
                                  u"dissociative-states-supervision"_s,
                                  u"ketamine-potential-caution"_s,
                                  u"caution-research-needed-for-safety"_s,
                                  u"complex-picture-long-term-safety-unknown"_s,
                                  u"acute-effects-dissociative-state"_s,
                                  u"long-term-effects-less-understood"_s,
                                  u"long-term-effects-addiction-cognition"_s,
                                  u"long-term-effects-caution-outside-medical-setting"_s,
                                  u"nmda-seizures-overactivation"_s,
                                  u"seizure-ketamine-role-monitoring"_s,
                                  u"opioid-controversy-addiction-misuse"_s,
                                  u"opioid-controversy-safety-questions"_s,
                                  u"opioid-balanced-caution"_s,
                                  u"opioid-balanced-risks-not-ignored"_s,
                                  u"opioid-balanced-history-with-substances"_s,
                                  u"immediate-effects-dissociation"_s,
                                  u"long-term-mechanisms-still-studied"_s,
                                  u"long-term-mechanisms-research-lacking"_s,
                                  u"conclusion-responses-vary"_s,
                                  u"conclusion-new-not-proven"_s};
    QCOMPARE(taggedIds(PassageTag::Risk), reviewed);
}

void TestContentPack::supervisionTagsAreTheReviewedList()
{
    const QStringList reviewed
        = {u"dissociative-states-supervision"_s,       u"durability-individualized-treatment"_s,
           u"complex-picture-professional-guidance"_s, u"long-term-effects-caution-outside-medical-setting"_s,
           u"seizure-ketamine-role-monitoring"_s,      u"conclusion-consult-professionals"_s,
           u"conclusion-informed-decisions"_s,         u"conclusion-guidance-of-experts"_s};
    QCOMPARE(taggedIds(PassageTag::Supervision), reviewed);
}

void TestContentPack::hasCompleteMetadata()
{
    const ArticleMeta &m = TestSupport::builtinArticle().meta;
    QCOMPARE(m.id, u"ketamine-review"_s);
    QCOMPARE(m.title, u"A Detailed Review of Ketamine’s Newfound Popularity"_s);
    QCOMPARE(m.author, u"Jeff Simone"_s);
    QVERIFY(m.credentials.contains(u"Doctor of Pharmacy"_s));
    QCOMPARE(m.publisher, u"Reaction Recovery"_s);
    QCOMPARE(m.published, QDate(2023, 8, 15));
    QCOMPARE(m.language, u"en"_s);
    QVERIFY(!m.version.isEmpty());
    QVERIFY(m.reviewed.isValid());
    QVERIFY(m.nextReview > m.reviewed);
    // The byline as printed in the source carries the publication date.
    QVERIFY(m.byline.contains(u"Aug 15, 2023"_s));
}

void TestContentPack::presetsCoverTheAudiences()
{
    const Article &a = TestSupport::builtinArticle();
    QVERIFY(a.presets.size() >= 3);
    QVERIFY(a.preset(u"considering-treatment"_s));
    QVERIFY(a.preset(u"in-recovery"_s));
    QVERIFY(a.preset(u"family-caregivers"_s));
    // The article stresses the risk for people in recovery: their preset must
    // carry the recreational-use and opioid passages.
    const QStringList recovery = a.preset(u"in-recovery"_s)->sectionIds;
    QVERIFY(recovery.contains(u"recreational-use"_s));
    QVERIFY(recovery.contains(u"opioid-balanced-perspective"_s));
    for (const Preset &p : a.presets) {
        QVERIFY2(!a.taggedPassages(p.sectionIds, PassageTag::Supervision).isEmpty(), qPrintable(p.id));
        QVERIFY2(!a.taggedPassages(p.sectionIds, PassageTag::Risk).isEmpty(), qPrintable(p.id));
    }
}

void TestContentPack::safetyPointsCoverEveryTaggedPassage()
{
    const Article &a = TestSupport::builtinArticle();
    QSet<QString> cited;
    for (const SafetyPoint &point : a.safetyPoints) {
        for (const QString &id : point.sourcePassageIds)
            cited.insert(id);
    }
    QStringList all;
    for (const Section &s : a.sections)
        all << s.id;
    for (const Passage *p : a.taggedPassages(all, PassageTag::Risk | PassageTag::Supervision))
        QVERIFY2(cited.contains(p->id), qPrintable(p->id));
    bool anyAlways = false;
    for (const SafetyPoint &point : a.safetyPoints)
        anyAlways = anyAlways || point.always;
    QVERIFY(anyAlways);
}

// A definition is only useful for a word the article uses: every entry's term
// or one of its variants occurs in the article, as a whole word.
void TestContentPack::glossaryTermsOccurInTheArticle()
{
    const Article &a = TestSupport::builtinArticle();
    QStringList text {a.meta.title};
    for (const Section &s : a.sections) {
        text << s.title;
        for (const Passage &p : s.passages)
            text << p.text;
    }
    const QString article = text.join(u'\n');
    QVERIFY(a.glossary.size() >= 20);
    for (const GlossaryEntry &entry : a.glossary) {
        const QList<GlossaryEntry> one {entry};
        QVERIFY2(!TermFinder(one).find(article).isEmpty(), qPrintable(entry.id));
        QVERIFY2(entry.review == "draft"_L1, qPrintable(entry.id)); // nobody has reviewed them yet
        QVERIFY2(!entry.addedBy.isEmpty(), qPrintable(entry.id));
    }
}

// The terms the issue asked for (those of them the article uses).
void TestContentPack::glossaryCoversTheIssueTerms()
{
    const Article &a = TestSupport::builtinArticle();
    QStringList forms;
    for (const GlossaryEntry &entry : a.glossary) {
        for (const QString &form : entry.forms())
            forms << form.toLower();
    }
    for (const QString &term :
         {u"nmda receptor"_s, u"bdnf"_s, u"habenula"_s, u"glutamate"_s, u"neuroplasticity"_s, u"dissociative"_s,
          u"anesthesia"_s, u"anesthetic"_s, u"ptsd"_s, u"opioid"_s, u"antagonist"_s, u"cognitive"_s, u"suicidality"_s})
        QVERIFY2(forms.contains(term), qPrintable(term));
}

QTEST_MAIN(TestContentPack)
#include "tst_contentpack.moc"
