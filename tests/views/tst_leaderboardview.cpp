// The leaderboard view on a 4000-run demo store: its order, ranks, bands and medians against
// medians computed here from SQL rows; numeric sorting through the proxy; the text filter; the
// column chooser and the state round trip; the CSV export parsed back; the finding on hand-made
// runs with a known answer; row selection into the filter; the PNG of the page. Bands and ranks
// alone: tests/analysis/tst_leaderboardanalysis.cpp.
#include <filterstate.h>
#include <leaderboardview.h>

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include "../support/imagecheck.h"
#include "../support/leaderboardcolumns.h"
#include "../support/viewtestenv.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <optional>
#include <tuple>

using namespace wattprint;
using namespace wattprint::testsupport::leaderboard;

namespace {

bool near(double a, double b, double rel = 1e-12)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return std::abs(a - b) <= rel * std::max({std::abs(a), std::abs(b), 1e-300});
}

double median(std::vector<double> v)
{
    v.erase(std::remove_if(v.begin(), v.end(), [](double x) { return !std::isfinite(x); }), v.end());
    if (v.empty())
        return std::nan("");
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

// A configuration as the test sees it, straight from SQL rows.
struct SqlConfig
{
    QString dataset, shape, device;
    qint64 size = 0;
    int depth = 0;
    std::vector<double> energy, runTime, power, epd;
    std::vector<qint64> ids;
    double medEnergy = 0, medRunTime = 0, medPower = 0, medEpd = 0;
    int rank = 0, band = 0;
    std::size_t ranked = 0;
};

using Key = std::tuple<QString, QString, qint64, int, QString>;

Key keyOf(const ConfigurationStats &c)
{
    return {c.datasetName, c.shapeName, c.size, c.depth, c.gpu ? QStringLiteral("GPU") : QStringLiteral("CPU")};
}

using wattprint::testsupport::checkNotBlank;

bool hasColour(const QImage &image, QColor c, int minPixels = 20)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor p(image.pixel(x, y));
            n += std::abs(p.red() - c.red()) <= 6 && std::abs(p.green() - c.green()) <= 6
                && std::abs(p.blue() - c.blue()) <= 6;
        }
    }
    return n >= minPixels;
}

// CSV with quoted fields (RFC 4180).
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(bytes);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += ch;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += ch;
            }
        } else if (ch == QLatin1Char('"')) {
            quoted = true;
        } else if (ch == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (ch == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else {
            field += ch;
        }
    }
    return rows;
}

} // namespace

class TestLeaderboardView : public QObject
{
    Q_OBJECT

private:
    std::map<Key, SqlConfig> sqlConfigs(const QString &where = {}, int minRuns = DefaultMinRunsToRank) const;
    bool waitReady(int timeoutMs = 30000)
    {
        return testsupport::ViewTestEnvironment::waitReady(m_view.get(), timeoutMs);
    }

    testsupport::ViewTestEnvironment m_fx;
    std::unique_ptr<LeaderboardView> m_view;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void texts();
    void orderRanksAndMediansMatchSql();
    void proxySortsNumbers();
    void textFilter();
    void columnChooserAndState();
    void csvExport();
    void findingKnownAnswer();
    void findingOnStore();
    void qualityNoteIncludesWithOneClick();
    void selectionIntoFilter();
    void exportsPng();
    void fullDemoTiming();
    void preferenceHoldsUntilTheUserChooses();
};

void TestLeaderboardView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    DemoOptions options;
    options.runs = 4000;
    options.traceJobs = 2;
    QString error;
    QVERIFY2(m_fx.buildDemo(options, &error), qPrintable(error));
}

void TestLeaderboardView::cleanupTestCase()
{
    m_fx.closeStore();
}

void TestLeaderboardView::init()
{
    m_fx.reset();
    m_view = std::make_unique<LeaderboardView>();
    m_view->resize(900, 600);
    m_view->setEnvironment(m_fx.env);
}

void TestLeaderboardView::cleanup()
{
    m_view.reset();
    m_fx.release();
}

