#pragma once

#include "radarview.h"
#include "seriespalette.h"

#include <QChartView>

#include <memory>
#include <optional>

class QGraphicsScene;

namespace wattprint {

// The radar of RadarView on Qt Charts: a QPolarChart whose angular axis draws the six spokes,
// one QAreaSeries (fill and outline) and one QScatterSeries (the series' markers) per shape or
// dataset, hexagonal rings as line series, and a QLegend of the markers. Around it: the axis
// names with the raw range under each and the caption saying how the scores are made, laid out
// by this class so that nothing is clipped or covered (docs/architecture.md, "Charts"). A legend
// entry's marker shows or hides its series; its name, a polygon or a corner selects it.
class RadarChart : public QChartView
{
    Q_OBJECT
public:
    explicit RadarChart(QWidget *parent = nullptr);
    ~RadarChart() override;

    void setResult(std::shared_ptr<const RadarResult> result, const QStringList &hidden);
    // Draws the radar into `rect` (a chart of its own at that size: vectors on a PDF or SVG painter).
    void paint(QPainter *painter, const QRectF &rect) const;

    // Hit tests in widget coordinates (laid out at the widget's rect).
    struct Hit
    {
        enum Kind { None, LegendBox, LegendName, Corner, Polygon } kind = None;
        int series = -1;
        int metric = -1;
    };
    Hit hitAt(const QPointF &pos) const;
    // Centre of a series' legend marker / name, and a series' corner, in widget coordinates.
    QPointF legendBoxCentre(int series) const;
    QPointF legendNameCentre(int series) const;
    QPointF cornerPosition(int series, int metric) const;
    QString toolTipFor(const Hit &hit) const;
    // The Qt Charts chart shown on screen (for tests and the bench).
    QChart *polarChart() const;

    QSize sizeHint() const override { return {700, 440}; }
    QSize minimumSizeHint() const override { return {360, 260}; }

signals:
    void seriesClicked(int series);
    void visibilityToggled(int series);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Scene; // the chart and its items, for the screen or one export
    struct Layout
    {
        QRectF plot; // the radar's square
        QPointF centre;
        double radius = 0;
        double inner = 0; // radius of score 0
        QRectF legend;
        QRectF caption;
    };
    Layout layoutFor(const QRectF &rect) const;
    void build(Scene &scene) const;
    void place(Scene &scene, const QSizeF &size) const;
    void styleSeries(Scene &scene, int series) const;
    void rebuild();
    QPointF corner(const Layout &l, int metric, double score) const;
    bool isVisible(int series) const;
    // Legend entry of a series in widget coordinates: the whole row, its marker and its name.
    struct LegendRow
    {
        QRectF row, box, name;
    };
    std::optional<LegendRow> legendRow(int series) const;
    // Under an axis name: "1x = 445 kJ" (median ratios) or "434 kJ to 458 kJ", with "all within 3%"
    // where the series are that close.
    QString rangeText(int metric) const;
    QString captionText() const; // how the scores are made, and the near-equal note
    QColor colourOf(int series) const;
    seriespalette::MarkerStyle markerOf(int series) const;

    std::shared_ptr<const RadarResult> m_result;
    QStringList m_hidden;
    int m_hover = -1;
    int m_pressedLegend = -1; // the legend marker pressed, toggled on release over it
    std::unique_ptr<Scene> m_scene;
};

} // namespace wattprint
