#pragma once

#include <parallelanalysis.h>

#include <QFutureWatcher>
#include <QImage>
#include <QStringList>
#include <QWidget>

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace wattprint {

namespace parallelcoordinates_detail {
struct BaseLayers;
struct HighlightLayer;
struct BaseRequest;
} // namespace parallelcoordinates_detail

// A parallel-coordinates chart painted with QPainter: one vertical axis per column, one polyline
// per run. The lines are rasterised (ParallelRaster) into cached images off the GUI thread: the
// base layer (every line, in colour; the same lines in grey as context) once per data, size or
// axis change, the highlight layer (the brushed lines) per brush step.
// Gestures: drag an axis title sideways to reorder; right-click a title for log/linear, flip,
// remove; drag along an axis to brush a range, drag a brush to move it or one of its handles to
// resize it; a click on the axis beside the brush or a double-click clears that axis' brush, a
// click beside the axes or Esc clears every brush. Brushes only highlight: the axes keep the
// range of the runs drawn, and the view decides whether they become a filter.
class ParallelCoordinates : public QWidget
{
    Q_OBJECT
public:
    enum class ColourBy { Density, Device, Shape, Dataset, Numeric };
    struct Axis
    {
        parallel::Column column;
        bool log = false;
        bool flipped = false;
        bool operator==(const Axis &) const = default;
    };
    struct Range
    {
        double lo = 0;
        double hi = 0;
        bool operator==(const Range &) const = default;
    };
    using Brushes = std::map<parallel::Column, Range>;

    explicit ParallelCoordinates(QWidget *parent = nullptr);
    ~ParallelCoordinates() override;

    void setData(std::shared_ptr<const ParallelData> data);
    std::shared_ptr<const ParallelData> data() const { return m_data; }

    const std::vector<Axis> &axes() const { return m_axes; }
    void setAxes(std::vector<Axis> axes);
    void moveAxis(int from, int to);
    void setAxisLog(int index, bool log);
    void setAxisFlipped(int index, bool flipped);
    void addAxis(parallel::Column column);
    void removeAxis(int index);
    int axisIndex(parallel::Column column) const;
    // Columns the axes and the colour need (the view loads these).
    std::vector<parallel::Column> neededColumns() const;

    const Brushes &brushes() const { return m_brushes; }
    // Replaces the brushes (brushesChanged, no brushCommitted).
    void setBrushes(const Brushes &brushes);
    // What a finished drag does: the brush on `column` becomes [lo, hi] (or is cleared) and
    // brushCommitted is emitted.
    void commitBrush(parallel::Column column, std::optional<Range> range);
    // Takes every brush away (Esc, a click beside the axes, the view's action).
    void clearBrushes();

    ColourBy colourBy() const { return m_colourBy; }
    parallel::Column colourColumn() const { return m_colourColumn; }
    void setColourBy(ColourBy by, parallel::Column column = parallel::Column::Energy);

    // Geometry of the on-screen chart (widget px), for gestures and tests.
    QRectF plotRect() const;
    double axisX(int index) const;
    double axisY(int index, double value) const; // NaN when the axis cannot show the value
    parallel::AxisScale axisScale(int index) const;

    // The brushed runs (1 = inside every brush) of the last highlight computed, and their count
    // (countInsideBrushes, on the brushes of the axes shown).
    std::vector<std::uint8_t> brushMask() const;
    std::size_t brushedCount() const;
    bool hasBrush() const { return !m_brushes.empty(); }
    // The line under the chart: the runs drawn, or "N of M runs inside" the brushes.
    QString statusText() const;
    // True when the cached layers match the data, size, axes and brushes.
    bool layersReady() const;
    // Computes the stale layers on this thread now (tests, benchmarks).
    void updateLayersNow();
    // Time of the last layer computations (ms).
    double lastBaseMs() const { return m_lastBaseMs; }
    double lastHighlightMs() const { return m_lastHighlightMs; }
    // Lines the last highlight step rasterised (those that entered or left the brushes, or all).
    std::size_t lastHighlightLines() const;

    // Paints the whole chart into `rect` (export): layers computed at the painter's resolution,
    // or as images at 2 px per px when `vector`.
    void render(QPainter *painter, const QRectF &rect, bool vector);

    static QString columnLabel(parallel::Column column);               // "Run time"
    static QString shortLabel(parallel::Column column);                // "Energy/datum" where the title has no room
    static QString unitLabel(parallel::Column column);                 // "s"
    static QString formatValue(parallel::Column column, double value); // "12.3 kJ", "4.5 min"
    static QColor deviceColour(bool gpu);
    static QColor datasetColour(int index);
    // Tick values for an axis `lengthPx` long.
    static std::vector<double> ticks(parallel::Column column, const parallel::AxisScale &scale, double lengthPx);

signals:
    void brushCommitted(parallel::Column column, bool cleared);
    // Any change of the brushes: a gesture, setBrushes, clearBrushes.
    void brushesChanged();
    void axesChanged();
    void colourChanged();
    void layersUpdated();
    // An axis or the colour needs a column the data lacks.
    void columnsNeeded();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Frame; // layout of one rendering: rect, plot rect, axis x, scales
    Frame frameFor(const QRectF &rect) const;
    void paintChart(QPainter *painter, const Frame &frame, const parallelcoordinates_detail::BaseLayers *base,
                    const QImage *highlight, bool brushing, std::size_t brushed) const;
    QString statusTextFor(bool brushing, std::size_t brushed) const;
    void drawLegend(QPainter *painter, const QRectF &box, const parallelcoordinates_detail::BaseLayers *base) const;
    std::vector<parallel::AxisScale> scalesFor() const;
    parallelcoordinates_detail::BaseRequest baseRequest(const Frame &frame, double ratio) const;
    std::vector<ParallelBrush> brushList() const; // the brushes on axes shown, of columns loaded
    void scheduleBase();
    void scheduleHighlight();
    void startBase();
    void startHighlight();
    void onBaseFinished();
    void onHighlightFinished();
    int axisAtPixel(const QPointF &pos, bool titles) const;
    std::pair<double, double> brushUnits(int axis) const; // low and high unit (0 bottom..1 top)
    void afterAxesChanged(bool needsData);
    double screenRatio() const;
    std::size_t expectedPaletteSize() const;

    std::shared_ptr<const ParallelData> m_data;
    std::vector<Axis> m_axes;
    Brushes m_brushes;
    ColourBy m_colourBy = ColourBy::Density;
    parallel::Column m_colourColumn = parallel::Column::Energy;

    // Layers on screen and the work that makes them.
    std::shared_ptr<const parallelcoordinates_detail::BaseLayers> m_base;
    std::shared_ptr<const parallelcoordinates_detail::HighlightLayer> m_highlight;
    QFutureWatcher<std::shared_ptr<parallelcoordinates_detail::BaseLayers>> m_baseWatcher;
    QFutureWatcher<std::shared_ptr<parallelcoordinates_detail::HighlightLayer>> m_highlightWatcher;
    std::shared_ptr<std::atomic_bool> m_baseCancel;
    std::shared_ptr<std::atomic_bool> m_highlightCancel;
    bool m_basePending = false;
    bool m_highlightPending = false;
    quint64 m_baseVersion = 1;      // bumps with data, axes, colour, size
    quint64 m_highlightVersion = 1; // bumps with brushes (and the base)
    double m_lastBaseMs = 0;
    double m_lastHighlightMs = 0;

    // Gestures.
    enum class Drag { None, NewBrush, MoveBrush, ResizeTop, ResizeBottom, Title, Beside };
    Drag m_drag = Drag::None;
    int m_dragAxis = -1;
    double m_dragStartY = 0;
    QPointF m_pressPos;
    double m_dragX = 0;
    std::optional<Range> m_brushBefore;
    double m_moveLoUnit = 0, m_moveHiUnit = 0;
};

} // namespace wattprint