std::map<Key, SqlConfig> TestLeaderboardView::sqlConfigs(const QString &where, int minRuns) const
{
    QSqlQuery q(m_fx.store()->database());
    // The runs failing a quality check are left out of the ranking by default.
    const QString passing = where.isEmpty() ? QStringLiteral("WHERE quality = 0")
                                            : where + QStringLiteral(" AND quality = 0");
    const QString sql = QStringLiteral("SELECT dataset, shape, size, depth, device, energy, run_time, power, "
                                       "energy_per_datum, id FROM runs %1")
                            .arg(passing);
    if (!q.exec(sql))
        qFatal("%s", qPrintable(sql));
    std::map<Key, SqlConfig> configs;
    while (q.next()) {
        const Key key{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toInt(),
                      q.value(4).toString()};
        SqlConfig &c = configs[key];
        c.dataset = q.value(0).toString();
        c.shape = q.value(1).toString();
        c.size = q.value(2).toLongLong();
        c.depth = q.value(3).toInt();
        c.device = q.value(4).toString();
        c.energy.push_back(q.value(5).toDouble());
        c.runTime.push_back(q.value(6).toDouble());
        c.power.push_back(q.value(7).toDouble());
        c.epd.push_back(q.value(8).isNull() ? std::nan("") : q.value(8).toDouble());
        c.ids.push_back(q.value(9).toLongLong());
    }
    // Medians, then rank and band by brute force: rank = 1 + configurations of the dataset with a
    // strictly smaller median energy per datum; band = the fifth of the dataset that rank falls in.
    for (auto &[key, c] : configs) {
        c.medEnergy = median(c.energy);
        c.medRunTime = median(c.runTime);
        c.medPower = median(c.power);
        c.medEpd = median(c.epd);
    }
    // Ranked: a finite median on at least minRuns finite values (the view's default, 2).
    const auto rankable = [minRuns](const SqlConfig &c) {
        const auto finite = std::count_if(c.epd.begin(), c.epd.end(), [](double v) { return std::isfinite(v); });
        return !std::isnan(c.medEpd) && finite >= minRuns;
    };
    for (auto &[key, c] : configs) {
        if (!rankable(c))
            continue;
        std::size_t smaller = 0, ranked = 0;
        for (const auto &[k2, d] : configs) {
            if (d.dataset != c.dataset || !rankable(d))
                continue;
            ++ranked;
            smaller += d.medEpd < c.medEpd;
        }
        c.rank = int(smaller + 1);
        c.ranked = ranked;
        c.band = 1 + int(std::floor(5.0 * double(smaller) / double(ranked)));
    }
    return configs;
}

void TestLeaderboardView::texts()
{
    QCOMPARE(m_view->viewId(), QStringLiteral("leaderboard"));
    QCOMPARE(m_view->objectName(), QStringLiteral("leaderboard"));
    QCOMPARE(m_view->nugget(), QStringLiteral("Which configurations give the most training per joule?"));
    QVERIFY(!m_view->title().isEmpty());
    QVERIFY(m_view->howToRead().contains(QStringLiteral("band")));
    QVERIFY(!m_view->findChild<QLineEdit *>(QStringLiteral("filterEdit"))->accessibleName().isEmpty());
    QVERIFY(!m_view->findChild<QToolButton *>(QStringLiteral("columnsButton"))->accessibleName().isEmpty());
    QCOMPARE(m_view->model()->columnCount(), int(LeaderboardModel::ColumnCount));
    for (int c = 0; c < LeaderboardModel::ColumnCount; ++c)
        QCOMPARE(LeaderboardModel::columnFromKey(LeaderboardModel::columnKey(c)), c);
}

