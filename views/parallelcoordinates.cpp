#include "parallelcoordinates.h"

#include "chartfonts.h"
#include "parallelraster.h"
#include "shapepalette.h"

#include <analysiserror.h>
#include <units.h>

#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QEvent>
#include <QKeyEvent>
#include <QLineF>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace wattprint {

using parallel::AxisScale;
using parallel::Column;

namespace parallelcoordinates_detail {

// Every line of the data at one raster size and axis set-up: the y of each line on each axis,
// its colour, and the two images made from them.
struct BaseLayers
{
    quint64 version = 0;
    int width = 0, height = 0; // device px of the raster (the plot rectangle)
    double ratio = 1;          // device px per px
    bool dense = false;        // binned rasteriser (many lines)
    std::vector<int> axisX;
    std::vector<std::vector<float>> ys;
    std::vector<std::uint16_t> colour;
    // Dense only: every line's highlight bin on every axis, line by line (ParallelRaster::binKeys),
    // so a brush step gathers the lines that changed from one array.
    std::vector<std::uint16_t> keys;
    std::vector<QRgb> palette;
    std::vector<std::size_t> paletteCounts; // lines per palette entry
    bool withColour = false;
    QImage full;    // every line in colour (or as density)
    QImage context; // every line in light grey, behind a brush
    float maxCount = 0;
    std::shared_ptr<const ParallelData> data;
};

struct BaseRequest
{
    quint64 version = 0;
    std::shared_ptr<const ParallelData> data;
    std::vector<int> columnIndex;
    std::vector<parallel::AxisScale> scales;
    int width = 0, height = 0;
    double ratio = 1;
    std::vector<int> axisX;
    ParallelCoordinates::ColourBy colourBy = ParallelCoordinates::ColourBy::Density;
    int colourIndex = -1;
    parallel::AxisScale colourScale;
};

// The highlight's accumulation buffer and the mask it was drawn for: the next brush step adds
// the lines that entered the brush and takes away those that left, instead of drawing all again.
// Used by one job at a time.
struct HighlightState
{
    quint64 baseVersion = 0; // 0 while being changed (a cancelled update leaves it unusable)
    std::unique_ptr<ParallelRaster> raster;
    std::vector<std::uint8_t> mask;
    // A step's changed lines, kept to reuse their memory in the next step.
    std::vector<std::uint32_t> index;
    ParallelRaster::Changed changed;
};

struct HighlightLayer
{
    quint64 version = 0;
    quint64 baseVersion = 0;
    std::vector<std::uint8_t> mask;
    std::size_t count = 0;
    std::size_t drawn = 0; // lines rasterised for this step (added or taken away)
    double ms = 0;         // time the step took
    QImage image;
    std::shared_ptr<HighlightState> state;
};

} // namespace parallelcoordinates_detail

using parallelcoordinates_detail::BaseLayers;
using parallelcoordinates_detail::BaseRequest;
using parallelcoordinates_detail::HighlightLayer;
using parallelcoordinates_detail::HighlightState;

namespace {

// The chart's background work runs on threads of its own, not Qt's global pool: Qt 6.4's image
// code on the GUI thread splits conversions over the global pool and waits for them, so a base
// layer computing there for a million lines held the painting up (docs/architecture.md,
// "Threads").
Q_GLOBAL_STATIC(QThreadPool, s_backgroundPool)

} // namespace

namespace {

// Bins per axis of the highlight's binned rasteriser (the same for every step of one base).
int highlightBins(std::size_t rows)
{
    return rows > 200000 ? ParallelRaster::fastBinRows() : ParallelRaster::binRows();
}

constexpr int TitlePx = 13;
constexpr int UnitPx = 11;
constexpr int TickPx = 11;
constexpr int LegendPx = 12;
constexpr int StatusPx = 12;
constexpr double TopMargin = 46;
constexpr double BottomMargin = 28;
constexpr double LeftMargin = 58;

// Okabe-Ito blue and vermillion, as in the distribution view.
const QColor CpuColour(0x00, 0x72, 0xb2);
const QColor GpuColour(0xd5, 0x5e, 0x00);

// Tick candidates from coarse to fine; the finest set whose labels keep their distance wins.
std::vector<std::vector<double>> logMantissaSets()
{
    return {{1}, {1, 3}, {1, 2, 5}, {1, 1.5, 2, 3, 5, 7}};
}

std::vector<double> timeCandidates(int level)
{
    static const std::vector<std::vector<double>> levels = {
        {0.001, 0.01, 0.1, 1, 60, 3600, 86400},
        {0.001, 0.01, 0.1, 1, 10, 60, 600, 3600, 36000, 86400, 864000},
        {0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1,  0.2,  0.5,   1,     2,     5,     10,     20,     30,
         60,    120,   300,   600,  1200, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800, 432000, 864000},
    };
    return levels[std::size_t(level)];
}

std::vector<double> linearTicks(double lo, double hi, double lengthPx, bool integers)
{
    const double span = hi - lo;
    if (!(span > 0))
        return {lo};
    const double target = std::max(2.0, lengthPx / 38.0);
    const double raw = span / target;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    double step = mag;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = m * mag;
        if (step >= raw)
            break;
    }
    if (integers)
        step = std::max(1.0, std::round(step));
    std::vector<double> out;
    for (double v = std::ceil(lo / step) * step; v <= hi + step * 1e-9; v += step)
        out.push_back(std::abs(v) < step * 1e-9 ? 0.0 : v);
    return out;
}

bool spaced(const std::vector<double> &t, const AxisScale &s, double lengthPx, double minPx)
{
    if (t.size() < 2)
        return true;
    for (std::size_t i = 1; i < t.size(); ++i) {
        if (std::abs(s.toUnit(t[i]) - s.toUnit(t[i - 1])) * lengthPx < minPx)
            return false;
    }
    return true;
}

QRgb numericColour(double unit)
{
    return ParallelRaster::viridis(unit);
}

} // namespace

// --- static helpers -------------------------------------------------------------------------

QString ParallelCoordinates::columnLabel(Column column)
{
    switch (column) {
    case Column::Size: return tr("Size");
    case Column::Depth: return tr("Depth");
    case Column::Energy: return tr("Energy");
    case Column::RunTime: return tr("Run time");
    case Column::Power: return tr("Power");
    case Column::EnergyPerDatum: return tr("Energy per datum");
    case Column::NonOverheadEnergy: return tr("Non-overhead energy");
    case Column::EnergyOverhead: return tr("Overhead energy");
    case Column::EnergyPerEpoch: return tr("Energy per epoch");
    }
    return {};
}

QString ParallelCoordinates::shortLabel(Column column)
{
    switch (column) {
    case Column::EnergyPerDatum: return tr("Energy/datum");
    case Column::NonOverheadEnergy: return tr("Non-overhead");
    case Column::EnergyOverhead: return tr("Overhead");
    case Column::EnergyPerEpoch: return tr("Energy/epoch");
    default: return columnLabel(column);
    }
}

std::size_t ParallelCoordinates::expectedPaletteSize() const
{
    switch (m_colourBy) {
    case ColourBy::Density: return 1;
    case ColourBy::Device: return 2;
    case ColourBy::Shape: return m_data ? std::size_t(std::max<qsizetype>(1, m_data->shapeNames.size())) : 0;
    case ColourBy::Dataset: return m_data ? std::size_t(std::max<qsizetype>(1, m_data->datasetNames.size())) : 0;
    case ColourBy::Numeric: return 257;
    }
    return 0;
}

QString ParallelCoordinates::unitLabel(Column column)
{
    switch (column) {
    case Column::Size: return tr("parameters");
    case Column::Depth: return tr("layers");
    case Column::RunTime: return tr("s");
    case Column::Power: return tr("W");
    default: return units::energySymbol();
    }
}

