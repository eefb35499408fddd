#include "handoutdocument.h"
#include "sectiontreemodel.h"
#include "selectedsectionsmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace Qt::StringLiterals;

// The section panel's models, checked by Qt's model tester while the handout
// changes under them.
class TestSectionModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::builtinArticle(); }
    void treeIsTheArticle();
    void treePassesTheModelTesterThroughChanges();
    void parentsAreTriState();
    void iconsAndTooltipsMarkRiskAndSupervision();
    void searchTextCoversPassages();
    void orderListFollowsTheDocument();
    void dragAndDropMovesASection();
    void moveRowBounds();
};

void TestSectionModels::treeIsTheArticle()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    SectionTreeModel model(&doc);
    QCOMPARE(model.rowCount(), 15);
    const QModelIndex dual = model.indexOf(u"dual-nature"_s);
    QCOMPARE(model.rowCount(dual), 3);
    QCOMPARE(model.index(1, 0, dual).data(SectionTreeModel::SectionIdRole).toString(), u"recreational-use"_s);
    QCOMPARE(model.parent(model.index(1, 0, dual)), dual);
    QCOMPARE(model.index(1, 0, dual).data().toString(), u"Recreational Use"_s);
}

void TestSectionModels::treePassesTheModelTesterThroughChanges()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    SectionTreeModel model(&doc);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setFilterRole(SectionTreeModel::SearchTextRole);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.indexOf(u"introduction"_s), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(changed.count() > 0);
    doc.applySelection(TestSupport::builtinArticle().preset(u"in-recovery"_s)->sectionIds);
    proxy.setFilterFixedString(u"opioid"_s);
    QVERIFY(proxy.rowCount() > 0);
    proxy.setFilterFixedString(QString());
    doc.setSectionsSelected(doc.selectedSections(), false);
    QVERIFY(!model.setData(model.indexOf(u"introduction"_s), u"x"_s, Qt::DisplayRole));
}

void TestSectionModels::parentsAreTriState()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    SectionTreeModel model(&doc);
    const QModelIndex dual = model.indexOf(u"dual-nature"_s);
    QVERIFY(model.flags(dual) & Qt::ItemIsAutoTristate);
    QVERIFY(model.flags(dual) & Qt::ItemIsUserCheckable);
    QCOMPARE(dual.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    model.setData(model.indexOf(u"fine-line"_s), Qt::Checked, Qt::CheckStateRole);
    QCOMPARE(dual.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    model.setData(dual, Qt::Checked, Qt::CheckStateRole);
    QCOMPARE(dual.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(doc.selectedSections().size(), 4);
    model.setData(dual, Qt::Unchecked, Qt::CheckStateRole);
    QVERIFY(doc.selectedSections().isEmpty());
}

void TestSectionModels::iconsAndTooltipsMarkRiskAndSupervision()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    SectionTreeModel model(&doc);
    QPixmap red(8, 8);
    red.fill(Qt::red);
    QPixmap blue(8, 8);
    blue.fill(Qt::blue);
    QPixmap both(8, 8);
    both.fill(Qt::magenta);
    model.setIcons(QIcon(red), QIcon(blue), QIcon(both));
    const auto iconColor = [&](const QString &id) {
        const QIcon icon = model.indexOf(id).data(Qt::DecorationRole).value<QIcon>();
        return icon.isNull() ? QColor() : icon.pixmap(8, 8).toImage().pixelColor(2, 2);
    };
    QCOMPARE(iconColor(u"recreational-use"_s), QColor(Qt::red));
    QCOMPARE(iconColor(u"durability-of-effects"_s), QColor(Qt::blue));
    QCOMPARE(iconColor(u"dissociative-states"_s), QColor(Qt::magenta));
    QCOMPARE(iconColor(u"medical-use"_s), QColor());
    const QString tip = model.indexOf(u"dissociative-states"_s).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"3 passages on risks"_s) || tip.contains(u"3 passage(s) on risks"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"supervision"_s), qPrintable(tip));
    QCOMPARE(model.indexOf(u"dissociative-states"_s).data(SectionTreeModel::TagsRole).toInt(),
             int(PassageTag::Risk | PassageTag::Supervision));
}

void TestSectionModels::searchTextCoversPassages()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    SectionTreeModel model(&doc);
    const QString text = model.indexOf(u"recreational-use"_s).data(SectionTreeModel::SearchTextRole).toString();
    QVERIFY(text.startsWith(u"Recreational Use"_s));
    QVERIFY(text.contains(u"Special K"_s));
}

void TestSectionModels::orderListFollowsTheDocument()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    SelectedSectionsModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    doc.applySelection({u"conclusion"_s, u"introduction"_s});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(SelectedSectionsModel::SectionIdRole).toString(), u"conclusion"_s);
    QCOMPARE(model.index(0).data().toString(), u"In Conclusion"_s);
    doc.setSectionsSelected({u"medical-use"_s}, true);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.index(2).data(Qt::ToolTipRole).toString().contains(u"Dual Nature"_s));
    doc.undo();
    QCOMPARE(model.rowCount(), 2);
}

void TestSectionModels::dragAndDropMovesASection()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    SelectedSectionsModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    doc.applySelection({u"introduction"_s, u"medical-use"_s, u"fine-line"_s, u"conclusion"_s});
    QVERIFY(model.flags(model.index(0)) & Qt::ItemIsDragEnabled);
    QVERIFY(model.flags(QModelIndex()) & Qt::ItemIsDropEnabled);
    std::unique_ptr<QMimeData> data(model.mimeData({model.index(3)}));
    QVERIFY(data);
    QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, 1, 0, {}));
    QVERIFY(!model.canDropMimeData(data.get(), Qt::CopyAction, 1, 0, {}));
    model.dropMimeData(data.get(), Qt::MoveAction, 1, 0, {}); // drop between row 0 and 1
    QCOMPARE(doc.selectedSections(),
             (QStringList {u"introduction"_s, u"conclusion"_s, u"medical-use"_s, u"fine-line"_s}));
    std::unique_ptr<QMimeData> first(model.mimeData({model.index(0)}));
    model.dropMimeData(first.get(), Qt::MoveAction, -1, -1, {}); // onto the empty area: the end
    QCOMPARE(doc.selectedSections().last(), u"introduction"_s);
    QMimeData foreign;
    foreign.setText(u"introduction"_s);
    QVERIFY(!model.canDropMimeData(&foreign, Qt::MoveAction, 0, 0, {}));
}

void TestSectionModels::moveRowBounds()
{
    HandoutDocument doc(TestSupport::builtinArticle());
    SelectedSectionsModel model(&doc);
    doc.applySelection({u"introduction"_s, u"conclusion"_s});
    QVERIFY(!model.moveRow(0, -1));
    QVERIFY(!model.moveRow(1, +1));
    QVERIFY(model.moveRow(1, -1));
    QCOMPARE(doc.selectedSections(), (QStringList {u"conclusion"_s, u"introduction"_s}));
}

QTEST_MAIN(TestSectionModels)
#include "tst_sectionmodels.moc"