void TestLeaderboardView::orderRanksAndMediansMatchSql()
{
    m_view->show();
    QVERIFY(waitReady());
    const auto r = m_view->result();
    QVERIFY(r);
    const std::map<Key, SqlConfig> sql = sqlConfigs();
    QCOMPARE(r->configurations.size(), sql.size());
    QCOMPARE(r->rows.size(), sql.size());
    QCOMPARE(r->totalRuns, std::size_t(4000));

    // The independent order: dataset name, then median energy per datum, then shape, size,
    // depth, CPU before GPU; unranked last within the dataset.
    std::vector<const SqlConfig *> expected;
    for (const auto &[key, c] : sql)
        expected.push_back(&c);
    std::sort(expected.begin(), expected.end(), [](const SqlConfig *a, const SqlConfig *b) {
        if (a->dataset != b->dataset)
            return a->dataset < b->dataset;
        const double x = a->rank == 0 ? INFINITY : a->medEpd;
        const double y = b->rank == 0 ? INFINITY : b->medEpd;
        if (x != y)
            return x < y;
        return std::tie(a->shape, a->size, a->depth, a->device) < std::tie(b->shape, b->size, b->depth, b->device);
    });
    // The model sorts itself (by energy per datum, the view's default): find each configuration's
    // row, and check that order independently: ascending, NaN last, ties in the result's order.
    const LeaderboardModel *model = m_view->model();
    QCOMPARE(model->sortColumn(), int(LeaderboardModel::EnergyPerDatum));
    QCOMPARE(model->sortOrder(), Qt::AscendingOrder);
    std::map<std::size_t, int> modelRowOf;
    std::map<std::size_t, std::size_t> resultRowOf;
    for (std::size_t i = 0; i < r->rows.size(); ++i)
        resultRowOf[r->rows[i].configuration] = i;
    for (int row = 0; row < model->rowCount(); ++row)
        modelRowOf[std::size_t(model->index(row, 0).data(LeaderboardModel::ConfigurationRole).toULongLong())] = row;
    QCOMPARE(modelRowOf.size(), r->rows.size());
    for (int row = 1; row < model->rowCount(); ++row) {
        const auto keyOfRow = [&](int m) {
            const double v
                = model->index(m, LeaderboardModel::EnergyPerDatum).data(LeaderboardModel::RawRole).toDouble();
            const std::size_t c = std::size_t(
                model->index(m, 0).data(LeaderboardModel::ConfigurationRole).toULongLong());
            return std::make_pair(std::isnan(v) ? INFINITY : v, resultRowOf.at(c));
        };
        QVERIFY2(keyOfRow(row - 1) < keyOfRow(row), qPrintable(QString::number(row)));
    }
    int multiRun = 0;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const SqlConfig &e = *expected[i];
        const ConfigurationStats &c = r->configurations[r->rows[i].configuration];
        const Key key{e.dataset, e.shape, e.size, e.depth, e.device};
        QVERIFY2(keyOf(c) == key, qPrintable(QStringLiteral("row %1: %2").arg(i).arg(describeConfiguration(c))));
        QCOMPARE(c.n, e.energy.size());
        multiRun += c.n > 1;
        QVERIFY(near(c.medianEnergy, e.medEnergy));
        QVERIFY(near(c.medianRunTime, e.medRunTime));
        QVERIFY(near(c.medianPower, e.medPower));
        QVERIFY(near(c.medianEnergyPerDatum, e.medEpd));
        QCOMPARE(r->rows[i].rank, e.rank);
        QCOMPARE(r->rows[i].band, e.band);
        QCOMPARE(r->rows[i].rankedInDataset, e.ranked);
        // Up to five runs the interval is their range; its coverage is 1 - 2^(1-n).
        std::vector<double> finite;
        std::copy_if(e.epd.begin(), e.epd.end(), std::back_inserter(finite), [](double v) { return std::isfinite(v); });
        if (!finite.empty() && finite.size() <= 5) {
            QCOMPARE(r->rows[i].intervalLow, *std::min_element(finite.begin(), finite.end()));
            QCOMPARE(r->rows[i].intervalHigh, *std::max_element(finite.begin(), finite.end()));
            QCOMPARE(r->rows[i].intervalCoverage,
                     finite.size() == 1 ? 0.0 : 1.0 - std::ldexp(1.0, 1 - int(finite.size())));
        }
        // The model shows the same, in its own row.
        const int m = modelRowOf.at(r->rows[i].configuration);
        QCOMPARE(model->index(m, LeaderboardModel::Dataset).data().toString(), e.dataset);
        QCOMPARE(model->index(m, LeaderboardModel::Rank).data(LeaderboardModel::RawRole).toLongLong(),
                 qlonglong(e.rank));
        QVERIFY(near(model->index(m, LeaderboardModel::EnergyPerDatum).data(LeaderboardModel::RawRole).toDouble(),
                     e.medEpd));
    }
    QVERIFY2(multiRun > 50, "the demo should repeat some configurations");

    // Under a filter the table follows it.
    Filter f;
    f.devices = {QStringLiteral("GPU")};
    f.datasets = {QStringLiteral("mnist"), QStringLiteral("adult")};
    m_fx.filterState->setFilter(f);
    QVERIFY(waitReady());
    const auto filtered = sqlConfigs(QStringLiteral("WHERE device = 'GPU' AND dataset IN ('mnist', 'adult')"));
    QCOMPARE(m_view->result()->rows.size(), filtered.size());
    for (const auto &row : m_view->result()->rows) {
        const ConfigurationStats &c = m_view->result()->configurations[row.configuration];
        const auto it = filtered.find(keyOf(c));
        QVERIFY(it != filtered.end());
        QCOMPARE(row.rank, it->second.rank);
        QCOMPARE(row.band, it->second.band);
    }

    // One run is enough when the user says so: every configuration with a median is ranked.
    m_view->setMinRuns(1);
    QVERIFY(waitReady());
    const auto loose = sqlConfigs(QStringLiteral("WHERE device = 'GPU' AND dataset IN ('mnist', 'adult')"), 1);
    QCOMPARE(m_view->result()->tooFewRuns, std::size_t(0));
    for (const auto &row : m_view->result()->rows) {
        const auto it = loose.find(keyOf(m_view->result()->configurations[row.configuration]));
        QVERIFY(it != loose.end());
        QCOMPARE(row.rank, it->second.rank);
    }
}

