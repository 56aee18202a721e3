#include "analysiscommands.h"

#include <verdict.h>

#include <analysiserror.h>
#include <anomalydetection.h>
#include <anomalytimelineanalysis.h>
#include <carbon.h>
#include <configurations.h>
#include <descriptive.h>
#include <energyfit.h>
#include <energymodel.h>
#include <expectedenergy.h>
#include <filter.h>
#include <leaderboardanalysis.h>
#include <pareto.h>
#include <paretoanalysis.h>
#include <runcolumns.h>
#include <rungroups.h>
#include <runloader.h>
#include <runquality.h>
#include <runstakingpart.h>
#include <store.h>
#include <twosample.h>
#include <whatif.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <tuple>

namespace wattprint {

namespace {

constexpr double kAlpha = 0.05;

CommandOutput failure(const QString &message)
{
    CommandOutput o;
    o.exitCode = 1;
    o.error = message;
    return o;
}

// Boost's distributions and special functions throw std::domain_error, std::overflow_error or
// evaluation_error on values outside double precision (energies near 1e160 square to infinity).
CommandOutput numericFailure(const std::exception &e)
{
    return failure(QCoreApplication::translate("AnalysisCommands",
                                               "the statistics cannot be computed for these values: they are "
                                               "too large, too small or too alike for double precision (%1)")
                       .arg(QString::fromUtf8(e.what()).left(200)));
}

// Every JSON the commands print says where its numbers come from, so demo runs never pass for
// measured ones (docs/data.md "Demo data").
CommandOutput jsonOutput(QJsonObject object, bool synthetic, const QString &source)
{
    object.insert(QStringLiteral("synthetic"), synthetic);
    object.insert(QStringLiteral("source"), source);
    CommandOutput o;
    o.json = QJsonDocument(object);
    return o;
}

CommandOutput jsonOutput(const QJsonObject &object, const Store *store)
{
    return jsonOutput(object, store->hasSyntheticData(), store->sourceDescription());
}

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QString datasetNamesText()
{
    QStringList names;
    for (const DatasetInfo &d : butterDatasets())
        names.append(d.name);
    return names.join(QStringLiteral(", "));
}

QString deviceText(bool gpu)
{
    return gpu ? QStringLiteral("gpu") : QStringLiteral("cpu");
}

// Parses args; returns false with *out set (help text, or a usage error) when the command stops here.
bool parseArgs(QCommandLineParser &parser, const QStringList &args, const QString &description, CommandOutput *out)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    if (!parser.parse(args)) {
        *out = failure(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        *out = CommandOutput();
        out->text = parser.helpText();
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *out = failure(QCoreApplication::translate("AnalysisCommands", "unexpected argument '%1' (try --help)")
                           .arg(parser.positionalArguments().first()));
        return false;
    }
    return true;
}

bool readDouble(const QCommandLineParser &parser, const QString &name, std::optional<double> *value, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const QString text = parser.value(name).trimmed();
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        *error
            = QCoreApplication::translate("AnalysisCommands", "--%1 must be a finite number, not '%2'").arg(name, text);
        return false;
    }
    *value = v;
    return true;
}

bool readInteger(const QCommandLineParser &parser, const QString &name, std::optional<qint64> *value, QString *error,
                 qint64 minimum = 1)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const QString text = parser.value(name).trimmed();
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < minimum) {
        *error = minimum == 1
            ? QCoreApplication::translate("AnalysisCommands", "--%1 must be a positive whole number, not '%2'")
                  .arg(name, text)
            : QCoreApplication::translate("AnalysisCommands", "--%1 must be a whole number >= %3, not '%2'")
                  .arg(name, text)
                  .arg(minimum);
        return false;
    }
    *value = v;
    return true;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(
        QStringLiteral("db"),
        QCoreApplication::translate("AnalysisCommands", "SQLite database file (an existing Wattprint store)."),
        QCoreApplication::translate("AnalysisCommands", "PATH"));
}

QCommandLineOption filterOption()
{
    return QCommandLineOption(
        QStringLiteral("filter"),
        QCoreApplication::translate("AnalysisCommands",
                                    "Only runs matching FILTER, e.g. dataset=529_pollen,device=cpu "
                                    "(keys: dataset, shape, size, depth, device, node_type, batch)."),
        QCoreApplication::translate("AnalysisCommands", "FILTER"));
}

QCommandLineOption includeFailingOption()
{
    return QCommandLineOption(QStringLiteral("include-failing"),
                              QCoreApplication::translate("AnalysisCommands",
                                                          "Let runs that fail a quality check take part (by default "
                                                          "they are left out of rankings, fits, frontiers and "
                                                          "anomaly baselines)."));
}

FailingRuns failingRunsOption(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("include-failing")) ? FailingRuns::Included : FailingRuns::Excluded;
}

// {"runs": failing runs in the filter, "left_out": of those, "policy": "excluded" / "included"}.
QJsonObject failingRunsJson(FailingRuns policy, std::size_t failing, std::size_t leftOut)
{
    QJsonObject o;
    o[QStringLiteral("runs")] = double(failing);
    o[QStringLiteral("left_out")] = double(leftOut);
    o[QStringLiteral("policy")] = failingRunsKey(policy);
    return o;
}

// The note a command prints when runs failing a quality check were left out of `what`.
QString failingRunsNote(std::size_t leftOut, const char *what)
{
    return QCoreApplication::translate("AnalysisCommands",
                                       "runs failing a quality check, left out of %1: %2 (--include-failing lets "
                                       "them take part)")
        .arg(QCoreApplication::translate("AnalysisCommands", what))
        .arg(leftOut);
}

// --name as a Filter (empty Filter when the option is not set).
std::optional<Filter> readFilter(const QCommandLineParser &parser, const QString &name, QString *error)
{
    if (!parser.isSet(name))
        return Filter();
    QString message;
    std::optional<Filter> f = Filter::parse(parser.value(name), &message);
    if (!f)
        *error = QCoreApplication::translate("AnalysisCommands", "--%1: %2").arg(name, message);
    return f;
}

std::unique_ptr<Store> openStore(const QCommandLineParser &parser, const QString &command, QString *error)
{
    if (!parser.isSet(QStringLiteral("db"))) {
        *error = QCoreApplication::translate("AnalysisCommands", "%1 needs --db PATH").arg(command);
        return nullptr;
    }
    const QString path = parser.value(QStringLiteral("db"));
    // A server address (postgresql://...) is no file; Store::open says when it cannot be reached.
    if (!StoreLocation::looksLikeServer(path) && !QFileInfo::exists(path)) {
        *error = QCoreApplication::translate("AnalysisCommands", "%1 does not exist").arg(path);
        return nullptr;
    }
    auto store = std::make_unique<Store>(path);
    if (!store->open(error))
        return nullptr;
    return store;
}

bool loadRuns(Store *store, const Filter &filter, RunColumns *out, QString *error)
{
    QString message;
    if (!RunLoader(store).load(filter, out, nullptr, &message)) {
        *error = QCoreApplication::translate("AnalysisCommands", "could not load the runs: %1").arg(message);
        return false;
    }
    return true;
}

// runs.run_id (the UUID text) for the given row ids, looked up in chunks.
bool runUuids(Store *store, const std::vector<qint64> &ids, QHash<qint64, QString> *out, QString *error)
{
    constexpr std::size_t chunk = 500;
    QSqlQuery query(store->database());
    for (std::size_t begin = 0; begin < ids.size(); begin += chunk) {
        const std::size_t end = std::min(ids.size(), begin + chunk);
        QStringList marks;
        for (std::size_t i = begin; i < end; ++i)
            marks.append(QStringLiteral("?"));
        if (!query.prepare(
                QStringLiteral("SELECT id, run_id FROM runs WHERE id IN (%1)").arg(marks.join(QLatin1Char(','))))) {
            *error = query.lastError().text();
            return false;
        }
        for (std::size_t i = begin; i < end; ++i)
            query.addBindValue(ids[i]);
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
        while (query.next())
            out->insert(query.value(0).toLongLong(), query.value(1).toString());
    }
    return true;
}

std::optional<RunMetric> readMetric(const QCommandLineParser &parser, const QString &name, RunMetric fallback,
                                    QString *error)
{
    if (!parser.isSet(name))
        return fallback;
    const std::optional<RunMetric> m = runMetricFromName(parser.value(name).trimmed());
    if (!m)
        *error = QCoreApplication::translate("AnalysisCommands", "--%1 must be one of %2, not '%3'")
                     .arg(name, runMetricNames().join(QStringLiteral(", ")), parser.value(name));
    return m;
}

QJsonObject runJson(const RunColumns &runs, std::size_t row, const QHash<qint64, QString> &uuids)
{
    QJsonObject o;
    const qint64 id = runs.id[row];
    o[QStringLiteral("run_id")] = uuids.value(id);
    o[QStringLiteral("id")] = double(id);
    o[QStringLiteral("dataset")] = runs.datasetNames.value(runs.dataset[row]);
    o[QStringLiteral("shape")] = runs.shapeNames.value(runs.shape[row]);
    o[QStringLiteral("size")] = double(runs.size[row]);
    o[QStringLiteral("depth")] = runs.depth[row];
    o[QStringLiteral("device")] = deviceText(runs.isGpu[row] != 0);
    return o;
}

// The names of the quality rules a run fails (runquality.h); empty when it passes them all.
QJsonArray qualityJson(runquality::Mask mask)
{
    QJsonArray a;
    for (const runquality::Rule rule : runquality::allRules()) {
        if (runquality::fails(mask, rule))
            a.append(runquality::ruleName(rule));
    }
    return a;
}

QJsonObject configurationJson(const ConfigurationStats &c)
{
    QJsonObject o;
    o[QStringLiteral("dataset")] = c.datasetName;
    o[QStringLiteral("shape")] = c.shapeName;
    o[QStringLiteral("size")] = double(c.size);
    o[QStringLiteral("depth")] = c.depth;
    o[QStringLiteral("device")] = deviceText(c.gpu);
    o[QStringLiteral("n")] = double(c.n);
    return o;
}