QString ParallelCoordinates::formatValue(Column column, double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("-");
    switch (column) {
    case Column::Size: return units::compactCount(value);
    case Column::Depth:
        return std::abs(value - std::round(value)) < 1e-9 ? QLocale().toString(qlonglong(std::llround(value)))
                                                          : QLocale().toString(value, 'f', 1);
    case Column::RunTime: return units::duration(value);
    case Column::Power: return units::power(value);
    default: return units::energy(value);
    }
}

QColor ParallelCoordinates::deviceColour(bool gpu)
{
    return gpu ? GpuColour : CpuColour;
}

QColor ParallelCoordinates::datasetColour(int index)
{
    // Tol's "muted" and "light" schemes after each other: 13 datasets stay apart.
    static const QRgb colours[] = {0x332288, 0x88ccee, 0x44aa99, 0x117733, 0x999933, 0xddcc77, 0xcc6677, 0x882255,
                                   0xaa4499, 0xee8866, 0x77aadd, 0x99ddff, 0x444444, 0xbbcc33, 0xeedd88, 0xffaabb};
    constexpr int n = int(sizeof(colours) / sizeof(colours[0]));
    return QColor::fromRgb(colours[((index % n) + n) % n]);
}

std::vector<double> ParallelCoordinates::ticks(Column column, const AxisScale &scale, double lengthPx)
{
    const double lo = std::min(scale.lo, scale.hi);
    const double hi = std::max(scale.lo, scale.hi);
    constexpr double MinPx = 17;
    if (scale.log && lo > 0) {
        std::vector<double> best;
        auto inRange = [&](const std::vector<double> &candidates) {
            std::vector<double> t;
            for (double v : candidates) {
                if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9))
                    t.push_back(v);
            }
            return t;
        };
        if (column == Column::RunTime) {
            for (int level = 0; level < 3; ++level) {
                const auto t = inRange(timeCandidates(level));
                if (spaced(t, scale, lengthPx, MinPx) && t.size() >= best.size())
                    best = t;
            }
        } else {
            // Energies get round values of the unit shown (kWh ticks are not joule ticks).
            const bool energy = column != Column::Size && column != Column::Depth && column != Column::Power;
            const double unit = energy ? units::joulesPerUnit(units::energyUnit()) : 1.0;
            const int k0 = int(std::floor(std::log10(lo / unit)));
            const int k1 = int(std::ceil(std::log10(hi / unit)));
            // Every `every`-th power of ten when decades are many and short.
            for (int every : {3, 1}) {
                std::vector<double> c;
                for (int k = k0; k <= k1; ++k) {
                    if (k % every == 0)
                        c.push_back(std::pow(10.0, k) * unit);
                }
                const auto t = inRange(c);
                if (spaced(t, scale, lengthPx, MinPx) && t.size() >= best.size())
                    best = t;
            }
            for (const auto &set : logMantissaSets()) {
                std::vector<double> c;
                for (int k = k0; k <= k1; ++k) {
                    for (double m : set)
                        c.push_back(m * std::pow(10.0, k) * unit);
                }
                const auto t = inRange(c);
                if (spaced(t, scale, lengthPx, MinPx) && t.size() >= best.size())
                    best = t;
            }
        }
        if (best.size() >= 2)
            return best;
        // Less than a decade: plain steps read better.
        return linearTicks(lo, hi, lengthPx * 0.8, column == Column::Depth);
    }
    return linearTicks(lo, hi, lengthPx, column == Column::Depth || column == Column::Size);
}

// --- layout ---------------------------------------------------------------------------------

struct ParallelCoordinates::Frame
{
    QRectF rect;
    QRectF plot;
    QRectF legend;
    std::vector<double> x;
    std::vector<AxisScale> scales;
};

ParallelCoordinates::ParallelCoordinates(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(360, 260);
    setFocusPolicy(Qt::StrongFocus);
    for (Column c : parallel::defaultAxes())
        m_axes.push_back({c, parallel::defaultLog(c), false});
    connect(&m_baseWatcher, &QFutureWatcherBase::finished, this, &ParallelCoordinates::onBaseFinished);
    connect(&m_highlightWatcher, &QFutureWatcherBase::finished, this, &ParallelCoordinates::onHighlightFinished);
}

ParallelCoordinates::~ParallelCoordinates()
{
    if (m_baseCancel)
        m_baseCancel->store(true);
    if (m_highlightCancel)
        m_highlightCancel->store(true);
    m_baseWatcher.waitForFinished();
    m_highlightWatcher.waitForFinished();
}

void ParallelCoordinates::setData(std::shared_ptr<const ParallelData> data)
{
    m_data = std::move(data);
    scheduleBase();
    update();
}

std::vector<Column> ParallelCoordinates::neededColumns() const
{
    std::vector<Column> out;
    for (const Axis &a : m_axes) {
        if (std::find(out.begin(), out.end(), a.column) == out.end())
            out.push_back(a.column);
    }
    if (m_colourBy == ColourBy::Numeric && std::find(out.begin(), out.end(), m_colourColumn) == out.end())
        out.push_back(m_colourColumn);
    return out;
}

void ParallelCoordinates::afterAxesChanged(bool needsData)
{
    scheduleBase();
    update();
    emit axesChanged();
    if (needsData && m_data) {
        for (Column c : neededColumns()) {
            if (m_data->indexOf(c) < 0) {
                emit columnsNeeded();
                break;
            }
        }
    }
}

void ParallelCoordinates::setAxes(std::vector<Axis> axes)
{
    if (axes == m_axes)
        return;
    m_axes = std::move(axes);
    afterAxesChanged(true);
}

void ParallelCoordinates::moveAxis(int from, int to)
{
    const int n = int(m_axes.size());
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
        return;
    const Axis a = m_axes[std::size_t(from)];
    m_axes.erase(m_axes.begin() + from);
    m_axes.insert(m_axes.begin() + to, a);
    afterAxesChanged(false);
}

void ParallelCoordinates::setAxisLog(int index, bool log)
{
    if (index < 0 || index >= int(m_axes.size()) || m_axes[std::size_t(index)].log == log)
        return;
    m_axes[std::size_t(index)].log = log;
    afterAxesChanged(false);
}

void ParallelCoordinates::setAxisFlipped(int index, bool flipped)
{
    if (index < 0 || index >= int(m_axes.size()) || m_axes[std::size_t(index)].flipped == flipped)
        return;
    m_axes[std::size_t(index)].flipped = flipped;
    afterAxesChanged(false);
}

void ParallelCoordinates::addAxis(Column column)
{
    if (axisIndex(column) >= 0)
        return;
    m_axes.push_back({column, parallel::defaultLog(column), false});
    afterAxesChanged(true);
}

void ParallelCoordinates::removeAxis(int index)
{
    if (index < 0 || index >= int(m_axes.size()) || m_axes.size() <= 2)
        return;
    m_axes.erase(m_axes.begin() + index);
    afterAxesChanged(false);
}

int ParallelCoordinates::axisIndex(Column column) const
{
    for (std::size_t i = 0; i < m_axes.size(); ++i) {
        if (m_axes[i].column == column)
            return int(i);
    }
    return -1;
}

void ParallelCoordinates::setBrushes(const Brushes &brushes)
{
    if (brushes == m_brushes)
        return;
    m_brushes = brushes;
    scheduleHighlight();
    update();
    emit brushesChanged();
}

void ParallelCoordinates::clearBrushes()
{
    if (m_brushes.empty())
        return;
    m_brushes.clear();
    scheduleHighlight();
    update();
    emit brushesChanged();
}

void ParallelCoordinates::commitBrush(Column column, std::optional<Range> range)
{
    if (range) {
        if (range->lo > range->hi)
            std::swap(range->lo, range->hi);
        m_brushes[column] = *range;
    } else {
        m_brushes.erase(column);
    }
    scheduleHighlight();
    update();
    emit brushCommitted(column, !range.has_value());
    emit brushesChanged();
}

