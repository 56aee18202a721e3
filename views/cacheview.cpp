#include "cacheview.h"

#include "anomalydotlayer.h"
#include "axislabelfitter.h"
#include "chartfonts.h"
#include "chartplot.h"
#include "energyticker.h"
#include "filterstate.h"
#include "labelcase.h"
#include "plotstyle.h"
#include "rubberbandselector.h"
#include "seriespalette.h"

#include <analysiserror.h>
#include <descriptive.h>
#include <units.h>

#include <qcustomplot.h>

#include <QCheckBox>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QToolBar>
#include <QToolTip>

#include <algorithm>
#include <array>
#include <cmath>

namespace wattprint {

namespace {

const QColor CpuColor = seriespalette::cpu();
const QColor GpuColor = seriespalette::gpu();
const QColor NoRatioColor(0x9a, 0x9a, 0x9a);
// Diverging purple - grey - green (ColorBrewer PRGn ends), so it does not read as CPU/GPU colours;
// the middle is a grey, not white, so dots the model gets right stay visible.
const QColor UnderColor(0x76, 0x2a, 0x83);
const QColor MidColor(0xc4, 0xc4, 0xc4);
const QColor OverColor(0x1b, 0x78, 0x37);

constexpr int TickPx = 12;
constexpr int LabelPx = 14;
constexpr int LegendPx = 13;
constexpr int RegionPx = 11;
constexpr double RatioLimit = 2.0; // the colour bar spans 1/2 .. 2; beyond it the end colours
constexpr int RatioBins = 11;

constexpr WorkingSetKind AllKinds[] = {WorkingSetKind::Forward, WorkingSetKind::Backward, WorkingSetKind::InterLayerMax,
                                       WorkingSetKind::Dataset};

int ratioBin(double ratio)
{
    const double t = std::clamp(std::log2(ratio) / std::log2(RatioLimit), -1.0, 1.0); // -1..1
    return std::clamp(int(std::floor((t + 1) / 2 * RatioBins)), 0, RatioBins - 1);
}

QColor ratioBinColour(int bin)
{
    const double t = (bin + 0.5) / RatioBins * 2 - 1; // -1..1
    const QColor &end = t < 0 ? UnderColor : OverColor;
    const double a = std::abs(t);
    return QColor::fromRgbF(float(MidColor.redF() + (end.redF() - MidColor.redF()) * a),
                            float(MidColor.greenF() + (end.greenF() - MidColor.greenF()) * a),
                            float(MidColor.blueF() + (end.blueF() - MidColor.blueF()) * a));
}

// Categories of the dot layer when colouring by ratio: 0 = no ratio, then the bins from the middle
// outwards, so the dots the model gets most wrong are drawn on top.
std::array<std::uint8_t, RatioBins> categoryOfRatioBin()
{
    std::array<std::uint8_t, RatioBins> c{};
    const int mid = RatioBins / 2;
    int next = 1;
    c[std::size_t(mid)] = std::uint8_t(next++);
    for (int d = 1; d <= mid; ++d) {
        c[std::size_t(mid - d)] = std::uint8_t(next++);
        c[std::size_t(mid + d)] = std::uint8_t(next++);
    }
    return c;
}

// Powers of two labelled as bytes with binary prefixes.
class ByteTicker : public QCPAxisTickerLog
{
public:
    ByteTicker()
    {
        setLogBase(2);
        setSubTickCount(0);
        setTickCount(7);
    }

protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override { return units::bytes(tick); }
};

QCPGraph *legendEntry(QCustomPlot *plot, const QColor &fill, double size)
{
    QCPGraph *g = plot->addGraph();
    g->setLineStyle(QCPGraph::lsNone);
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, fill, fill, size));
    g->setPen(QPen(fill));
    return g;
}

} // namespace

// The cache levels per device: a labelled strip (CPU at the top of the chart, GPU at the
// bottom), dashed lines at each boundary across the chart, light shading of the levels when one
// device is shown, and the detected jumps marked with their size. Drawn at the current axis
// mapping, so it fits any size and exports as vectors.
class CacheRegionLayer : public QCPLayerable
{
public:
    enum class Part { Background, Foreground };