// "57.6" / "8"; CI bounds get one decimal below 10 % and none above, as people read them.
std::vector<double> finiteValues(const std::vector<double> &column, std::size_t *dropped)
{
    std::vector<double> v;
    v.reserve(column.size());
    for (double x : column) {
        if (std::isfinite(x))
            v.push_back(x);
    }
    *dropped = column.size() - v.size();
    return v;
}

QString csvField(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 12);
    QString s = v.toVariant().toString();
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

// A header of `keys`, then one line per row with those keys' values.
QString csvTable(const QStringList &keys, const QJsonArray &rows)
{
    QString csv = keys.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const QJsonValue &row : rows) {
        QStringList fields;
        for (const QString &key : keys)
            fields.append(csvField(row.toObject().value(key)));
        csv += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv;
}

} // namespace

QStringList AnalysisCommands::commands()
{
    return {QStringLiteral("derive"),    QStringLiteral("carbon"), QStringLiteral("compare"),
            QStringLiteral("anomalies"), QStringLiteral("pareto"), QStringLiteral("leaderboard"),
            QStringLiteral("fit"),       QStringLiteral("predict")};
}

int AnalysisCommands::run(const QString &command, const QStringList &args, bool *handled)
{
    if (handled)
        *handled = true;
    if (command == QLatin1String("derive"))
        return runDerive(args);
    if (command == QLatin1String("carbon"))
        return runCarbon(args);
    if (command == QLatin1String("compare"))
        return runCompare(args);
    if (command == QLatin1String("anomalies"))
        return runAnomalies(args);
    if (command == QLatin1String("pareto"))
        return runPareto(args);
    if (command == QLatin1String("leaderboard"))
        return runLeaderboard(args);
    if (command == QLatin1String("fit"))
        return runFit(args);
    if (command == QLatin1String("predict"))
        return runPredict(args);
    if (handled)
        *handled = false;
    return 1;
}

int AnalysisCommands::print(const CommandOutput &output)
{
    QTextStream err(stderr);
    for (const QString &note : output.notes)
        err << "wattprint: " << note << Qt::endl;
    if (output.exitCode != 0) {
        err << "wattprint: "
            << (output.error.isEmpty() ? QCoreApplication::translate("AnalysisCommands", "failed") : output.error)
            << Qt::endl;
        return output.exitCode;
    }
    QTextStream out(stdout);
    if (!output.text.isEmpty()) {
        out << output.text;
        if (!output.text.endsWith(QLatin1Char('\n')))
            out << Qt::endl;
        else
            out.flush();
    } else {
        out << QString::fromUtf8(output.json.toJson(QJsonDocument::Indented));
        out.flush();
    }
    return 0;
}

// ---------------------------------------------------------------------------------------------- derive

CommandOutput AnalysisCommands::derive(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("dataset"),
         QCoreApplication::translate("AnalysisCommands", "One of the 13 BUTTER datasets (e.g. 201_pol)."),
         QCoreApplication::translate("AnalysisCommands", "NAME")},
        {QStringLiteral("shape"),
         QCoreApplication::translate("AnalysisCommands",
                                     "Network shape (rectangle, trapezoid, exponential, wide_first_2x, ...)."),
         QCoreApplication::translate("AnalysisCommands", "SHAPE")},
        {QStringLiteral("depth"), QCoreApplication::translate("AnalysisCommands", "Number of layers (>= 2)."),
         QCoreApplication::translate("AnalysisCommands", "N")},
        {QStringLiteral("size"),
         QCoreApplication::translate("AnalysisCommands", "Target parameter count of BUTTER's width search."),
         QCoreApplication::translate("AnalysisCommands", "N")},
        {QStringLiteral("device"),
         QCoreApplication::translate("AnalysisCommands", "Only this device's working sets: cpu or gpu."),
         QCoreApplication::translate("AnalysisCommands", "DEVICE")},
        {QStringLiteral("widths"),
         QCoreApplication::translate("AnalysisCommands", "Explicit layer widths, output layer last: A,B,..."),
         QCoreApplication::translate("AnalysisCommands", "LIST")},
        {QStringLiteral("inputs"), QCoreApplication::translate("AnalysisCommands", "Input width (with --widths)."),
         QCoreApplication::translate("AnalysisCommands", "N")},
        {QStringLiteral("params"),
         QCoreApplication::translate("AnalysisCommands", "Free parameters (with --widths; counted if omitted)."),
         QCoreApplication::translate("AnalysisCommands", "N")},
        {QStringLiteral("observations"),
         QCoreApplication::translate("AnalysisCommands", "Dataset rows, 80% of which train (with --widths)."),
         QCoreApplication::translate("AnalysisCommands", "N")},
        {QStringLiteral("label-values"),
         QCoreApplication::translate("AnalysisCommands", "Label floats per datum (with --widths; default 1)."),
         QCoreApplication::translate("AnalysisCommands", "N")},
        {QStringLiteral("batch"), QCoreApplication::translate("AnalysisCommands", "Batch size (default 256)."),
         QCoreApplication::translate("AnalysisCommands", "N")},
    });
    CommandOutput out;
    if (!parseArgs(parser, args,
                   QCoreApplication::translate(
                       "AnalysisCommands",
                       "Derives a network's widths, FLOPs and cache working sets as NREL's energy model does."),
                   &out))
        return out;
    QString error;
    std::optional<qint64> depth, size, inputs, params, observations, labels, batch;
    if (!readInteger(parser, QStringLiteral("depth"), &depth, &error)
        || !readInteger(parser, QStringLiteral("size"), &size, &error)
        || !readInteger(parser, QStringLiteral("inputs"), &inputs, &error)
        || !readInteger(parser, QStringLiteral("params"), &params, &error)
        || !readInteger(parser, QStringLiteral("observations"), &observations, &error)
        || !readInteger(parser, QStringLiteral("label-values"), &labels, &error)
        || !readInteger(parser, QStringLiteral("batch"), &batch, &error))
        return failure(error);
    try {
        std::optional<Device> device;
        if (parser.isSet(QStringLiteral("device")))
            device = deviceFromName(parser.value(QStringLiteral("device")).trimmed());
        const bool byDataset = parser.isSet(QStringLiteral("dataset"));
        const bool byWidths = parser.isSet(QStringLiteral("widths"));
        if (byDataset == byWidths)
            return failure(QCoreApplication::translate(
                "AnalysisCommands",
                "derive needs either --dataset D --shape S --depth N --size N, or --widths A,B,... "
                "--inputs N --observations N (not both)"));
        Derivation d;
        if (byDataset) {
            for (const char *option : {"widths", "inputs", "params", "observations", "label-values"}) {
                if (parser.isSet(QLatin1String(option)))
                    return failure(
                        QCoreApplication::translate("AnalysisCommands", "--%1 goes with --widths, not --dataset")
                            .arg(QLatin1String(option)));
            }
            if (!parser.isSet(QStringLiteral("shape")) || !depth || !size)
                return failure(QCoreApplication::translate("AnalysisCommands",
                                                           "derive --dataset also needs --shape, --depth and --size"));
            if (*depth > 1000)
                return failure(
                    QCoreApplication::translate("AnalysisCommands", "--depth %1 is out of range").arg(*depth));
            d = deriveFromDataset(parser.value(QStringLiteral("dataset")).trimmed(),
                                  shapeFromName(parser.value(QStringLiteral("shape")).trimmed()), int(*depth), *size,
                                  batch.value_or(kButterBatchSize));
        } else {
            for (const char *option : {"shape", "depth", "size"}) {
                if (parser.isSet(QLatin1String(option)))
                    return failure(
                        QCoreApplication::translate("AnalysisCommands", "--%1 goes with --dataset, not --widths")
                            .arg(QLatin1String(option)));
            }
            if (!inputs || !observations)
                return failure(QCoreApplication::translate("AnalysisCommands",
                                                           "derive --widths also needs --inputs and --observations"));
            NetworkConfig config;
            for (const QString &part : parser.value(QStringLiteral("widths")).split(QLatin1Char(','))) {
                bool ok = false;
                const qint64 w = part.trimmed().toLongLong(&ok);
                if (!ok || w < 1)
                    return failure(
                        QCoreApplication::translate(
                            "AnalysisCommands", "--widths must be positive whole numbers separated by commas, not '%1'")
                            .arg(parser.value(QStringLiteral("widths"))));
                config.widths.push_back(w);
            }
            config.inputs = *inputs;
            config.params = params.value_or(0);
            config.observations = *observations;
            config.batchSize = batch.value_or(kButterBatchSize);
            config.labelValuesPerDatum = labels.value_or(1);
            d = deriveFromWidths(std::move(config));
        }
        return jsonOutput(deriveJson(d, device), false, QStringLiteral("values given on the command line"));
    } catch (const AnalysisError &e) {
        return failure(QString::fromStdString(e.what()));
    } catch (const std::exception &e) {
        return numericFailure(e);
    }
}

int AnalysisCommands::runDerive(const QStringList &args)
{
    return print(derive(args));
}

// ---------------------------------------------------------------------------------------------- carbon