void ParallelCoordinates::setColourBy(ColourBy by, Column column)
{
    if (by == m_colourBy && (by != ColourBy::Numeric || column == m_colourColumn))
        return;
    m_colourBy = by;
    if (by == ColourBy::Numeric)
        m_colourColumn = column;
    scheduleBase();
    update();
    emit colourChanged();
    if (m_data && by == ColourBy::Numeric && m_data->indexOf(column) < 0)
        emit columnsNeeded();
}

std::vector<AxisScale> ParallelCoordinates::scalesFor() const
{
    std::vector<AxisScale> out;
    for (const Axis &a : m_axes) {
        std::optional<parallel::Extent> e;
        const int ci = m_data ? m_data->indexOf(a.column) : -1;
        if (ci >= 0)
            e = a.log ? m_data->logExtent[std::size_t(ci)] : m_data->linearExtent[std::size_t(ci)];
        bool log = a.log;
        if (!e && ci >= 0 && a.log) {
            // Nothing positive to show on a log axis: fall back to linear so the axis still works.
            e = m_data->linearExtent[std::size_t(ci)];
            log = false;
        }
        const parallel::Extent ext = e.value_or(parallel::Extent{log ? 1.0 : 0.0, log ? 10.0 : 1.0, 0});
        // The runs drawn alone set the range: a brush never rescales an axis, so the lines
        // outside it stay where they were as context (a brush past an end is drawn to that end).
        out.push_back(parallel::scaleFor(ext, log, a.flipped));
    }
    return out;
}

ParallelCoordinates::Frame ParallelCoordinates::frameFor(const QRectF &rect) const
{
    Frame f;
    f.rect = rect;
    // Legend width from its widest entry.
    const QFontMetricsF fm(pixelFont(font(), LegendPx));
    double legendW = 112;
    if (m_data) {
        QStringList names;
        if (m_colourBy == ColourBy::Shape)
            names = m_data->shapeNames;
        else if (m_colourBy == ColourBy::Dataset)
            names = m_data->datasetNames;
        for (const QString &n : names)
            legendW = std::max(legendW, fm.horizontalAdvance(n + QStringLiteral(" (00,000)")) + 30);
    }
    legendW = std::min(legendW, std::max(112.0, rect.width() * 0.26));
    f.plot = rect.adjusted(LeftMargin, TopMargin, -(legendW + 36), -BottomMargin);
    f.legend = QRectF(f.plot.right() + 24, f.plot.top() - 6, legendW, f.plot.height() + 6);
    const std::size_t k = m_axes.size();
    for (std::size_t i = 0; i < k; ++i)
        f.x.push_back(k > 1 ? f.plot.left() + f.plot.width() * double(i) / double(k - 1) : f.plot.center().x());
    f.scales = scalesFor();
    return f;
}

QRectF ParallelCoordinates::plotRect() const
{
    return frameFor(QRectF(rect())).plot;
}

double ParallelCoordinates::axisX(int index) const
{
    const Frame f = frameFor(QRectF(rect()));
    return index >= 0 && index < int(f.x.size()) ? f.x[std::size_t(index)] : std::numeric_limits<double>::quiet_NaN();
}

AxisScale ParallelCoordinates::axisScale(int index) const
{
    const auto s = scalesFor();
    return index >= 0 && index < int(s.size()) ? s[std::size_t(index)] : AxisScale();
}

double ParallelCoordinates::axisY(int index, double value) const
{
    const Frame f = frameFor(QRectF(rect()));
    if (index < 0 || index >= int(f.scales.size()))
        return std::numeric_limits<double>::quiet_NaN();
    const double u = f.scales[std::size_t(index)].toUnit(value);
    return f.plot.bottom() - u * f.plot.height();
}

double ParallelCoordinates::screenRatio() const
{
    return std::max(1.0, devicePixelRatioF());
}

// --- layers ---------------------------------------------------------------------------------

BaseRequest ParallelCoordinates::baseRequest(const Frame &frame, double ratio) const
{
    BaseRequest r;
    r.version = m_baseVersion;
    r.data = m_data;
    r.scales = frame.scales;
    r.width = std::max(1, int(std::ceil(frame.plot.width() * ratio)) + 1);
    r.height = std::max(1, int(std::ceil(frame.plot.height() * ratio)));
    r.ratio = ratio;
    for (std::size_t i = 0; i < m_axes.size(); ++i) {
        r.columnIndex.push_back(m_data ? m_data->indexOf(m_axes[i].column) : -1);
        r.axisX.push_back(std::clamp(int(std::lround((frame.x[i] - frame.plot.left()) * ratio)), 0, r.width - 1));
    }
    r.colourBy = m_colourBy;
    if (m_colourBy == ColourBy::Numeric && m_data) {
        r.colourIndex = m_data->indexOf(m_colourColumn);
        if (r.colourIndex >= 0) {
            const bool log = parallel::defaultLog(m_colourColumn);
            auto e = log ? m_data->logExtent[std::size_t(r.colourIndex)]
                         : m_data->linearExtent[std::size_t(r.colourIndex)];
            if (e)
                r.colourScale = parallel::scaleFor(*e, log, false);
            else
                r.colourIndex = -1;
        }
    }
    return r;
}

