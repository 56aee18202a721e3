#pragma once

#include "radarview.h"
#include "seriespalette.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace wattprint {

// The painted radar of RadarView: spokes and rings, one filled polygon per visible series, the
// axis names with the raw range under each, the normalisation stated in a caption, and a legend
// with a check box per series. The same paint() draws the screen and the exports.
class RadarChart : public QWidget
{
    Q_OBJECT
public:
    explicit RadarChart(QWidget *parent = nullptr);

    void setResult(std::shared_ptr<const RadarResult> result, const QStringList &hidden);
    void paint(QPainter *painter, const QRectF &rect) const;

    // Hit tests in widget coordinates (laid out at the widget's rect).
    struct Hit
    {
        enum Kind { None, LegendBox, LegendName, Corner, Polygon } kind = None;
        int series = -1;
        int metric = -1;
    };
    Hit hitAt(const QPointF &pos) const;
    // Centre of a series' legend check box / name, and a series' corner, in widget coordinates.
    QPointF legendBoxCentre(int series) const;
    QPointF legendNameCentre(int series) const;
    QPointF cornerPosition(int series, int metric) const;
    QString toolTipFor(const Hit &hit) const;

    QSize sizeHint() const override { return {700, 440}; }
    QSize minimumSizeHint() const override { return {360, 260}; }

signals:
    void seriesClicked(int series);
    void visibilityToggled(int series);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    struct Layout
    {
        QRectF plot; // the radar's square
        QPointF centre;
        double radius = 0;
        double inner = 0; // radius of score 0
        QRectF legend;
        std::vector<QRectF> legendRows; // per series
        QRectF caption;
    };
    Layout layoutFor(const QRectF &rect) const;
    QPointF corner(const Layout &l, int metric, double score) const;
    bool isVisible(int series) const;
    // Under an axis name: "1x = 445 kJ" (median ratios) or "434 kJ to 458 kJ", with "all within 3%"
    // where the series are that close.
    QString rangeText(int metric) const;
    QString captionText() const; // how the scores are made, and the near-equal note
    QColor colourOf(int series) const;
    seriespalette::MarkerStyle markerOf(int series) const;

    std::shared_ptr<const RadarResult> m_result;
    QStringList m_hidden;
    int m_hover = -1;
};

} // namespace wattprint
