#include "handoutassembler.h"
#include "passagerestore.h"
#include "testsupport.h"

#include <QtTest>

using namespace Qt::StringLiterals;

// "Restore the article's wording" brings back one passage: its source text,
// in its box, where it stood or where the article has it; nothing else moves.
class TestPassageRestore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editedPassageGetsItsWordingBackInPlace();
    void removedCalloutComesBackInItsBoxAfterItsPredecessor();
    void removedFirstPassageGoesAfterTheHeading();
    void passageTakenOutOfItsBoxGoesBackIn();
    void otherEditsStay();
    void unknownPassageChangesNothing();

private:
    static SectionContent source(const QString &sectionId);
    static SectionContent without(SectionContent section, const QString &passageId);
    static ContentBlock *find(SectionContent &section, const QString &passageId, PassageTags *callout = nullptr);
};

SectionContent TestPassageRestore::source(const QString &sectionId)
{
    return HandoutAssembler::sourceSection(TestSupport::builtinArticle(), sectionId);
}

SectionContent TestPassageRestore::without(SectionContent section, const QString &passageId)
{
    for (ContentItem &item : section.items)
        item.blocks.removeIf([&](const ContentBlock &b) { return b.passageId == passageId; });
    section.items.removeIf([](const ContentItem &item) { return item.blocks.isEmpty(); });
    return section;
}

ContentBlock *TestPassageRestore::find(SectionContent &section, const QString &passageId, PassageTags *callout)
{
    for (ContentItem &item : section.items) {
        for (ContentBlock &block : item.blocks) {
            if (block.passageId == passageId) {
                if (callout)
                    *callout = item.callout;
                return &block;
            }
        }
    }
    return nullptr;
}

void TestPassageRestore::editedPassageGetsItsWordingBackInPlace()
{
    const SectionContent original = source(u"introduction"_s);
    SectionContent edited = original;
    find(edited, u"introduction-receptors"_s)->runs = {TextRun {u"My own words."_s}};
    QCOMPARE(PassageRestore::restore(edited, original, u"introduction-receptors"_s), original);
}

void TestPassageRestore::removedCalloutComesBackInItsBoxAfterItsPredecessor()
{
    const SectionContent original = source(u"dissociative-states"_s);
    const SectionContent removed = without(original, u"dissociative-states-outside-control"_s);
    QVERIFY(!(removed == original));
    QCOMPARE(PassageRestore::restore(removed, original, u"dissociative-states-outside-control"_s), original);
}

void TestPassageRestore::removedFirstPassageGoesAfterTheHeading()
{
    const SectionContent original = source(u"introduction"_s);
    const SectionContent removed = without(original, u"introduction-therapeutic-attention"_s);
    QCOMPARE(PassageRestore::restore(removed, original, u"introduction-therapeutic-attention"_s), original);
}

void TestPassageRestore::passageTakenOutOfItsBoxGoesBackIn()
{
    const SectionContent original = source(u"introduction"_s);
    SectionContent unboxed = original;
    for (ContentItem &item : unboxed.items) {
        if (!item.blocks.isEmpty() && item.blocks.first().passageId == u"introduction-abuse-potential"_s)
            item.callout = {};
    }
    PassageTags callout;
    QVERIFY(find(unboxed, u"introduction-abuse-potential"_s, &callout));
    QVERIFY(!callout);
    SectionContent restored = PassageRestore::restore(unboxed, original, u"introduction-abuse-potential"_s);
    QVERIFY(find(restored, u"introduction-abuse-potential"_s, &callout));
    QVERIFY(callout.testFlag(PassageTag::Risk));
}

void TestPassageRestore::otherEditsStay()
{
    const SectionContent original = source(u"dissociative-states"_s);
    SectionContent edited = without(original, u"dissociative-states-detachment"_s);
    find(edited, u"dissociative-states-supervision"_s)->runs = {TextRun {u"Reworded."_s}};
    ContentBlock added;
    added.runs = {TextRun {u"A line the clinician added."_s}};
    edited.items.append(ContentItem {{}, {added}});

    const SectionContent restored = PassageRestore::restore(edited, original, u"dissociative-states-detachment"_s);
    SectionContent copy = restored;
    QCOMPARE(find(copy, u"dissociative-states-supervision"_s)->plainText(), u"Reworded."_s);
    QCOMPARE(copy.items.last().blocks.last().plainText(), u"A line the clinician added."_s);
    QCOMPARE(find(copy, u"dissociative-states-detachment"_s)->plainText(),
             TestSupport::builtinArticle().passage(u"dissociative-states-detachment"_s)->text);
    // In the article's place: right after the heading.
    QCOMPARE(copy.items.at(1).blocks.first().passageId, u"dissociative-states-detachment"_s);
}

void TestPassageRestore::unknownPassageChangesNothing()
{
    const SectionContent original = source(u"introduction"_s);
    const SectionContent edited = without(original, u"introduction-overview"_s);
    QCOMPARE(PassageRestore::restore(edited, original, u"no-such-passage"_s), edited);
}

QTEST_MAIN(TestPassageRestore)
#include "tst_passagerestore.moc"