namespace {

std::shared_ptr<BaseLayers> computeBaseLayers(const BaseRequest &r, const std::atomic_bool *cancel)
{
    auto out = std::make_shared<BaseLayers>();
    out->version = r.version;
    out->width = r.width;
    out->height = r.height;
    out->ratio = r.ratio;
    out->axisX = r.axisX;
    out->data = r.data;
    if (!r.data || r.axisX.size() < 2)
        return out;
    const ParallelData &d = *r.data;
    const std::size_t rows = d.rows;
    const float h = float(r.height);
    // y per line per axis: the scale's linear map in (log) value, so no call per value.
    for (std::size_t a = 0; a < r.columnIndex.size(); ++a) {
        std::vector<float> ys(rows, std::numeric_limits<float>::quiet_NaN());
        const int ci = r.columnIndex[a];
        if (ci >= 0) {
            const AxisScale &s = r.scales[a];
            const double *v = d.values[std::size_t(ci)].data();
            const double lo = s.log ? std::log10(s.lo) : s.lo;
            const double hi = s.log ? std::log10(s.hi) : s.hi;
            // y = (1 - u) * h, u = (x - lo) / (hi - lo), flipped: u -> 1 - u
            double k = hi != lo ? -double(h) / (hi - lo) : 0.0;
            double c = double(h) - lo * k;
            if (s.flipped) {
                k = -k;
                c = double(h) - c;
            }
            if (s.log) {
                for (std::size_t i = 0; i < rows; ++i)
                    ys[i] = v[i] > 0 ? float(c + k * std::log10(v[i])) : std::numeric_limits<float>::quiet_NaN();
            } else {
                for (std::size_t i = 0; i < rows; ++i)
                    ys[i] = float(c + k * v[i]); // NaN stays NaN
            }
        }
        out->ys.push_back(std::move(ys));
        if (cancel && cancel->load())
            return nullptr;
    }
    // Colours.
    using ColourBy = ParallelCoordinates::ColourBy;
    out->withColour = r.colourBy != ColourBy::Density;
    switch (r.colourBy) {
    case ColourBy::Density: out->palette = {qRgb(0x40, 0x40, 0x40)}; break;
    case ColourBy::Device:
        out->palette = {ParallelCoordinates::deviceColour(false).rgb(), ParallelCoordinates::deviceColour(true).rgb()};
        out->colour.assign(d.isGpu.begin(), d.isGpu.end());
        break;
    case ColourBy::Shape:
        for (const QString &name : d.shapeNames)
            out->palette.push_back(shapepalette::colorForShape(name).rgb());
        out->colour.resize(rows);
        for (std::size_t i = 0; i < rows; ++i)
            out->colour[i] = std::uint16_t(std::max(0, d.shape[i]));
        break;
    case ColourBy::Dataset:
        for (qsizetype k = 0; k < d.datasetNames.size(); ++k)
            out->palette.push_back(ParallelCoordinates::datasetColour(int(k)).rgb());
        out->colour.resize(rows);
        for (std::size_t i = 0; i < rows; ++i)
            out->colour[i] = std::uint16_t(std::max(0, d.dataset[i]));
        break;
    case ColourBy::Numeric: {
        for (int k = 0; k < 256; ++k)
            out->palette.push_back(numericColour(k / 255.0));
        out->palette.push_back(qRgb(0xb0, 0xb0, 0xb0)); // no value
        out->colour.assign(rows, 256);
        if (r.colourIndex >= 0) {
            const double *v = d.values[std::size_t(r.colourIndex)].data();
            for (std::size_t i = 0; i < rows; ++i) {
                const double u = r.colourScale.toUnit(v[i]);
                if (std::isfinite(u))
                    out->colour[i] = std::uint16_t(std::clamp(int(u * 255.0 + 0.5), 0, 255));
            }
        }
        break;
    }
    }
    if (out->palette.empty())
        out->palette.push_back(qRgb(0x40, 0x40, 0x40));
    out->paletteCounts.assign(out->palette.size(), 0);
    if (out->colour.empty())
        out->paletteCounts[0] = rows;
    for (std::uint16_t c : out->colour) {
        if (c < out->paletteCounts.size())
            ++out->paletteCounts[c];
    }
    ParallelRaster raster(r.width, r.height, out->withColour);
    ParallelRaster::Lines lines;
    for (const auto &ys : out->ys)
        lines.ys.push_back(ys);
    lines.axisX = r.axisX;
    lines.colour = out->colour;
    // The binned path for the whole data set or none of it, so a highlight's lines cancel exactly.
    out->dense = rows > ParallelRaster::denseThreshold();
    if (!raster.add(lines, {}, out->dense, out->palette, cancel))
        return nullptr;
    if (out->dense)
        out->keys = raster.binKeys(lines, highlightBins(rows));
    out->maxCount = raster.maxCount();
    out->full = raster.toImage(out->withColour ? ParallelRaster::Tone::Colour : ParallelRaster::Tone::Density, r.ratio);
    out->context = raster.toImage(ParallelRaster::Tone::Context, r.ratio);
    return out;
}

std::shared_ptr<HighlightLayer> computeHighlight(const std::shared_ptr<const BaseLayers> &base, quint64 version,
                                                 const std::vector<ParallelBrush> &brushes,
                                                 std::shared_ptr<HighlightState> state, const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    auto out = std::make_shared<HighlightLayer>();
    out->version = version;
    out->baseVersion = base->version;
    if (!base->data)
        return out;
    const ParallelData &d = *base->data;
    const std::size_t rows = d.rows;
    std::vector<std::uint8_t> mask;
    try {
        out->count = countInsideBrushes(d, brushes, &mask).inside;
    } catch (const AnalysisError &) {
        mask.assign(rows, 0);
        out->count = 0;
    }
    if (cancel && cancel->load())
        return nullptr;
    // Only the lines that entered or left the brush, when they are fewer than the brushed ones.
    std::vector<std::int8_t> delta;
    bool incremental = state && state->baseVersion == base->version && state->raster && state->mask.size() == rows;
    const std::size_t axes = base->ys.size();
    const bool gather = base->dense && base->keys.size() == rows * axes;
    if (incremental && gather) {
        // The changed lines' bins, weights and colours copied out side by side: first their
        // indices (eight mask bytes compared at a time, most blocks have no change), then the
        // copy with the loads issued well ahead, as the lines are spread over the whole array.
        const std::uint8_t *now = mask.data();
        const std::uint8_t *before = state->mask.data();
        const std::uint16_t *keys = base->keys.data();
        const std::uint16_t *colour = base->colour.size() == rows ? base->colour.data() : nullptr;
        std::vector<std::uint32_t> &index = state->index;
        if (index.size() < rows / 8 + 64)
            index.resize(rows / 8 + 64);
        ParallelRaster::Changed &changedLines = state->changed;
        changedLines.colour.clear();
        std::size_t n = 0;
        auto take = [&](std::size_t i) {
            if (n == index.size())
                index.resize(index.size() * 2);
            index[n] = std::uint32_t(i);
            n += now[i] != before[i];
        };
        std::size_t i = 0;
        for (; i + 8 <= rows; i += 8) {
            std::uint64_t x, y;
            std::memcpy(&x, now + i, 8);
            std::memcpy(&y, before + i, 8);
            if (x == y)
                continue;
            for (std::size_t j = i; j < i + 8; ++j)
                take(j);
        }
        for (; i < rows; ++i)
            take(i);
        changedLines.axes = axes;
        changedLines.weights.resize(n);
        changedLines.keys.resize(n * axes);
        if (colour)
            changedLines.colour.resize(n);
        constexpr std::size_t Ahead = 24;
        std::uint16_t *to = changedLines.keys.data();
        for (std::size_t k = 0; k < n; ++k, to += axes) {
            if (k + Ahead < n) {
                __builtin_prefetch(keys + std::size_t(index[k + Ahead]) * axes);
                if (colour)
                    __builtin_prefetch(colour + index[k + Ahead]);
            }
            const std::size_t r = index[k];
            changedLines.weights[k] = std::int8_t(int(now[r]) - int(before[r]));
            std::copy_n(keys + r * axes, axes, to);
            if (colour)
                changedLines.colour[k] = colour[r];
        }
        out->drawn = n;
        if (out->drawn > out->count)
            incremental = false;
    } else if (incremental) {
        delta.resize(rows);
        std::size_t changed = 0;
        const std::uint8_t *now = mask.data();
        const std::uint8_t *before = state->mask.data();
        std::int8_t *w = delta.data();
        // Branch-free so it vectorises: new - old is -1, 0 or 1.
        for (std::size_t i = 0; i < rows; ++i)
            w[i] = std::int8_t(now[i] - before[i]);
        for (std::size_t i = 0; i < rows; ++i)
            changed += std::size_t(now[i] != before[i]);
        out->drawn = changed;
        if (changed > out->count)
            incremental = false;
    }
    std::span<const std::int8_t> weights;
    if (incremental) {
        weights = delta;
    } else {
        state = std::make_shared<HighlightState>();
        state->raster = std::make_unique<ParallelRaster>(base->width, base->height, base->withColour);
        weights = std::span<const std::int8_t>(reinterpret_cast<const std::int8_t *>(mask.data()), rows);
        out->drawn = out->count;
    }
    ParallelRaster::Lines lines;
    for (const auto &ys : base->ys)
        lines.ys.push_back(ys);
    lines.axisX = base->axisX;
    lines.colour = base->colour;
    state->baseVersion = 0;
    if (out->count == 0)
        state->raster->clear();
    else if (incremental && gather) {
        if (!state->raster->addChanged(state->changed, base->axisX, base->palette, cancel, highlightBins(rows)))
            return nullptr;
    } else if (!state->raster->add(lines, weights, base->dense, base->palette, cancel, highlightBins(rows)))
        return nullptr;
    state->baseVersion = base->version;
    state->mask = mask;
    out->image = state->raster->toImage(base->withColour ? ParallelRaster::Tone::Colour : ParallelRaster::Tone::Density,
                                        base->ratio);
    out->mask = std::move(mask);
    out->state = std::move(state);
    out->ms = double(timer.nsecsElapsed()) / 1e6;
    return out;
}

} // namespace

std::vector<ParallelBrush> ParallelCoordinates::brushList() const
{
    std::vector<ParallelBrush> out;
    if (!m_data)
        return out;
    for (const auto &[column, range] : m_brushes) {
        if (m_data->indexOf(column) >= 0 && axisIndex(column) >= 0)
            out.push_back({column, range.lo, range.hi});
    }
    return out;
}