CommandOutput AnalysisCommands::carbon(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("joules"), QCoreApplication::translate("AnalysisCommands", "Energy measured at the node (J)."),
         QCoreApplication::translate("AnalysisCommands", "J")},
        {QStringLiteral("region"),
         QCoreApplication::translate("AnalysisCommands",
                                     "Grid preset: %1, or a country's ISO code or English name, e.g. FRA or "
                                     "France (default world; --list-regions lists them all).")
             .arg(specialRegionIds().join(QStringLiteral(", "))),
         QCoreApplication::translate("AnalysisCommands", "NAME")},
        {QStringLiteral("intensity"),
         QCoreApplication::translate("AnalysisCommands", "Grid carbon intensity instead of a preset (g CO2e per kWh)."),
         QCoreApplication::translate("AnalysisCommands", "G_PER_KWH")},
        {QStringLiteral("pue"),
         QCoreApplication::translate("AnalysisCommands", "Power usage effectiveness of the facility (>= 1)."),
         QCoreApplication::translate("AnalysisCommands", "P")},
        {QStringLiteral("price"),
         QCoreApplication::translate("AnalysisCommands", "Electricity price per kWh (default: %1 %2, %3).")
             .arg(QString::number(defaultElectricityPrice().perKwh), defaultElectricityPrice().currency,
                  defaultElectricityPrice().source),
         QCoreApplication::translate("AnalysisCommands", "PER_KWH")},
        {QStringLiteral("currency"),
         QCoreApplication::translate("AnalysisCommands",
                                     "Label of the currency of --price (the default price is in USD)."),
         QCoreApplication::translate("AnalysisCommands", "C")},
        {QStringLiteral("list-regions"),
         QCoreApplication::translate("AnalysisCommands", "Print the grid presets with their sources.")},
    });
    CommandOutput out;
    if (!parseArgs(parser, args,
                   QCoreApplication::translate("AnalysisCommands",
                                               "Turns joules into kWh, CO2e and cost, with the factors' sources."),
                   &out))
        return out;
    try {
        if (parser.isSet(QStringLiteral("list-regions")))
            return jsonOutput(regionPresetsJson(), false,
                              QStringLiteral("the grid presets built into Wattprint, each with its own source"));
        if (!parser.isSet(QStringLiteral("joules")))
            return failure(QCoreApplication::translate("AnalysisCommands", "carbon needs --joules J"));
        QString error;
        std::optional<double> joules, intensity, pue, price;
        if (!readDouble(parser, QStringLiteral("joules"), &joules, &error)
            || !readDouble(parser, QStringLiteral("intensity"), &intensity, &error)
            || !readDouble(parser, QStringLiteral("pue"), &pue, &error)
            || !readDouble(parser, QStringLiteral("price"), &price, &error))
            return failure(error);
        std::optional<QString> region;
        if (parser.isSet(QStringLiteral("region")))
            region = parser.value(QStringLiteral("region")).trimmed();
        const CarbonFactors factors = resolveCarbonFactors(region, intensity, pue, price,
                                                           parser.value(QStringLiteral("currency")));
        return jsonOutput(carbonJson(carbonFor(*joules, factors)), false,
                          QStringLiteral("values given on the command line, factors as named in the output"));
    } catch (const AnalysisError &e) {
        return failure(QString::fromStdString(e.what()));
    } catch (const std::exception &e) {
        return numericFailure(e);
    }
}

int AnalysisCommands::runCarbon(const QStringList &args)
{
    return print(carbon(args));
}

// ---------------------------------------------------------------------------------------------- compare

CommandOutput AnalysisCommands::compare(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({
        dbOption(),
        {QStringLiteral("a"),
         QCoreApplication::translate("AnalysisCommands",
                                     "Runs of side A (the baseline), e.g. dataset=529_pollen,device=cpu."),
         QCoreApplication::translate("AnalysisCommands", "FILTER")},
        {QStringLiteral("b"), QCoreApplication::translate("AnalysisCommands", "Runs of side B."),
         QCoreApplication::translate("AnalysisCommands", "FILTER")},
        {QStringLiteral("metric"),
         QCoreApplication::translate("AnalysisCommands", "%1 (default energy).")
             .arg(runMetricNames().join(QStringLiteral(", "))),
         QCoreApplication::translate("AnalysisCommands", "METRIC")},
        {QStringLiteral("seed"),
         QCoreApplication::translate("AnalysisCommands", "Bootstrap seed (default %1).")
             .arg(stats::BootstrapOptions().seed),
         QCoreApplication::translate("AnalysisCommands", "S")},
    });
    CommandOutput out;
    if (!parseArgs(parser, args,
                   QCoreApplication::translate("AnalysisCommands", "Compares one metric between two sets of runs."),
                   &out))
        return out;
    if (!parser.isSet(QStringLiteral("a")) || !parser.isSet(QStringLiteral("b")))
        return failure(QCoreApplication::translate("AnalysisCommands", "compare needs --a FILTER and --b FILTER"));
    QString error;
    const std::optional<Filter> filterA = readFilter(parser, QStringLiteral("a"), &error);
    if (!filterA)
        return failure(error);
    const std::optional<Filter> filterB = readFilter(parser, QStringLiteral("b"), &error);
    if (!filterB)
        return failure(error);
    const std::optional<RunMetric> metric = readMetric(parser, QStringLiteral("metric"), RunMetric::Energy, &error);
    if (!metric)
        return failure(error);
    stats::TwoSampleOptions options;
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.bootstrap.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return failure(
                QCoreApplication::translate("AnalysisCommands", "--seed must be a non-negative whole number"));
    }
    const std::unique_ptr<Store> store = openStore(parser, QStringLiteral("compare"), &error);
    if (!store)
        return failure(error);
    RunColumns runsA, runsB;
    if (!loadRuns(store.get(), *filterA, &runsA, &error) || !loadRuns(store.get(), *filterB, &runsB, &error))
        return failure(error);
    std::size_t droppedA = 0, droppedB = 0;
    const std::vector<double> a = finiteValues(runMetricColumn(runsA, *metric), &droppedA);
    const std::vector<double> b = finiteValues(runMetricColumn(runsB, *metric), &droppedB);
    const QString metricName = runMetricName(*metric);
    for (const auto &[side, values, filter] :
         {std::tuple{QStringLiteral("A"), &a, &*filterA}, std::tuple{QStringLiteral("B"), &b, &*filterB}}) {
        if (values->empty())
            return failure(QCoreApplication::translate("AnalysisCommands",
                                                       "side %1 (%2) has %3 runs with a %4 value; at least 1 is needed")
                               .arg(side, filter->toString())
                               .arg(values->size())
                               .arg(metricName));
        // Variances square the values: beyond 1e+-150 they overflow to infinity or vanish to 0,
        // and the tests would answer nonsense (or Boost throws).
        for (const double v : *values) {
            if (v != 0 && (std::abs(v) > 1e150 || std::abs(v) < 1e-150))
                return failure(QCoreApplication::translate("AnalysisCommands",
                                                           "side %1 (%2) has a %3 of %4: values beyond 1e+-150 "
                                                           "cannot be compared in double precision")
                                   .arg(side, filter->toString(), metricName)
                                   .arg(v, 0, 'g', 6));
        }
    }
    try {
        QJsonObject o;
        o[QStringLiteral("metric")] = metricName;
        o[QStringLiteral("unit")] = runMetricUnit(*metric);
        // One run on a side: the ratio of the values, and no test (analysis/verdict.h).
        if (a.size() < 2 || b.size() < 2) {
            const double medianA = stats::median(a), medianB = stats::median(b);
            for (const auto &[key, f, values, dropped, median] :
                 {std::tuple{QStringLiteral("a"), &*filterA, &a, droppedA, medianA},
                  std::tuple{QStringLiteral("b"), &*filterB, &b, droppedB, medianB}})
                o[key] = QJsonObject{{QStringLiteral("filter"), f->toString()},
                                     {QStringLiteral("description"), f->describe()},
                                     {QStringLiteral("n"), double(values->size())},
                                     {QStringLiteral("dropped"), double(dropped)},
                                     {QStringLiteral("median"), number(median)},
                                     {QStringLiteral("mean"), number(stats::mean(*values))}};
            o[QStringLiteral("ratio_of_medians")] = number(medianA > 0 ? medianB / medianA : std::nan(""));
            o[QStringLiteral("tested")] = false;
            o[QStringLiteral("significant")] = false;
            o[QStringLiteral("verdict")] = untestedVerdict(a.size(), b.size(), medianA, medianB);
            return jsonOutput(o, store.get());
        }
        const stats::TwoSampleComparison c = stats::compareSamples(a, b, options);
        auto side = [&](const Filter &f, const std::vector<double> &values, std::size_t dropped, double median) {
            QJsonObject s;
            s[QStringLiteral("filter")] = f.toString();
            s[QStringLiteral("description")] = f.describe();
            s[QStringLiteral("n")] = double(values.size());
            s[QStringLiteral("dropped")] = double(dropped);
            s[QStringLiteral("median")] = number(median);
            s[QStringLiteral("mean")] = number(stats::mean(values));
            return s;
        };
        o[QStringLiteral("a")] = side(*filterA, a, droppedA, c.medianA);
        o[QStringLiteral("b")] = side(*filterB, b, droppedB, c.medianB);
        const double ratio = c.medianA != 0 ? c.medianB / c.medianA : std::nan("");
        o[QStringLiteral("ratio_of_medians")] = number(ratio);
        // Every statistic on the scale the verdict uses: log10 values (Mann-Whitney ranks are the
        // same on either scale). Null where a value <= 0 leaves no log.
        o[QStringLiteral("tested")] = true;
        o[QStringLiteral("scale")] = QStringLiteral("log10");
        o[QStringLiteral("welch_p")] = c.welchLog ? number(c.welchLog->p) : QJsonValue(QJsonValue::Null);
        o[QStringLiteral("mannwhitney_p")] = number(c.mannWhitney.p);
        o[QStringLiteral("hedges_g")] = c.hedgesGLog ? number(*c.hedgesGLog) : QJsonValue(QJsonValue::Null);
        o[QStringLiteral("min_runs_for_verdict")] = double(MinRunsForVerdict);
        o[QStringLiteral("alpha")] = kAlpha;
        o[QStringLiteral("significance_rule")] = QCoreApplication::translate(
            "AnalysisCommands",
            "Welch's t-test on log10 values p < alpha and the 95% bootstrap interval of the percent change "
            "excludes 0");
        QJsonObject bootstrap;
        bootstrap[QStringLiteral("resamples")] = options.bootstrap.resamples;
        bootstrap[QStringLiteral("seed")] = QString::number(options.bootstrap.seed);
        bootstrap[QStringLiteral("method")] = QStringLiteral("percentile");
        o[QStringLiteral("bootstrap")] = bootstrap;
        // The same rule and sentence as the compare view (analysis/verdict.h).
        const bool significant = comparisonSignificant(c, kAlpha);
        if (c.percentChange) {
            const stats::PercentChange &pc = *c.percentChange;
            o[QStringLiteral("percent_change")] = number(pc.percent);
            o[QStringLiteral("ci95")] = QJsonArray{number(pc.ci.lower), number(pc.ci.upper)};
            bootstrap[QStringLiteral("dropped_replicates")] = pc.invalidResamples;
            o[QStringLiteral("bootstrap")] = bootstrap;
        } else {
            o[QStringLiteral("percent_change")] = QJsonValue(QJsonValue::Null);
            o[QStringLiteral("ci95")] = QJsonValue(QJsonValue::Null);
        }
        o[QStringLiteral("significant")] = significant;
        o[QStringLiteral("verdict")] = comparisonVerdict(c, *metric, kAlpha);
        return jsonOutput(o, store.get());
    } catch (const AnalysisError &e) {
        return failure(QString::fromStdString(e.what()));
    } catch (const std::exception &e) {
        return numericFailure(e);
    }
}