    CacheRegionLayer(QCPAxis *x, QCPAxis *y, Part part)
        : QCPLayerable(x->parentPlot())
        , m_x(x)
        , m_y(y)
        , m_part(part)
    {}

    struct Device
    {
        bool present = false;
        bool gpu = false;
        std::vector<CacheBoundary> boundaries;
        std::vector<SpillPoint> spills;
        std::vector<double> spillY; // the median where each spill's rise ends (for its marker)
    };
    void setDevices(std::vector<Device> devices) { m_devices = std::move(devices); }
    void setFont(const QFont &font) { m_font = font; }
    static constexpr double StripPx = 17;

protected:
    QRect clipRect() const override { return m_x && m_x->axisRect() ? m_x->axisRect()->rect() : QRect(); }
    void applyDefaultAntialiasingHint(QCPPainter *painter) const override
    {
        applyAntialiasingHint(painter, true, QCP::aeOther);
    }

    void draw(QCPPainter *painter) override
    {
        if (!m_x || !m_y)
            return;
        const QRectF area = clipRect();
        int shown = 0;
        for (const Device &d : m_devices)
            shown += d.present ? 1 : 0;
        for (const Device &d : m_devices) {
            if (!d.present)
                continue;
            const QColor colour = d.gpu ? GpuColor : CpuColor;
            // Level edges in pixels: the left edge of the chart, each boundary, the right edge.
            std::vector<double> edges{area.left()};
            for (const CacheBoundary &b : d.boundaries)
                edges.push_back(std::clamp(m_x->coordToPixel(b.bytes), area.left(), area.right()));
            edges.push_back(area.right());
            if (m_part == Part::Background) {
                if (shown == 1) {
                    for (std::size_t i = 0; i + 1 < edges.size(); ++i) {
                        if (i % 2 == 1)
                            painter->fillRect(QRectF(edges[i], area.top(), edges[i + 1] - edges[i], area.height()),
                                              QColor(colour.red(), colour.green(), colour.blue(), 14));
                    }
                }
                QColor line = colour;
                line.setAlpha(150);
                painter->setPen(QPen(line, 1.2, Qt::DashLine));
                for (std::size_t i = 1; i + 1 < edges.size(); ++i) {
                    if (edges[i] > area.left() && edges[i] < area.right())
                        painter->drawLine(QPointF(edges[i], area.top()), QPointF(edges[i], area.bottom()));
                }
                continue;
            }
            // Foreground: the strip with the level names.
            const double top = d.gpu ? area.bottom() - StripPx : area.top();
            painter->setFont(m_font);
            const QFontMetricsF fm(m_font);
            const QString device = d.gpu ? QObject::tr("GPU") : QObject::tr("CPU");
            for (std::size_t i = 0; i + 1 < edges.size(); ++i) {
                const QRectF cell(edges[i], top, edges[i + 1] - edges[i], StripPx);
                if (cell.width() <= 0.5)
                    continue;
                QColor fill = colour;
                fill.setAlpha(i % 2 == 0 ? 40 : 80);
                painter->fillRect(cell, QColor(Qt::white));
                painter->fillRect(cell, fill);
                const QString level = i < d.boundaries.size() ? d.boundaries[i].level
                    : d.boundaries.empty()                    ? QString()
                                                              : d.boundaries.back().next;
                const QString longText = QStringLiteral("%1 %2").arg(device, level);
                const QString text = fm.horizontalAdvance(longText) + 8 <= cell.width() ? longText
                    : fm.horizontalAdvance(level) + 6 <= cell.width()                   ? level
                                                                                        : QString();
                if (!text.isEmpty()) {
                    painter->setPen(colour.darker(160));
                    painter->drawText(cell, Qt::AlignCenter, text);
                }
            }
            // Each detected jump: a bracket from where the rise starts to where it ends, above the
            // median (CPU) or below it (GPU), with its size.
            QFont bold = m_font;
            bold.setBold(true);
            painter->setFont(bold);
            const QFontMetricsF fb(bold);
            for (std::size_t s = 0; s < d.spills.size(); ++s) {
                const SpillPoint &p = d.spills[s];
                const double x0 = m_x->coordToPixel(std::exp2(p.fromLog2));
                const double x1 = m_x->coordToPixel(std::exp2(p.toLog2));
                const double xs = m_x->coordToPixel(std::exp2(p.atLog2));
                if (xs < area.left() || xs > area.right())
                    continue;
                const double ym = m_y->coordToPixel(d.spillY[s]);
                const double y = d.gpu ? std::min(ym + 26, area.bottom() - StripPx - 4)
                                       : std::max(ym - 26, area.top() + StripPx + 14);
                painter->setPen(QPen(colour.darker(120), 1.6));
                painter->drawLine(QPointF(x0, y), QPointF(x1, y));
                painter->drawLine(QPointF(x0, y - 4), QPointF(x0, y + 4));
                painter->drawLine(QPointF(x1, y - 4), QPointF(x1, y + 4));
                const QString label = QStringLiteral("%1 %2").arg(QChar(0x2191), units::ratio(p.ratio));
                const double w = fb.horizontalAdvance(label) + 6;
                const QRectF box((x0 + x1) / 2 - w / 2, d.gpu ? y + 3 : y - fb.height() - 3, w, fb.height());
                painter->fillRect(box, QColor(255, 255, 255, 215));
                painter->drawText(box, Qt::AlignCenter, label);
            }
        }
    }

private:
    QPointer<QCPAxis> m_x, m_y;
    Part m_part;
    std::vector<Device> m_devices;
    QFont m_font;
};