void ParallelCoordinates::scheduleBase()
{
    ++m_baseVersion;
    ++m_highlightVersion;
    if (!m_data || m_axes.size() < 2 || !isVisible())
        return;
    if (m_baseWatcher.isRunning()) {
        if (m_baseCancel)
            m_baseCancel->store(true);
        m_basePending = true;
        return;
    }
    startBase();
}

void ParallelCoordinates::startBase()
{
    const Frame frame = frameFor(QRectF(rect()));
    if (frame.plot.width() < 4 || frame.plot.height() < 4)
        return;
    BaseRequest request = baseRequest(frame, screenRatio());
    m_baseCancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_baseCancel;
    m_baseWatcher.setFuture(QtConcurrent::run(s_backgroundPool(), [request = std::move(request), cancel] {
        QElapsedTimer t;
        t.start();
        auto r = computeBaseLayers(request, cancel.get());
        Q_UNUSED(t)
        return r;
    }));
}

void ParallelCoordinates::onBaseFinished()
{
    std::shared_ptr<BaseLayers> r = m_baseWatcher.future().resultCount() > 0 ? m_baseWatcher.result() : nullptr;
    if (m_basePending) {
        m_basePending = false;
        startBase();
    }
    if (!r || r->version != m_baseVersion)
        return;
    m_base = r;
    if (!m_brushes.empty())
        scheduleHighlight();
    update();
    emit layersUpdated();
}

void ParallelCoordinates::scheduleHighlight()
{
    ++m_highlightVersion;
    if (!m_base || m_base->version != m_baseVersion)
        return; // the base's arrival asks again
    if (brushList().empty()) {
        m_highlight.reset();
        return;
    }
    // Never cancel the running step: while a brush moves, each finished step is shown and the
    // newest brush is computed next, so the highlight keeps up at the speed it can.
    if (m_highlightWatcher.isRunning()) {
        m_highlightPending = true;
        return;
    }
    startHighlight();
}

void ParallelCoordinates::startHighlight()
{
    if (!m_base)
        return;
    m_highlightCancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_highlightCancel;
    std::shared_ptr<const BaseLayers> base = m_base;
    const quint64 version = m_highlightVersion;
    const auto brushes = brushList();
    std::shared_ptr<HighlightState> state = m_highlight ? m_highlight->state : nullptr;
    m_highlightWatcher.setFuture(QtConcurrent::run(s_backgroundPool(), [base, version, brushes, state, cancel] {
        return computeHighlight(base, version, brushes, state, cancel.get());
    }));
}

void ParallelCoordinates::onHighlightFinished()
{
    std::shared_ptr<HighlightLayer> r = m_highlightWatcher.future().resultCount() > 0 ? m_highlightWatcher.result()
                                                                                      : nullptr;
    if (r && m_base && r->baseVersion == m_base->version && !m_brushes.empty()
        && (!m_highlight || r->version >= m_highlight->version)) {
        m_highlight = r;
        m_lastHighlightMs = r->ms;
    }
    if (m_highlightPending) {
        m_highlightPending = false;
        startHighlight();
    }
    update();
    emit layersUpdated();
}

bool ParallelCoordinates::layersReady() const
{
    if (!m_data || m_axes.size() < 2)
        return true;
    if (!m_base || m_base->version != m_baseVersion)
        return false;
    if (brushList().empty())
        return true;
    return m_highlight && m_highlight->version == m_highlightVersion;
}

void ParallelCoordinates::updateLayersNow()
{
    if (!m_data || m_axes.size() < 2)
        return;
    if (!m_base || m_base->version != m_baseVersion) {
        if (m_baseCancel)
            m_baseCancel->store(true);
        m_basePending = false;
        QElapsedTimer t;
        t.start();
        m_base = computeBaseLayers(baseRequest(frameFor(QRectF(rect())), screenRatio()), nullptr);
        m_lastBaseMs = double(t.nsecsElapsed()) / 1e6;
    }
    const auto brushes = brushList();
    if (brushes.empty()) {
        m_highlight.reset();
    } else if (!m_highlight || m_highlight->version != m_highlightVersion
               || m_highlight->baseVersion != m_base->version) {
        m_highlightPending = false;
        m_highlightWatcher.waitForFinished(); // its job may be changing the state
        m_highlight = computeHighlight(m_base, m_highlightVersion, brushes, m_highlight ? m_highlight->state : nullptr,
                                       nullptr);
        m_lastHighlightMs = m_highlight->ms;
    }
}

std::vector<std::uint8_t> ParallelCoordinates::brushMask() const
{
    if (m_highlight)
        return m_highlight->mask;
    return std::vector<std::uint8_t>(m_data ? m_data->rows : 0, 1);
}

std::size_t ParallelCoordinates::lastHighlightLines() const
{
    return m_highlight ? m_highlight->drawn : 0;
}

std::size_t ParallelCoordinates::brushedCount() const
{
    if (brushList().empty())
        return m_data ? m_data->rows : 0;
    return m_highlight ? m_highlight->count : 0;
}

// --- painting -------------------------------------------------------------------------------

std::pair<double, double> ParallelCoordinates::brushUnits(int axis) const
{
    const auto b = m_brushes.find(m_axes[std::size_t(axis)].column);
    if (b == m_brushes.end())
        return {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
    const AxisScale s = axisScale(axis);
    auto unitOf = [&s](double v) {
        const double lo = std::min(s.lo, s.hi);
        const double hi = std::max(s.lo, s.hi);
        if (v <= lo)
            return s.flipped ? 1.0 : 0.0;
        if (v >= hi)
            return s.flipped ? 0.0 : 1.0;
        return s.toUnit(v);
    };
    double a = unitOf(b->second.lo);
    double c = unitOf(b->second.hi);
    if (a > c)
        std::swap(a, c);
    return {a, c};
}

void ParallelCoordinates::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const Frame frame = frameFor(QRectF(rect()));
    const bool brushing = !brushList().empty();
    const QImage *highlight = m_highlight && !m_highlight->image.isNull() ? &m_highlight->image : nullptr;
    paintChart(&p, frame, m_base.get(), highlight, brushing, brushedCount());
}

void ParallelCoordinates::render(QPainter *painter, const QRectF &rect, bool vector)
{
    const Frame frame = frameFor(rect);
    double ratio = 2.0;
    if (!vector) {
        const QTransform t = painter->worldTransform();
        const double worldScale = std::sqrt(std::abs(t.m11() * t.m22() - t.m12() * t.m21()));
        ratio = std::clamp(painter->device()->devicePixelRatioF() * worldScale, 1.0, 4.0);
    }
    std::shared_ptr<BaseLayers> base;
    std::shared_ptr<HighlightLayer> highlight;
    const auto brushes = brushList();
    if (m_data && m_axes.size() >= 2 && frame.plot.width() > 4 && frame.plot.height() > 4) {
        base = computeBaseLayers(baseRequest(frame, ratio), nullptr);
        if (base && !brushes.empty())
            highlight = computeHighlight(base, 0, brushes, nullptr, nullptr);
    }
    painter->save();
    paintChart(painter, frame, base.get(), highlight ? &highlight->image : nullptr, !brushes.empty(),
               highlight ? highlight->count : (m_data ? m_data->rows : 0));
    painter->restore();
}