int AnalysisCommands::runCompare(const QStringList &args)
{
    return print(compare(args));
}

// ---------------------------------------------------------------------------------------------- anomalies

CommandOutput AnalysisCommands::anomalies(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({
        dbOption(),
        {QStringLiteral("method"),
         QCoreApplication::translate("AnalysisCommands",
                                     "zscore, robust (median/MAD), iqr (Tukey fences) or iforest (Isolation Forest)."),
         QCoreApplication::translate("AnalysisCommands", "METHOD")},
        {QStringLiteral("threshold"),
         QCoreApplication::translate("AnalysisCommands",
                                     "Flag |score| above T (defaults: zscore 3, robust 3.5, iqr 0, iforest 0.6)."),
         QCoreApplication::translate("AnalysisCommands", "T")},
        {QStringLiteral("group"),
         QCoreApplication::translate("AnalysisCommands",
                                     "Score within each device (default), dataset-device, dataset-size-device, "
                                     "configuration (config) or none."),
         QCoreApplication::translate("AnalysisCommands", "GROUP")},
        {QStringLiteral("seed"), QCoreApplication::translate("AnalysisCommands", "Isolation Forest seed (default 0)."),
         QCoreApplication::translate("AnalysisCommands", "S")},
        filterOption(),
        includeFailingOption(),
    });
    CommandOutput out;
    if (!parseArgs(parser, args,
                   QCoreApplication::translate("AnalysisCommands",
                                               "Flags runs whose energy is far from what the energy model expects."),
                   &out))
        return out;
    const QString methodName = parser.isSet(QStringLiteral("method"))
        ? parser.value(QStringLiteral("method")).trimmed().toLower()
        : QStringLiteral("robust");
    const std::map<QString, AnomalyMethod> methods = {{QStringLiteral("zscore"), AnomalyMethod::ZScore},
                                                      {QStringLiteral("robust"), AnomalyMethod::RobustZScore},
                                                      {QStringLiteral("iqr"), AnomalyMethod::Iqr},
                                                      {QStringLiteral("iforest"), AnomalyMethod::IsolationForest}};
    const auto method = methods.find(methodName);
    if (method == methods.end())
        return failure(
            QCoreApplication::translate("AnalysisCommands", "--method must be zscore, robust, iqr or iforest, not '%1'")
                .arg(methodName));
    QString groupName = parser.isSet(QStringLiteral("group"))
        ? parser.value(QStringLiteral("group")).trimmed().toLower()
        : QStringLiteral("device");
    if (groupName == QLatin1String("config"))
        groupName = QStringLiteral("configuration");
    const std::optional<AnomalyGroupChoice> groupChoice = anomalyGroupFromKey(groupName);
    if (!groupChoice)
        return failure(
            QCoreApplication::translate(
                "AnalysisCommands",
                "--group must be device, dataset-device, dataset-size-device, configuration or none, not '%1'")
                .arg(groupName));
    QString error;
    std::optional<double> threshold;
    if (!readDouble(parser, QStringLiteral("threshold"), &threshold, &error))
        return failure(error);
    // The anomaly views' options (groups of at least 5 runs), so the counts agree with them.
    AnomalyOptions options = anomalyTimelineOptions(method->second);
    options.threshold = threshold;
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return failure(
                QCoreApplication::translate("AnalysisCommands", "--seed must be a non-negative whole number"));
    }
    const std::optional<Filter> filter = readFilter(parser, QStringLiteral("filter"), &error);
    if (!filter)
        return failure(error);
    const std::unique_ptr<Store> store = openStore(parser, QStringLiteral("anomalies"), &error);
    if (!store)
        return failure(error);
    RunColumns runs;
    if (!loadRuns(store.get(), *filter, &runs, &error))
        return failure(error);

    // Logs need positive values: runs without them are left out and counted. The anomaly
    // views score with the same function.
    RunAnomalies scored;
    try {
        const std::vector<double> expected = expectedEnergyOf(runs);
        scored = detectRunAnomalies(runs, energyResiduals(runs, expected), anomalyGrouping(*groupChoice), options,
                                    false, failingRunsOption(parser));
    } catch (const AnalysisError &e) {
        return failure(QString::fromStdString(e.what()));
    } catch (const std::exception &e) {
        return numericFailure(e);
    }
    const std::vector<std::size_t> &kept = scored.rows;
    const AnomalyResult &result = scored.detected;
    QJsonArray featureNames{*groupChoice == AnomalyGroupChoice::Configuration
                                ? QStringLiteral("log10_measured_over_expected_or_log10_energy")
                                : QStringLiteral("log10_measured_over_expected")};
    if (options.method == AnomalyMethod::IsolationForest)
        featureNames.append(QStringLiteral("log10_power"));
    std::vector<std::size_t> flagged; // positions in `kept`
    for (std::size_t k = 0; k < result.flagged.size(); ++k) {
        if (result.flagged[k])
            flagged.push_back(k);
    }
    std::sort(flagged.begin(), flagged.end(), [&](std::size_t x, std::size_t y) {
        const double ax = std::abs(result.score[x]), ay = std::abs(result.score[y]);
        return ax != ay ? ax > ay : x < y;
    });
    std::vector<qint64> ids;
    ids.reserve(flagged.size());
    for (std::size_t k : flagged)
        ids.push_back(runs.id[kept[k]]);
    QHash<qint64, QString> uuids;
    if (!runUuids(store.get(), ids, &uuids, &error))
        return failure(QCoreApplication::translate("AnalysisCommands", "could not look up the run ids: %1").arg(error));

    QJsonArray list;
    for (std::size_t k : flagged) {
        const std::size_t row = kept[k];
        QJsonObject o = runJson(runs, row, uuids);
        o[QStringLiteral("score")] = number(result.score[k]);
        o[QStringLiteral("energy")] = number(runs.energy[row]);
        o[QStringLiteral("log10_measured_over_expected")] = number(scored.residual[k]);
        o[QStringLiteral("quality")] = qualityJson(runs.quality[row]);
        list.append(o);
    }
    QJsonObject counts;
    counts[QStringLiteral("runs")] = double(runs.rowCount());
    counts[QStringLiteral("scored")] = double(kept.size());
    counts[QStringLiteral("skipped_nonpositive")] = double(scored.nonPositive);
    counts[QStringLiteral("skipped_no_expectation")] = double(scored.noExpectation);
    counts[QStringLiteral("evaluated")] = double(result.evaluatedCount);
    counts[QStringLiteral("flagged")] = double(result.flaggedCount);
    counts[QStringLiteral("groups")] = double(result.groupCount);
    counts[QStringLiteral("small_groups")] = double(result.smallGroupCount);
    counts[QStringLiteral("small_group_rows")] = double(result.smallGroupRows);
    counts[QStringLiteral("forest_groups")] = double(result.forestGroupCount);
    counts[QStringLiteral("global_fallback_rows")] = double(result.globalFallbackRows);
    QJsonObject o;
    o[QStringLiteral("failing_runs")] = failingRunsJson(failingRunsOption(parser), scored.failingRuns,
                                                        scored.outsideBaseline);
    o[QStringLiteral("method")] = methodName;
    o[QStringLiteral("threshold")] = result.threshold;
    o[QStringLiteral("group")] = groupName;
    o[QStringLiteral("filter")] = filter->toString();
    o[QStringLiteral("features")] = featureNames;
    o[QStringLiteral("counts")] = counts;
    o[QStringLiteral("flagged")] = list;
    CommandOutput output = jsonOutput(o, store.get());
    if (result.smallGroupRows > 0)
        output.notes.append(QCoreApplication::translate("AnalysisCommands",
                                                        "%1 runs in %2 groups with fewer than %3 runs were not scored")
                                .arg(result.smallGroupRows)
                                .arg(result.smallGroupCount)
                                .arg(options.minGroupSize));
    if (scored.outsideBaseline > 0)
        output.notes.append(QCoreApplication::translate("AnalysisCommands",
                                                        "runs failing a quality check, scored but kept out of the "
                                                        "baselines: %1 (--include-failing lets them count)")
                                .arg(scored.outsideBaseline));
    if (scored.noExpectation > 0)
        output.notes.append(QCoreApplication::translate("AnalysisCommands",
                                                        "%1 runs have no expected energy (a dataset or shape the "
                                                        "energy model does not know) and were not scored")
                                .arg(scored.noExpectation));
    if (result.globalFallbackRows > 0)
        output.notes.append(QCoreApplication::translate("AnalysisCommands",
                                                        "%1 runs in groups of fewer than %2 runs were scored by one "
                                                        "Isolation Forest over all runs, not within their group")
                                .arg(result.globalFallbackRows)
                                .arg(options.forestMinGroupSize));
    return output;
}

int AnalysisCommands::runAnomalies(const QStringList &args)
{
    return print(anomalies(args));
}

// ---------------------------------------------------------------------------------------------- pareto

namespace {

// The frontier members of a preset's layer as JSON, per frontier (one per device, or one over
// both for run time against energy), and all of them in one list.
QJsonObject paretoPresetJson(const ParetoResult &r, bool byConfiguration, const RunColumns &runs,
                             const QHash<qint64, QString> &uuids)
{
    const ParetoResult::Layer &layer = byConfiguration ? r.perConfiguration : r.perRun;
    QHash<qint64, std::size_t> rowOfId;
    if (!byConfiguration) {
        for (std::size_t i = 0; i < runs.rowCount(); ++i)
            rowOfId.insert(runs.id[i], i);
    }
    QJsonArray frontiers, all;
    for (const ParetoResult::Frontier &f : layer.frontiers) {
        QJsonArray members;
        for (const std::size_t p : f.points) {
            QJsonObject m = byConfiguration ? configurationJson(r.configurations[layer.configuration[p]])
                                            : runJson(runs, rowOfId.value(layer.runId[p]), uuids);
            m[QStringLiteral("x")] = layer.x[p];
            m[QStringLiteral("y")] = layer.y[p];
            members.append(m);
            all.append(m);
        }
        QJsonObject o;
        o[QStringLiteral("device")] = f.device < 0 ? QStringLiteral("all") : deviceText(f.device == 1);
        o[QStringLiteral("points")] = double(f.candidates);
        o[QStringLiteral("frontier")] = members;
        frontiers.append(o);
    }
    QJsonObject o;
    o[QStringLiteral("points")] = double(layer.size());
    o[QStringLiteral("dropped")] = double(layer.dropped);
    o[QStringLiteral("frontier_per")] = paretoPerDevice(r.axes) ? QStringLiteral("device") : QStringLiteral("all");
    o[QStringLiteral("frontiers")] = frontiers;
    o[QStringLiteral("frontier")] = all;
    return o;
}

} // namespace