CacheView::CacheView(QWidget *parent)
    : ViewPanel(QStringLiteral("cache"), parent)
    , m_plot(new ChartPlot)
    , m_kindBox(new QComboBox(this))
    , m_ratioBox(new QCheckBox(this))
{
    m_kindBox->setObjectName(QStringLiteral("kindBox"));
    for (WorkingSetKind k : AllKinds)
        m_kindBox->addItem(QString(), workingSetKindName(k));
    addLabelledControl(QStringLiteral("kindLabel"), m_kindBox);
    m_ratioBox->setObjectName(QStringLiteral("ratioBox"));
    toolBar()->addWidget(m_ratioBox);
    connect(m_kindBox, &QComboBox::activated, this,
            [this](int index) { setKind(workingSetKindFromName(m_kindBox->itemData(index).toString())); });
    connect(m_ratioBox, &QCheckBox::toggled, this, &CacheView::setColourByRatio);

    m_plot->setObjectName(QStringLiteral("cachePlot"));
    m_plot->setMinimumSize(360, 240);
    m_plot->setInteractions(QCP::iRangeZoom);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->xAxis->setScaleType(QCPAxis::stLogarithmic);
    m_plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new ByteTicker));
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new EnergyTicker(m_plot->yAxis)));
    m_plot->xAxis->grid()->setPen(QPen(QColor(0xe0, 0xe0, 0xe0), 0));
    m_plot->yAxis->grid()->setPen(QPen(QColor(0xe4, 0xe4, 0xe4), 0));
    m_plot->xAxis->setPadding(4);
    m_plot->yAxis->setPadding(6);

    // The legend in a row under the chart, as wide as it needs.
    putLegendBelow(m_plot);
    styleRowLegend(m_plot->legend, 16);
    m_plot->legend->setWrap(2);
    m_plot->legend->setVisible(true);

    m_regions = new CacheRegionLayer(m_plot->xAxis, m_plot->yAxis, CacheRegionLayer::Part::Background);
    m_regions->setLayer(QStringLiteral("background"));
    m_plot->addLayer(QStringLiteral("regions"), m_plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    m_regionsTop = new CacheRegionLayer(m_plot->xAxis, m_plot->yAxis, CacheRegionLayer::Part::Foreground);
    m_regionsTop->setLayer(QStringLiteral("regions"));
    m_dots = new AnomalyDotLayer(m_plot->xAxis, m_plot->yAxis);
    m_dots->setLayer(QStringLiteral("main"));

    m_selector = new RubberBandSelector(m_plot, RubberBandSelector::Shape::Span);
    m_selector->setStartCondition([this](const QMouseEvent *event) {
        return event->modifiers() == Qt::NoModifier && m_result && m_result->rowCount() > 0;
    });
    connect(m_selector, &RubberBandSelector::spanSelected, this, &CacheView::selectRange);

    m_emptyText = addEmptyText(m_plot, font(), 16);

    connect(m_plot, &QCustomPlot::mouseMove, this, &CacheView::onMouseMove);

    setChartWidget(m_plot);
    retranslateUi();
}