void ParallelCoordinates::paintChart(QPainter *p, const Frame &f, const BaseLayers *layers, const QImage *highlight,
                                     bool brushing, std::size_t brushed) const
{
    const QImage *full = layers && !layers->full.isNull() ? &layers->full : nullptr;
    const QImage *context = layers && !layers->context.isNull() ? &layers->context : nullptr;
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setRenderHint(QPainter::SmoothPixmapTransform, true);
    p->fillRect(f.rect, Qt::white);
    const QLocale locale;
    const QFont titleFont = pixelFont(font(), TitlePx, true);
    const QFont unitFont = pixelFont(font(), UnitPx);
    const QFont tickFont = pixelFont(font(), TickPx);
    const QFont statusFont = pixelFont(font(), StatusPx);
    const std::size_t k = m_axes.size();

    if (!m_data || m_data->rows == 0 || k < 2) {
        p->setPen(QColor(0x50, 0x50, 0x50));
        p->setFont(statusFont);
        p->drawText(f.rect, Qt::AlignCenter,
                    !m_data     ? tr("Waiting for data…")
                        : k < 2 ? tr("Add at least two axes.")
                                : tr("No runs match the filter."));
        p->restore();
        return;
    }

    // Lines: the raster spans the plot from the first axis to the last.
    auto blit = [&](const QImage &image) {
        const QSizeF logical = QSizeF(image.size()) / image.devicePixelRatio();
        const QRectF target(f.plot.topLeft(), logical);
        // Same size: a plain copy; after a resize the last image stretched until the new one comes.
        if (std::abs(logical.width() - (f.plot.width() + 1)) < 1.5
            && std::abs(logical.height() - f.plot.height()) < 1.5)
            p->drawImage(target.topLeft(), image);
        else
            p->drawImage(QRectF(f.plot.left(), f.plot.top(), f.plot.width() + 1, f.plot.height()), image);
    };
    if (brushing) {
        if (context)
            blit(*context);
        if (highlight)
            blit(*highlight);
    } else if (full) {
        blit(*full);
    }
    if (!full) {
        p->setPen(QColor(0x70, 0x70, 0x70));
        p->setFont(statusFont);
        p->drawText(f.plot, Qt::AlignCenter, tr("Drawing %1 lines…").arg(locale.toString(qulonglong(m_data->rows))));
    }

    // Axes, ticks, brushes, titles.
    const double spacing = k > 1 ? f.plot.width() / double(k - 1) : f.plot.width();
    const QFontMetricsF tfm(tickFont);
    for (std::size_t i = 0; i < k; ++i) {
        const double x = f.x[i];
        const Axis &axis = m_axes[i];
        const AxisScale &s = f.scales[i];
        p->setPen(QPen(QColor(0x30, 0x30, 0x30), 1.2));
        p->drawLine(QPointF(x, f.plot.top()), QPointF(x, f.plot.bottom()));
        // Brush.
        const auto b = m_brushes.find(axis.column);
        if (b != m_brushes.end()) {
            const auto [u0, u1] = brushUnits(int(i));
            const QRectF box(x - 8, f.plot.bottom() - u1 * f.plot.height(), 16,
                             std::max(2.0, (u1 - u0) * f.plot.height()));
            p->setPen(QPen(QColor(0x1f, 0x4e, 0x9a), 1.4));
            p->setBrush(QColor(0x4a, 0x90, 0xe2, 70));
            p->drawRoundedRect(box, 3, 3);
            // Handles at both ends: drag one to resize the brush.
            p->setPen(QPen(Qt::white, 1));
            p->setBrush(QColor(0x1f, 0x4e, 0x9a));
            for (double hy : {box.top(), box.bottom()})
                p->drawRoundedRect(QRectF(x - 11, hy - 3, 22, 6), 2, 2);
            p->setBrush(Qt::NoBrush);
            // The brush's ends, beside it on the right.
            p->setFont(tickFont);
            const QString hiText = formatValue(axis.column, std::max(b->second.lo, b->second.hi));
            const QString loText = formatValue(axis.column, std::min(b->second.lo, b->second.hi));
            const bool flippedOrder = s.flipped;
            const QString topText = flippedOrder ? loText : hiText;
            const QString bottomText = flippedOrder ? hiText : loText;
            auto tag = [&](const QString &text, double y) {
                const QRectF r(x + 14, y - tfm.height() / 2, tfm.horizontalAdvance(text) + 6, tfm.height());
                p->setPen(Qt::NoPen);
                p->setBrush(QColor(0x1f, 0x4e, 0x9a, 225));
                p->drawRoundedRect(r, 2, 2);
                p->setPen(Qt::white);
                p->drawText(r, Qt::AlignCenter, text);
                p->setBrush(Qt::NoBrush);
            };
            if (std::isfinite(b->second.hi) || std::isfinite(b->second.lo)) {
                tag(topText, std::max(f.plot.top() + tfm.height() / 2, box.top()));
                tag(bottomText, std::min(f.plot.bottom() - tfm.height() / 2, box.bottom()));
            }
        }
        // Ticks: labels left of the axis on a white halo, so lines behind stay readable.
        p->setFont(tickFont);
        for (double t : ticks(axis.column, s, f.plot.height())) {
            const double u = s.toUnit(t);
            if (!std::isfinite(u) || u < -1e-9 || u > 1 + 1e-9)
                continue;
            const double y = f.plot.bottom() - u * f.plot.height();
            p->setPen(QPen(QColor(0x30, 0x30, 0x30), 1));
            p->drawLine(QPointF(x - 4, y), QPointF(x, y));
            const QString text = formatValue(axis.column, t);
            const double w = tfm.horizontalAdvance(text);
            const QRectF r(x - 6 - w - 3, y - tfm.height() / 2, w + 4, tfm.height());
            p->fillRect(r, QColor(255, 255, 255, 200));
            p->setPen(QColor(0x20, 0x20, 0x20));
            p->drawText(r, Qt::AlignRight | Qt::AlignVCenter, text);
        }
        // Title: name, then unit and scale; the dragged title follows the mouse.
        const double tx = (m_drag == Drag::Title && m_dragAxis == int(i)) ? m_dragX : x;
        const double titleW = std::max(60.0, spacing - 6);
        const QRectF titleRect(tx - titleW / 2, f.rect.top() + 4, titleW, TitlePx + 4);
        const QRectF unitRect(tx - titleW / 2, titleRect.bottom(), titleW, UnitPx + 5);
        if (m_drag == Drag::Title && m_dragAxis == int(i)) {
            p->setPen(Qt::NoPen);
            p->setBrush(QColor(0xe8, 0xf0, 0xfb));
            p->drawRoundedRect(titleRect.united(unitRect), 3, 3);
            p->setBrush(Qt::NoBrush);
        }
        // The full name, else a short one, else the short one a size smaller, before eliding.
        QFont fitted = titleFont;
        QString title = columnLabel(axis.column);
        if (QFontMetricsF(fitted).horizontalAdvance(title) > titleW)
            title = shortLabel(axis.column);
        if (QFontMetricsF(fitted).horizontalAdvance(title) > titleW)
            fitted.setPixelSize(TitlePx - 2);
        p->setFont(fitted);
        p->setPen(QColor(0x10, 0x10, 0x10));
        p->drawText(titleRect, Qt::AlignCenter, QFontMetricsF(fitted).elidedText(title, Qt::ElideRight, titleW));
        QStringList unitParts{unitLabel(axis.column)};
        if (s.log)
            unitParts << tr("log");
        if (axis.flipped)
            unitParts << tr("flipped");
        p->setFont(unitFont);
        p->setPen(QColor(0x50, 0x50, 0x50));
        p->drawText(unitRect, Qt::AlignCenter,
                    QFontMetricsF(unitFont).elidedText(unitParts.join(QStringLiteral(" · ")), Qt::ElideRight, titleW));
    }

    drawLegend(p, f.legend, layers);

    // Status line.
    p->setFont(statusFont);
    p->setPen(QColor(0x40, 0x40, 0x40));
    const QRectF status(f.plot.left() - LeftMargin + 8, f.plot.bottom() + 6, f.rect.width() - 16, BottomMargin - 6);
    const QString text = statusTextFor(brushing, brushed);
    p->drawText(status, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(statusFont).elidedText(text, Qt::ElideRight, status.width()));
    p->restore();
}

