#pragma once

#include "viewpanel.h"

#include <QMetaType>

#include <array>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

class QComboBox;

namespace wattprint {

class RadarChart;

enum class RadarGrouping { Shape, Dataset };
enum class RadarNormalisation { MinMax, Rank };

// The six axes, in drawing order (clockwise from the top).
enum class RadarMetric { Energy, RunTime, Power, EnergyPerDatum, Variability, OverheadShare };
inline constexpr int RadarMetricCount = 6;

struct RadarSeries
{
    QString name;
    int colourKey = 0;      // shape: its place in the sweep; dataset: its index in the result
    std::size_t runs = 0;
    std::size_t repeatedConfigurations = 0; // configurations with >= 2 runs (the variability's base)
    // Raw values (NaN when undefined):
    //  Energy, RunTime, Power, EnergyPerDatum: medians over the series' runs (J, s, W, J/datum);
    //  Variability: the median over its configurations with >= 2 runs of (Q3 - Q1) / median of
    //    their runs' energy (type-7 quartiles), a fraction;
    //  OverheadShare: total energy overhead / total energy of its runs, a fraction.
    std::array<double, RadarMetricCount> raw{};
    // 0..1 per metric, after normalise(); NaN where raw is NaN.
    std::array<double, RadarMetricCount> score{};
    double spread = std::numeric_limits<double>::quiet_NaN(); // population SD of the finite scores
};

struct RadarResult
{
    RadarGrouping grouping = RadarGrouping::Shape;
    RadarNormalisation normalisation = RadarNormalisation::MinMax;
    std::vector<RadarSeries> series; // shapes in the sweep's order, datasets by name
    std::array<double, RadarMetricCount> min{}, max{}; // of the raw values over the series
    std::size_t totalRuns = 0;
    int balanced = -1;     // smallest spread (>= 2 series), -1 if none
    int paysForSpeed = -1; // largest energy score - run-time score, if positive; -1 if none
};

// one polygon per shape (or dataset) over six normalised cost metrics. The
// legend's boxes pick the series shown; clicking a polygon or a legend name selects that shape
// or dataset into the filter; hovering a corner or a legend entry gives the raw values.
class RadarView : public ViewPanel
{
    Q_OBJECT
public:
    explicit RadarView(QWidget *parent = nullptr);
    ~RadarView() override;

    QString viewId() const override { return QStringLiteral("radar"); }
    QString title() const override;
    QString nugget() const override;
    QString howToRead() const override;

    QJsonObject saveState() const override;
    void restoreState(const QJsonObject &state) override;
    void renderChart(QPainter *painter, const QRectF &rect, bool vector) override;

    RadarGrouping grouping() const { return m_grouping; }
    void setGrouping(RadarGrouping grouping);
    RadarNormalisation normalisation() const { return m_normalisation; }
    void setNormalisation(RadarNormalisation normalisation);
    // Names of series the user has hidden (kept across refreshes).
    QStringList hiddenSeries() const { return m_hidden; }
    void setSeriesVisible(const QString &name, bool visible);
    std::shared_ptr<const RadarResult> result() const { return m_result; }
    RadarChart *chart() const { return m_chart; }

    static QString metricLabel(RadarMetric metric); // "Median energy", translated
    static QString formatRaw(RadarMetric metric, double value); // "12.3 kJ", "4.5 min", "8%"

    // The job's work, callable from any thread; scores are filled by normalise().
    static RadarResult compute(const RunColumns &columns, RadarGrouping grouping,
                               const std::function<bool()> &cancelled = {});
    // Fills score, spread, balanced and paysForSpeed for `normalisation`:
    //  MinMax: (v - min) / (max - min) over the series with a value; 0.5 when all are equal;
    //  Rank: (average rank - 1) / (k - 1) among the k series with a value; 0.5 when k = 1.
    static void normalise(RadarResult &result, RadarNormalisation normalisation);
    static QString findingFor(const RadarResult &result);

public slots:
    // Selects the series (shape or dataset) into the filter.
    void selectSeries(int index);

protected:
    void requestData() override;
    void showResult(std::shared_ptr<const RadarResult> result);
    void retranslateUi() override;

private:
    void updateChart();

    RadarChart *m_chart = nullptr;
    QComboBox *m_groupingBox = nullptr;
    QComboBox *m_normBox = nullptr;
    RadarGrouping m_grouping = RadarGrouping::Shape;
    RadarNormalisation m_normalisation = RadarNormalisation::MinMax;
    QStringList m_hidden;
    std::shared_ptr<const RadarResult> m_raw;    // as computed by the job
    std::shared_ptr<const RadarResult> m_result; // normalised as shown
};

} // namespace wattprint
