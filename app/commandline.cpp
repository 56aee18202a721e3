#include "commandline.h"

#include "rendercommands.h"

#include "analysiscommands.h"

#include <columnmappingstore.h>
#include <demostore.h>
#include <fieldparse.h>
#include <importer.h>
#include <runquality.h>
#include <store.h>
#include <storesummary.h>
#include <units.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>
#include <vector>

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
    return QCommandLineOption(QStringLiteral("db"),
                              QCoreApplication::translate("CommandLine",
                                                          "SQLite database file, or a PostgreSQL "
                                                          "server as postgresql://user@host:port/dbname."),
                              QCoreApplication::translate("CommandLine", "PATH"));
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
    parser.addOption(
        {QStringLiteral("runs"),
         QCoreApplication::translate("CommandLine", "Number of runs to generate (default 63527, at most %1).")
             .arg(DemoGenerator::MaxRuns),
         QCoreApplication::translate("CommandLine", "N")});
    parser.addOption({QStringLiteral("seed"),
                      QCoreApplication::translate("CommandLine", "Random seed (default 20221001)."),
                      QCoreApplication::translate("CommandLine", "S")});
    parser.addOption(
        {QStringLiteral("csv"),
         QCoreApplication::translate("CommandLine", "Also write the runs as runs_with_standardized_energy.csv."),
         QCoreApplication::translate("CommandLine", "PATH")});
    int code = 0;
    if (!parse(parser, args,
               QCoreApplication::translate("CommandLine",
                                           "Builds a store filled with synthetic demo data modelled on BUTTER-E."),
               &code))
        return code;
    if (!parser.isSet(QStringLiteral("db")) && !parser.isSet(QStringLiteral("csv")))
        return fail(QCoreApplication::translate("CommandLine", "demo needs --db PATH and/or --csv PATH"));
    DemoOptions options;
    bool ok = true;
    if (parser.isSet(QStringLiteral("runs"))) {
        options.runs = parser.value(QStringLiteral("runs")).toLongLong(&ok);
        if (!ok || options.runs <= 0 || options.runs > DemoGenerator::MaxRuns)
            return fail(QCoreApplication::translate("CommandLine", "--runs must be a whole number from 1 to %1")
                            .arg(DemoGenerator::MaxRuns));
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return fail(QCoreApplication::translate("CommandLine", "--seed must be a non-negative whole number"));
    }
    if (parser.isSet(QStringLiteral("csv"))) {
        QSaveFile file(parser.value(QStringLiteral("csv")));
        if (!file.open(QIODevice::WriteOnly))
            return fail(QCoreApplication::translate("CommandLine", "cannot write %1: %2")
                            .arg(file.fileName(), file.errorString()));
        DemoGenerator generator(options);
        generator.writeRunsCsv(&file);
        if (!file.commit())
            return fail(QCoreApplication::translate("CommandLine", "cannot write %1: %2")
                            .arg(file.fileName(), file.errorString()));
        QTextStream(stderr) << QCoreApplication::translate("CommandLine", "wrote %1 synthetic runs to %2")
                                   .arg(options.runs)
                                   .arg(file.fileName())
                            << Qt::endl;
    }
    if (parser.isSet(QStringLiteral("db"))) {
        const QString path = parser.value(QStringLiteral("db"));
        // A store this command creates and cannot fill (a full disk) is removed again, with its
        // write-ahead log: an empty store left behind would only be mistaken for a demo.
        const bool created = !QFileInfo::exists(path);
        const auto removeCreated = [&path, created] {
            if (created) {
                for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                    QFile::remove(path + suffix);
            }
        };
        Store store(path);
        if (!openStore(parser, &store, &code)) {
            removeCreated();
            return code;
        }
        QElapsedTimer timer;
        timer.start();
        const ImportReport report = DemoStore::build(&store, options);
        if (!report.ok) {
            store.close();
            removeCreated();
            return fail(report.error);
        }
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
    parser.addOption(
        {QStringLiteral("skip-invalid"),
         QCoreApplication::translate(
             "CommandLine", "Import the good rows and report each rejected line, instead of failing the file.")});
    parser.addOption({QStringLiteral("on-conflict"),
                      QCoreApplication::translate("CommandLine",
                                                  "A row whose run_id (or power sample) is stored already with other "
                                                  "values: refuse the file (default), keep the stored values, or "
                                                  "replace them."),
                      QStringLiteral("keep|replace|refuse")});
    parser.addOption({QStringLiteral("time-zone"),
                      QCoreApplication::translate("CommandLine",
                                                  "Time zone of times written without one, as in CodeCarbon's "
                                                  "emissions.csv (an IANA name such as Europe/Paris; default: "
                                                  "this system's zone)."),
                      QStringLiteral("ZONE")});
    parser.addOption({QStringLiteral("mapping"),
                      QCoreApplication::translate("CommandLine",
                                                  "Read every file as an energy CSV of any tool through this saved "
                                                  "column mapping (see 'wattprint mappings')."),
                      QStringLiteral("NAME")});
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QCoreApplication::translate("CommandLine",
                                    "runs_with_standardized_energy.csv(.zip), butter_e_energy.zip, "
                                    "node_sinfo.csv, node_power_dist.csv, CodeCarbon's emissions.csv"),
        QCoreApplication::translate("CommandLine", "FILE..."));
    int code = 0;
    if (!parse(parser, args,
               QCoreApplication::translate("CommandLine",
                                           "Imports BUTTER-E and CodeCarbon files, or any energy CSV through a "
                                           "column mapping, into a store."),
               &code))
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
    if (parser.isSet(QStringLiteral("on-conflict"))) {
        const std::optional<ConflictPolicy> policy = conflictPolicyFromName(
            parser.value(QStringLiteral("on-conflict")));
        if (!policy)
            return fail(
                QCoreApplication::translate("CommandLine", "--on-conflict must be keep, replace or refuse, not '%1'")
                    .arg(fieldparse::printable(parser.value(QStringLiteral("on-conflict")), 60)));
        options.onConflict = *policy;
    }
    if (parser.isSet(QStringLiteral("time-zone"))) {
        const QString zone = parser.value(QStringLiteral("time-zone")).trimmed();
        options.timeZone = QTimeZone(zone.toUtf8());
        if (!options.timeZone.isValid())
            return fail(QCoreApplication::translate("CommandLine",
                                                    "--time-zone: '%1' is not a time zone this system knows (use an "
                                                    "IANA name such as Europe/Paris, or UTC)")
                            .arg(fieldparse::printable(zone, 60)));
    }
    if (parser.isSet(QStringLiteral("mapping"))) {
        const QString name = parser.value(QStringLiteral("mapping"));
        const ColumnMappingStore mappings;
        QString error;
        const QStringList names = mappings.names(&error);
        if (!error.isEmpty())
            return fail(error);
        if (!names.contains(name)) {
            if (names.isEmpty())
                return fail(QCoreApplication::translate("CommandLine",
                                                        "--mapping: no column mapping named '%1'; none is saved yet "
                                                        "(save one in the app's import or with wattprint mappings "
                                                        "--save)")
                                .arg(fieldparse::printable(name, 60)));
            return fail(
                QCoreApplication::translate("CommandLine", "--mapping: no column mapping named '%1'; saved: %2")
                    .arg(fieldparse::printable(name, 60), fieldparse::printable(names.join(QStringLiteral(", ")))));
        }
        options.mapping = mappings.find(name, &error);
        if (!options.mapping)
            return fail(error);
    }
    Importer importer(&store);
    int failures = 0;
    for (const QString &file : files) {
        const ImportReport report = importer.importFile(file, options);
        if (!report.ok)
            fail(report.error);
        else
            out(report.summary());
        for (const ImportIssue &issue : report.rejections)
            out(QStringLiteral("  rejected: ") + issue.message());
        if (report.rejected > report.rejections.size())
            out(QCoreApplication::translate("CommandLine",
                                            "  ... and %1 more rejected rows (all are recorded in the store)")
                    .arg(report.rejected - report.rejections.size()));
        for (const ImportIssue &issue : report.conflictIssues)
            out(QStringLiteral("  conflict: ") + issue.message());
        if (report.conflicts > report.conflictIssues.size())
            out(QCoreApplication::translate("CommandLine", "  ... and %1 more conflicting rows")
                    .arg(report.conflicts - report.conflictIssues.size()));
        if (!report.ok)
            ++failures;
    }
    return failures == 0 ? 0 : 1;
}

