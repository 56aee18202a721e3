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

} // namespace

class TestLeaderboardModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesModelTester();

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

QTEST_MAIN(TestLeaderboardModel)
#include "tst_leaderboardmodel.moc"