CommandOutput AnalysisCommands::pareto(const QStringList &args)
{
    QCommandLineParser parser;
    const QString metrics = runMetricNames().join(QStringLiteral(", "));
    parser.addOptions({
        dbOption(),
        {QStringLiteral("axes"),
         QCoreApplication::translate("AnalysisCommands",
                                     "capacity-energy-per-datum (default: parameters, the more the better, against "
                                     "energy per training datum, one frontier per device), capacity-energy (the "
                                     "same with energy per run) or time-energy (run time against energy, one "
                                     "frontier over both devices; they rise together, as energy = power x run "
                                     "time)."),
         QCoreApplication::translate("AnalysisCommands", "AXES")},
        {QStringLiteral("x"),
         QCoreApplication::translate("AnalysisCommands",
                                     "Instead of --axes: a metric on x, minimised: %1 (default run_time when --y is "
                                     "given); one frontier over every point.")
             .arg(metrics),
         QCoreApplication::translate("AnalysisCommands", "METRIC")},
        {QStringLiteral("y"),
         QCoreApplication::translate("AnalysisCommands",
                                     "Instead of --axes: a metric on y, minimised (default energy when --x is given)."),
         QCoreApplication::translate("AnalysisCommands", "METRIC")},
        {QStringLiteral("group"),
         QCoreApplication::translate("AnalysisCommands",
                                     "none (every run, default) or config (one point per configuration median)."),
         QCoreApplication::translate("AnalysisCommands", "GROUP")},
        filterOption(),
        includeFailingOption(),
    });
    CommandOutput out;
    if (!parseArgs(parser, args,
                   QCoreApplication::translate("AnalysisCommands",
                                               "Finds the runs (or configurations) no other beats on both axes."),
                   &out))
        return out;
    QString error;
    const bool custom = parser.isSet(QStringLiteral("x")) || parser.isSet(QStringLiteral("y"));
    if (custom && parser.isSet(QStringLiteral("axes")))
        return failure(QCoreApplication::translate("AnalysisCommands", "give --axes or --x/--y, not both"));
    ParetoAxes axes = ParetoAxes::CapacityEnergyPerDatum;
    if (parser.isSet(QStringLiteral("axes"))) {
        const QString name = parser.value(QStringLiteral("axes")).trimmed().toLower();
        const std::optional<ParetoAxes> a = paretoAxesFromName(name);
        if (!a)
            return failure(QCoreApplication::translate("AnalysisCommands", "--axes must be one of %1, not '%2'")
                               .arg(paretoAxesNames().join(QStringLiteral(", ")), name));
        axes = *a;
    }
    const std::optional<RunMetric> x = readMetric(parser, QStringLiteral("x"), RunMetric::RunTime, &error);
    if (!x)
        return failure(error);
    const std::optional<RunMetric> y = readMetric(parser, QStringLiteral("y"), RunMetric::Energy, &error);
    if (!y)
        return failure(error);
    const QString groupName = parser.isSet(QStringLiteral("group"))
        ? parser.value(QStringLiteral("group")).trimmed().toLower()
        : QStringLiteral("none");
    if (groupName != QLatin1String("config") && groupName != QLatin1String("none"))
        return failure(
            QCoreApplication::translate("AnalysisCommands", "--group must be none or config, not '%1'").arg(groupName));
    const std::optional<Filter> filter = readFilter(parser, QStringLiteral("filter"), &error);
    if (!filter)
        return failure(error);
    const std::unique_ptr<Store> store = openStore(parser, QStringLiteral("pareto"), &error);
    if (!store)
        return failure(error);
    RunColumns runs;
    if (!loadRuns(store.get(), *filter, &runs, &error))
        return failure(error);

    const bool byConfiguration = groupName == QLatin1String("config");
    try {
        if (!custom) {
            // The view's numbers (analysis/paretoanalysis.h): the same points, frontiers and order.
            const ParetoResult r = computePareto(runs, axes, failingRunsOption(parser));
            QHash<qint64, QString> uuids;
            if (!byConfiguration) {
                std::vector<qint64> ids;
                for (const std::size_t p : r.perRun.frontier)
                    ids.push_back(r.perRun.runId[p]);
                if (!runUuids(store.get(), ids, &uuids, &error))
                    return failure(QCoreApplication::translate("AnalysisCommands", "could not look up the run ids: %1")
                                       .arg(error));
            }
            QJsonObject o = paretoPresetJson(r, byConfiguration, runs, uuids);
            const bool capacity = axes != ParetoAxes::TimeEnergy;
            o[QStringLiteral("axes")] = paretoAxesName(axes);
            o[QStringLiteral("x")] = capacity ? QStringLiteral("size") : runMetricName(RunMetric::RunTime);
            o[QStringLiteral("x_unit")] = capacity ? QStringLiteral("parameters") : runMetricUnit(RunMetric::RunTime);
            o[QStringLiteral("x_goal")] = capacity ? QStringLiteral("max") : QStringLiteral("min");
            const RunMetric energy = axes == ParetoAxes::CapacityEnergyPerDatum ? RunMetric::EnergyPerDatum
                                                                                : RunMetric::Energy;
            o[QStringLiteral("y")] = runMetricName(energy);
            o[QStringLiteral("y_unit")] = runMetricUnit(energy);
            o[QStringLiteral("y_goal")] = QStringLiteral("min");
            o[QStringLiteral("group")] = groupName;
            o[QStringLiteral("filter")] = filter->toString();
            o[QStringLiteral("failing_runs")] = failingRunsJson(failingRunsOption(parser), r.failingRuns,
                                                                r.leftOutFailing);
            CommandOutput output = jsonOutput(o, store.get());
            if (r.leftOutFailing > 0)
                output.notes.append(
                    failingRunsNote(r.leftOutFailing, QT_TRANSLATE_NOOP("AnalysisCommands", "the frontiers")));
            return output;
        }

        const RunsTakingPart part(runs, failingRunsOption(parser));
        const RunColumns &taking = part.runs();
        ConfigurationTable table;
        std::vector<double> xs, ys;
        std::vector<std::size_t> source; // run row or configuration index per point
        std::size_t candidates = 0;
        if (byConfiguration) {
            table = summarizeConfigurations(taking);
            candidates = table.configurations.size();
            for (std::size_t i = 0; i < table.configurations.size(); ++i) {
                const double vx = table.configurations[i].median(*x), vy = table.configurations[i].median(*y);
                if (std::isfinite(vx) && std::isfinite(vy)) {
                    xs.push_back(vx);
                    ys.push_back(vy);
                    source.push_back(i);
                }
            }
        } else {
            candidates = taking.rowCount();
            const std::vector<double> &cx = runMetricColumn(taking, *x);
            const std::vector<double> &cy = runMetricColumn(taking, *y);
            for (std::size_t i = 0; i < taking.rowCount(); ++i) {
                if (std::isfinite(cx[i]) && std::isfinite(cy[i])) {
                    xs.push_back(cx[i]);
                    ys.push_back(cy[i]);
                    source.push_back(i);
                }
            }
        }
        const ParetoFrontier frontier = paretoFrontier2d(xs, ys, ParetoDirection::Minimise, ParetoDirection::Minimise);
        QHash<qint64, QString> uuids;
        if (!byConfiguration) {
            std::vector<qint64> ids;
            for (std::size_t k : frontier.indices)
                ids.push_back(taking.id[source[k]]);
            if (!runUuids(store.get(), ids, &uuids, &error))
                return failure(
                    QCoreApplication::translate("AnalysisCommands", "could not look up the run ids: %1").arg(error));
        }
        QJsonArray members;
        for (std::size_t k : frontier.indices) {
            QJsonObject m = byConfiguration ? configurationJson(table.configurations[source[k]])
                                            : runJson(taking, source[k], uuids);
            m[QStringLiteral("x")] = xs[k];
            m[QStringLiteral("y")] = ys[k];
            members.append(m);
        }
        QJsonObject one;
        one[QStringLiteral("device")] = QStringLiteral("all");
        one[QStringLiteral("points")] = double(xs.size());
        one[QStringLiteral("frontier")] = members;
        QJsonObject o;
        o[QStringLiteral("axes")] = QStringLiteral("custom");
        o[QStringLiteral("x")] = runMetricName(*x);
        o[QStringLiteral("y")] = runMetricName(*y);
        o[QStringLiteral("x_unit")] = runMetricUnit(*x);
        o[QStringLiteral("y_unit")] = runMetricUnit(*y);
        o[QStringLiteral("x_goal")] = QStringLiteral("min");
        o[QStringLiteral("y_goal")] = QStringLiteral("min");
        o[QStringLiteral("group")] = groupName;
        o[QStringLiteral("filter")] = filter->toString();
        o[QStringLiteral("points")] = double(xs.size());
        o[QStringLiteral("dropped")] = double(candidates - xs.size());
        o[QStringLiteral("frontier_per")] = QStringLiteral("all");
        o[QStringLiteral("frontiers")] = QJsonArray{one};
        o[QStringLiteral("frontier")] = members;
        o[QStringLiteral("failing_runs")] = failingRunsJson(failingRunsOption(parser), part.failing(), part.leftOut());
        CommandOutput output = jsonOutput(o, store.get());
        if (part.leftOut() > 0)
            output.notes.append(failingRunsNote(part.leftOut(), QT_TRANSLATE_NOOP("AnalysisCommands", "the frontier")));
        return output;
    } catch (const AnalysisError &e) {
        return failure(QString::fromStdString(e.what()));
    } catch (const std::exception &e) {
        return numericFailure(e);
    }
}