void TestLeaderboardView::proxySortsNumbers()
{
    m_view->show();
    QVERIFY(waitReady());
    QSortFilterProxyModel *proxy = m_view->proxy();
    // By default only ranked configurations are listed; every one once unranked ones are shown.
    const auto r = m_view->result();
    QCOMPARE(proxy->rowCount(), int(r->rows.size() - r->unranked));
    QVERIFY(proxy->rowCount() > 0 && r->tooFewRuns > 0);
    QVERIFY(m_view->message().contains(QStringLiteral("fewer than 2 runs are not ranked and not listed")));
    m_view->setShowUnranked(true);
    QVERIFY(m_view->message().contains(QStringLiteral("fewer than 2 runs are listed but not ranked")));
    // The model sorts (the proxy only filters) by SortRole's numbers.
    QCOMPARE(m_view->model()->sortColumn(), int(LeaderboardModel::EnergyPerDatum));
    QCOMPARE(proxy->sortColumn(), -1);
    // The default: energy per datum, ascending.
    QCOMPARE(m_view->table()->horizontalHeader()->sortIndicatorSection(), int(LeaderboardModel::EnergyPerDatum));
    for (const int column :
         {int(LeaderboardModel::MedianEnergy), int(LeaderboardModel::Size), int(LeaderboardModel::RunTime),
          int(LeaderboardModel::Runs), int(LeaderboardModel::Rank)}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            m_view->sortBy(column, order);
            QCOMPARE(proxy->rowCount(), m_view->model()->rowCount());
            bool textWouldDiffer = false;
            for (int row = 1; row < proxy->rowCount(); ++row) {
                const double a = proxy->index(row - 1, column).data(LeaderboardModel::SortRole).toDouble();
                const double b = proxy->index(row, column).data(LeaderboardModel::SortRole).toDouble();
                QVERIFY2(order == Qt::AscendingOrder ? a <= b : a >= b,
                         qPrintable(QStringLiteral("column %1 row %2: %3 then %4").arg(column).arg(row).arg(a).arg(b)));
                const QString ta = proxy->index(row - 1, column).data().toString();
                const QString tb = proxy->index(row, column).data().toString();
                textWouldDiffer |= a != b && (order == Qt::AscendingOrder ? ta > tb : ta < tb);
            }
            if (column != LeaderboardModel::Runs)
                QVERIFY2(textWouldDiffer, "a text sort would have given another order");
        }
    }
    // The leaderboard's own order again.
    m_view->sortBy(-1, Qt::AscendingOrder);
    for (int row = 0; row < proxy->rowCount(); ++row)
        QCOMPARE(proxy->mapToSource(proxy->index(row, 0)).row(), row);
    // Text columns sort as text.
    m_view->sortBy(LeaderboardModel::Shape, Qt::AscendingOrder);
    for (int row = 1; row < proxy->rowCount(); ++row)
        QVERIFY(QString::localeAwareCompare(proxy->index(row - 1, LeaderboardModel::Shape).data().toString(),
                                            proxy->index(row, LeaderboardModel::Shape).data().toString())
                <= 0);
}

void TestLeaderboardView::textFilter()
{
    m_view->show();
    QVERIFY(waitReady());
    const auto sql = sqlConfigs();
    auto expectedCount = [&](auto pred) {
        return int(std::count_if(sql.begin(), sql.end(), [&](const auto &kv) { return pred(kv.second); }));
    };
    m_view->setShowUnranked(true); // every configuration, ranked or not
    // Through the line edit, as a user types.
    auto *edit = m_view->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QTest::keyClicks(edit, QStringLiteral("RECT gpu"));
    QCOMPARE(m_view->filterText(), QStringLiteral("RECT gpu"));
    const int n = m_view->proxy()->rowCount();
    QCOMPARE(n, expectedCount([](const SqlConfig &c) {
                 return c.shape.contains(QStringLiteral("rect")) && c.device == QStringLiteral("GPU");
             }));
    QVERIFY(n > 0);
    for (int row = 0; row < n; ++row) {
        QVERIFY(
            m_view->proxy()->index(row, LeaderboardModel::Shape).data().toString().contains(QStringLiteral("rect")));
        QCOMPARE(m_view->proxy()->index(row, LeaderboardModel::Device).data().toString(), QStringLiteral("GPU"));
    }
    // Words match any text column: a dataset name.
    m_view->setFilterText(QStringLiteral("mnist"));
    QCOMPARE(m_view->proxy()->rowCount(),
             expectedCount([](const SqlConfig &c) { return c.dataset == QStringLiteral("mnist"); }));
    // Numbers are not text columns: "256" matches nothing.
    m_view->setFilterText(QStringLiteral("256"));
    QCOMPARE(m_view->proxy()->rowCount(), 0);
    m_view->setFilterText(QString());
    QCOMPARE(m_view->proxy()->rowCount(), int(sql.size()));
}