QJsonObject CacheView::saveState() const
{
    return QJsonObject{{QStringLiteral("workingSet"), workingSetKindName(m_kind)},
                       {QStringLiteral("colourByRatio"), m_colourByRatio}};
}

void CacheView::restoreState(const QJsonObject &state)
{
    try {
        setKind(workingSetKindFromName(state.value(QStringLiteral("workingSet")).toString(QStringLiteral("forward"))));
    } catch (const AnalysisError &) {
    }
    setColourByRatio(state.value(QStringLiteral("colourByRatio")).toBool(false));
}

void CacheView::renderChart(QPainter *painter, const QRectF &rect, bool vector)
{
    renderPlot(m_plot, painter, rect, vector);
}

void CacheView::setKind(WorkingSetKind kind)
{
    selectData(m_kindBox, workingSetKindName(kind));
    if (kind == m_kind)
        return;
    m_kind = kind;
    styleAxes();
    emit stateChanged();
    refresh();
}

void CacheView::setColourByRatio(bool on)
{
    if (m_ratioBox->isChecked() != on)
        m_ratioBox->setChecked(on);
    if (changeOption(m_colourByRatio, on))
        rebuildPlot();
}

QString CacheView::kindLabel(WorkingSetKind kind)
{
    switch (kind) {
    case WorkingSetKind::Forward: return tr("Forward working set");
    case WorkingSetKind::Backward: return tr("Backward working set");
    case WorkingSetKind::InterLayerMax: return tr("Inter-layer working set (largest layer)");
    case WorkingSetKind::Dataset: return tr("Dataset working set");
    }
    return {};
}

QString CacheView::kindShortLabel(WorkingSetKind kind)
{
    switch (kind) {
    case WorkingSetKind::Forward: return tr("Forward");
    case WorkingSetKind::Backward: return tr("Backward");
    case WorkingSetKind::InterLayerMax: return tr("Inter-layer (largest layer)");
    case WorkingSetKind::Dataset: return tr("Dataset");
    }
    return {};
}

