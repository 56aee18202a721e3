// The leaderboard's table model under QAbstractItemModelTester: results swapped in and out (a full
// one, an empty one, one with unranked configurations), every role of every cell, sorting through
// a proxy. The result is built here from the analysis functions, not by the view.
#include "../support/demostorecache.h"

#include <configurations.h>
#include <leaderboardmodel.h>
#include <runcolumns.h>
#include <runloader.h>
#include <store.h>

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace wattprint;

namespace {

std::shared_ptr<const LeaderboardResult> resultFor(const RunColumns &runs)
{
    auto r = std::make_shared<LeaderboardResult>();
    ConfigurationTable table = summarizeConfigurations(runs);
    const std::vector<LeaderboardEntry> board = leaderboard(table, RunMetric::EnergyPerDatum);
    std::vector<bool> ranked(table.configurations.size(), false);
    for (const LeaderboardEntry &e : board) {
        LeaderboardResult::Row row;
        row.configuration = e.configuration;
        row.rank = e.rank;
        row.band = e.band;
        row.rankedInDataset = e.rankedInDataset;
        r->rows.push_back(row);
        ranked[e.configuration] = true;
    }
    for (std::size_t c = 0; c < ranked.size(); ++c) {
        if (!ranked[c]) {
            LeaderboardResult::Row row;
            row.configuration = c;
            r->rows.push_back(row);
            ++r->unranked;
        }
    }
    r->totalRuns = runs.rowCount();
    r->configurations = std::move(table.configurations);
    return r;
}

// The order the view's proxy used to give, through Qt's own sort: SortRole, NaN last (as +inf), text
// locale-aware, ties in source order (reversed with the rest for a descending sort).
class ReferenceProxy : public QSortFilterProxyModel
{
public:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QVariant x = left.data(LeaderboardModel::SortRole);
        const QVariant y = right.data(LeaderboardModel::SortRole);
        if (LeaderboardModel::isTextColumn(left.column())) {
            const int c = QString::localeAwareCompare(x.toString(), y.toString());
            return c != 0 ? c < 0 : left.row() < right.row();
        }
        if (x.toDouble() != y.toDouble())
            return x.toDouble() < y.toDouble();
        return left.row() < right.row();
    }
};

std::vector<std::size_t> configurationsInRows(const QAbstractItemModel &model)
{
    std::vector<std::size_t> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.push_back(std::size_t(model.index(row, 0).data(LeaderboardModel::ConfigurationRole).toULongLong()));
    return out;
}

} // namespace

class TestLeaderboardModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesModelTester();
    void sortsItselfAsAProxyWould();
    void sortKeepsPersistentIndexes();

private:
    QTemporaryDir m_dir;
    RunColumns m_runs;
};

void TestLeaderboardModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    DemoOptions options;
    options.runs = 3000;
    options.traceJobs = 5;
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(testsupport::copyDemoStore(options, path, &error), qPrintable(error));
    Store store(path);
    QVERIFY2(store.open(&error), qPrintable(error));
    QVERIFY2(RunLoader(&store).load({}, &m_runs, nullptr, &error), qPrintable(error));
}

void TestLeaderboardModel::passesModelTester()
{
    LeaderboardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(LeaderboardModel::SortRole);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const auto full = resultFor(m_runs);
    QVERIFY(full->rows.size() > 10);
    model.setResult(full);
    QCOMPARE(model.rowCount(), int(full->rows.size()));
    QCOMPARE(model.columnCount(), int(LeaderboardModel::ColumnCount));
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::TextAlignmentRole),
                             int(LeaderboardModel::SortRole), int(LeaderboardModel::RawRole),
                             int(LeaderboardModel::BandRole), int(LeaderboardModel::ConfigurationRole)})
                model.data(index, role);
        }
    }
    for (int column = 0; column < LeaderboardModel::ColumnCount; ++column) {
        proxy.sort(column, Qt::AscendingOrder);
        proxy.sort(column, Qt::DescendingOrder);
    }

    // An empty result, the whole one again, then none.
    model.setResult(std::make_shared<LeaderboardResult>());
    QCOMPARE(model.rowCount(), 0);
    model.setResult(resultFor(m_runs));
    model.retranslate();
    model.setResult(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.index(0, 0).isValid());
}

