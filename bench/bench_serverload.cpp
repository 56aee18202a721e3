// Reading a store on a PostgreSQL server beside the same runs in an SQLite file
// (docs/postgresql.md): the runs every view's snapshot loads (RunLoader: SQLite's raw handle
// against QtSql's QPSQL driver) and the summary, on the demo store (63,527 runs by default, or
// the count given). The server is WATTPRINT_TEST_POSTGRES, as for the tests
// (bash scripts/with-postgres.sh build/release/bench/bench_serverload); without one it says so and
// stops. The rows reach the server by bound-parameter INSERTs (the server's importer is not
// written yet), which are timed too. Then the writers both engines share: the energy model's refit,
// the quality refresh (every run's quality changed, so every run is written) and removing the demo.
#include "../tests/support/pgtestserver.h"

#include <demostore.h>
#include <expectedenergystore.h>
#include <filter.h>
#include <qualityrefresh.h>
#include <runloader.h>
#include <store.h>
#include <storesummary.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace wattprint;

namespace {

// Median milliseconds of `rounds` runs of `work`.
double medianMs(int rounds, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (testsupport::postgresUrl().isEmpty()) {
        std::printf("bench_serverload: no PostgreSQL server configured (set WATTPRINT_TEST_POSTGRES, or run it "
                    "through scripts/with-postgres.sh); nothing measured\n");
        return 0;
    }
    DemoOptions options;
    if (argc > 1)
        options.runs = QByteArray(argv[1]).toLongLong();
    QTemporaryDir dir;
    Store lite(dir.filePath(QStringLiteral("demo.sqlite")));
    QString error;
    if (!lite.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const ImportReport report = DemoStore::build(&lite, options);
    if (!report.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error));
        return 1;
    }
    testsupport::PgTestDatabase db;
    if (!db.isValid()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    Store server(db.url());
    if (!server.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!testsupport::copyStoreRows(&lite, &server, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("%lld runs; copied to the server by bound INSERTs (runs, traces, nodes, imports) in %.1f s\n",
                static_cast<long long>(options.runs), timer.elapsed() / 1000.0);

    Filter some;
    some.devices = {QStringLiteral("GPU")};
    some.ranges.insert(QStringLiteral("size"), {1000, 1e9});
    struct Case
    {
        const char *name;
        Filter filter;
    };
    for (const Case &c : {Case{"all runs", Filter()}, Case{"GPU, size >= 1000", some}}) {
        for (Store *store : {&lite, &server}) {
            RunColumns columns;
            const double ms = medianMs(5, [&] { RunLoader(store).load(c.filter, &columns, nullptr, &error); });
            std::printf("load %-18s %-10s %8.1f ms (%zu runs)\n", c.name, store == &lite ? "SQLite" : "PostgreSQL", ms,
                        columns.rowCount());
        }
    }
    for (Store *store : {&lite, &server}) {
        const double ms = medianMs(5, [&] { StoreSummary::compute(store); });
        std::printf("summary %-27s %-10s %8.1f ms\n", "", store == &lite ? "SQLite" : "PostgreSQL", ms);
    }
    // Opening a store, as every snapshot load on a worker thread does.
    for (const QString &where : {lite.path(), server.path()}) {
        const double ms = medianMs(5, [&] {
            Store s(where);
            s.open(&error);
        });
        std::printf("open %-30s %-10s %8.1f ms\n", "", where == lite.path() ? "SQLite" : "PostgreSQL", ms);
    }
    // The writers, each in a transaction of its own as an import or a removal would hold.
    bool written = true;
    const auto inTransaction = [&](Store *store, const std::function<bool()> &work) {
        written = store->database().transaction() && work() && store->database().commit() && written;
    };
    for (Store *store : {&lite, &server}) {
        const double ms = medianMs(
            3, [&] { inTransaction(store, [&] { return ExpectedEnergyStore::refresh(store, &error); }); });
        std::printf("refit %-29s %-10s %8.1f ms\n", "", store == &lite ? "SQLite" : "PostgreSQL", ms);
    }
    for (Store *store : {&lite, &server}) {
        // Every run's quality made wrong first (not timed), so the refresh rewrites them all.
        std::vector<double> times;
        for (int round = 0; round < 3; ++round) {
            written = QSqlQuery(store->database()).exec(QStringLiteral("UPDATE runs SET quality = 1024")) && written;
            QElapsedTimer refresh;
            refresh.start();
            inTransaction(store, [&] { return qualityrefresh::refresh(store, std::nullopt, &error); });
            times.push_back(refresh.nsecsElapsed() / 1e6);
        }
        std::sort(times.begin(), times.end());
        const double ms = times[1];
        std::printf("quality (every run rewritten) %-5s %-10s %8.1f ms\n", "", store == &lite ? "SQLite" : "PostgreSQL",
                    ms);
    }
    for (Store *store : {&lite, &server}) {
        QElapsedTimer removal;
        removal.start();
        written = store->removeSyntheticData(&error) && written;
        std::printf("remove the demo %-19s %-10s %8.1f ms\n", "", store == &lite ? "SQLite" : "PostgreSQL",
                    removal.nsecsElapsed() / 1e6);
    }
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
