// Import speed: a generated 1,000,000-row runs CSV through Wattprint's importer, beside the
// sqlite3 command-line shell's `.import` of the same file into a bare table (no types, no
// checks, no indexes: the floor for "get these bytes into SQLite").
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
    timer.restart();
    QProcess shell;
    shell.start(sqlite,
                {dir.filePath(QStringLiteral("cli.sqlite")), QStringLiteral("-cmd"), QStringLiteral(".mode csv"),
                 QStringLiteral(".import '%1' runs").arg(csv)});
    shell.waitForFinished(-1);
    const double cliS = timer.elapsed() / 1000.0;
    std::printf("sqlite3 .import:  %lld rows in %.2f s = %.0f rows/s (untyped text, no indexes)\n",
                static_cast<long long>(rows), cliS, rows / cliS);
    std::printf("ratio: wattprint takes %.2fx the time of sqlite3 .import\n", importS / cliS);
    return 0;
}