QString CacheView::findingFor(const CacheSpillResult &r)
{
    if (r.totalRuns == 0)
        return tr("No runs match the filter.");
    if (r.rowCount() == 0)
        return tr("None of the %1 runs in the filter is of a dataset and shape the energy model knows, so no "
                  "working set can be computed.")
            .arg(QLocale().toString(qulonglong(r.totalRuns)));
    if (!r.cpu.present() && !r.gpu.present())
        return tr("None of the runs in the filter has a positive energy per datum to show on a log axis.");
    const QString set = inSentence(kindLabel(r.kind));
    QStringList parts;
    for (bool gpu : {false, true}) {
        const CacheSpillResult::DeviceSeries &dev = r.device(gpu);
        if (!dev.present())
            continue;
        const QString device = gpu ? tr("GPU") : tr("CPU");
        if (dev.binning.bins.size() < 3) {
            parts << tr("%1 runs cover too few sizes to show a jump").arg(device);
            continue;
        }
        if (dev.spills.empty()) {
            parts << tr("%1 energy per datum shows no jump beyond its usual slope").arg(device);
            continue;
        }
        const SpillPoint &s = dev.spills.front();
        // The smaller jumps at other boundaries, largest first (at most two), in brackets.
        QStringList also;
        for (std::size_t k = 1; k < dev.spills.size() && also.size() < 2; ++k) {
            if (dev.spills[k].boundary >= 0 && dev.spills[k].boundary != s.boundary)
                also << tr("%1 across %2")
                            .arg(units::ratio(dev.spills[k].ratio),
                                 dev.boundaries[std::size_t(dev.spills[k].boundary)].level);
        }
        if (s.boundary >= 0) {
            const CacheBoundary &b = dev.boundaries[std::size_t(s.boundary)];
            parts << (also.isEmpty() ? tr("%1 energy per datum rises %2 across the %3 boundary (%4, into %5)")
                                           .arg(device, units::ratio(s.ratio), b.level, units::bytes(b.bytes), b.next)
                                     : tr("%1 energy per datum rises %2 across the %3 boundary (%4, into %5; also %6)")
                                           .arg(device, units::ratio(s.ratio), b.level, units::bytes(b.bytes), b.next,
                                                also.join(tr(" and "))));
        } else {
            parts << tr("%1 energy per datum rises %2 between %3 and %4, away from any cache boundary")
                         .arg(device, units::ratio(s.ratio), units::bytes(std::exp2(s.fromLog2)),
                              units::bytes(std::exp2(s.toLog2)));
        }
    }
    QString only;
    if (!r.cpu.present() || !r.gpu.present())
        only = r.cpu.present() ? tr(" (only CPU runs match the filter)") : tr(" (only GPU runs match the filter)");
    return tr("As the %1 grows, %2%3.").arg(set, parts.join(tr("; ")), only);
}

