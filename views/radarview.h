#pragma once

#include "viewpanel.h"

#include <radaranalysis.h>

#include <QMetaType>

#include <array>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

class QComboBox;

namespace wattprint {

class RadarChart;

// one polygon per shape (or dataset) over six normalised cost metrics. The
// legend's boxes pick the series shown; clicking a polygon or a legend name selects that shape
// or dataset into the filter; hovering a corner or a legend entry gives the raw values.
class RadarView : public ViewPanel
{
    Q_OBJECT
public:
    explicit RadarView(QWidget *parent = nullptr);

    static constexpr RadarNormalisation DefaultNormalisation = RadarNormalisation::MedianRatio;
    // Layout names: "median", "minmax", "rank"; unknown names give the default.
    static QString normalisationName(RadarNormalisation normalisation);
    static RadarNormalisation normalisationFromName(const QString &name);

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

    static QString metricLabel(RadarMetric metric);             // "Median energy", translated
    static QString formatRaw(RadarMetric metric, double value); // "12.3 kJ", "4.5 min", "8%"
    static QString ratioText(double ratio);                     // "1.02×", "0.80×"
    static QString ringText(double ratio);                      // a ring's label: "1.25×", "0.8×", "0.71×"
    static QString withinText(double relativeSpread);           // 0.021 -> "3%" (rounded up, at least 1%)
    // "All shapes are within 1% on median power." for the metrics nearEqualMetrics() names; empty if none.
    static QString nearEqualNote(const RadarResult &result);

    // The scores' finding (for the result's normalisation), and the near-equal note.
    static QString findingFor(const RadarResult &result);

public slots:
    // Selects the series (shape or dataset) into the filter.
    void selectSeries(int index);

protected:
    void requestData() override;
    void showResult(std::shared_ptr<const RadarResult> result);
    void retranslateUi() override;

private:
    static QString scoreFinding(const RadarResult &result);
    static QString ratioFinding(const RadarResult &result);
    void updateChart();

    RadarChart *m_chart = nullptr;
    QComboBox *m_groupingBox = nullptr;
    QComboBox *m_normBox = nullptr;
    RadarGrouping m_grouping = RadarGrouping::Shape;
    RadarNormalisation m_normalisation = DefaultNormalisation;
    QStringList m_hidden;
    std::shared_ptr<const RadarResult> m_raw;    // as computed by the job
    std::shared_ptr<const RadarResult> m_result; // normalised as shown
};

} // namespace wattprint