void TestLeaderboardView::columnChooserAndState()
{
    m_view->show();
    QVERIFY(waitReady());
    // Through the Columns menu.
    auto *button = m_view->findChild<QToolButton *>(QStringLiteral("columnsButton"));
    QMenu *menu = button->menu();
    QVERIFY(menu);
    emit menu->aboutToShow();
    QCOMPARE(menu->actions().size(), int(LeaderboardModel::ColumnCount));
    QAction *power = menu->findChild<QAction *>(QStringLiteral("column_median_power_w"));
    QVERIFY(power && power->isChecked());
    power->trigger();
    QVERIFY(!m_view->isColumnVisible(LeaderboardModel::Power));
    QVERIFY(m_view->table()->isColumnHidden(LeaderboardModel::Power));
    m_view->setColumnVisible(LeaderboardModel::Runs, false);
    m_view->sortBy(LeaderboardModel::RunTime, Qt::DescendingOrder);
    m_view->setFilterText(QStringLiteral("cpu"));

    const QJsonObject state = m_view->saveState();
    QCOMPARE(state.value(QStringLiteral("sortColumn")).toString(), QStringLiteral("median_run_time_s"));
    QCOMPARE(state.value(QStringLiteral("sortOrder")).toString(), QStringLiteral("descending"));
    QCOMPARE(state.value(QStringLiteral("filterText")).toString(), QStringLiteral("cpu"));

    LeaderboardView other;
    other.restoreState(state);
    QVERIFY(!other.isColumnVisible(LeaderboardModel::Power));
    QVERIFY(!other.isColumnVisible(LeaderboardModel::Runs));
    QVERIFY(other.isColumnVisible(LeaderboardModel::Band));
    QCOMPARE(other.table()->horizontalHeader()->sortIndicatorSection(), int(LeaderboardModel::RunTime));
    QCOMPARE(other.table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(other.filterText(), QStringLiteral("cpu"));
    QCOMPARE(other.saveState(), state);

    // The last visible column stays.
    for (int c = 0; c < LeaderboardModel::ColumnCount; ++c)
        other.setColumnVisible(c, false);
    int visible = 0;
    for (int c = 0; c < LeaderboardModel::ColumnCount; ++c)
        visible += other.isColumnVisible(c);
    QCOMPARE(visible, 1);
}

void TestLeaderboardView::csvExport()
{
    QLocale::setDefault(QLocale(QLocale::German)); // decimal comma on screen, never in the file
    m_view->show();
    QVERIFY(waitReady());
    m_view->setColumnVisible(LeaderboardModel::Power, false);
    m_view->setFilterText(QStringLiteral("exponential"));
    const QString path = testsupport::ViewTestEnvironment::outPath(QStringLiteral("leaderboard.csv"));
    QString error;
    QVERIFY2(m_view->exportCsv(path, &error), qPrintable(error));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(file.readAll());
    QStringList header = {QStringLiteral("dataset"),
                          QStringLiteral("shape"),
                          QStringLiteral("size"),
                          QStringLiteral("depth"),
                          QStringLiteral("device"),
                          QStringLiteral("runs"),
                          QStringLiteral("median_energy_j"),
                          QStringLiteral("energy_per_datum_j"),
                          QStringLiteral("energy_per_datum_interval_low_j"),
                          QStringLiteral("energy_per_datum_interval_high_j"),
                          QStringLiteral("energy_per_datum_interval_coverage"),
                          QStringLiteral("median_run_time_s"),
                          QStringLiteral("rank_in_dataset"),
                          QStringLiteral("band")};
    QCOMPARE(rows.value(0), header);
    const auto sql = sqlConfigs(); // ranks are within the dataset, whatever the text filter
    // The rows shown: the ranked ones (configurations with at least two runs).
    QCOMPARE(rows.size() - 1, int(std::count_if(sql.begin(), sql.end(), [](const auto &kv) {
                 return kv.second.shape == QStringLiteral("exponential") && kv.second.rank > 0;
             })));
    double previous = -1;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &row = rows[i];
        QCOMPARE(row.size(), header.size());
        const Key key{row[0], row[1], row[2].toLongLong(), row[3].toInt(), row[4]};
        const auto it = sql.find(key);
        QVERIFY2(it != sql.end(), qPrintable(row.join(QLatin1Char(','))));
        const SqlConfig &c = it->second;
        bool ok = false;
        QCOMPARE(row[5].toLongLong(), qlonglong(c.energy.size()));
        QVERIFY(near(row[6].toDouble(&ok), c.medEnergy, 1e-13) && ok);
        const double epd = row[7].toDouble(&ok);
        QVERIFY(ok && near(epd, c.medEpd, 1e-13));
        QVERIFY(epd >= previous); // the default sort: energy per datum ascending
        previous = epd;
        // The interval as numbers in the C locale: around the median, with its coverage (n = 2: 50 %).
        const double low = row[8].toDouble(&ok);
        QVERIFY2(ok, qPrintable(row[8]));
        const double high = row[9].toDouble(&ok);
        QVERIFY2(ok, qPrintable(row[9]));
        const double coverage = row[10].toDouble(&ok);
        QVERIFY2(ok, qPrintable(row[10]));
        QVERIFY(low <= epd * (1 + 1e-12) && epd <= high * (1 + 1e-12));
        QVERIFY(coverage > 0 && coverage <= 1);
        if (c.energy.size() == 2)
            QCOMPARE(coverage, 0.5);
        QVERIFY(near(row[11].toDouble(&ok), c.medRunTime, 1e-13) && ok);
        QCOMPARE(row[12].toInt(), c.rank);
        QCOMPARE(row[13].toInt(), c.band);
        QVERIFY(!row[6].contains(QLatin1Char(' ')));
    }
    // An unwritable path fails with a message.
    QVERIFY(!m_view->exportCsv(QStringLiteral("/nonexistent-dir/x.csv"), &error));
    QVERIFY(error.contains(QStringLiteral("/nonexistent-dir/x.csv")));
}