int AnalysisCommands::runPareto(const QStringList &args)
{
    return print(pareto(args));
}

// ---------------------------------------------------------------------------------------------- leaderboard

namespace {

// The leaderboard view's table of projects or hardware (analysis/rungroups.h) as JSON or CSV.
CommandOutput runGroupsOutput(const RunGroups &g, const QCommandLineParser &parser, Store *store)
{
    static const QStringList keys = {QStringLiteral("name"),
                                     QStringLiteral("runs"),
                                     QStringLiteral("rank"),
                                     QStringLiteral("median_energy"),
                                     QStringLiteral("interval_low"),
                                     QStringLiteral("interval_high"),
                                     QStringLiteral("interval_coverage"),
                                     QStringLiteral("total_energy"),
                                     QStringLiteral("median_power"),
                                     QStringLiteral("median_run_time"),
                                     QStringLiteral("runs_with_parts"),
                                     QStringLiteral("cpu_energy"),
                                     QStringLiteral("gpu_energy"),
                                     QStringLiteral("ram_energy")};
    QJsonArray rows;
    for (const RunGroups::Group &group : g.groups) {
        QJsonObject o;
        o[QStringLiteral("name")] = group.name.isEmpty() ? QJsonValue() : QJsonValue(group.name);
        o[QStringLiteral("runs")] = double(group.runs);
        o[QStringLiteral("rank")] = group.rank;
        o[QStringLiteral("median_energy")] = number(group.medianEnergy);
        o[QStringLiteral("interval_low")] = number(group.energyLow);
        o[QStringLiteral("interval_high")] = number(group.energyHigh);
        o[QStringLiteral("interval_coverage")] = number(group.energyCoverage);
        o[QStringLiteral("total_energy")] = number(group.totalEnergy);
        o[QStringLiteral("median_power")] = number(group.medianPower);
        o[QStringLiteral("median_run_time")] = number(group.medianRunTime);
        o[QStringLiteral("runs_with_parts")] = double(group.runsWithParts);
        o[QStringLiteral("cpu_energy")] = number(group.cpuEnergy);
        o[QStringLiteral("gpu_energy")] = number(group.gpuEnergy);
        o[QStringLiteral("ram_energy")] = number(group.ramEnergy);
        rows.append(o);
    }
    CommandOutput result = jsonOutput(
        QJsonObject{{QStringLiteral("group"), runGroupByKey(g.by)},
                    {QStringLiteral("rows"), rows},
                    {QStringLiteral("runs"), double(g.runs)},
                    {QStringLiteral("configured_runs"), double(g.configuredRuns)},
                    {QStringLiteral("total_energy"), number(g.totalEnergy)},
                    {QStringLiteral("failing_runs"),
                     failingRunsJson(failingRunsOption(parser), g.failingRuns, g.leftOutFailing)}},
        store);
    if (parser.isSet(QStringLiteral("csv")))
        result.text = csvTable(keys, rows);
    if (g.configuredRuns > 0)
        result.notes.append(QCoreApplication::translate("AnalysisCommands",
                                                        "%1 runs with a BUTTER-E configuration are not in these groups "
                                                        "(the leaderboard without --group ranks them)")
                                .arg(g.configuredRuns));
    if (g.leftOutFailing > 0)
        result.notes.append(failingRunsNote(g.leftOutFailing, QT_TRANSLATE_NOOP("AnalysisCommands", "the groups")));
    return result;
}

} // namespace

CommandOutput AnalysisCommands::leaderboard(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({
        dbOption(),
        {QStringLiteral("by"),
         QCoreApplication::translate("AnalysisCommands", "Rank by the median of %1 (default energy_per_datum).")
             .arg(runMetricNames().join(QStringLiteral(", "))),
         QCoreApplication::translate("AnalysisCommands", "METRIC")},
        {QStringLiteral("top"), QCoreApplication::translate("AnalysisCommands", "Keep ranks <= N within each dataset."),
         QCoreApplication::translate("AnalysisCommands", "N")},
        {QStringLiteral("min-runs"),
         QCoreApplication::translate("AnalysisCommands",
                                     "Rank only configurations with at least N runs (default %1; 1 ranks single runs).")
             .arg(DefaultMinRunsToRank),
         QCoreApplication::translate("AnalysisCommands", "N")},
        {QStringLiteral("csv"),
         QCoreApplication::translate("AnalysisCommands", "Print CSV with a header instead of JSON.")},
        {QStringLiteral("group"),
         QCoreApplication::translate("AnalysisCommands",
                                     "List the runs without a BUTTER-E configuration (CodeCarbon's) per project or "
                                     "hardware instead, as the leaderboard view's Rank: Projects / Hardware."),
         QCoreApplication::translate("AnalysisCommands", "project|hardware")},
        filterOption(),
        includeFailingOption(),
    });
    CommandOutput out;
    if (!parseArgs(parser, args,
                   QCoreApplication::translate(
                       "AnalysisCommands",
                       "Ranks configurations within their dataset (1 = lowest median) with a 1-5 efficiency band."),
                   &out))
        return out;
    QString error;
    const std::optional<RunMetric> by = readMetric(parser, QStringLiteral("by"), RunMetric::EnergyPerDatum, &error);
    if (!by)
        return failure(error);
    std::optional<qint64> top, minRuns;
    if (!readInteger(parser, QStringLiteral("top"), &top, &error)
        || !readInteger(parser, QStringLiteral("min-runs"), &minRuns, &error))
        return failure(error);
    const std::optional<Filter> filter = readFilter(parser, QStringLiteral("filter"), &error);
    if (!filter)
        return failure(error);
    std::optional<RunGroupBy> group;
    if (parser.isSet(QStringLiteral("group"))) {
        group = runGroupByFromKey(parser.value(QStringLiteral("group")).trimmed().toLower());
        if (!group)
            return failure(
                QCoreApplication::translate("AnalysisCommands", "--group must be project or hardware, not '%1'")
                    .arg(parser.value(QStringLiteral("group"))));
    }
    const std::unique_ptr<Store> store = openStore(parser, QStringLiteral("leaderboard"), &error);
    if (!store)
        return failure(error);
    RunColumns runs;
    if (!loadRuns(store.get(), *filter, &runs, &error))
        return failure(error);
    if (group)
        return runGroupsOutput(summarizeRunGroups(runs, *group, failingRunsOption(parser)), parser, store.get());
    try {
        // The leaderboard view's ranking, by the metric asked for.
        const LeaderboardResult board = computeLeaderboard(
            runs, *by, int(std::min<qint64>(minRuns.value_or(DefaultMinRunsToRank), 1 << 30)),
            failingRunsOption(parser));
        static const QStringList keys = {QStringLiteral("dataset"),
                                         QStringLiteral("shape"),
                                         QStringLiteral("size"),
                                         QStringLiteral("depth"),
                                         QStringLiteral("device"),
                                         QStringLiteral("rank"),
                                         QStringLiteral("band"),
                                         QStringLiteral("ranked_in_dataset"),
                                         QStringLiteral("n"),
                                         QStringLiteral("interval_low"),
                                         QStringLiteral("interval_high"),
                                         QStringLiteral("interval_coverage"),
                                         QStringLiteral("median_energy_per_datum"),
                                         QStringLiteral("median_energy"),
                                         QStringLiteral("median_run_time"),
                                         QStringLiteral("median_power"),
                                         QStringLiteral("median_non_overhead_energy"),
                                         QStringLiteral("energy_iqr_over_median")};
        QJsonArray rows;
        for (const LeaderboardResult::Row &e : board.rows) {
            if (e.rank == 0 || (top && e.rank > *top)) // unranked rows are left out
                continue;
            const ConfigurationStats &c = board.configurations[e.configuration];
            QJsonObject o = configurationJson(c);
            o[QStringLiteral("rank")] = e.rank;
            o[QStringLiteral("band")] = e.band;
            o[QStringLiteral("ranked_in_dataset")] = double(e.rankedInDataset);
            // Of the ranking metric's median (leaderboardanalysis.h).
            o[QStringLiteral("interval_low")] = number(e.intervalLow);
            o[QStringLiteral("interval_high")] = number(e.intervalHigh);
            o[QStringLiteral("interval_coverage")] = number(e.intervalCoverage);
            o[QStringLiteral("median_energy_per_datum")] = number(c.medianEnergyPerDatum);
            o[QStringLiteral("median_energy")] = number(c.medianEnergy);
            o[QStringLiteral("median_run_time")] = number(c.medianRunTime);
            o[QStringLiteral("median_power")] = number(c.medianPower);
            o[QStringLiteral("median_non_overhead_energy")] = number(c.medianNonOverheadEnergy);
            o[QStringLiteral("energy_iqr_over_median")] = number(c.energyIqrOverMedian);
            rows.append(o);
        }
        CommandOutput result = jsonOutput(
            QJsonObject{{QStringLiteral("rows"), rows},
                        {QStringLiteral("min_runs"), double(board.minRuns)},
                        {QStringLiteral("too_few_runs"), double(board.tooFewRuns)},
                        {QStringLiteral("failing_runs"),
                         failingRunsJson(failingRunsOption(parser), board.failingRuns, board.leftOutFailing)}},
            store.get());
        if (parser.isSet(QStringLiteral("csv")))
            result.text = csvTable(keys, rows);
        if (board.leftOutFailing > 0)
            result.notes.append(
                failingRunsNote(board.leftOutFailing, QT_TRANSLATE_NOOP("AnalysisCommands", "the ranking")));
        if (board.tooFewRuns > 0)
            result.notes.append(QCoreApplication::translate("AnalysisCommands",
                                                            "%1 configurations have fewer than %2 runs and are not "
                                                            "ranked (--min-runs 1 ranks them too)")
                                    .arg(board.tooFewRuns)
                                    .arg(board.minRuns));
        const std::size_t unranked = board.unranked - board.tooFewRuns;
        if (unranked > 0)
            result.notes.append(
                QCoreApplication::translate("AnalysisCommands", "%1 configurations have no %2 value and are not ranked")
                    .arg(unranked)
                    .arg(runMetricName(*by)));
        return result;
    } catch (const AnalysisError &e) {
        return failure(QString::fromStdString(e.what()));
    } catch (const std::exception &e) {
        return numericFailure(e);
    }
}