QString ParallelCoordinates::statusText() const
{
    return statusTextFor(!brushList().empty(), brushedCount());
}

QString ParallelCoordinates::statusTextFor(bool brushing, std::size_t brushed) const
{
    if (!m_data)
        return {};
    const QLocale locale;
    if (brushing) {
        // The count is countInsideBrushes' (analysis/parallelanalysis.h), through the highlight.
        const QString count = tr("%Ln of %1 runs inside", nullptr,
                                 int(std::min<std::size_t>(brushed, std::numeric_limits<int>::max())))
                                  .arg(locale.toString(qulonglong(m_data->rows)));
        return tr("%1, in colour; the rest in grey. Esc or a click beside the axes clears the brushes.").arg(count);
    }
    return tr("%1 runs, one line each. Drag along an axis to brush a range; drag a title to move the axis.")
        .arg(locale.toString(qulonglong(m_data->rows)));
}

void ParallelCoordinates::drawLegend(QPainter *p, const QRectF &box, const BaseLayers *layers) const
{
    const QFont font12 = pixelFont(font(), LegendPx);
    const QFont bold = pixelFont(font(), LegendPx, true);
    const QFontMetricsF fm(font12);
    const QLocale locale;
    double y = box.top();
    auto heading = [&](const QString &text) {
        p->setFont(bold);
        p->setPen(QColor(0x10, 0x10, 0x10));
        const QRectF r(box.left(), y, box.width(), fm.height() * 2.4);
        p->drawText(r, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
        y += QFontMetricsF(bold).boundingRect(r, Qt::AlignLeft | Qt::TextWordWrap, text).height() + 6;
        p->setFont(font12);
    };
    auto entry = [&](QColor colour, const QString &text) {
        p->setPen(QPen(colour, 3, Qt::SolidLine, Qt::RoundCap));
        p->drawLine(QPointF(box.left() + 1, y + fm.height() / 2), QPointF(box.left() + 17, y + fm.height() / 2));
        p->setPen(QColor(0x20, 0x20, 0x20));
        p->drawText(QRectF(box.left() + 23, y, box.width() - 23, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(text, Qt::ElideRight, box.width() - 23));
        y += fm.height() + 3;
    };
    // A vertical colour bar with labels beside it.
    auto colourBar = [&](auto colourAt, const std::vector<std::pair<double, QString>> &labels) {
        const double barH = std::clamp(box.bottom() - y - 40, 60.0, 200.0);
        const QRectF bar(box.left() + 2, y + 4, 14, barH);
        QImage img(1, 256, QImage::Format_RGB32);
        for (int i = 0; i < 256; ++i)
            img.setPixel(0, 255 - i, colourAt(i / 255.0));
        p->save();
        p->setRenderHint(QPainter::SmoothPixmapTransform, false);
        p->drawImage(bar, img);
        p->restore();
        p->setPen(QColor(0x80, 0x80, 0x80));
        p->drawRect(bar);
        p->setPen(QColor(0x20, 0x20, 0x20));
        for (const auto &[t, text] : labels) {
            const double ly = bar.bottom() - t * bar.height();
            p->drawLine(QPointF(bar.right(), ly), QPointF(bar.right() + 3, ly));
            p->drawText(QRectF(bar.right() + 6, ly - fm.height() / 2, box.width() - 24, fm.height()),
                        Qt::AlignLeft | Qt::AlignVCenter, text);
        }
        y = bar.bottom() + 10;
    };

    // Counts from layers drawn for this colour only (the screen's may still be the last colour's).
    const BaseLayers *base = layers && layers->withColour == (m_colourBy != ColourBy::Density)
            && layers->paletteCounts.size() == expectedPaletteSize()
        ? layers
        : nullptr;
    switch (m_colourBy) {
    case ColourBy::Density: {
        heading(tr("Lines through each pixel"));
        const double top = base && base->maxCount > 1 ? double(base->maxCount) : 100.0;
        std::vector<std::pair<double, QString>> labels;
        const double scale = std::log1p(top);
        for (double v = 1; v <= top * 1.0001; v *= 10)
            labels.emplace_back(std::log1p(v) / scale, locale.toString(v, 'f', 0));
        if (labels.empty() || labels.back().first < 0.9)
            labels.emplace_back(1.0, locale.toString(top, 'f', 0));
        colourBar([](double t) { return ParallelRaster::densityColour(t); }, labels);
        break;
    }
    case ColourBy::Device:
    case ColourBy::Shape:
    case ColourBy::Dataset: {
        heading(m_colourBy == ColourBy::Device      ? tr("Device")
                    : m_colourBy == ColourBy::Shape ? tr("Shape")
                                                    : tr("Dataset"));
        QStringList names;
        if (m_colourBy == ColourBy::Device)
            names = {tr("CPU"), tr("GPU")};
        else
            names = m_colourBy == ColourBy::Shape ? m_data->shapeNames : m_data->datasetNames;
        for (qsizetype c = 0; c < names.size(); ++c) {
            const std::size_t n = base && std::size_t(c) < base->paletteCounts.size()
                ? base->paletteCounts[std::size_t(c)]
                : 0;
            if (base && n == 0)
                continue;
            if (y + fm.height() > box.bottom() - 30)
                break;
            const QColor colour = m_colourBy == ColourBy::Device ? deviceColour(c == 1)
                : m_colourBy == ColourBy::Shape                  ? shapepalette::colorForShape(names[c])
                                                                 : datasetColour(int(c));
            entry(colour, tr("%1 (%2)").arg(names[c], locale.toString(qulonglong(n))));
        }
        break;
    }
    case ColourBy::Numeric: {
        const QString unit = unitLabel(m_colourColumn);
        heading(tr("%1 (%2)").arg(columnLabel(m_colourColumn), unit));
        const int ci = m_data->indexOf(m_colourColumn);
        const bool log = parallel::defaultLog(m_colourColumn);
        std::optional<parallel::Extent> e;
        if (ci >= 0)
            e = log ? m_data->logExtent[std::size_t(ci)] : m_data->linearExtent[std::size_t(ci)];
        std::vector<std::pair<double, QString>> labels;
        if (e) {
            const AxisScale s = parallel::scaleFor(*e, log, false);
            for (double t : ticks(m_colourColumn, s, 120))
                labels.emplace_back(s.toUnit(t), formatValue(m_colourColumn, t));
        }
        colourBar([](double t) { return numericColour(t); }, labels);
        break;
    }
    }
    if (!m_brushes.empty() && !brushList().empty()) {
        y += 4;
        entry(QColor(0xb8, 0xb8, 0xb8), tr("not brushed"));
        p->setPen(QPen(QColor(0x1f, 0x4e, 0x9a), 1.4));
        p->setBrush(QColor(0x4a, 0x90, 0xe2, 70));
        const QRectF swatch(box.left() + 4, y + 1, 10, fm.height() - 2);
        p->drawRoundedRect(swatch, 2, 2);
        p->setBrush(Qt::NoBrush);
        p->setPen(QColor(0x20, 0x20, 0x20));
        p->drawText(QRectF(box.left() + 23, y, box.width() - 23, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                    tr("brush"));
    }
}

// --- gestures -------------------------------------------------------------------------------

void ParallelCoordinates::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scheduleBase();
}

void ParallelCoordinates::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Changes made while hidden (data, size, axes) were not drawn.
    if (m_data && (!m_base || m_base->version != m_baseVersion) && !m_baseWatcher.isRunning())
        scheduleBase();
}

void ParallelCoordinates::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        update();
}

