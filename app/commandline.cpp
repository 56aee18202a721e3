#include "commandline.h"

#include "rendercommands.h"

#include "analysiscommands.h"

#include <demostore.h>
#include <importer.h>
#include <store.h>
#include <storesummary.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace wattprint {

namespace {

void out(const QString &text)
{
    QTextStream stream(stdout);
    stream << text << Qt::endl;
}

int fail(const QString &message)
{
    QTextStream stream(stderr);
    stream << "wattprint: " << message << Qt::endl;
    return 1;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), QCoreApplication::translate("CommandLine", "SQLite database file."), QCoreApplication::translate("CommandLine", "PATH"));
}

// Parses args for one command; on a usage error prints it and returns false with *code set.
bool parse(QCommandLineParser &parser, const QStringList &args, const QString &description, int *code)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    if (!parser.parse(args)) {
        *code = fail(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        *code = 0;
        return false;
    }
    return true;
}

// Opens the --db store (required), creating it if asked.
bool openStore(const QCommandLineParser &parser, Store *store, int *code)
{
    QString error;
    if (!store->open(&error)) {
        *code = fail(error);
        return false;
    }
    (void)parser;
    return true;
}

int runDemo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("runs"), QCoreApplication::translate("CommandLine", "Number of runs to generate (default 63527)."), QCoreApplication::translate("CommandLine", "N")});
    parser.addOption({QStringLiteral("seed"), QCoreApplication::translate("CommandLine", "Random seed (default 20221001)."), QCoreApplication::translate("CommandLine", "S")});
    parser.addOption({QStringLiteral("csv"), QCoreApplication::translate("CommandLine", "Also write the runs as runs_with_standardized_energy.csv."),
                      QCoreApplication::translate("CommandLine", "PATH")});
    int code = 0;
    if (!parse(parser, args, QCoreApplication::translate("CommandLine", "Builds a store filled with synthetic demo data modelled on BUTTER-E."), &code))
        return code;
    if (!parser.isSet(QStringLiteral("db")) && !parser.isSet(QStringLiteral("csv")))
        return fail(QCoreApplication::translate("CommandLine", "demo needs --db PATH and/or --csv PATH"));
    DemoOptions options;
    bool ok = true;
    if (parser.isSet(QStringLiteral("runs"))) {
        options.runs = parser.value(QStringLiteral("runs")).toLongLong(&ok);
        if (!ok || options.runs <= 0)
            return fail(QCoreApplication::translate("CommandLine", "--runs must be a positive whole number"));
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return fail(QCoreApplication::translate("CommandLine", "--seed must be a non-negative whole number"));
    }
    if (parser.isSet(QStringLiteral("csv"))) {
        QSaveFile file(parser.value(QStringLiteral("csv")));
        if (!file.open(QIODevice::WriteOnly))
            return fail(QCoreApplication::translate("CommandLine", "cannot write %1: %2").arg(file.fileName(), file.errorString()));
        DemoGenerator generator(options);
        generator.writeRunsCsv(&file);
        if (!file.commit())
            return fail(QCoreApplication::translate("CommandLine", "cannot write %1: %2").arg(file.fileName(), file.errorString()));
        QTextStream(stderr) << QCoreApplication::translate("CommandLine", "wrote %1 synthetic runs to %2").arg(options.runs).arg(file.fileName())
                            << Qt::endl;
    }
    if (parser.isSet(QStringLiteral("db"))) {
        Store store(parser.value(QStringLiteral("db")));
        if (!openStore(parser, &store, &code))
            return code;
        QElapsedTimer timer;
        timer.start();
        const ImportReport report = DemoStore::build(&store, options);
        if (!report.ok)
            return fail(report.error);
        out(QCoreApplication::translate("CommandLine", "%1: %2 rows stored in %3 ms (%4)")
                .arg(DemoStore::label())
                .arg(report.accepted)
                .arg(timer.elapsed())
                .arg(store.path()));
    }
    return 0;
}

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("skip-invalid"),
                      QCoreApplication::translate("CommandLine", "Import the good rows and report each rejected line, instead of failing the file.")});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("CommandLine", "runs_with_standardized_energy.csv(.zip), butter_e_energy.zip, "
                                    "node_sinfo.csv, node_power_dist.csv"),
                                 QCoreApplication::translate("CommandLine", "FILE..."));
    int code = 0;
    if (!parse(parser, args, QCoreApplication::translate("CommandLine", "Imports BUTTER-E files into a store."), &code))
        return code;
    if (!parser.isSet(QStringLiteral("db")))
        return fail(QCoreApplication::translate("CommandLine", "import needs --db PATH"));
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return fail(QCoreApplication::translate("CommandLine", "import needs at least one FILE"));
    Store store(parser.value(QStringLiteral("db")));
    if (!openStore(parser, &store, &code))
        return code;
    ImportOptions options;
    options.skipInvalid = parser.isSet(QStringLiteral("skip-invalid"));
    Importer importer(&store);
    int failures = 0;
    for (const QString &file : files) {
        const ImportReport report = importer.importFile(file, options);
        if (!report.ok) {
            fail(report.error);
            ++failures;
            continue;
        }
        out(report.summary());
        for (const ImportIssue &issue : report.rejections)
            out(QStringLiteral("  rejected: ") + issue.message());
        if (report.rejected > report.rejections.size())
            out(QCoreApplication::translate("CommandLine", "  ... and %1 more rejected rows (all are recorded in the store)")
                    .arg(report.rejected - report.rejections.size()));
    }
    return failures == 0 ? 0 : 1;
}