void TestLeaderboardModel::sortsItselfAsAProxyWould()
{
    const auto full = resultFor(m_runs);
    LeaderboardModel unsorted;
    unsorted.setResult(full);
    ReferenceProxy reference;
    reference.setSourceModel(&unsorted);
    LeaderboardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(full);
    QCOMPARE(configurationsInRows(model), configurationsInRows(unsorted));
    for (int column = 0; column < LeaderboardModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            reference.sort(column, order);
            model.sort(column, order);
            const QString what = LeaderboardModel::columnKey(column) + QLatin1String(order ? " desc" : " asc");
            QVERIFY2(configurationsInRows(model) == configurationsInRows(reference), qPrintable(what));
            // A new result is sorted by the sort in force, whether or not it brings its order.
            model.setResult(full);
            QVERIFY2(configurationsInRows(model) == configurationsInRows(reference), qPrintable(what));
            model.setResult(full, LeaderboardModel::sortedOrder(*full, column, order), column, order);
            QVERIFY2(configurationsInRows(model) == configurationsInRows(reference), qPrintable(what));
            // An order made for another sort is not taken.
            model.setResult(full, LeaderboardModel::sortedOrder(*full, -1, order), -1, order);
            QVERIFY2(configurationsInRows(model) == configurationsInRows(reference), qPrintable(what));
        }
    }
    // A language change sorts the names again, by the new default locale's collation.
    model.sort(LeaderboardModel::Dataset, Qt::DescendingOrder);
    reference.sort(LeaderboardModel::Dataset, Qt::DescendingOrder);
    const QPersistentModelIndex kept = model.index(5, 0);
    const QVariant keptConfiguration = kept.data(LeaderboardModel::ConfigurationRole);
    model.retranslate();
    QVERIFY(configurationsInRows(model) == configurationsInRows(reference));
    QCOMPARE(kept.data(LeaderboardModel::ConfigurationRole), keptConfiguration);
    model.sort(-1);
    QCOMPARE(configurationsInRows(model), configurationsInRows(unsorted));
    model.sort(-7, Qt::DescendingOrder); // any negative column: the result's order
    QCOMPARE(model.sortColumn(), -1);
    QCOMPARE(configurationsInRows(model), configurationsInRows(unsorted));
}

void TestLeaderboardModel::sortKeepsPersistentIndexes()
{
    const auto full = resultFor(m_runs);
    LeaderboardModel model;
    model.setResult(full);
    QSortFilterProxyModel proxy; // as the view's: filters only, the model sorts
    proxy.setSourceModel(&model);
    std::vector<QPersistentModelIndex> kept;
    std::vector<std::size_t> configurations;
    for (int row : {0, 3, model.rowCount() / 2, model.rowCount() - 1}) {
        kept.emplace_back(model.index(row, LeaderboardModel::Band));
        configurations.push_back(
            std::size_t(model.index(row, 0).data(LeaderboardModel::ConfigurationRole).toULongLong()));
    }
    const QPersistentModelIndex throughProxy = proxy.index(3, LeaderboardModel::Runs);
    model.sort(LeaderboardModel::Power, Qt::DescendingOrder);
    QVERIFY(model.index(3, 0).data(LeaderboardModel::ConfigurationRole).toULongLong() != configurations[1]);
    for (std::size_t i = 0; i < kept.size(); ++i) {
        QVERIFY(kept[i].isValid());
        QCOMPARE(kept[i].column(), int(LeaderboardModel::Band));
        QCOMPARE(std::size_t(kept[i].data(LeaderboardModel::ConfigurationRole).toULongLong()), configurations[i]);
    }
    QCOMPARE(std::size_t(throughProxy.data(LeaderboardModel::ConfigurationRole).toULongLong()), configurations[1]);
}

QTEST_MAIN(TestLeaderboardModel)
#include "tst_leaderboardmodel.moc"