QList<qint64> CacheView::runIdsInRange(const CacheSpillResult &r, double lo, double hi)
{
    if (lo > hi)
        std::swap(lo, hi);
    QList<qint64> ids;
    const auto a = std::lower_bound(r.x.begin(), r.x.end(), lo);
    const auto b = std::upper_bound(a, r.x.end(), hi);
    for (auto it = a; it != b; ++it)
        ids.append(r.id[std::size_t(it - r.x.begin())]);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QString CacheView::describeRun(const CacheSpillResult &r, std::size_t row)
{
    const CacheSpillResult::Configuration &c = r.configurations[std::size_t(r.configuration[row])];
    QString text = tr("%1 run %2\n%3, %4, depth %5, size %6\n%7: %8\nEnergy per datum: %9")
                       .arg(c.gpu ? tr("GPU") : tr("CPU"), QString::number(r.id[row]), r.datasetNames.value(c.dataset),
                            r.shapeNames.value(c.shape), QString::number(c.depth), QLocale().toString(c.size),
                            kindLabel(r.kind), units::bytes(c.bytes), units::energy(r.y[row]));
    if (std::isfinite(r.ratio[row]))
        text += tr("\nModel: %1 (predicted / measured %2)")
                    .arg(units::energy(c.predicted), QLocale().toString(r.ratio[row], 'f', 2));
    return text;
}

void CacheView::selectRange(double lo, double hi)
{
    if (!m_result || !std::isfinite(lo) || !std::isfinite(hi))
        return;
    if (lo > hi)
        std::swap(lo, hi);
    const QList<qint64> ids = runIdsInRange(*m_result, lo, hi);
    if (ids.isEmpty())
        return;
    const QString text = tr("Select %n run(s) with a %1 of %2 to %3", nullptr, int(ids.size()))
                             .arg(inSentence(kindLabel(m_kind)), units::bytes(lo), units::bytes(hi));
    proposeRunSelection(ids, text);
}

void CacheView::resetZoom()
{
    m_plot->xAxis->setRange(m_xLo, m_xHi);
    m_plot->yAxis->setRange(m_yLo, m_yHi);
    m_plot->replot();
}

void CacheView::applyFailingRuns(FailingRuns failing)
{
    if (m_failing == failing)
        return;
    m_failing = failing;
    refresh();
}

QString CacheView::qualityNoteSubject() const
{
    return tr("the chart and the energy model");
}

void CacheView::requestData()
{
    submitCompute(&CacheView::showResult, computeCacheSpill, m_kind, m_failing);
}

void CacheView::showResult(std::shared_ptr<const CacheSpillResult> result)
{
    m_result = std::move(result);
    rebuildPlot();
    setFinding(findingFor(*m_result));
    QStringList notes;
    if (m_result->unknownRuns > 0)
        notes << tr("%n run(s) of a dataset or shape the energy model does not know are left out.", nullptr,
                    int(std::min<std::size_t>(m_result->unknownRuns, INT_MAX)));
    if (m_result->nonPositive > 0)
        notes << tr("%n run(s) with a missing, zero or negative energy per datum are not drawn.", nullptr,
                    int(std::min<std::size_t>(m_result->nonPositive, INT_MAX)));
    if (m_colourByRatio && !m_result->fitProblem.isEmpty())
        notes << tr("The energy model could not be fitted: %1.").arg(m_result->fitProblem);
    setMessage(notes.join(QLatin1Char(' ')));
    setQualityNote(m_result->failingRuns, m_result->leftOutFailing);
    setReady(true);
}

void CacheView::retranslateUi()
{
    ViewPanel::retranslateUi();
    setLabelText(QStringLiteral("kindLabel"), tr("Working set:"));
    for (int i = 0; i < m_kindBox->count(); ++i)
        m_kindBox->setItemText(i, kindShortLabel(workingSetKindFromName(m_kindBox->itemData(i).toString())));
    m_kindBox->setAccessibleName(tr("Working set"));
    m_kindBox->setToolTip(tr("Which working set of each network goes on the horizontal axis"));
    m_ratioBox->setText(tr("Colour by model ratio"));
    m_ratioBox->setAccessibleName(tr("Colour runs by the energy model's predicted / measured ratio"));
    m_ratioBox->setToolTip(tr("Colour each run by the fitted energy model's prediction divided by its measurement"));
    styleAxes();
    rebuildPlot();
}

void CacheView::styleAxes()
{
    const QFont base = font();
    m_plot->xAxis->setLabel(tr("%1 (bytes, log2 scale)").arg(kindLabel(m_kind)));
    AxisLabelFitter::of(m_plot)->setLabels(m_plot->yAxis,
                                           {tr("Energy per datum (%1, log scale)").arg(units::energySymbol()),
                                            tr("Energy per datum (%1)").arg(units::energySymbol()),
                                            tr("Energy (%1)").arg(units::energySymbol())});
    styleAxisText(m_plot, base, TickPx, LabelPx, LegendPx);
    m_regions->setFont(pixelFont(base, RegionPx));
    m_regionsTop->setFont(pixelFont(base, RegionPx));
    m_plot->setAccessibleName(tr("Energy per datum against the %1").arg(inSentence(kindLabel(m_kind))));
}

void CacheView::applyColouring()
{
    const std::shared_ptr<const CacheSpillResult> r = m_result;
    if (!r || r->rowCount() == 0)
        return;
    std::vector<std::uint8_t> cat(r->rowCount(), 0);
    std::vector<AnomalyDotLayer::Style> styles;
    if (m_colourByRatio) {
        const auto catOf = categoryOfRatioBin();
        styles.resize(RatioBins + 1);
        styles[0] = {QColor(NoRatioColor.red(), NoRatioColor.green(), NoRatioColor.blue(), 90), Qt::transparent, 1.6};
        for (int b = 0; b < RatioBins; ++b) {
            QColor c = ratioBinColour(b);
            c.setAlpha(150);
            styles[catOf[std::size_t(b)]] = {c, Qt::transparent, 1.7};
        }
        for (std::size_t i = 0; i < cat.size(); ++i)
            cat[i] = std::isfinite(r->ratio[i]) ? catOf[std::size_t(ratioBin(r->ratio[i]))] : 0;
    } else {
        styles = {{QColor(CpuColor.red(), CpuColor.green(), CpuColor.blue(), 95), Qt::transparent, 1.7},
                  {QColor(GpuColor.red(), GpuColor.green(), GpuColor.blue(), 105), Qt::transparent, 1.7}};
        for (std::size_t i = 0; i < cat.size(); ++i)
            cat[i] = r->configurations[std::size_t(r->configuration[i])].gpu ? 1 : 0;
    }
    m_dots->setStyles(std::move(styles));
    m_dots->setCategories(std::move(cat));
}

void CacheView::rebuildPlot()
{
    m_plot->clearGraphs();
    m_plot->legend->clearItems();
    if (m_colourScale) {
        m_plot->plotLayout()->remove(m_colourScale);
        m_plot->plotLayout()->simplify();
        m_colourScale = nullptr;
    }
    const std::shared_ptr<const CacheSpillResult> r = m_result;
    const bool empty = !r || (!r->cpu.present() && !r->gpu.present());
    m_emptyText->setVisible(empty && r);
    m_emptyText->setText(r ? findingFor(*r) : QString());
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setTickLabels(!empty);
        axis->setTicks(!empty);
        axis->grid()->setVisible(!empty);
    }
    if (empty) {
        m_dots->clear();
        m_regions->setDevices({});
        m_regionsTop->setDevices({});
        m_plot->legend->setVisible(false);
        m_plot->xAxis->setRange(1024, 1024 * 1024);
        m_plot->yAxis->setRange(1e-3, 1);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    m_plot->legend->setVisible(true);
    m_dots->setData(r, r->x, r->y);
    applyColouring();

    const QLocale locale;
    std::vector<CacheRegionLayer::Device> devices;
    double yLo = std::numeric_limits<double>::infinity(), yHi = 0;
    for (bool gpu : {false, true}) {
        const CacheSpillResult::DeviceSeries &dev = r->device(gpu);
        CacheRegionLayer::Device rd;
        rd.present = dev.present();
        rd.gpu = gpu;
        rd.boundaries = dev.boundaries;
        rd.spills = dev.spills;
        for (const SpillPoint &s : dev.spills)
            rd.spillY.push_back(gpu ? std::min(dev.binning.bins[s.toBin].median, dev.binning.bins[s.fromBin].median)
                                    : std::max(dev.binning.bins[s.toBin].median, dev.binning.bins[s.fromBin].median));
        devices.push_back(rd);
        if (!dev.present())
            continue;
        const QColor colour = gpu ? GpuColor : CpuColor;
        if (!m_colourByRatio) {
            QCPGraph *entry = legendEntry(m_plot, colour, 7);
            entry->setName(
                tr("%1 runs (n = %2)").arg(gpu ? tr("GPU") : tr("CPU"), locale.toString(qulonglong(dev.plotted))));
        }
        QVector<double> x, q1, med, q3;
        for (const Log2Bin &b : dev.binning.bins) {
            x << std::exp2(b.centerLog2);
            q1 << b.q1;
            med << b.median;
            q3 << b.q3;
            yLo = std::min(yLo, b.q1);
            yHi = std::max(yHi, b.q3);
        }
        QCPGraph *low = m_plot->addGraph();
        low->setData(x, q1, true);
        low->setPen(Qt::NoPen);
        low->removeFromLegend();
        QCPGraph *high = m_plot->addGraph();
        high->setData(x, q3, true);
        QColor edge = colour;
        edge.setAlpha(110);
        high->setPen(QPen(edge, 0.8));
        low->setPen(QPen(edge, 0.8));
        QColor fill = colour;
        fill.setAlpha(m_colourByRatio ? 35 : 55);
        high->setBrush(fill);
        high->setChannelFillGraph(low);
        high->removeFromLegend();
        QCPGraph *line = m_plot->addGraph();
        line->setData(x, med, true);
        line->setPen(QPen(colour.darker(125), 2.4));
        line->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(colour.darker(125), 1.4), Qt::white, 6));
        line->setName(tr("%1 median, band: middle half").arg(gpu ? tr("GPU") : tr("CPU")));
    }
    m_regions->setDevices(devices);
    m_regionsTop->setDevices(devices);

    if (m_colourByRatio) {
        QCPGraph *none = legendEntry(m_plot, NoRatioColor, 7);
        none->setName(tr("No model prediction"));
        if (!r->fitProblem.isEmpty())
            none->setName(tr("Runs (model not fitted)"));
        m_colourScale = new QCPColorScale(m_plot);
        m_plot->plotLayout()->addElement(0, 1, m_colourScale);
        m_plot->plotLayout()->setColumnStretchFactor(1, 0.001);
        m_colourScale->setType(QCPAxis::atRight);
        m_colourScale->setDataScaleType(QCPAxis::stLogarithmic);
        m_colourScale->setDataRange(QCPRange(1 / RatioLimit, RatioLimit));
        QCPColorGradient g;
        g.clearColorStops();
        g.setColorStopAt(0, UnderColor);
        g.setColorStopAt(0.5, MidColor);
        g.setColorStopAt(1, OverColor);
        g.setLevelCount(RatioBins);
        m_colourScale->setGradient(g);
        m_colourScale->setBarWidth(12);
        auto ticker = QSharedPointer<QCPAxisTickerText>::create();
        ticker->addTick(0.5, QStringLiteral("\u2264 0.5"));
        ticker->addTick(0.707, QStringLiteral("0.7"));
        ticker->addTick(1.0, QStringLiteral("1"));
        ticker->addTick(1.414, QStringLiteral("1.4"));
        ticker->addTick(2.0, QStringLiteral("\u2265 2"));
        m_colourScale->axis()->setTicker(ticker);
        m_colourScale->axis()->setLabel(tr("Model predicted / measured"));
        m_colourScale->axis()->setTickLabelFont(pixelFont(font(), TickPx));
        m_colourScale->axis()->setLabelFont(pixelFont(font(), LabelPx - 1));
        auto *group = new QCPMarginGroup(m_plot);
        m_plot->axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, group);
        m_colourScale->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    }

    // Axis ranges: all dots across, the bands (and most dots) up, with room for the strips.
    const double xMin = r->x.front() > 0 ? r->x.front() : 1;
    const double xMax = std::max(r->x.back(), xMin * 2);
    std::vector<double> ys;
    ys.reserve(r->y.size());
    for (double v : r->y) {
        if (std::isfinite(v) && v > 0)
            ys.push_back(v);
    }
    if (!ys.empty()) {
        static constexpr double qs[] = {0.002, 0.998};
        const std::vector<double> q = stats::quantilesInPlace(ys, qs);
        yLo = std::min(yLo, q[0]);
        yHi = std::max(yHi, q[1]);
    }
    if (!(yLo > 0) || !(yHi > yLo))
        yLo = yHi > 0 ? yHi / 10 : 1e-3, yHi = yLo * 10;
    const double decades = std::log10(yHi / yLo);
    m_xLo = std::exp2(std::log2(xMin) - 0.6);
    m_xHi = std::exp2(std::log2(xMax) + 0.6);
    m_yLo = std::pow(10.0, std::log10(yLo) - 0.14 * decades - 0.05);
    m_yHi = std::pow(10.0, std::log10(yHi) + 0.16 * decades + 0.05);
    resetZoom();
}

void CacheView::onMouseMove(QMouseEvent *event)
{
    if (m_selector->isDragging() || !m_result || m_result->rowCount() == 0)
        return;
    if (const auto i = m_dots->pointAt(event->position(), 4))
        QToolTip::showText(event->globalPosition().toPoint(), describeRun(*m_result, *i), m_plot);
    else
        QToolTip::hideText();
}

} // namespace wattprint