int AnalysisCommands::runLeaderboard(const QStringList &args)
{
    return print(leaderboard(args));
}

// ---------------------------------------------------------------------------------------------- fit

CommandOutput AnalysisCommands::fit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({
        dbOption(),
        {QStringLiteral("method"),
         QCoreApplication::translate("AnalysisCommands",
                                     "non_negative (default: every coefficient a cost >= 0) or least_squares."),
         QCoreApplication::translate("AnalysisCommands", "METHOD")},
        {QStringLiteral("folds"),
         QCoreApplication::translate("AnalysisCommands", "Folds of the out-of-fold validation (default 5)."),
         QCoreApplication::translate("AnalysisCommands", "K")},
        filterOption(),
        includeFailingOption(),
    });
    CommandOutput out;
    if (!parseArgs(parser, args,
                   QCoreApplication::translate(
                       "AnalysisCommands",
                       "Fits energy per datum to FLOPs and cache-level bytes per device, one row per configuration."),
                   &out))
        return out;
    FitMethod method = FitMethod::NonNegative;
    if (parser.isSet(QStringLiteral("method"))) {
        const QString name = parser.value(QStringLiteral("method")).trimmed().toLower();
        if (name == fitMethodName(FitMethod::LeastSquares))
            method = FitMethod::LeastSquares;
        else if (name != fitMethodName(FitMethod::NonNegative))
            return failure(QCoreApplication::translate("AnalysisCommands",
                                                       "--method must be non_negative or least_squares, not '%1'")
                               .arg(name));
    }
    int folds = 5;
    if (parser.isSet(QStringLiteral("folds"))) {
        bool ok = false;
        folds = parser.value(QStringLiteral("folds")).toInt(&ok);
        if (!ok || folds < 2 || folds > 100)
            return failure(
                QCoreApplication::translate("AnalysisCommands", "--folds must be a whole number from 2 to 100"));
    }
    QString error;
    const std::optional<Filter> filter = readFilter(parser, QStringLiteral("filter"), &error);
    if (!filter)
        return failure(error);
    const std::unique_ptr<Store> store = openStore(parser, QStringLiteral("fit"), &error);
    if (!store)
        return failure(error);
    RunColumns allRuns;
    if (!loadRuns(store.get(), *filter, &allRuns, &error))
        return failure(error);
    try {
        const RunsTakingPart part(allRuns, failingRunsOption(parser));
        const RunColumns &runs = part.runs();
        const ConfigurationTable table = summarizeConfigurations(runs);
        const QStringList knownShapes = shapeNames();
        // The derivation does not depend on the device: one per (dataset, shape, depth, size).
        std::map<std::tuple<QString, QString, int, qint64>, std::optional<Derivation>> derivations;
        std::vector<EnergyFitRow> rows;
        std::size_t unknownDataset = 0, unknownShape = 0, noEnergy = 0, nonPositive = 0, notDerivable = 0;
        for (const ConfigurationStats &c : table.configurations) {
            if (!findDataset(c.datasetName)) {
                ++unknownDataset;
                continue;
            }
            if (!knownShapes.contains(c.shapeName)) {
                ++unknownShape;
                continue;
            }
            if (!std::isfinite(c.medianEnergyPerDatum)) {
                ++noEnergy;
                continue;
            }
            // Energy at or below the fixed overhead is no cost to explain (docs/data.md).
            if (!(c.medianEnergyPerDatum > 0)) {
                ++nonPositive;
                continue;
            }
            const auto key = std::make_tuple(c.datasetName, c.shapeName, int(c.depth), qint64(c.size));
            auto it = derivations.find(key);
            if (it == derivations.end()) {
                std::optional<Derivation> d;
                try {
                    d = deriveFromDataset(c.datasetName, shapeFromName(c.shapeName), c.depth, c.size);
                } catch (const AnalysisError &) {
                }
                it = derivations.emplace(key, std::move(d)).first;
            }
            if (!it->second) {
                ++notDerivable;
                continue;
            }
            rows.push_back(fitRowFor(*it->second, c.gpu ? Device::Gpu : Device::Cpu, c.medianEnergyPerDatum));
        }
        if (rows.empty())
            return failure(QCoreApplication::translate(
                               "AnalysisCommands",
                               "no configuration can be fitted: %1 configurations, none of a known dataset and "
                               "shape with a positive energy per datum")
                               .arg(table.configurations.size()));
        const EnergyFit fitted = fitEnergyModel(rows, method);
        // The same model validated on held-out configurations (analysis/expectedenergy.h).
        ExpectedEnergyOptions validation;
        validation.method = method;
        validation.folds = folds;
        const ExpectedEnergy expected = computeExpectedEnergy(runs, validation);
        QJsonObject o = energyFitJson(fitted);
        QJsonArray devices = o.value(QStringLiteral("devices")).toArray();
        for (qsizetype i = 0; i < devices.size(); ++i) {
            QJsonObject d = devices.at(i).toObject();
            d[QStringLiteral("mape")] = d.value(QStringLiteral("mape_percent"));
            const ExpectedEnergyDevice &v = expected.device(d.value(QStringLiteral("device")).toString()
                                                            == deviceName(Device::Gpu));
            const auto value = [](double x) { return std::isfinite(x) ? QJsonValue(x) : QJsonValue(); };
            d[QStringLiteral("r2_out_of_fold")] = value(v.r2OutOfFold);
            d[QStringLiteral("mape_out_of_fold_percent")] = value(v.mapeOutOfFoldPercent);
            d[QStringLiteral("median_abs_log10_error_out_of_fold")] = value(v.medianAbsLogErrorOutOfFold);
            d[QStringLiteral("out_of_fold_configurations")] = double(v.outOfFoldConfigurations);
            devices[i] = d;
        }
        o[QStringLiteral("devices")] = devices;
        o[QStringLiteral("folds")] = folds;
        const std::size_t skipped = unknownDataset + unknownShape + noEnergy + nonPositive + notDerivable;
        o[QStringLiteral("configurations")] = double(table.configurations.size());
        o[QStringLiteral("used")] = double(rows.size());
        QJsonObject s;
        s[QStringLiteral("total")] = double(skipped);
        s[QStringLiteral("unknown_dataset")] = double(unknownDataset);
        s[QStringLiteral("unknown_shape")] = double(unknownShape);
        s[QStringLiteral("no_energy_per_datum")] = double(noEnergy);
        s[QStringLiteral("non_positive_energy_per_datum")] = double(nonPositive);
        s[QStringLiteral("not_derivable")] = double(notDerivable);
        o[QStringLiteral("skipped")] = s;
        o[QStringLiteral("filter")] = filter->toString();
        o[QStringLiteral("failing_runs")] = failingRunsJson(failingRunsOption(parser), part.failing(), part.leftOut());
        CommandOutput result = jsonOutput(o, store.get());
        if (part.leftOut() > 0)
            result.notes.append(failingRunsNote(part.leftOut(), QT_TRANSLATE_NOOP("AnalysisCommands", "the fit")));
        if (skipped > 0)
            result.notes.append(QCoreApplication::translate(
                                    "AnalysisCommands",
                                    "skipped %1 of %2 configurations the model does not know or cannot fit "
                                    "(unknown dataset %3, unknown shape %4, no energy per datum %5, energy per datum "
                                    "zero or negative %6, not derivable %7)")
                                    .arg(skipped)
                                    .arg(table.configurations.size())
                                    .arg(unknownDataset)
                                    .arg(unknownShape)
                                    .arg(noEnergy)
                                    .arg(nonPositive)
                                    .arg(notDerivable));
        return result;
    } catch (const AnalysisError &e) {
        return failure(QString::fromStdString(e.what()));
    } catch (const std::exception &e) {
        return numericFailure(e);
    }
}

int AnalysisCommands::runFit(const QStringList &args)
{
    return print(fit(args));
}

// --------------------------------------------------------------------------------------------- predict