// "energy: Energy (Wh) in Wh; duration: Duration (min) in min; project: Project"
QString describeMapping(const ColumnMapping &m)
{
    QStringList parts{QCoreApplication::translate("CommandLine", "energy: %1 in %2")
                          .arg(m.energyColumn, ColumnMapping::unitName(m.energyUnit)),
                      QCoreApplication::translate("CommandLine", "duration: %1 in %2")
                          .arg(m.durationColumn, ColumnMapping::unitName(m.durationUnit))};
    for (ColumnMapping::Role role : ColumnMapping::roles()) {
        if (!m.column(role).isEmpty())
            parts.append(QStringLiteral("%1: %2").arg(ColumnMapping::roleKey(role), m.column(role)));
    }
    return fieldparse::printable(parts.join(QStringLiteral("; ")));
}

int runMappings(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("save"),
                      QCoreApplication::translate("CommandLine",
                                                  "Save a mapping under this name (replacing one "
                                                  "of the same name)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("remove"), QCoreApplication::translate("CommandLine", "Remove the named mapping."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("energy"),
                      QCoreApplication::translate("CommandLine", "With --save: the column of the energy."),
                      QStringLiteral("COLUMN")});
    parser.addOption({QStringLiteral("energy-unit"),
                      QCoreApplication::translate("CommandLine", "With --save: J, kJ, MJ, Wh or kWh (default kWh)."),
                      QStringLiteral("UNIT")});
    parser.addOption({QStringLiteral("duration"),
                      QCoreApplication::translate("CommandLine", "With --save: the column of the duration."),
                      QStringLiteral("COLUMN")});
    parser.addOption({QStringLiteral("duration-unit"),
                      QCoreApplication::translate("CommandLine", "With --save: ms, s, min or h (default s)."),
                      QStringLiteral("UNIT")});
    for (ColumnMapping::Role role : ColumnMapping::roles())
        parser.addOption({ColumnMapping::roleKey(role),
                          QCoreApplication::translate("CommandLine", "With --save: the optional %1 column.")
                              .arg(ColumnMapping::roleKey(role)),
                          QStringLiteral("COLUMN")});
    int code = 0;
    if (!parse(parser, args,
               QCoreApplication::translate("CommandLine",
                                           "Lists, saves or removes the column mappings that 'import --mapping' "
                                           "and the app's import use."),
               &code))
        return code;
    ColumnMappingStore mappings;
    QString error;
    if (parser.isSet(QStringLiteral("remove"))) {
        const QString name = parser.value(QStringLiteral("remove"));
        if (!mappings.names(&error).contains(name))
            return fail(error.isEmpty() ? QCoreApplication::translate("CommandLine", "no column mapping named '%1'")
                                              .arg(fieldparse::printable(name, 60))
                                        : error);
        if (!mappings.remove(name, &error))
            return fail(error);
        return 0;
    }
    if (parser.isSet(QStringLiteral("save"))) {
        ColumnMapping m;
        m.name = parser.value(QStringLiteral("save")).trimmed();
        m.energyColumn = parser.value(QStringLiteral("energy"));
        m.durationColumn = parser.value(QStringLiteral("duration"));
        if (m.energyColumn.isEmpty() || m.durationColumn.isEmpty())
            return fail(QCoreApplication::translate("CommandLine", "mappings --save needs --energy and --duration"));
        if (parser.isSet(QStringLiteral("energy-unit"))) {
            const auto unit = ColumnMapping::energyUnitFromName(parser.value(QStringLiteral("energy-unit")));
            if (!unit)
                return fail(
                    QCoreApplication::translate("CommandLine", "--energy-unit must be J, kJ, MJ, Wh or kWh, not '%1'")
                        .arg(fieldparse::printable(parser.value(QStringLiteral("energy-unit")), 60)));
            m.energyUnit = *unit;
        }
        if (parser.isSet(QStringLiteral("duration-unit"))) {
            const auto unit = ColumnMapping::durationUnitFromName(parser.value(QStringLiteral("duration-unit")));
            if (!unit)
                return fail(
                    QCoreApplication::translate("CommandLine", "--duration-unit must be ms, s, min or h, not '%1'")
                        .arg(fieldparse::printable(parser.value(QStringLiteral("duration-unit")), 60)));
            m.durationUnit = *unit;
        }
        for (ColumnMapping::Role role : ColumnMapping::roles())
            m.setColumn(role, parser.value(ColumnMapping::roleKey(role)));
        if (!mappings.save(m, &error))
            return fail(error);
        out(QStringLiteral("%1: %2").arg(fieldparse::printable(m.name, 60), describeMapping(m)));
        return 0;
    }
    const QStringList names = mappings.names(&error);
    if (!error.isEmpty())
        return fail(error);
    if (names.isEmpty())
        out(QCoreApplication::translate("CommandLine", "No column mappings are saved yet (%1).")
                .arg(fieldparse::printable(mappings.path())));
    for (const QString &name : names) {
        const std::optional<ColumnMapping> m = mappings.find(name, &error);
        out(QStringLiteral("%1: %2").arg(fieldparse::printable(name, 60), m ? describeMapping(*m) : error));
    }
    return 0;
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
    if (!StoreLocation::looksLikeServer(path) && !QFileInfo::exists(path))
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
    if (!s.bySource.isEmpty()) {
        out(QCoreApplication::translate("CommandLine", "Sources:"));
        for (const SourceSummary &e : s.bySource)
            out(QStringLiteral("  ") + e.describe());
    }
    out(QCoreApplication::translate("CommandLine", "Runs: %1 (%2 configurations)").arg(s.runs).arg(s.configurations));
    for (auto it = s.byDevice.cbegin(); it != s.byDevice.cend(); ++it)
        out(QStringLiteral("  %1: %2").arg(it.key()).arg(it.value()));
    out(QCoreApplication::translate("CommandLine", "Total energy: %1")
            .arg(units::energy(s.totalEnergyJ, units::AutoUnit::WattHours)));
    if (!s.byProject.isEmpty()) {
        out(QCoreApplication::translate("CommandLine", "Projects:"));
        for (auto it = s.byProject.cbegin(); it != s.byProject.cend(); ++it)
            out(QCoreApplication::translate("CommandLine", "  %1: %2 runs, %3")
                    .arg(it.key())
                    .arg(it.value())
                    .arg(units::energy(s.projectEnergyJ.value(it.key()), units::AutoUnit::WattHours)));
    }
    out(QCoreApplication::translate("CommandLine", "Quality checks: %1 of %2 runs fail at least one")
            .arg(s.qualityFlagged)
            .arg(s.runs));
    for (runquality::Rule rule : runquality::allRules())
        out(QStringLiteral("  %1 (%2): %3")
                .arg(runquality::ruleTitle(rule), runquality::ruleName(rule))
                .arg(s.byQualityRule.value(runquality::ruleName(rule))));
    return 0;
}

} // namespace

