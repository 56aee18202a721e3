// Import into a store on a PostgreSQL server (docs/postgresql.md, "Importing into a server"): a
// generated runs CSV (1,000,000 rows unless an argument says otherwise) through Wattprint's
// importer into an empty server store, beside psql's \copy of the same file into a bare table of
// text columns with a unique index on run_id (the floor for "get these bytes into the server").
// Run it beside a throwaway server:
//   bash scripts/with-postgres.sh build/release/bench/bench_serverimport [rows]
#include "../tests/support/pgtestserver.h"

#include <demogenerator.h>
#include <importer.h>
#include <store.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace wattprint;

static long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

static QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
                                       : QStringLiteral("?");
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("wattprint.serverimport.debug=true"));
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    if (testsupport::postgresUrl().isEmpty()) {
        std::printf("no PostgreSQL server configured: run it as bash scripts/with-postgres.sh %s\n", argv[0]);
        return 0;
    }
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("runs_with_standardized_energy.csv"));
    QElapsedTimer timer;
    timer.start();
    {
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        DemoOptions options;
        options.runs = rows;
        DemoGenerator(options).writeRunsCsv(&file);
    }
    std::printf("generated %lld rows (%.0f MB) in %.2f s; load average %s\n", static_cast<long long>(rows),
                QFileInfo(csv).size() / 1e6, timer.elapsed() / 1000.0, qPrintable(loadAverage()));

    testsupport::PgTestDatabase db;
    if (!db.isValid()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    double importS = 0;
    {
        Store store(db.url());
        QString error;
        if (!store.open(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        Importer importer(&store);
        qint64 lastShown = -1;
        QElapsedTimer phase;
        phase.start();
        // The progress says when reading the file ends and the copy into the server begins.
        importer.setProgressHandler([&](qint64 done, qint64 total) {
            const qint64 tenth = total > 0 ? done * 10 / total : 0;
            if (tenth == 8 && lastShown < 8)
                std::printf("  read and checked into the scratch store after %.2f s\n", phase.elapsed() / 1000.0);
            lastShown = tenth;
        });
        timer.restart();
        const ImportReport report = importer.importFile(csv);
        importS = timer.elapsed() / 1000.0;
        if (!report.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(report.error));
            return 1;
        }
        std::printf("wattprint import into the server: %lld runs in %.2f s = %.0f runs/s (checked, typed, "
                    "indexed, model refitted); peak RSS %ld MB; load average %s\n",
                    static_cast<long long>(report.accepted), importS, report.accepted / importS, peakRssMb(),
                    qPrintable(loadAverage()));

        // A small import into the now large store: its cost is the refit, which rewrites every
        // stored run's expectation on the server.
        const QString more = dir.filePath(QStringLiteral("more.csv"));
        {
            QFile file(more);
            if (!file.open(QIODevice::WriteOnly))
                return 1;
            DemoOptions options;
            options.seed += 1; // other runs, other run_ids
            options.runs = 10000;
            DemoGenerator(options).writeRunsCsv(&file);
        }
        lastShown = -1;
        phase.restart();
        timer.restart();
        const ImportReport second = importer.importFile(more);
        if (!second.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(second.error));
            return 1;
        }
        std::printf("then %lld more runs into that store: %.2f s (the refit rewrites every run's expectation); "
                    "load average %s\n",
                    static_cast<long long>(second.accepted), timer.elapsed() / 1000.0, qPrintable(loadAverage()));
    }

    const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (psql.isEmpty()) {
        std::printf("psql: not installed, no comparison\n");
        return 0;
    }
    testsupport::PgTestDatabase bare;
    QFile file(csv);
    if (!bare.isValid() || !file.open(QIODevice::ReadOnly))
        return 1;
    QStringList columns;
    for (const QByteArray &name : file.readLine().trimmed().split(',')) {
        // The first column is pandas' unnamed index.
        columns.append(
            QStringLiteral("\"%1\" TEXT").arg(name.isEmpty() ? QStringLiteral("index") : QString::fromUtf8(name)));
    }
    if (!bare.exec(QStringLiteral("CREATE TABLE bare (%1)").arg(columns.join(QStringLiteral(", "))))) {
        std::fprintf(stderr, "%s\n", qPrintable(bare.error()));
        return 1;
    }
    QProcess shell;
    timer.restart();
    shell.start(psql,
                {QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-q"), bare.url(),
                 QStringLiteral("-c"), QStringLiteral("\\copy bare FROM '%1' WITH (FORMAT csv, HEADER true)").arg(csv),
                 QStringLiteral("-c"), QStringLiteral("CREATE UNIQUE INDEX ON bare (run_id)")});
    if (!shell.waitForFinished(-1) || shell.exitCode() != 0) {
        std::fprintf(stderr, "psql failed: %s\n", shell.readAllStandardError().constData());
        return 1;
    }
    const double psqlS = timer.elapsed() / 1000.0;
    std::printf("psql \\copy + unique index on run_id: %lld rows in %.2f s (untyped text)\n",
                static_cast<long long>(rows), psqlS);
    std::printf("ratio: wattprint takes %.2fx the time of psql \\copy; load average %s\n", importS / psqlS,
                qPrintable(loadAverage()));
    return 0;
}
