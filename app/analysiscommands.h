#pragma once

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

#include <optional>

namespace wattprint {

// What a command produced, before anything is printed: the tests check this directly.
struct CommandOutput
{
    int exitCode = 0;
    QJsonDocument json; // printed on stdout (indented) unless `text` is set
    QString text;       // printed on stdout instead: --help, CSV
    QString error;      // printed on stderr when exitCode != 0
    QStringList notes;  // printed on stderr as information (e.g. what was skipped)

    bool ok() const { return exitCode == 0; }
};

// The analysis commands of the headless binary. Each `x(args)` parses args (args[0] is the
// program, the command name already removed) and computes; each `runX(args)` prints that result
// (JSON on stdout, messages on stderr) and returns the exit code. Keys are stable; a number that
// cannot be computed is null. Store-backed commands take --db PATH of an existing store and, where
// it makes sense, --filter in Filter::parse syntax ("dataset=529_pollen,device=cpu").
class AnalysisCommands
{
public:
    static QStringList commands(); // derive, carbon, compare, anomalies, pareto, leaderboard, fit, predict
    // Runs one of commands() by name; false in *handled for another name.
    static int run(const QString &command, const QStringList &args, bool *handled = nullptr);
    static int print(const CommandOutput &output);

    // derive --dataset D --shape S --depth N --size N [--device cpu|gpu] [--batch N]
    // derive --widths A,B,... --inputs N [--params N] --observations N [--batch N] [--label-values N]
    // -> deriveJson (energymodel.h).
    static CommandOutput derive(const QStringList &args);
    static int runDerive(const QStringList &args);

    // carbon --joules J [--region NAME | --intensity G_PER_KWH] [--pue P] [--price PER_KWH]
    //        [--currency C]; carbon --list-regions -> carbonJson / regionPresetsJson (carbon.h).
    static CommandOutput carbon(const QStringList &args);
    static int runCarbon(const QStringList &args);

    // compare --db PATH --a FILTER --b FILTER [--metric M] [--seed S]
    // Keys: metric, unit, a/b {filter, description, n, dropped, median, mean}, ratio_of_medians (B/A),
    // percent_change, ci95 [lo, hi] (seeded percentile bootstrap of the percent change), welch_p,
    // welch_p_log, mannwhitney_p, hedges_g, alpha, significant, significance_rule, bootstrap
    // {resamples, seed}, verdict. Significant = Welch's t-test on log10 values gives p < 0.05 AND the
    // 95% interval of the percent change excludes 0 (both: a tiny p with an interval touching 0,
    // or the reverse, is not called significant).
    static CommandOutput compare(const QStringList &args);
    static int runCompare(const QStringList &args);

    // anomalies --db PATH --method zscore|robust|iqr|iforest [--threshold T] [--group config|none]
    //           [--filter F] [--seed S]
    // Feature log10 energy (iforest: log10 energy, run time and power); runs with a value <= 0 are
    // left out and counted. Keys: method, threshold, group, features, counts {runs, scored,
    // skipped_nonpositive, evaluated, flagged, groups, small_groups, small_group_rows},
    // flagged [{run_id, id, score, dataset, shape, size, depth, device, energy}] by |score| descending.
    static CommandOutput anomalies(const QStringList &args);
    static int runAnomalies(const QStringList &args);

    // pareto --db PATH [--axes capacity-energy-per-datum|capacity-energy|time-energy] [--group none|config]
    //        [--filter F]
    // pareto --db PATH --x METRIC --y METRIC [--group none|config] [--filter F]
    // --axes (default capacity-energy-per-datum) gives the Pareto view's frontiers (paretoanalysis.h):
    // parameters (x_goal max) against energy per datum or per run, one frontier per device; or run
    // time against energy, one frontier over both devices; points need a positive x and y. --x/--y
    // instead minimise two run metrics with one frontier over every finite point (axes "custom").
    // Keys: axes, x, y, x_unit, y_unit, x_goal, y_goal (max|min), group, filter, points, dropped,
    // frontier_per (device|all), frontiers [{device cpu|gpu|all, points, frontier [..]}], and
    // frontier [..] (all members, in the frontiers' order): per run {run_id, id, dataset, shape,
    // size, depth, device, x, y}; per configuration (medians) {dataset, shape, size, depth, device,
    // n, x, y}; each frontier sorted by x.
    static CommandOutput pareto(const QStringList &args);
    static int runPareto(const QStringList &args);

    // leaderboard --db PATH [--by energy_per_datum] [--top N] [--csv] [--filter F]
    // A JSON array (or CSV with a header) of configurations ranked within their dataset by the
    // median of --by (1 = lowest): dataset, shape, size, depth, device, rank, band, ranked_in_dataset,
    // n, median_energy_per_datum, median_energy, median_run_time, median_power,
    // median_non_overhead_energy, energy_iqr_over_median. --top N keeps ranks <= N per dataset
    // (ties at the cut are all kept). Band rule: configurations.h (quintile of the rank).
    // With --group project|hardware: the runs without a configuration per project or hardware
    // (analysis/rungroups.h): {group, rows: [{name, runs, rank, median_energy, interval_low,
    // interval_high, interval_coverage, total_energy, median_power, median_run_time,
    // runs_with_parts, cpu_energy, gpu_energy, ram_energy}], runs, configured_runs, total_energy}.
    static CommandOutput leaderboard(const QStringList &args);
    static int runLeaderboard(const QStringList &args);

    // fit --db PATH [--method least_squares|non_negative] [--filter F]
    // One fit row per configuration: deriveFromDataset(dataset, shape, depth, size) regressors and the
    // configuration's median energy per datum. energyFitJson keys, plus per device `mape` (percent,
    // = mape_percent), and configurations, used, skipped {total, unknown_dataset, unknown_shape,
    // no_energy_per_datum, not_derivable}.
    static CommandOutput fit(const QStringList &args);
    static int runFit(const QStringList &args);

    // predict --db PATH (--dataset D | --examples N --inputs N [--outputs N]) --shape S --size N
    //         --depth K --device cpu|gpu [--epochs E] [--batch N] [--level L] [--nearest K]
    //         [--region NAME | --intensity G_PER_KWH] [--pue P] [--price PER_KWH] [--currency C]
    // The what-if prediction (whatif.h) of the plan from the store's runs passing every quality check:
    // whatIfJson keys plus factors (as carbonJson's). Exit 1 with the reason when the plan's device
    // cannot be predicted; each extrapolation is also noted on stderr.
    // predict --db PATH --held-out [--folds N] [--level L]
    // How often the interval holds a configuration's measured median when the model never saw it
    // (checkHeldOut in whatif.h): heldOutJson keys.
    static CommandOutput predict(const QStringList &args);
    static int runPredict(const QStringList &args);

private:
    static CommandOutput predictHeldOut(const QCommandLineParser &parser, std::optional<double> level);
};

} // namespace wattprint
