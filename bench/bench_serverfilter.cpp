// Filter changes on a large store, on a PostgreSQL server and in an SQLite file
// (docs/postgresql.md, "Measurements"). Builds the synthetic demo store with N runs in an SQLite
// file, copies its rows to a throwaway server with `psql \copy` (CSV written by the `sqlite3`
// shell: bound INSERTs row by row would take the better part of an hour at a million runs), then
// times a fixed sequence of filter changes on both: for each, what a view's snapshot reads
// (RunLoader of the filtered runs) and the filter bar's summary (StoreSummary::compute). Prints
// per change and engine the median of the rounds, then the medians over the changes and the ratio
// server/SQLite.
//
//   bash scripts/with-postgres.sh build/release/bench/bench_serverfilter [--runs N] [--rounds R]
//
// N: 63527 by default (or WATTPRINT_BENCH_RUNS); 1000000 for the large case. R: 3 by default.
// Needs the sqlite3 and psql programs (Debian: sqlite3, postgresql-client-15).
#include "../tests/support/pgtestserver.h"

#include <demostore.h>
#include <filter.h>
#include <runloader.h>
#include <schema.h>
#include <store.h>
#include <storesummary.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>
#include <vector>

using namespace wattprint;

namespace {

// The sequence of filter changes, in Filter::parse's text ("all": no filter), as bench_refresh.
const QStringList kChanges = {
    QStringLiteral("all"),
    QStringLiteral("device=gpu"),
    QStringLiteral("dataset=mnist"),
    QStringLiteral("size=1024..65536"),
    QStringLiteral("shape=rectangle,device=cpu"),
    QStringLiteral("dataset=mnist,device=gpu,depth=2..6"),
    QStringLiteral("all"),
};

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

bool runProcess(const QString &program, const QStringList &args, QString *error, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted() || !p.waitForFinished(3600000) || p.exitStatus() != QProcess::NormalExit
        || p.exitCode() != 0) {
        *error = program + QStringLiteral(" failed: ") + QString::fromLocal8Bit(p.readAllStandardError())
            + p.errorString();
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

// Every table but the seeded ones, SQLite -> CSV -> psql \copy. The sqlite3 shell writes NULL as
// an empty field and an empty text as "", which is what COPY's CSV format reads them as.
bool copyWithPsql(const QString &sqlitePath, const QString &serverUrl, const QString &folder, QString *error)
{
    for (const schema::TableSpec &table : schema::currentTables()) {
        if (table.name == QLatin1String("datasets") || table.name == QLatin1String("node_types"))
            continue;
        QStringList names;
        for (const schema::ColumnSpec &c : table.columns)
            names.append(c.name);
        const QString columns = names.join(QStringLiteral(", "));
        const QString csv = folder + QLatin1Char('/') + table.name + QStringLiteral(".csv");
        QElapsedTimer timer;
        timer.start();
        // The shell's .once sends the next query's rows to a file without a shell in between.
        if (!runProcess(QStringLiteral("sqlite3"),
                        {QStringLiteral("-csv"), sqlitePath, QStringLiteral(".once ") + csv,
                         QStringLiteral("SELECT %1 FROM %2").arg(columns, table.name)},
                        error))
            return false;
        const double exportMs = double(timer.elapsed());
        timer.restart();
        QByteArray out;
        if (!runProcess(QStringLiteral("psql"),
                        {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                         QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), serverUrl, QStringLiteral("-c"),
                         QStringLiteral("\\copy %1 (%2) FROM '%3' WITH (FORMAT csv)").arg(table.name, columns, csv)},
                        error, &out))
            return false;
        std::printf("  %-22s %10.1f MB CSV: sqlite3 %6.1f s, psql \\copy %6.1f s\n", qPrintable(table.name),
                    double(QFile(csv).size()) / 1e6, exportMs / 1000, double(timer.elapsed()) / 1000);
        QFile::remove(csv);
    }
    // Fresh planner statistics, as autovacuum would make them a little later.
    QElapsedTimer timer;
    timer.start();
    if (!runProcess(QStringLiteral("psql"),
                    {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                     QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), serverUrl, QStringLiteral("-c"),
                     QStringLiteral("VACUUM ANALYZE")},
                    error))
        return false;
    std::printf("  VACUUM ANALYZE %.1f s\n", double(timer.elapsed()) / 1000);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 runs = qEnvironmentVariableIsSet("WATTPRINT_BENCH_RUNS")
        ? qEnvironmentVariable("WATTPRINT_BENCH_RUNS").toLongLong()
        : 63527;
    int rounds = 3;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = args[++i].toLongLong();
        else if (args[i] == QLatin1String("--rounds") && i + 1 < args.size())
            rounds = std::max(1, args[++i].toInt());
    }
    if (testsupport::postgresUrl().isEmpty()) {
        std::printf("bench_serverfilter: no PostgreSQL server configured (set WATTPRINT_TEST_POSTGRES, or run it "
                    "through scripts/with-postgres.sh); nothing measured\n");
        return 0;
    }
    QTemporaryDir dir;
    const QString litePath = dir.filePath(QStringLiteral("demo.sqlite"));
    Store lite(litePath);
    QString error;
    if (!lite.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    DemoOptions options;
    options.runs = runs;
    options.traceJobs = 20; // as bench_refresh: the runs are measured here, not the traces
    QElapsedTimer timer;
    timer.start();
    const ImportReport report = DemoStore::build(&lite, options);
    if (!report.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error));
        return 1;
    }
    std::printf("bench_serverfilter: %lld runs (synthetic demo), SQLite store built in %.1f s\n",
                static_cast<long long>(runs), double(timer.elapsed()) / 1000);
    std::fflush(stdout);

    testsupport::PgTestDatabase db;
    if (!db.isValid()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    {
        // The owner's first open creates the store (schema, seed rows, indexes).
        Store create(db.url());
        if (!create.open(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    timer.restart();
    if (!copyWithPsql(litePath, db.url(), dir.path(), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("copied to the server in %.1f s in all\n", double(timer.elapsed()) / 1000);
    std::fflush(stdout);
    Store server(db.url());
    if (!server.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    std::printf("\n%-38s %-10s %9s %10s %11s\n", "change", "engine", "runs", "load ms", "summary ms");
    std::vector<double> loads[2], summaries[2];
    for (const QString &change : kChanges) {
        const auto filter = change == QLatin1String("all") ? std::optional<Filter>(Filter())
                                                           : Filter::parse(change, &error);
        if (!filter) {
            std::fprintf(stderr, "bad filter %s: %s\n", qPrintable(change), qPrintable(error));
            return 1;
        }
        std::size_t counts[2] = {0, 0};
        for (int e = 0; e < 2; ++e) {
            Store *store = e == 0 ? &lite : &server;
            std::vector<double> load, summary;
            for (int r = 0; r < rounds; ++r) {
                RunColumns columns;
                load.push_back(timeMs([&] {
                    if (!RunLoader(store).load(*filter, &columns, nullptr, &error))
                        std::fprintf(stderr, "load: %s\n", qPrintable(error));
                }));
                counts[e] = columns.rowCount();
                summary.push_back(timeMs([&] { StoreSummary::compute(store, *filter); }));
            }
            loads[e].push_back(median(load));
            summaries[e].push_back(median(summary));
            std::printf("%-38s %-10s %9zu %10.1f %11.1f\n", qPrintable(change), e == 0 ? "SQLite" : "PostgreSQL",
                        counts[e], loads[e].back(), summaries[e].back());
            std::fflush(stdout);
        }
        if (counts[0] != counts[1])
            std::printf("  (the engines picked different runs: %zu and %zu)\n", counts[0], counts[1]);
    }
    std::printf("\nmedian over the %lld changes (each the median of %d rounds):\n",
                static_cast<long long>(kChanges.size()), rounds);
    const double l0 = median(loads[0]), l1 = median(loads[1]), s0 = median(summaries[0]), s1 = median(summaries[1]);
    std::printf("  RunLoader       SQLite %9.1f ms   PostgreSQL %9.1f ms   server/SQLite %5.1fx\n", l0, l1, l1 / l0);
    std::printf("  StoreSummary    SQLite %9.1f ms   PostgreSQL %9.1f ms   server/SQLite %5.1fx\n", s0, s1, s1 / s0);
    std::printf("  load + summary  SQLite %9.1f ms   PostgreSQL %9.1f ms   server/SQLite %5.1fx\n", l0 + s0, l1 + s1,
                (l1 + s1) / (l0 + s0));
    return 0;
}