void TestLeaderboardView::qualityNoteIncludesWithOneClick()
{
    QSqlQuery q(m_fx.store()->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM runs WHERE quality != 0")));
    QVERIFY(q.next());
    const qint64 failing = q.value(0).toLongLong();
    QVERIFY(failing > 0); // the demo plants runs failing each check
    m_view->show();
    QVERIFY(waitReady());
    QCOMPARE(m_view->result()->leftOutFailing, std::size_t(failing));
    QCOMPARE(m_view->qualityNote(),
             QStringLiteral("Runs failing a quality check, left out of the ranking: %1.").arg(failing));
    auto *label = m_view->findChild<QLabel *>(QStringLiteral("qualityLabel"));
    QVERIFY(label && label->isVisible());
    QVERIFY(label->text().contains(QLatin1String("Include them")));
    // One click: the view includes them at once and asks the app to make it everyone's choice.
    QSignalSpy requested(m_view.get(), &ViewPanel::failingRunsRequested);
    emit label->linkActivated(failingRunsKey(FailingRuns::Included));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).value<FailingRuns>(), FailingRuns::Included);
    QVERIFY(QTest::qWaitFor([this] { return m_view->isReady() && m_view->result()->leftOutFailing == 0; }, 30000));
    QCOMPARE(m_view->result()->failingRuns, std::size_t(failing));
    QCOMPARE(m_view->qualityNote(),
             QStringLiteral("Runs failing a quality check, included in the ranking: %1.").arg(failing));
    QVERIFY(label->text().contains(QLatin1String("Leave them out")));
    // The ranks now come from every run: the brute force over all rows agrees on the count.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM runs WHERE energy_per_datum IS NOT NULL "
                                  "GROUP BY dataset, shape, size, depth, device HAVING count(*) >= 2)")));
    QVERIFY(q.next());
    const auto ranked = std::count_if(m_view->result()->rows.begin(), m_view->result()->rows.end(),
                                      [](const LeaderboardResult::Row &r) { return r.rank > 0; });
    QCOMPARE(qint64(ranked), q.value(0).toLongLong());
    m_view->applyFailingRuns(FailingRuns::Excluded);
    QVERIFY(QTest::qWaitFor([this] { return m_view->isReady() && m_view->result()->leftOutFailing > 0; }, 30000));
}

void TestLeaderboardView::findingKnownAnswer()
{
    // Dataset a: 4 mJ (CPU, 32) and 2 mJ (GPU, 64, two runs 1 and 3 mJ); dataset b: 0.5 mJ
    // (CPU, 128, trapezoid) and 8 mJ. The best overall is b, trapezoid, 128, CPU: 2,000 per joule.
    const RunColumns c = handColumns({{"a", "rectangle", 32, false, 4e-3},
                                      {"a", "rectangle", 64, true, 1e-3},
                                      {"a", "rectangle", 64, true, 3e-3},
                                      {"b", "trapezoid", 128, false, 0.5e-3},
                                      {"b", "rectangle", 128, false, 8e-3}});
    // By default only the configuration with two runs is ranked, and the sentence says how little
    // two runs tell.
    QCOMPARE(LeaderboardView::findingFor(computeLeaderboard(c)),
             QStringLiteral("The one configuration with at least 2 runs, a, rectangle, 64 parameters, depth 3, GPU, "
                            "uses 2 mJ per training datum (2 runs, 50% interval 1\u20133 mJ), about 500 training "
                            "examples per joule."));
    const LeaderboardResult r = computeLeaderboard(c, RunMetric::EnergyPerDatum, 1);
    QCOMPARE(LeaderboardView::findingFor(r),
             QStringLiteral("Of 4 configurations, b, trapezoid, 128 parameters, depth 3, CPU gives the most training "
                            "per joule: 500 \u00B5J per training datum, about 2,000 training examples per joule."));
    QCOMPARE(LeaderboardView::findingFor(computeLeaderboard(RunColumns())),
             QStringLiteral("No runs match the filter."));
    RunColumns none = handColumns({{"a", "rectangle", 32, false, 4e-3}});
    none.energyPerDatum[0] = std::nan("");
    QCOMPARE(LeaderboardView::findingFor(computeLeaderboard(none, RunMetric::EnergyPerDatum, 1)),
             QStringLiteral("None of the 1 configuration(s) in the filter has an energy per datum to rank."));
    const RunColumns one = handColumns({{"a", "rectangle", 32, false, 0.04}});
    QCOMPARE(LeaderboardView::findingFor(computeLeaderboard(one, RunMetric::EnergyPerDatum, 1)),
             QStringLiteral("The one configuration with an energy per datum, a, rectangle, 32 parameters, depth 3, "
                            "CPU, uses 40 mJ per training datum (about 25 training examples per joule)."));
}

void TestLeaderboardView::findingOnStore()
{
    m_view->show();
    QVERIFY(waitReady());
    const auto sql = sqlConfigs();
    const SqlConfig *best = nullptr;
    int ranked = 0;
    for (const auto &[key, c] : sql) {
        if (c.rank == 0) // fewer than two runs, or no energy per datum
            continue;
        ++ranked;
        if (!best || c.medEpd < best->medEpd)
            best = &c;
    }
    QVERIFY(best);
    const QString what = QStringLiteral("%1, %2, %3 parameters, depth %4, %5")
                             .arg(best->dataset, best->shape, QLocale().toString(best->size))
                             .arg(best->depth)
                             .arg(best->device);
    QVERIFY2(m_view->finding().startsWith(
                 QStringLiteral("Of %1 configurations with at least 2 runs, %2 gives the most training per joule")
                     .arg(QLocale().toString(ranked), what)),
             qPrintable(m_view->finding()));
    qInfo("finding: %s", qPrintable(m_view->finding()));
}

