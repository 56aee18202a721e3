#pragma once

#include "viewpanel.h"

#include <configurations.h>
#include <twosample.h>

#include <QJsonObject>
#include <QMetaType>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QCPItemText;
class QCustomPlot;
class QGroupBox;
class QLabel;
class QPushButton;

namespace wattprint {

class CompareTableElement;

// One side of the comparison: a sub-selection of the runs in force (the global filter).
// An unset field means "any"; all unset means every run in the filter ("current filter").
struct CompareSelection
{
    QString dataset;
    QString shape;
    std::optional<qint64> size;
    std::optional<int> depth;
    QString device; // "CPU", "GPU" or empty

    bool isAll() const { return dataset.isEmpty() && shape.isEmpty() && !size && !depth && device.isEmpty(); }
    bool operator==(const CompareSelection &other) const = default;

    // "529_pollen, rectangle, size 256, depth 3, GPU" or "all runs in the filter", translated.
    QString describe() const;
    // {"dataset": ..., "shape": ..., "size": ..., "depth": ..., "device": ...}, unset keys left out.
    QJsonObject toJson() const;
    // Unknown keys are ignored; a value of the wrong type or an unknown device leaves that field unset.
    static CompareSelection fromJson(const QJsonObject &object);
    // `base` (the filter in force) narrowed to this side: what "Filter to A" applies.
    Filter narrow(Filter base) const;
};

// What the compare job computes on the worker thread; the view only draws it.
struct CompareResult
{
    // One side's values of one metric.
    struct Side
    {
        std::size_t count = 0;       // runs with a finite value
        double median = 0, mean = 0; // of those (numpy.median, arithmetic mean)
        // Box on the log axis: type-7 quartiles of the positive values; whiskers at the most
        // extreme values within 1.5 IQR of log10 values (Tukey's rule on the scale shown).
        std::size_t positive = 0; // values > 0 (drawn on the log axis)
        double q1 = 0, q3 = 0, lowerWhisker = 0, upperWhisker = 0;
        std::vector<double> dots; // every positive value when positive < DotStripLimit, else empty
    };
    struct Metric
    {
        RunMetric metric = RunMetric::Energy;
        Side a, b;
        std::optional<stats::TwoSampleComparison> comparison; // when both sides have 2+ values
        QString error;   // why there is no comparison (too few runs, all values equal...)
        QString verdict; // comparisonVerdict() when there is a comparison
        bool significant = false;
    };

    CompareSelection a, b;
    std::size_t totalRuns = 0; // runs in force
    std::size_t runsA = 0, runsB = 0;
    std::size_t overlap = 0; // runs in both A and B
    std::vector<Metric> metrics; // in CompareView::metrics() order
    // Values present in the runs in force, for the side selectors.
    QStringList datasets, shapes, devices;
    std::vector<qint64> sizes;
    std::vector<int> depths;

    const Metric *find(RunMetric metric) const;
};

// is configuration B really better than A, or is it noise? Two sub-selections
// of the runs in force side by side: n, median and mean of four metrics, the percent change of
// medians with its bootstrap 95% interval, Welch's p on log values, Mann-Whitney's p, Hedges'
// g, a plain verdict, and box plots of the chosen metric (with every run as a dot at small n).
class CompareView : public ViewPanel
{
    Q_OBJECT
public:
    // Below this many runs on a side, each run is drawn as a jittered dot over its box.
    static constexpr std::size_t DotStripLimit = 2000;
    // Below this many runs on a side, the view says the statistics are rough.
    static constexpr std::size_t SmallSample = 5;

    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override;

    QString viewId() const override { return QStringLiteral("compare"); }
    QString title() const override;
    QString nugget() const override;
    QString howToRead() const override;

    QJsonObject saveState() const override;
    void restoreState(const QJsonObject &state) override;
    void renderChart(QPainter *painter, const QRectF &rect, bool vector) override;

    CompareSelection selectionA() const { return m_a; }
    CompareSelection selectionB() const { return m_b; }
    void setSelections(const CompareSelection &a, const CompareSelection &b);
    RunMetric metric() const { return m_metric; }
    void setMetric(RunMetric metric);
    std::shared_ptr<const CompareResult> result() const { return m_result; }
    QCustomPlot *plot() const { return m_plot; }
    // Every text of the table under the boxes (caption, header, cells, note), one per line.
    QString tableText() const;

    // Energy, run time, power, energy per datum: the metrics compared.
    static const std::vector<RunMetric> &metrics();
    static QString metricLabel(RunMetric metric); // "Energy per run", translated
    static QString unit(RunMetric metric);        // "J", "s", "W", "J"
    static QString formatValue(double value, RunMetric metric); // "12.3 kJ", "2.5 min", "250 W"

    // The job's work, callable from any thread; `cancelled` is polled between steps (the result
    // is then incomplete and must be dropped). The bootstrap uses its default seed, so the same
    // runs give the same interval.
    static CompareResult compute(const RunColumns &columns, const CompareSelection &a, const CompareSelection &b,
                                 const std::function<bool()> &cancelled = {});
    // The verdict sentence for `metric`, or why there is none.
    static QString findingFor(const CompareResult &result, RunMetric metric);

public slots:
    void swapSides();
    // A = this configuration on CPU, B = the same on GPU. "This configuration" is A's dataset,
    // shape, size and depth (B's when A names none of them).
    void compareCpuVsGpu();
    // Puts side A's (or B's) runs into the global filter.
    void filterToA();
    void filterToB();
    void resetZoom() override;

protected:
    void requestData() override;
    void handleResult(quint64 requestId, const QVariant &result) override;
    void retranslateUi() override;

private:
    struct SideControls
    {
        QGroupBox *box = nullptr;
        QComboBox *dataset = nullptr;
        QComboBox *shape = nullptr;
        QComboBox *size = nullptr;
        QComboBox *depth = nullptr;
        QComboBox *device = nullptr;
        QPushButton *all = nullptr;
        QPushButton *filterTo = nullptr;
        QList<QLabel *> labels;
    };
    SideControls buildSide(const QString &name);
    void fillCombos(SideControls &side, const CompareSelection &selection);
    CompareSelection readSide(const SideControls &side) const;
    void onSideEdited();
    void applySelections(CompareSelection a, CompareSelection b); // by value: callers pass the members
    void filterTo(const CompareSelection &selection, const QString &side);
    void rebuildPlot();
    void styleAxes();
    void updateButtons();

    QWidget *m_container = nullptr;
    QCustomPlot *m_plot = nullptr;
    QComboBox *m_metricBox = nullptr;
    QLabel *m_metricLabel = nullptr;
    QPushButton *m_swapButton = nullptr;
    QPushButton *m_cpuGpuButton = nullptr;
    QLabel *m_scopeNote = nullptr;
    SideControls m_sideA, m_sideB;
    CompareTableElement *m_table = nullptr;
    QCPItemText *m_emptyText = nullptr;
    QCPItemText *m_sideEmpty[2] = {nullptr, nullptr}; // "no runs" where a side's box would be
    CompareSelection m_a, m_b;
    RunMetric m_metric = RunMetric::Energy;
    std::shared_ptr<const CompareResult> m_result;
    bool m_filling = false; // combos being refilled: not a user edit
};

} // namespace wattprint

Q_DECLARE_METATYPE(std::shared_ptr<const wattprint::CompareResult>)