int ParallelCoordinates::axisAtPixel(const QPointF &pos, bool titles) const
{
    const Frame f = frameFor(QRectF(rect()));
    if (f.x.empty())
        return -1;
    if (titles ? (pos.y() < f.rect.top() || pos.y() > f.plot.top() - 4)
               : (pos.y() < f.plot.top() - 8 || pos.y() > f.plot.bottom() + 8))
        return -1;
    int best = -1;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < f.x.size(); ++i) {
        const double d = std::abs(pos.x() - f.x[i]);
        if (d < bestDistance) {
            bestDistance = d;
            best = int(i);
        }
    }
    const double spacing = f.x.size() > 1 ? f.plot.width() / double(f.x.size() - 1) : f.plot.width();
    const double reach = titles ? spacing / 2 : 14.0;
    return bestDistance <= reach ? best : -1;
}

void ParallelCoordinates::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_data) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QPointF pos = event->position();
    if (const int t = axisAtPixel(pos, true); t >= 0) {
        m_drag = Drag::Title;
        m_dragAxis = t;
        m_dragX = pos.x();
        setCursor(Qt::ClosedHandCursor);
        update();
        return;
    }
    m_pressPos = pos;
    const int a = axisAtPixel(pos, false);
    if (a < 0) {
        // Beside the axes: a click there clears the brushes (on release, so a slip does not).
        if (plotRect().contains(pos))
            m_drag = Drag::Beside;
        return;
    }
    const QRectF plot = plotRect();
    const double u = std::clamp((plot.bottom() - pos.y()) / plot.height(), 0.0, 1.0);
    const Column column = m_axes[std::size_t(a)].column;
    m_dragAxis = a;
    m_dragStartY = std::clamp(pos.y(), plot.top(), plot.bottom());
    const auto b = m_brushes.find(column);
    m_brushBefore.reset();
    if (b != m_brushes.end()) {
        m_brushBefore = b->second;
        const auto [u0, u1] = brushUnits(a);
        const double slack = 4.0 / plot.height();
        // The handles at the band's ends resize it; the band between them moves it.
        const double handle = 6.0 / plot.height();
        const bool nearTop = std::abs(u - u1) <= handle;
        const bool nearBottom = std::abs(u - u0) <= handle;
        if (nearTop || nearBottom) {
            // A thin band: the end nearer the press.
            m_drag = nearTop && (!nearBottom || std::abs(u - u1) <= std::abs(u - u0)) ? Drag::ResizeTop
                                                                                      : Drag::ResizeBottom;
            m_moveLoUnit = u0;
            m_moveHiUnit = u1;
            return;
        }
        if (u >= u0 - slack && u <= u1 + slack) {
            m_drag = Drag::MoveBrush;
            m_moveLoUnit = u0 - u;
            m_moveHiUnit = u1 - u;
            return;
        }
    }
    m_drag = Drag::NewBrush;
}

void ParallelCoordinates::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_drag == Drag::None) {
        if (axisAtPixel(pos, true) >= 0)
            setCursor(Qt::OpenHandCursor);
        else if (axisAtPixel(pos, false) >= 0)
            setCursor(Qt::CrossCursor);
        else
            unsetCursor();
        return;
    }
    if (m_drag == Drag::Title) {
        m_dragX = pos.x();
        update();
        return;
    }
    if (m_drag == Drag::Beside)
        return;
    const QRectF plot = plotRect();
    const Column column = m_axes[std::size_t(m_dragAxis)].column;
    const AxisScale s = axisScale(m_dragAxis);
    const double u = std::clamp((plot.bottom() - pos.y()) / plot.height(), 0.0, 1.0);
    double u0 = 0, u1 = 0;
    if (m_drag == Drag::NewBrush) {
        const double uStart = (plot.bottom() - m_dragStartY) / plot.height();
        u0 = std::min(u, uStart);
        u1 = std::max(u, uStart);
        if (std::abs(pos.y() - m_dragStartY) < 3)
            return;
    } else if (m_drag == Drag::ResizeTop || m_drag == Drag::ResizeBottom) {
        u0 = m_drag == Drag::ResizeBottom ? u : m_moveLoUnit;
        u1 = m_drag == Drag::ResizeTop ? u : m_moveHiUnit;
        if (u0 > u1)
            std::swap(u0, u1);
    } else {
        const double width = m_moveHiUnit - m_moveLoUnit;
        u0 = std::clamp(u + m_moveLoUnit, 0.0, 1.0 - width);
        u1 = u0 + width;
    }
    double lo = s.fromUnit(u0);
    double hi = s.fromUnit(u1);
    if (lo > hi)
        std::swap(lo, hi);
    m_brushes[column] = {lo, hi};
    scheduleHighlight();
    update();
}

void ParallelCoordinates::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (drag == Drag::None)
        return;
    if (drag == Drag::Title) {
        unsetCursor();
        const Frame f = frameFor(QRectF(rect()));
        int target = m_dragAxis;
        double best = std::numeric_limits<double>::infinity();
        for (std::size_t i = 0; i < f.x.size(); ++i) {
            if (std::abs(f.x[i] - m_dragX) < best) {
                best = std::abs(f.x[i] - m_dragX);
                target = int(i);
            }
        }
        const int from = m_dragAxis;
        m_dragAxis = -1;
        if (target != from)
            moveAxis(from, target);
        else
            update();
        return;
    }
    if (drag == Drag::Beside) {
        if (QLineF(m_pressPos, event->position()).length() < 3)
            clearBrushes();
        return;
    }
    const Column column = m_axes[std::size_t(m_dragAxis)].column;
    if (drag == Drag::NewBrush && std::abs(event->position().y() - m_dragStartY) < 3) {
        // A click on the axis beside its brush clears the brush; elsewhere on the axis it does nothing.
        m_brushes.erase(column);
        scheduleHighlight();
        update();
        if (m_brushBefore)
            commitBrush(column, std::nullopt);
        return;
    }
    const auto b = m_brushes.find(column);
    if (b == m_brushes.end())
        return;
    if (m_brushBefore && *m_brushBefore == b->second)
        return;
    commitBrush(column, b->second);
}

void ParallelCoordinates::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int a = axisAtPixel(event->position(), false);
    if (a < 0 || event->button() != Qt::LeftButton)
        return;
    m_drag = Drag::None;
    const Column column = m_axes[std::size_t(a)].column;
    if (m_brushes.count(column))
        commitBrush(column, std::nullopt);
}

void ParallelCoordinates::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !m_brushes.empty()) {
        m_drag = Drag::None;
        clearBrushes();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ParallelCoordinates::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    int a = axisAtPixel(event->pos(), true);
    if (a < 0)
        a = axisAtPixel(event->pos(), false);
    if (a >= 0) {
        const Axis axis = m_axes[std::size_t(a)];
        QAction *log = menu.addAction(tr("Log scale"));
        log->setCheckable(true);
        log->setChecked(axis.log);
        connect(log, &QAction::toggled, this, [this, a](bool on) { setAxisLog(a, on); });
        QAction *flip = menu.addAction(tr("Flip axis"));
        flip->setCheckable(true);
        flip->setChecked(axis.flipped);
        connect(flip, &QAction::toggled, this, [this, a](bool on) { setAxisFlipped(a, on); });
        QAction *clear = menu.addAction(tr("Clear brush"));
        clear->setEnabled(m_brushes.count(axis.column) > 0);
        connect(clear, &QAction::triggered, this, [this, c = axis.column] { commitBrush(c, std::nullopt); });
        QAction *remove = menu.addAction(tr("Remove axis"));
        remove->setEnabled(m_axes.size() > 2);
        connect(remove, &QAction::triggered, this, [this, a] { removeAxis(a); });
        menu.addSeparator();
    }
    QMenu *add = menu.addMenu(tr("Add axis"));
    for (Column c : parallel::allColumns()) {
        if (axisIndex(c) >= 0)
            continue;
        QAction *action = add->addAction(columnLabel(c));
        connect(action, &QAction::triggered, this, [this, c] { addAxis(c); });
    }
    add->setEnabled(!add->isEmpty());
    menu.exec(event->globalPos());
}

} // namespace wattprint