void TestLeaderboardView::selectionIntoFilter()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady());
    const auto r = m_view->result();
    QTableView *table = m_view->table();
    auto *selectAction = m_view->findChild<QAction *>(QStringLiteral("selectAction"));
    QVERIFY(!selectAction->isEnabled());

    // Click the first row and press Enter: exactly that configuration.
    const QModelIndex first = m_view->proxy()->index(0, LeaderboardModel::Dataset);
    const ConfigurationStats c = r->configurations[first.data(LeaderboardModel::ConfigurationRole).toULongLong()];
    table->setFocus();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, table->visualRect(first).center());
    QVERIFY(selectAction->isEnabled());
    QTest::keyClick(table, Qt::Key_Return);
    Filter expected;
    expected.datasets = {c.datasetName};
    expected.shapes = {c.shapeName};
    expected.devices = {c.gpu ? QStringLiteral("GPU") : QStringLiteral("CPU")};
    expected.sizeMin = c.size;
    expected.sizeMax = c.size;
    expected.depthMin = c.depth;
    expected.depthMax = c.depth;
    QCOMPARE(m_fx.filterState->filter(), expected);
    QCOMPARE(m_fx.lastFilterText, QStringLiteral("Select configuration %1").arg(describeConfiguration(c)));
    QVERIFY(waitReady());
    QCOMPARE(m_view->result()->configurations.size(), std::size_t(1));

    // Two configurations: when their box (datasets x shapes x devices x size and depth ranges)
    // holds a third configuration, the filter lists their run ids; when it holds only them, it
    // says so in lists and ranges. Both cases, found by brute force here.
    m_fx.filterState->setFilter(Filter());
    QVERIFY(waitReady());
    const auto all = m_view->result();
    const auto &cs = all->configurations;
    auto boxCount = [&](std::size_t a, std::size_t b) {
        int n = 0;
        for (const auto &c3 : cs) {
            n += (c3.datasetName == cs[a].datasetName || c3.datasetName == cs[b].datasetName)
                && (c3.shapeName == cs[a].shapeName || c3.shapeName == cs[b].shapeName)
                && (c3.gpu == cs[a].gpu || c3.gpu == cs[b].gpu) && c3.size >= std::min(cs[a].size, cs[b].size)
                && c3.size <= std::max(cs[a].size, cs[b].size) && c3.depth >= std::min(cs[a].depth, cs[b].depth)
                && c3.depth <= std::max(cs[a].depth, cs[b].depth);
        }
        return n;
    };
    std::optional<std::pair<std::size_t, std::size_t>> loose, exact;
    for (std::size_t a = 0; a < cs.size() && (!loose || !exact); a += 7) {
        for (std::size_t b = a + 1; b < cs.size() && b < a + 400; b += 13) {
            const int n = boxCount(a, b);
            if (n > 2 && !loose)
                loose = std::make_pair(a, b);
            if (n == 2 && !exact && cs[a].datasetName != cs[b].datasetName)
                exact = std::make_pair(a, b);
        }
    }
    QVERIFY(loose && exact);
    m_view->setShowUnranked(true); // the pairs may hold single-run configurations
    m_view->sortBy(-1, Qt::AscendingOrder);
    auto selectPair = [&](std::pair<std::size_t, std::size_t> pair) {
        QItemSelectionModel *selection = table->selectionModel();
        selection->clearSelection();
        for (int row = 0; row < m_view->proxy()->rowCount(); ++row) {
            const auto cfg = m_view->proxy()->index(row, 0).data(LeaderboardModel::ConfigurationRole).toULongLong();
            if (cfg == pair.first || cfg == pair.second)
                selection->select(m_view->proxy()->index(row, 0),
                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        QCOMPARE(selection->selectedRows().size(), 2);
        selectAction->trigger();
    };
    selectPair(*loose);
    QSet<qint64> expectedIds;
    for (const std::size_t i : {loose->first, loose->second}) {
        const auto &ci = cs[i];
        QSqlQuery q(m_fx.store()->database());
        q.prepare(QStringLiteral("SELECT id FROM runs WHERE dataset = ? AND shape = ? AND size = ? AND depth = ? "
                                 "AND device = ?"));
        q.addBindValue(ci.datasetName);
        q.addBindValue(ci.shapeName);
        q.addBindValue(qlonglong(ci.size));
        q.addBindValue(ci.depth);
        q.addBindValue(ci.gpu ? QStringLiteral("GPU") : QStringLiteral("CPU"));
        QVERIFY(q.exec());
        while (q.next())
            expectedIds.insert(q.value(0).toLongLong());
    }
    Filter got = m_fx.filterState->filter();
    QVERIFY(got.datasets.isEmpty() && !got.sizeMin);
    QCOMPARE(QSet<qint64>(got.runIds.begin(), got.runIds.end()), expectedIds);
    QCOMPARE(m_fx.lastFilterText, QStringLiteral("Select 2 configurations"));
    QVERIFY(waitReady());
    QCOMPARE(m_view->result()->configurations.size(), std::size_t(2));

    m_fx.filterState->setFilter(Filter());
    QVERIFY(waitReady());
    selectPair(*exact);
    got = m_fx.filterState->filter();
    QVERIFY(got.runIds.isEmpty());
    QStringList datasets = {cs[exact->first].datasetName, cs[exact->second].datasetName};
    datasets.sort();
    QCOMPARE(got.datasets, datasets);
    QCOMPARE(*got.sizeMin, std::min(cs[exact->first].size, cs[exact->second].size));
    QCOMPARE(*got.depthMax, std::max(cs[exact->first].depth, cs[exact->second].depth));
    QVERIFY(waitReady());
    QCOMPARE(m_view->result()->configurations.size(), std::size_t(2));
}

void TestLeaderboardView::exportsPng()
{
    m_view->show();
    QVERIFY(waitReady());
    const QString png = testsupport::ViewTestEnvironment::outPath(QStringLiteral("leaderboard.png"));
    QString error;
    QVERIFY2(m_view->exportToFile(png, &error, 96), qPrintable(error));
    const QImage image(png);
    checkNotBlank(image, 40, 0.02);
    // Band chips drawn: the green of band 1 and the red of band 5... when the top rows reach them;
    // sorted by energy per datum the first rows are all band 1.
    QVERIFY(hasColour(image, LeaderboardModel::bandColor(1)));
    m_view->sortBy(LeaderboardModel::Band, Qt::DescendingOrder);
    QVERIFY(m_view->exportToFile(testsupport::ViewTestEnvironment::outPath(QStringLiteral("leaderboard-by-band.png")),
                                 &error, 96));
    QVERIFY(hasColour(QImage(testsupport::ViewTestEnvironment::outPath(QStringLiteral("leaderboard-by-band.png"))),
                      LeaderboardModel::bandColor(5)));
    QVERIFY(m_view->exportToFile(testsupport::ViewTestEnvironment::outPath(QStringLiteral("leaderboard.pdf")), &error));
    // The widget itself, at a dock's size.
    m_view->resize(700, 500);
    QTest::qWait(50);
    QVERIFY(m_view->grab().save(testsupport::ViewTestEnvironment::outPath(QStringLiteral("leaderboard-widget.png"))));
}

void TestLeaderboardView::fullDemoTiming()
{
    const QByteArray db = qgetenv("WATTPRINT_FULL_DEMO_DB");
    if (db.isEmpty())
        QSKIP("set WATTPRINT_FULL_DEMO_DB to a full demo store to time the view on it");
    if (!QFileInfo::exists(QString::fromLocal8Bit(db))) { // build it once (wattprint demo does the same)
        Store store(QString::fromLocal8Bit(db));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const ImportReport report = DemoStore::build(&store, DemoOptions());
        QVERIFY2(report.ok, qPrintable(report.error));
    }
    m_view->show();
    QVERIFY(waitReady());
    m_fx.setDataSource(QString::fromLocal8Bit(db), Filter());
    QElapsedTimer timer;
    timer.start();
    m_view->refresh();
    QVERIFY(waitReady(120000));
    qInfo("full demo: %zu configurations, refresh to ready %lld ms (load included)", m_view->result()->rows.size(),
          qlonglong(timer.elapsed()));
    timer.restart();
    m_fx.setDataSource(QString::fromLocal8Bit(db), Filter()); // a new generation: load again
    m_view->refresh();
    QVERIFY(waitReady(120000));
    qInfo("full demo: second refresh %lld ms", qlonglong(timer.elapsed()));
    const auto columns = m_fx.service->snapshot();
    if (columns) {
        timer.restart();
        const LeaderboardResult r = computeLeaderboard(*columns);
        qInfo("full demo: computeLeaderboard() alone %lld ms", qlonglong(timer.elapsed()));
    }
    timer.restart();
    m_view->sortBy(LeaderboardModel::MedianEnergy, Qt::DescendingOrder);
    qInfo("full demo: sort by median energy %lld ms", qlonglong(timer.elapsed()));
    QVERIFY(m_view->exportToFile(testsupport::ViewTestEnvironment::outPath(QStringLiteral("leaderboard-full.png"))));
}

void TestLeaderboardView::preferenceHoldsUntilTheUserChooses()
{
    m_view->show();
    QVERIFY(waitReady());
    auto *box = m_view->findChild<QSpinBox *>(QStringLiteral("minRunsBox"));
    QVERIFY(box);
    QCOMPARE(box->value(), 2);
    // The Preferences' value is in force, and layouts do not freeze it.
    m_view->applyMinRunsToRank(3);
    QVERIFY(waitReady());
    QCOMPARE(m_view->minRuns(), 3);
    QCOMPARE(box->value(), 3);
    QCOMPARE(m_view->result()->minRuns, std::size_t(3));
    QVERIFY(!m_view->saveState().contains(QStringLiteral("minRuns")));
    // The user's own value wins over later preferences, and is saved.
    box->setValue(1);
    QCOMPARE(m_view->minRuns(), 1);
    m_view->applyMinRunsToRank(4);
    QCOMPARE(m_view->minRuns(), 1);
    QCOMPARE(m_view->saveState().value(QStringLiteral("minRuns")).toInt(), 1);
    // A layout without its own value goes back to the preference.
    m_view->restoreState(QJsonObject{});
    QCOMPARE(m_view->minRuns(), 4);
    QVERIFY(!m_view->saveState().contains(QStringLiteral("minRuns")));
}

QTEST_MAIN(TestLeaderboardView)
#include "tst_leaderboardview.moc"
