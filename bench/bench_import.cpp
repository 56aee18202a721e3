// Import speed: a generated 1,000,000-row runs CSV through Wattprint's importer, beside the
// sqlite3 command-line shell's `.import` of the same file twice:
//  - into a table with the same validation and indexes: every column typed (a STRICT table refuses
//    a value of the wrong type), NOT NULL where the importer requires a value, the range checks the
//    importer makes, a unique run_id and the three secondary indexes, built after the load as the
//    importer builds them; what the import target is measured against;
//  - into a bare table (untyped text, no checks, no indexes): the floor for "get these bytes into
//    SQLite".
// The shell gets the importer's page cache (128 MiB) and its fastest journal (rollback, no WAL);
// Wattprint writes through WAL because the window's readers stay open during an import. Each
// timing starts after sync(), so that no earlier step's writes are still being flushed.
#include <demogenerator.h>
#include <importer.h>
#include <store.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>

using namespace wattprint;

static long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures as they come, also through a pipe
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
    const double genS = timer.elapsed() / 1000.0;
    std::printf("generated %lld rows (%.0f MB) in %.2f s\n", static_cast<long long>(rows), QFileInfo(csv).size() / 1e6,
                genS);

    Store store(dir.filePath(QStringLiteral("wattprint.sqlite")));
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    ::sync();
    timer.restart();
    const ImportReport report = Importer(&store).importFile(csv);
    const double importS = timer.elapsed() / 1000.0;
    if (!report.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error));
        return 1;
    }
    std::printf("wattprint import: %lld rows in %.2f s = %.0f rows/s (typed, validated, derived columns, "
                "unique run_id + 3 indexes; peak RSS %ld MB)\n",
                static_cast<long long>(report.accepted), importS, report.accepted / importS, peakRssMb());

    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty()) {
        std::printf("sqlite3 CLI: not installed, no comparison\n");
        return 0;
    }
    // The CSV's columns in order (the first is the row index pandas writes), typed and checked as
    // the importer checks them (docs/data.md, "Importing"): booleans as True/False.
    static const char *const validated = R"(CREATE TABLE runs (
        "" INTEGER NOT NULL, run_id TEXT NOT NULL UNIQUE, experiment_id INTEGER NOT NULL,
        slurm_job_id INTEGER NOT NULL, start_time TEXT NOT NULL, update_time TEXT NOT NULL, end_time TEXT,
        node TEXT NOT NULL, size INTEGER NOT NULL CHECK (size > 0), depth INTEGER NOT NULL CHECK (depth > 0),
        shape TEXT NOT NULL, dataset TEXT NOT NULL, learning_rate REAL, batch_size INTEGER NOT NULL CHECK (batch_size > 0),
        optimizer TEXT, is_gpu TEXT NOT NULL CHECK (is_gpu IN ('True', 'False')), batch TEXT NOT NULL,
        energy REAL NOT NULL CHECK (energy >= 0), run_time REAL NOT NULL CHECK (run_time >= 0),
        filter_1 TEXT CHECK (filter_1 IN ('True', 'False')), filter_2 TEXT CHECK (filter_2 IN ('True', 'False')),
        filter_3 TEXT CHECK (filter_3 IN ('True', 'False')), filter_3_stdevs REAL,
        filter TEXT CHECK (filter IN ('True', 'False')), start_time_int INTEGER NOT NULL, start_offset INTEGER,
        power REAL NOT NULL CHECK (power >= 0), num_reps INTEGER, std_power REAL, std_energy REAL,
        energy_overhead REAL NOT NULL, non_overhead_energy REAL NOT NULL, runtime_overhead REAL NOT NULL,
        non_overhead_runtime REAL NOT NULL, wattprint_synthetic TEXT) STRICT)";
    static const char *const indexes = "CREATE INDEX runs_config ON runs(dataset, shape, size, depth, is_gpu); "
                                       "CREATE INDEX runs_start ON runs(start_time_int); "
                                       "CREATE INDEX runs_job ON runs(slurm_job_id);";
    // Into an existing table the header is skipped; without one, .import names the columns after it.
    const QString cache = QStringLiteral("PRAGMA cache_size=-%1").arg(Store::BulkCacheKb);
    auto shellImport = [&](const QString &db, const QString &table, const QString &after) {
        const bool intoTable = !table.isEmpty();
        QStringList args{dir.filePath(db), QStringLiteral("-cmd"), cache};
        if (intoTable)
            args << QStringLiteral("-cmd") << table;
        args << QStringLiteral("-cmd") << QStringLiteral(".mode csv");
        const QString import
            = QStringLiteral(".import %1'%2' runs").arg(intoTable ? QStringLiteral("--skip 1 ") : QString(), csv);
        // The shell reads standard input unless its last argument is a command.
        if (after.isEmpty())
            args << import;
        else
            args << QStringLiteral("-cmd") << import << after;
        ::sync();
        timer.restart();
        QProcess shell;
        shell.start(sqlite, args);
        shell.closeWriteChannel();
        shell.waitForFinished(-1);
        const double seconds = timer.elapsed() / 1000.0;
        const QByteArray errors = shell.readAllStandardError();
        if (!errors.isEmpty())
            std::fprintf(stderr, "sqlite3: %s\n", errors.left(400).constData());
        QProcess count;
        count.start(sqlite, {dir.filePath(db), QStringLiteral("SELECT count(*) FROM runs")});
        count.waitForFinished(-1);
        const qint64 stored = count.readAllStandardOutput().trimmed().toLongLong();
        if (stored != rows)
            std::fprintf(stderr, "sqlite3 stored %lld rows, not %lld\n", static_cast<long long>(stored),
                         static_cast<long long>(rows));
        return seconds;
    };
    const double validatedS = shellImport(QStringLiteral("validated.sqlite"), QString::fromLatin1(validated),
                                          QString::fromLatin1(indexes));
    std::printf("sqlite3 .import, same validation and indexes: %lld rows in %.2f s = %.0f rows/s (STRICT types, "
                "NOT NULL, checks, unique run_id + 3 indexes built after the load)\n",
                static_cast<long long>(rows), validatedS, rows / validatedS);
    // With no table, .import creates one of TEXT columns named by the header.
    const double bareS = shellImport(QStringLiteral("bare.sqlite"), {}, {});
    std::printf(
        "sqlite3 .import, bare table: %lld rows in %.2f s = %.0f rows/s (untyped text, no checks, no indexes)\n",
        static_cast<long long>(rows), bareS, rows / bareS);
    std::printf("ratio: wattprint takes %.2fx the time of sqlite3 .import with the same validation and indexes "
                "(target 1.0x), %.2fx a bare .import\n",
                importS / validatedS, importS / bareS);
    return 0;
}
