#include "documentmarks.h"
#include "documentreader.h"
#include "handoutassembler.h"
#include "handoutrequest.h"
#include "testsupport.h"

#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QtTest>

using namespace Qt::StringLiterals;
using DocumentMarks::Role;

// The "Check your understanding" part as the one assembler writes it: the
// chosen sections' questions, in order, each with ruled room for the answer.
class TestTeachBack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void partHoldsTheChosenSectionsQuestionsWithRoom();
    void noPartUnlessAsked();
    void noPartWhenNoSectionHasQuestions();

private:
    static HandoutContent content(const QStringList &sections, bool teachBack);
    static QStringList blockTexts(const QTextFrame *frame);
};

HandoutContent TestTeachBack::content(const QStringList &sections, bool teachBack)
{
    const Article &article = TestSupport::builtinArticle();
    HandoutRequest request;
    request.sectionIds = sections;
    request.includeTeachBack = teachBack;
    return request.compose(article, request.resolve(article));
}

QStringList TestTeachBack::blockTexts(const QTextFrame *frame)
{
    QStringList out;
    for (auto it = frame->begin(); !it.atEnd(); ++it) {
        if (it.currentBlock().isValid() && !it.currentBlock().text().isEmpty())
            out << it.currentBlock().text();
    }
    return out;
}

void TestTeachBack::partHoldsTheChosenSectionsQuestionsWithRoom()
{
    const Article &article = TestSupport::builtinArticle();
    // Conclusion first: the questions follow the handout's order, not the pack's.
    const HandoutContent c = content({u"conclusion"_s, u"dissociative-states"_s}, true);
    QTextDocument doc;
    HandoutAssembler(article, HandoutStyle::normal()).build(&doc, c);
    QTextFrame *part = DocumentReader::frameWithRole(&doc, int(Role::TeachBack));
    QVERIFY(part);

    QStringList expected;
    for (const QString &id : {u"conclusion"_s, u"dissociative-states"_s}) {
        for (const TeachBackPrompt *p : TeachBack::forSections(article, {id}))
            expected << p->prompt;
    }
    QCOMPARE(expected.size(), 3); // one for the conclusion, two for dissociative states
    const QStringList texts = blockTexts(part);
    QCOMPARE(texts.first(), article.texts.value(u"teach-back-title"_s));
    QStringList printed;
    for (const QString &t : texts) {
        if (t.contains(u"Tell me in your own words"_s))
            printed << t;
    }
    QCOMPARE(printed.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(printed[i], u"%1. %2"_s.arg(i + 1).arg(expected[i]));
    // Who wrote them, and that they are drafts.
    QVERIFY(texts[2].contains(u"Handout Composer team (AI-assisted draft)"_s));
    QVERIFY(texts[2].contains(u"not yet been reviewed"_s));

    // Room for each answer: ruled lines, each a cell with only a bottom rule.
    int rooms = 0;
    for (QTextFrame *child : part->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(child);
        QVERIFY(table);
        QCOMPARE(DocumentMarks::roleOf(table->format()), Role::AnswerSpace);
        QCOMPARE(table->rows(), 3);
        const QTextTableCellFormat cell = table->cellAt(0, 0).format().toTableCellFormat();
        QVERIFY(cell.bottomBorder() > 0);
        QCOMPARE(cell.topBorder(), 0.0);
        QVERIFY(cell.topPadding() >= HandoutStyle::normal().bodyPt);
        ++rooms;
    }
    QCOMPARE(rooms, expected.size());
}

void TestTeachBack::noPartUnlessAsked()
{
    QTextDocument doc;
    HandoutAssembler(TestSupport::builtinArticle(), HandoutStyle::normal())
        .build(&doc, content({u"conclusion"_s, u"dissociative-states"_s}, false));
    QVERIFY(!DocumentReader::frameWithRole(&doc, int(Role::TeachBack)));
    QVERIFY(!doc.toPlainText().contains(u"Tell me in your own words"_s));
}

void TestTeachBack::noPartWhenNoSectionHasQuestions()
{
    const Article &article = TestSupport::builtinArticle();
    // A section with no warning and no question of its own.
    QString plain;
    for (const Section &s : article.sections) {
        if (!s.tags() && TeachBack::forSections(article, {s.id}).isEmpty() && s.childIds.isEmpty()) {
            plain = s.id;
            break;
        }
    }
    QVERIFY(!plain.isEmpty());
    QTextDocument doc;
    HandoutAssembler(article, HandoutStyle::normal()).build(&doc, content({plain}, true));
    QVERIFY(!DocumentReader::frameWithRole(&doc, int(Role::TeachBack)));
}

QTEST_MAIN(TestTeachBack)
#include "tst_teachback.moc"