int runSummary(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("CommandLine", "Print JSON.")});
    int code = 0;
    if (!parse(parser, args, QCoreApplication::translate("CommandLine", "Summarises the runs in a store."), &code))
        return code;
    if (!parser.isSet(QStringLiteral("db")))
        return fail(QCoreApplication::translate("CommandLine", "summary needs --db PATH"));
    const QString path = parser.value(QStringLiteral("db"));
    if (!QFileInfo::exists(path))
        return fail(QCoreApplication::translate("CommandLine", "%1 does not exist").arg(path));
    Store store(path);
    if (!openStore(parser, &store, &code))
        return code;
    const StoreSummary s = StoreSummary::compute(&store);
    if (parser.isSet(QStringLiteral("json"))) {
        out(QString::fromUtf8(QJsonDocument(s.toJson()).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    out(QCoreApplication::translate("CommandLine", "Source: %1").arg(s.sourceDescription));
    out(QCoreApplication::translate("CommandLine", "Runs: %1 (%2 configurations)").arg(s.runs).arg(s.configurations));
    for (auto it = s.byDevice.cbegin(); it != s.byDevice.cend(); ++it)
        out(QStringLiteral("  %1: %2").arg(it.key()).arg(it.value()));
    out(QCoreApplication::translate("CommandLine", "Total energy: %1 kWh").arg(s.totalEnergyJ / 3.6e6, 0, 'f', 1));
    return 0;
}

} // namespace

QStringList CommandLine::commands()
{
    return QStringList{QStringLiteral("demo"), QStringLiteral("import"), QStringLiteral("summary")}
           + AnalysisCommands::commands() + QStringList{QStringLiteral("render"), QStringLiteral("screenshot"), QStringLiteral("report")};
}

bool CommandLine::isCommand(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const QString first = QString::fromLocal8Bit(argv[1]);
    return commands().contains(first) || first == QLatin1String("--version") || first == QLatin1String("-v")
           || first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help");
}

int CommandLine::run(const QStringList &args)
{
    const QString command = args.value(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out(QStringLiteral("wattprint %1").arg(QStringLiteral(WATTPRINT_VERSION)));
        return 0;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out(QCoreApplication::translate("CommandLine", "Usage: wattprint [--db PATH]            open the app\n"
               "       wattprint <command> [options]    run headless\n\n"
               "Commands: %1\n"
               "Run 'wattprint <command> --help' for a command's options.")
                .arg(commands().join(QStringLiteral(", "))));
        return 0;
    }
    QStringList rest = args;
    rest.removeAt(1); // QCommandLineParser wants the program name first, then options
    if (command == QLatin1String("demo"))
        return runDemo(rest);
    if (command == QLatin1String("import"))
        return runImport(rest);
    if (command == QLatin1String("summary"))
        return runSummary(rest);
    if (AnalysisCommands::commands().contains(command))
        return AnalysisCommands::run(command, rest);
    if (RenderCommands::handles(command))
        return RenderCommands::run(command, rest);
    return fail(QCoreApplication::translate("CommandLine", "unknown command '%1' (try --help)").arg(command));
}

} // namespace wattprint