CommandOutput AnalysisCommands::predict(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({
        dbOption(),
        {QStringLiteral("dataset"),
         QCoreApplication::translate("AnalysisCommands", "One of the 13 BUTTER datasets (e.g. 201_pol)."),
         QCoreApplication::translate("AnalysisCommands", "NAME")},
        {QStringLiteral("examples"),
         QCoreApplication::translate("AnalysisCommands",
                                     "A dataset of your own instead: its rows, 80% of which train (with --inputs)."),
         QCoreApplication::translate("AnalysisCommands", "N")},
        {QStringLiteral("inputs"),
         QCoreApplication::translate("AnalysisCommands", "Inputs per example of your own dataset."),
         QCoreApplication::translate("AnalysisCommands", "N")},
        {QStringLiteral("outputs"),
         QCoreApplication::translate("AnalysisCommands", "Network outputs for your own dataset (default 1)."),
         QCoreApplication::translate("AnalysisCommands", "N")},
        {QStringLiteral("shape"),
         QCoreApplication::translate("AnalysisCommands",
                                     "Network shape (rectangle, trapezoid, exponential, wide_first_2x, ...)."),
         QCoreApplication::translate("AnalysisCommands", "SHAPE")},
        {QStringLiteral("size"),
         QCoreApplication::translate("AnalysisCommands", "Target parameter count of BUTTER's width search."),
         QCoreApplication::translate("AnalysisCommands", "N")},
        {QStringLiteral("depth"),
         QCoreApplication::translate("AnalysisCommands", "Number of layers, the output layer included (>= 2)."),
         QCoreApplication::translate("AnalysisCommands", "N")},
        {QStringLiteral("device"), QCoreApplication::translate("AnalysisCommands", "cpu or gpu."),
         QCoreApplication::translate("AnalysisCommands", "DEVICE")},
        {QStringLiteral("epochs"), QCoreApplication::translate("AnalysisCommands", "Training epochs (default 3000)."),
         QCoreApplication::translate("AnalysisCommands", "N")},
        {QStringLiteral("batch"), QCoreApplication::translate("AnalysisCommands", "Batch size (default 256)."),
         QCoreApplication::translate("AnalysisCommands", "N")},
        {QStringLiteral("level"),
         QCoreApplication::translate("AnalysisCommands", "Level of the prediction interval (default 0.9)."),
         QCoreApplication::translate("AnalysisCommands", "L")},
        {QStringLiteral("nearest"),
         QCoreApplication::translate("AnalysisCommands", "Measured configurations to list (default 5)."),
         QCoreApplication::translate("AnalysisCommands", "K")},
        {QStringLiteral("region"),
         QCoreApplication::translate("AnalysisCommands", "Grid preset for carbon, as for carbon (default world)."),
         QCoreApplication::translate("AnalysisCommands", "NAME")},
        {QStringLiteral("intensity"),
         QCoreApplication::translate("AnalysisCommands", "Grid carbon intensity instead of a preset (g CO2e per kWh)."),
         QCoreApplication::translate("AnalysisCommands", "G_PER_KWH")},
        {QStringLiteral("pue"),
         QCoreApplication::translate("AnalysisCommands", "Power usage effectiveness of the facility (>= 1)."),
         QCoreApplication::translate("AnalysisCommands", "P")},
        {QStringLiteral("price"),
         QCoreApplication::translate("AnalysisCommands", "Electricity price per kWh (default: %1 %2).")
             .arg(QString::number(defaultElectricityPrice().perKwh), defaultElectricityPrice().currency),
         QCoreApplication::translate("AnalysisCommands", "PER_KWH")},
        {QStringLiteral("currency"),
         QCoreApplication::translate("AnalysisCommands", "Label of the currency of --price."),
         QCoreApplication::translate("AnalysisCommands", "C")},
        {QStringLiteral("held-out"),
         QCoreApplication::translate("AnalysisCommands",
                                     "Instead of a plan: predict each configuration of the store from a model "
                                     "fitted without it and print how often the interval holds its measured "
                                     "median (per device, with the median error).")},
        {QStringLiteral("folds"), QCoreApplication::translate("AnalysisCommands", "Folds of --held-out (default 5)."),
         QCoreApplication::translate("AnalysisCommands", "N")},
    });
    CommandOutput out;
    if (!parseArgs(parser, args,
                   QCoreApplication::translate("AnalysisCommands",
                                               "Predicts the energy, run time, power, carbon and cost of a planned "
                                               "training run from the store's measured runs, with an interval."),
                   &out))
        return out;
    QString error;
    std::optional<qint64> size, depth, epochs, batch, examples, inputs, outputs, nearest;
    std::optional<double> level, intensity, pue, price;
    if (!readInteger(parser, QStringLiteral("size"), &size, &error)
        || !readInteger(parser, QStringLiteral("depth"), &depth, &error)
        || !readInteger(parser, QStringLiteral("epochs"), &epochs, &error)
        || !readInteger(parser, QStringLiteral("batch"), &batch, &error)
        || !readInteger(parser, QStringLiteral("examples"), &examples, &error)
        || !readInteger(parser, QStringLiteral("inputs"), &inputs, &error)
        || !readInteger(parser, QStringLiteral("outputs"), &outputs, &error)
        || !readInteger(parser, QStringLiteral("nearest"), &nearest, &error)
        || !readDouble(parser, QStringLiteral("level"), &level, &error)
        || !readDouble(parser, QStringLiteral("intensity"), &intensity, &error)
        || !readDouble(parser, QStringLiteral("pue"), &pue, &error)
        || !readDouble(parser, QStringLiteral("price"), &price, &error))
        return failure(error);
    if (level && !(*level > 0 && *level < 1))
        return failure(QCoreApplication::translate("AnalysisCommands",
                                                   "--level must lie strictly between 0 and 1, e.g. 0.9, not %1")
                           .arg(*level));
    if (parser.isSet(QStringLiteral("held-out")))
        return predictHeldOut(parser, level);
    for (const char *required : {"shape", "size", "depth", "device"}) {
        if (!parser.isSet(QLatin1String(required)))
            return failure(
                QCoreApplication::translate("AnalysisCommands", "predict needs --%1").arg(QLatin1String(required)));
    }
    const bool byDataset = parser.isSet(QStringLiteral("dataset"));
    if (byDataset == bool(examples))
        return failure(QCoreApplication::translate("AnalysisCommands",
                                                   "predict needs either --dataset NAME or --examples N with --inputs "
                                                   "N for a dataset of your own (not both)"));
    if (byDataset && (inputs || outputs))
        return failure(QCoreApplication::translate("AnalysisCommands",
                                                   "--inputs and --outputs go with --examples, "
                                                   "not --dataset"));
    if (examples && !inputs)
        return failure(QCoreApplication::translate("AnalysisCommands", "--examples also needs --inputs"));
    constexpr qint64 maxInt = std::numeric_limits<int>::max();
    if (*depth > MaxNetworkDepth)
        return failure(QCoreApplication::translate("AnalysisCommands", "--depth must be at most %1, not %2")
                           .arg(MaxNetworkDepth)
                           .arg(*depth));
    if (epochs.value_or(1) > maxInt || inputs.value_or(1) > maxInt || outputs.value_or(1) > maxInt)
        return failure(
            QCoreApplication::translate("AnalysisCommands", "--epochs, --inputs and --outputs must be at most %1")
                .arg(maxInt));
    if (nearest && *nearest > 1000)
        return failure(QCoreApplication::translate("AnalysisCommands", "--nearest must be at most 1000"));
    try {
        PlannedRun plan;
        if (byDataset) {
            plan.dataset = parser.value(QStringLiteral("dataset")).trimmed();
            if (!findDataset(plan.dataset))
                return failure(QCoreApplication::translate("AnalysisCommands",
                                                           "--dataset '%1' is not one of the sweep's (%2); describe "
                                                           "a dataset of your own with --examples and --inputs")
                                   .arg(plan.dataset, datasetNamesText()));
        } else {
            plan.examples = *examples;
            plan.inputs = int(*inputs);
            plan.outputs = int(outputs.value_or(1));
        }
        plan.shape = parser.value(QStringLiteral("shape")).trimmed();
        if (!shapeNames().contains(plan.shape))
            return failure(QCoreApplication::translate("AnalysisCommands", "--shape '%1' is unknown (known: %2)")
                               .arg(plan.shape, shapeNames().join(QStringLiteral(", "))));
        plan.size = *size;
        plan.depth = int(*depth);
        if (plan.depth < 2)
            return failure(
                QCoreApplication::translate("AnalysisCommands", "--depth must be at least 2, not %1").arg(plan.depth));
        const QString deviceArg = parser.value(QStringLiteral("device")).trimmed().toLower();
        if (deviceArg != QLatin1String("cpu") && deviceArg != QLatin1String("gpu"))
            return failure(QCoreApplication::translate("AnalysisCommands", "--device must be cpu or gpu, not '%1'")
                               .arg(deviceArg));
        plan.device = deviceFromName(deviceArg);
        plan.epochs = int(epochs.value_or(kButterEpochs));
        plan.batchSize = batch.value_or(kButterBatchSize);
        std::optional<QString> region;
        if (parser.isSet(QStringLiteral("region")))
            region = parser.value(QStringLiteral("region")).trimmed();
        const CarbonFactors factors = resolveCarbonFactors(region, intensity, pue, price,
                                                           parser.value(QStringLiteral("currency")));

        const std::unique_ptr<Store> store = openStore(parser, QStringLiteral("predict"), &error);
        if (!store)
            return failure(error);
        RunColumns runs;
        if (!loadRuns(store.get(), Filter(), &runs, &error))
            return failure(error);
        WhatIfOptions options;
        options.level = level.value_or(options.level);
        options.nearest = std::size_t(nearest.value_or(qint64(options.nearest)));
        const WhatIfModel model = buildWhatIfModel(runs, options);
        const WhatIfResult result = predictWhatIf(model, plan, factors);
        const WhatIfEstimate &planned = result.planned();
        if (!planned.ok)
            return failure(QCoreApplication::translate("AnalysisCommands", "cannot predict this plan on %1: %2")
                               .arg(deviceName(plan.device), planned.refusal));
        QJsonObject o = whatIfJson(model, result);
        o[QStringLiteral("factors")] = carbonJson(carbonFor(0, factors)).value(QStringLiteral("factors"));
        CommandOutput output = jsonOutput(o, store.get());
        for (const Extrapolation &x : planned.extrapolation)
            output.notes.append(
                QCoreApplication::translate("AnalysisCommands", "extrapolating, interval widened: %1").arg(x.reason));
        return output;
    } catch (const AnalysisError &e) {
        return failure(QString::fromStdString(e.what()));
    } catch (const std::exception &e) {
        return numericFailure(e);
    }
}

CommandOutput AnalysisCommands::predictHeldOut(const QCommandLineParser &parser, std::optional<double> level)
{
    QString error;
    std::optional<qint64> folds;
    if (!readInteger(parser, QStringLiteral("folds"), &folds, &error))
        return failure(error);
    for (const char *plan : {"dataset", "examples", "shape", "size", "depth", "device"}) {
        if (parser.isSet(QLatin1String(plan)))
            return failure(QCoreApplication::translate("AnalysisCommands",
                                                       "--held-out checks the whole store; "
                                                       "leave out --%1")
                               .arg(QLatin1String(plan)));
    }
    if (folds && (*folds < 2 || *folds > 100))
        return failure(
            QCoreApplication::translate("AnalysisCommands", "--folds must lie between 2 and 100, not %1").arg(*folds));
    try {
        const std::unique_ptr<Store> store = openStore(parser, QStringLiteral("predict"), &error);
        if (!store)
            return failure(error);
        RunColumns runs;
        if (!loadRuns(store.get(), Filter(), &runs, &error))
            return failure(error);
        WhatIfOptions options;
        options.level = level.value_or(options.level);
        options.folds = int(folds.value_or(options.folds));
        return jsonOutput(heldOutJson(checkHeldOut(runs, options)), store.get());
    } catch (const AnalysisError &e) {
        return failure(QString::fromStdString(e.what()));
    } catch (const std::exception &e) {
        return numericFailure(e);
    }
}

int AnalysisCommands::runPredict(const QStringList &args)
{
    return print(predict(args));
}

} // namespace wattprint