QStringList CommandLine::commands()
{
    return QStringList{QStringLiteral("demo"), QStringLiteral("import"), QStringLiteral("mappings"),
                       QStringLiteral("summary")}
    + AnalysisCommands::commands()
        + QStringList{QStringLiteral("render"), QStringLiteral("screenshot"), QStringLiteral("report")};
}

bool CommandLine::isCommand(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const QString first = QString::fromLocal8Bit(argv[1]);
    if (commands().contains(first) || first == QLatin1String("--version") || first == QLatin1String("-v")
        || first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help"))
        return true;
    // A database a file manager passes opens in the window; any other word is a command the
    // user mistyped, which must not open the window (nor create a store of that name).
    return !first.startsWith(QLatin1Char('-')) && !QFileInfo(first).isFile();
}

QString CommandLine::suggestion(const QString &word)
{
    // The command closest in edit distance, if the word is plausibly a typing slip of it.
    const auto distance = [](const QString &a, const QString &b) {
        std::vector<qsizetype> row(size_t(b.size()) + 1);
        for (qsizetype j = 0; j <= b.size(); ++j)
            row[size_t(j)] = j;
        for (qsizetype i = 1; i <= a.size(); ++i) {
            qsizetype diagonal = row[0];
            row[0] = i;
            for (qsizetype j = 1; j <= b.size(); ++j) {
                const qsizetype above = row[size_t(j)];
                row[size_t(j)] = std::min(
                    {above + 1, row[size_t(j - 1)] + 1, diagonal + (a.at(i - 1).toLower() == b.at(j - 1) ? 0 : 1)});
                diagonal = above;
            }
        }
        return row[size_t(b.size())];
    };
    QString best;
    qsizetype bestDistance = 0;
    for (const QString &command : commands()) {
        const qsizetype d = distance(word.left(64), command);
        if (best.isEmpty() || d < bestDistance) {
            best = command;
            bestDistance = d;
        }
    }
    return bestDistance <= std::max<qsizetype>(2, best.size() / 3) ? best : QString();
}

namespace {

// The first error a write to standard output met (errno), kept because whoever flushed the
// stream (a QTextStream going out of scope) does not report it.
int stdoutErrno = 0;

ssize_t writeStdout(void *, const char *buffer, size_t size)
{
    size_t done = 0;
    while (done < size) {
        const ssize_t n = ::write(STDOUT_FILENO, buffer + done, size - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (stdoutErrno == 0)
                stdoutErrno = n < 0 ? errno : EIO;
            return done > 0 ? ssize_t(done) : -1;
        }
        done += size_t(n);
    }
    return ssize_t(size);
}

} // namespace

int CommandLine::run(const QStringList &args)
{
    // Output that cannot be written (a full disk, a closed pipe) is a failure too: stdout goes
    // through writeStdout() while the command runs, which keeps the reason.
    std::fflush(stdout);
    FILE *const original = stdout;
    stdoutErrno = 0;
    FILE *const watched = fopencookie(nullptr, "w", cookie_io_functions_t{nullptr, writeStdout, nullptr, nullptr});
    if (watched)
        stdout = watched;
    const int code = runCommand(args);
    const bool failed = std::fflush(stdout) != 0 || std::ferror(stdout) || stdoutErrno != 0;
    if (watched) {
        stdout = original;
        std::fclose(watched);
    }
    if (!failed)
        return code;
    QTextStream(stderr) << "wattprint: "
                        << QCoreApplication::translate("CommandLine", "cannot write the output: %1")
                               .arg(stdoutErrno != 0 ? QString::fromLocal8Bit(std::strerror(stdoutErrno))
                                                     : QCoreApplication::translate("CommandLine", "write error"))
                        << Qt::endl;
    return code == 0 ? 1 : code;
}

int CommandLine::runCommand(const QStringList &args)
{
    const QString command = args.value(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out(QStringLiteral("wattprint %1").arg(QStringLiteral(WATTPRINT_VERSION)));
        return 0;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out(QCoreApplication::translate("CommandLine",
                                        "Usage: wattprint [--db PATH]            open the app\n"
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
    if (command == QLatin1String("mappings"))
        return runMappings(rest);
    if (command == QLatin1String("summary"))
        return runSummary(rest);
    if (AnalysisCommands::commands().contains(command))
        return AnalysisCommands::run(command, rest);
    if (RenderCommands::handles(command))
        return RenderCommands::run(command, rest);
    const QString shown = fieldparse::printable(command, 80);
    if (command.contains(QLatin1Char('/')) || command.contains(QLatin1Char('.'))) {
        fail(QCoreApplication::translate("CommandLine",
                                         "%1: no such file (to create a new database there, run "
                                         "wattprint --db %1)")
                 .arg(shown));
        return 2;
    }
    const QString near = suggestion(command);
    fail(near.isEmpty()
             ? QCoreApplication::translate("CommandLine", "unknown command '%1' (try --help)").arg(shown)
             : QCoreApplication::translate("CommandLine", "unknown command '%1'; did you mean '%2'?").arg(shown, near));
    return 2;
}

} // namespace wattprint
