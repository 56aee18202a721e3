#include "paretoview.h"

#include "anomalydotlayer.h"
#include "axislabelfitter.h"
#include "chartfonts.h"
#include "chartplot.h"
#include "energyticker.h"
#include "filterstate.h"
#include "plotstyle.h"
#include "rubberbandselector.h"
#include "selectionedit.h"
#include "seriespalette.h"
#include "shapepalette.h"
#include "unitlogticker.h"

#include <analysiserror.h>
#include <runcolumns.h>
#include <units.h>

#include <qcustomplot.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QToolBar>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>
#include <map>
#include <set>

namespace wattprint {

namespace {

const QColor CpuColor = seriespalette::cpu();
const QColor GpuColor = seriespalette::gpu();
const QColor FrontierColor(0x10, 0x10, 0x10);
// The per-device step lines: darker than the device's dots so they stand out of their own cloud.
const QColor CpuFrontierColor = CpuColor.darker(140);
const QColor GpuFrontierColor = GpuColor.darker(125);

constexpr int TickPx = 12;
constexpr int LabelPx = 14;
constexpr int LegendPx = 12;
constexpr int MaxColours = 10; // more shapes than this share a grey "other"
constexpr double RunRadius = 1.7;
constexpr double SetupRadius = 2.4;

// Log ticks at round durations (1 s, 10 s, 1 min, 10 min, 1 h, ...), as many as the axis length
// allows with labels at least MinGapPx apart: the coarsest steps first, finer ones where they fit.
class TimeTicker : public QCPAxisTickerLog
{
public:
    explicit TimeTicker(const QCPAxis *axis)
        : m_axis(axis)
    {
        setLogBase(10);
    }

    void generate(const QCPRange &range, const QLocale &locale, QChar formatChar, int precision, QVector<double> &ticks,
                  QVector<double> *subTicks, QVector<QString> *tickLabels) override
    {
        Q_UNUSED(locale)
        Q_UNUSED(formatChar)
        Q_UNUSED(precision)
        ticks.clear();
        if (subTicks)
            subTicks->clear();
        const double lo = range.lower, hi = range.upper;
        if (lo > 0 && hi > lo) {
            const double length = m_axis && m_axis->axisRect() ? std::max(100, m_axis->axisRect()->width()) : 600;
            const double perLog = length / std::log(hi / lo);
            constexpr double MinGapPx = 62;
            constexpr double m = 60, h = 3600, d = 86400;
            // Levels of candidates, coarse to fine.
            static const std::vector<std::vector<double>> levels = {
                {1e-3, 1, m, h, d},
                {1e-2, 1e-1, 10, 10 * m, 10 * h, 10 * d},
                {0.5, 5, 30, 5 * m, 30 * m, 3 * h, 100 * d},
                {0.2, 2, 20, 2 * m, 20 * m, 2 * h, 6 * h, 2 * d, 5 * d},
                {0.3, 3, 15, 3 * m, 15 * m, 12 * h}};
            std::vector<double> chosen;
            for (const auto &level : levels) {
                for (double t0 : level) {
                    // Sub-millisecond values by thousandths of the sub-second candidates.
                    for (double scale : {1e-6, 1e-3, 1.0}) {
                        const double t = t0 * scale;
                        if ((scale != 1.0 && t0 > 1) || t < lo || t > hi)
                            continue;
                        const bool fits = std::all_of(chosen.begin(), chosen.end(), [&](double c) {
                            return std::abs(std::log(t / c)) * perLog >= MinGapPx;
                        });
                        if (fits)
                            chosen.push_back(t);
                    }
                }
            }
            std::sort(chosen.begin(), chosen.end());
            chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
            for (double t : chosen)
                ticks.append(t);
        }
        if (tickLabels) {
            tickLabels->clear();
            for (double t : std::as_const(ticks))
                tickLabels->append(units::duration(t));
        }
    }

private:
    const QCPAxis *m_axis;
};

// Parameter counts on a log axis at powers of ten (and 2, 5 where there is room): "1k", "10M".
class ParameterTicker : public UnitLogTicker
{
public:
    explicit ParameterTicker(const QCPAxis *axis)
        : m_axis(axis)
    {}

protected:
    void placeTicks(const QCPRange &shown, const QLocale &, QChar, int, QVector<double> &ticks,
                    QVector<double> *subTicks) override
    {
        const double lo = shown.lower, hi = shown.upper;
        const double decades = std::max(std::log10(hi / lo), 1e-6);
        const double length = m_axis && m_axis->axisRect() ? m_axis->axisRect()->width() : 600;
        const double perDecade = std::max(length, 100.0) / decades;
        static const DecadeSpacing spacing{40, {{700, {2, 3, 4, 5, 6, 7, 8, 9}}, {220, {2, 5}}}, 30};
        placeDecadeTicks(lo, hi, perDecade, spacing, ticks, subTicks);
    }
    QString label(double value) const override { return units::compactCount(value); }

private:
    const QCPAxis *m_axis;
};

// One legend entry for bubble areas: three circles side by side, each labelled with its
// parameter count below (a plottable's icon would clip the largest circle).
class BubbleSizeLegendItem : public QCPAbstractLegendItem
{
public:
    struct Bubble
    {
        double radius;
        QString label;
    };
    BubbleSizeLegendItem(QCPLegend *legend, QString title, QList<Bubble> bubbles)
        : QCPAbstractLegendItem(legend)
        , m_title(std::move(title))
        , m_bubbles(std::move(bubbles))
    {}

protected:
    void draw(QCPPainter *painter) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        const QFontMetricsF fm(mFont);
        const QRectF r = mRect;
        painter->setFont(mFont);
        painter->setPen(mTextColor);
        painter->drawText(QRectF(r.left(), r.top(), r.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter, m_title);
        const double top = r.top() + fm.height() + 2;
        double x = r.left();
        for (const Bubble &b : m_bubbles) {
            const double w = columnWidth(b, fm);
            painter->setPen(QPen(QColor(0x70, 0x70, 0x70), 1));
            painter->setBrush(QColor(0xd8, 0xd8, 0xd8));
            painter->drawEllipse(QPointF(x + w / 2, top + ParetoView::MaxRadius), b.radius, b.radius);
            painter->setPen(mTextColor);
            painter->drawText(QRectF(x, top + 2 * ParetoView::MaxRadius + 1, w, fm.height()), Qt::AlignCenter, b.label);
            x += w + Gap;
        }
    }
    QSize minimumOuterSizeHint() const override
    {
        const QFontMetricsF fm(mFont);
        double w = 0;
        for (const Bubble &b : m_bubbles)
            w += columnWidth(b, fm) + Gap;
        w = std::max(w - Gap, fm.horizontalAdvance(m_title));
        const double h = 2 * fm.height() + 2 * ParetoView::MaxRadius + 4;
        return QSize(int(std::ceil(w)) + mMargins.left() + mMargins.right(),
                     int(std::ceil(h)) + mMargins.top() + mMargins.bottom());
    }

private:
    static constexpr double Gap = 8;
    static double columnWidth(const Bubble &b, const QFontMetricsF &fm)
    {
        return std::max(2 * b.radius + 2, fm.horizontalAdvance(b.label));
    }
    QString m_title;
    QList<Bubble> m_bubbles;
};

} // namespace

ParetoView::ParetoView(QWidget *parent)
    : ViewPanel(QStringLiteral("pareto"), parent)
    , m_plot(new ChartPlot)
    , m_list(new QListWidget)
    , m_listTitle(new QLabel)
    , m_modeBox(new QComboBox(this))
    , m_colourBox(new QComboBox(this))
{
    // The choosers sit in a row of their own: beside the export actions they overflow a dock.
    QList<QWidget *> controls;
    m_axesBox = new QComboBox(this);
    m_axesBox->setObjectName(QStringLiteral("axesBox"));
    for (const QString &name : paretoAxesNames())
        m_axesBox->addItem(QString(), name);
    // The main choice sits on the toolbar: the row below is as wide as a dock allows.
    addLabelledControl(QStringLiteral("axesLabel"), m_axesBox);
    connect(m_axesBox, &QComboBox::activated, this, [this](int index) {
        setAxes(paretoAxesFromName(m_axesBox->itemData(index).toString()).value_or(DefaultAxes));
    });
    m_modeBox->setObjectName(QStringLiteral("modeBox"));
    m_modeBox->addItem(QString(), QStringLiteral("configurations"));
    m_modeBox->addItem(QString(), QStringLiteral("runs"));
    controls << newBuddyLabel(QStringLiteral("modeLabel"), m_modeBox) << m_modeBox;
    connect(m_modeBox, &QComboBox::activated, this, [this](int index) {
        setPointMode(m_modeBox->itemData(index).toString() == QLatin1String("runs") ? PointMode::Runs
                                                                                    : PointMode::Configurations);
    });
    m_colourBox->setObjectName(QStringLiteral("colourBox"));
    // RunColumns carries no optimizer: BUTTER-E trained everything with Adam, so there is nothing
    // to colour by there; the chooser offers what the data holds.
    m_colourBox->addItem(QString(), QStringLiteral("shape"));
    m_colourBox->addItem(QString(), QStringLiteral("device"));
    m_colourBox->setCurrentIndex(m_colourBy == ColourBy::Device ? 1 : 0);
    controls << newBuddyLabel(QStringLiteral("colourLabel"), m_colourBox) << m_colourBox;
    connect(m_colourBox, &QComboBox::activated, this, [this](int index) {
        setColourBy(m_colourBox->itemData(index).toString() == QLatin1String("device") ? ColourBy::Device
                                                                                       : ColourBy::Shape);
    });

    m_scopeBox = new QComboBox(this);
    m_scopeBox->setObjectName(QStringLiteral("scopeBox"));
    m_scopeBox->addItem(QString(), QStringLiteral("all"));
    m_scopeBox->addItem(QString(), QStringLiteral("dataset"));
    controls << newBuddyLabel(QStringLiteral("scopeLabel"), m_scopeBox) << m_scopeBox;
    connect(m_scopeBox, &QComboBox::activated, this, [this](int index) {
        setFrontierScope(m_scopeBox->itemData(index).toString() == QLatin1String("dataset") ? FrontierScope::PerDataset
                                                                                            : FrontierScope::All);
    });

    m_plot->setObjectName(QStringLiteral("paretoPlot"));
    m_plot->setMinimumSize(320, 240);
    m_plot->setInteractions(QCP::iRangeZoom);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setMouseTracking(true);
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setScaleType(QCPAxis::stLogarithmic);
        axis->grid()->setSubGridVisible(true);
        axis->grid()->setSubGridPen(QPen(QColor(0xf0, 0xf0, 0xf0), 0));
        axis->grid()->setPen(QPen(QColor(0xdc, 0xdc, 0xdc), 0));
        axis->setPadding(4);
    }
    applyAxisTickers(m_axes);
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new EnergyTicker(m_plot->yAxis)));

    m_dots = new AnomalyDotLayer(m_plot->xAxis, m_plot->yAxis);
    m_dots->setLayer(m_plot->layer(QStringLiteral("main")));

    for (QCPCurve *&stair : m_stairs) {
        stair = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
        stair->setPen(QPen(FrontierColor, 2.0));
        stair->setBrush(Qt::NoBrush);
        stair->setLineStyle(QCPCurve::lsLine);
    }
    m_frontierGraph = m_plot->addGraph();
    m_frontierGraph->setLineStyle(QCPGraph::lsNone);
    m_frontierGraph->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(FrontierColor, 1.8), QColor(255, 255, 255, 90), 9));
    m_frontierGraph->setAdaptiveSampling(false);

    // The run time axes' caveat, in the empty lower-right corner (run time and energy rise together).
    m_note = new QCPItemText(m_plot);
    m_note->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_note->position->setCoords(0.99, 0.9); // above the frontier's line along the bottom
    m_note->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    m_note->setTextAlignment(Qt::AlignRight);
    m_note->setColor(QColor(0x40, 0x40, 0x40));
    m_note->setBrush(QColor(255, 255, 255, 225));
    m_note->setPadding(QMargins(6, 3, 6, 3));
    m_note->setClipToAxisRect(true);
    m_note->setVisible(false);

    // Legend inside the top-left corner: run time and energy rise together, so the corner of
    // quick but costly setups stays empty and the chart keeps its full width.
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_plot->legend->setVisible(true);
    m_plot->legend->setBorderPen(QPen(QColor(0xc8, 0xc8, 0xc8), 1));
    m_plot->legend->setBrush(QColor(255, 255, 255, 225));
    m_plot->legend->setMargins(QMargins(6, 4, 8, 4));
    m_plot->legend->setRowSpacing(0);

    m_selector = new RubberBandSelector(m_plot, RubberBandSelector::Shape::Rectangle);
    m_selector->setStartCondition([this](const QMouseEvent *) { return currentLayer() && currentLayer()->size() > 0; });
    connect(m_selector, &RubberBandSelector::rectSelected, this, &ParetoView::selectPointsIn);
    connect(m_selector, &RubberBandSelector::clicked, this, &ParetoView::selectPointAt);
    m_emptyText = addEmptyText(m_plot, font(), 16);

    // A short chart (a dock) gets a legend in two columns so it covers less of the points.
    connect(m_plot, &QCustomPlot::beforeReplot, this, [this] {
        const bool compact = m_plot->height() < 480;
        const int wrap = compact ? 2 : 0; // two columns, or one
        if (m_plot->legend->wrap() != wrap) {
            m_plot->legend->setWrap(wrap);
            m_plot->legend->setFillOrder(compact ? QCPLayoutGrid::foColumnsFirst : QCPLayoutGrid::foRowsFirst, true);
        }
    });
    connect(m_plot, &QCustomPlot::mouseMove, this, &ParetoView::onMouseMove);

    // Side list of the Pareto-optimal setups.
    m_list->setObjectName(QStringLiteral("frontierList"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformItemSizes(false);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { selectFrontierEntry(m_list->row(item)); });
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { selectFrontierEntry(m_list->row(item)); });
    m_listTitle->setObjectName(QStringLiteral("frontierTitle"));
    m_listTitle->setWordWrap(true);
    QFont titleFont = m_listTitle->font();
    titleFont.setBold(true);
    m_listTitle->setFont(titleFont);

    auto *container = new QWidget;
    container->setObjectName(QStringLiteral("paretoChart"));
    auto *column = new QVBoxLayout(container);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *controlRow = new QHBoxLayout;
    controlRow->setContentsMargins(2, 0, 2, 0);
    for (QWidget *w : std::as_const(controls)) {
        controlRow->addWidget(w);
        if (qobject_cast<QComboBox *>(w))
            controlRow->addSpacing(10);
    }
    controlRow->addStretch(1);
    column->addLayout(controlRow);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    column->addLayout(row, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, container);
    splitter->setObjectName(QStringLiteral("paretoSplitter"));
    auto *sidePanel = new QWidget;
    auto *sideLayout = new QVBoxLayout(sidePanel);
    sideLayout->setContentsMargins(4, 0, 0, 0);
    sideLayout->addWidget(m_listTitle);
    sideLayout->addWidget(m_list, 1);
    splitter->addWidget(m_plot);
    splitter->addWidget(sidePanel);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({520, 180});
    row->addWidget(splitter);
    setChartWidget(container);
    m_plot->setFocusPolicy(Qt::StrongFocus);
    styleAxes();
    retranslateUi();
}

double ParetoView::bubbleRadius(std::int64_t size, std::int64_t maxSize)
{
    if (size <= 0 || maxSize <= 0)
        return MinRadius;
    // Area proportional to the parameter count: radius grows with its square root.
    return std::clamp(MaxRadius * std::sqrt(double(size) / double(maxSize)), MinRadius, MaxRadius);
}

QString ParetoView::timeEnergyNote()
{
    return tr(
        "Energy = power \u00D7 run time: the two rise together,\nso this frontier says little about a trade-off.");
}

QString ParetoView::energyText(ParetoAxes axes, double joules)
{
    return axes == ParetoAxes::CapacityEnergyPerDatum ? tr("%1/datum").arg(units::energy(joules))
                                                      : tr("%1/run").arg(units::energy(joules));
}

QString ParetoView::findingFor(const ParetoResult &r, PointMode mode, FrontierScope scope)
{
    if (r.axes == ParetoAxes::TimeEnergy)
        return timeEnergyFinding(r, mode, scope);
    const QLocale locale;
    const bool perRun = mode == PointMode::Runs;
    const ParetoResult::Layer &layer = perRun ? r.perRun : r.perConfiguration;
    if (r.totalRuns == 0)
        return tr("No runs match the filter.");
    const int runs = int(std::min<std::size_t>(r.totalRuns, INT_MAX));
    if (layer.size() == 0)
        return r.axes == ParetoAxes::CapacityEnergyPerDatum
            ? tr("None of the %n run(s) in the filter has a positive energy per datum to place on the log axes.",
                 nullptr, runs)
            : tr("None of the %n run(s) in the filter has a positive energy to place on the log axes.", nullptr, runs);
    std::set<QString> datasets;
    for (const ParetoResult::Frontier &f : layer.perDataset)
        datasets.insert(f.dataset);
    if (scope == FrontierScope::PerDataset && datasets.size() > 1) {
        std::size_t onFrontier[2] = {0, 0};
        for (const ParetoResult::Frontier &f : layer.perDataset)
            onFrontier[f.device == 1 ? 1 : 0] += f.points.size();
        const QString total = locale.toString(qulonglong(onFrontier[0] + onFrontier[1]));
        const QString all = locale.toString(qulonglong(layer.size()));
        const QString n = locale.toString(qulonglong(datasets.size()));
        QString devices;
        if (onFrontier[1] == 0)
            devices = tr("all on CPU");
        else if (onFrontier[0] == 0)
            devices = tr("all on GPU");
        else
            devices = tr("%1 on CPU and %2 on GPU")
                          .arg(locale.toString(qulonglong(onFrontier[0])), locale.toString(qulonglong(onFrontier[1])));
        return (perRun ? tr("Within each of the %1 datasets and each device, %2 of %3 runs are on a frontier (%4): "
                            "the list names the cheapest way to each size in each dataset.")
                       : tr("Within each of the %1 datasets and each device, %2 of %3 setups are on a frontier (%4): "
                            "the list names the cheapest way to each size in each dataset."))
            .arg(n, total, all, devices);
    }
    QStringList parts;
    for (const ParetoResult::Frontier &f : layer.frontiers) {
        if (f.points.empty())
            continue;
        const QString device = deviceName(f.device == 1);
        const QString of = locale.toString(qulonglong(f.candidates));
        const std::size_t top = f.points.back(), bottom = f.points.front();
        const ConfigurationStats &c = r.configurations[layer.configuration[top]];
        const QString setup = tr("%1, %2, depth %3").arg(c.datasetName, c.shapeName).arg(c.depth);
        const QString topText
            = tr("%1 parameters at %2").arg(units::compactCount(layer.x[top]), energyText(r.axes, layer.y[top]));
        if (f.points.size() == 1) {
            parts << (perRun ? tr("%1: 1 of %2 runs is on the frontier, the largest network for the least energy: "
                                  "%3 (a run of %4).")
                             : tr("%1: 1 of %2 setups is on the frontier, the largest network for the least energy: "
                                  "%3 (%4)."))
                         .arg(device, of, topText, setup);
            continue;
        }
        const QString n = locale.toString(qulonglong(f.points.size()));
        const QString bottomText
            = tr("%1 parameters at %2").arg(units::compactCount(layer.x[bottom]), energyText(r.axes, layer.y[bottom]));
        parts << (perRun ? tr("%1: %2 of %3 runs are on the frontier, from the cheapest, %4, up to the most "
                              "capacity, %5 (a run of %6).")
                         : tr("%1: %2 of %3 setups are on the frontier, from the cheapest, %4, up to the most "
                              "capacity, %5 (%6)."))
                     .arg(device, n, of, bottomText, topText, setup);
    }
    return parts.join(QLatin1Char(' '));
}

QString ParetoView::timeEnergyFinding(const ParetoResult &r, PointMode mode, FrontierScope scope)
{
    const QLocale locale;
    const bool perRun = mode == PointMode::Runs;
    const ParetoResult::Layer &layer = perRun ? r.perRun : r.perConfiguration;
    if (r.totalRuns == 0)
        return tr("No runs match the filter.");
    if (layer.size() == 0)
        return tr("None of the %n run(s) in the filter has a positive run time and energy to place on the log axes.",
                  nullptr, int(std::min<std::size_t>(r.totalRuns, INT_MAX)));
    const bool perDataset = scope == FrontierScope::PerDataset && layer.perDataset.size() > 1;
    const std::vector<std::size_t> &frontier = perDataset ? layer.datasetFrontier : layer.frontier;
    const std::size_t f = frontier.size();
    const QString all = locale.toString(qulonglong(layer.size()));
    if (f == 1) {
        const ConfigurationStats &c = r.configurations[layer.configuration[layer.frontier.front()]];
        return perRun ? tr("One run of %1 is on the frontier, both the fastest and the most frugal: a run of %2.")
                            .arg(all, describeConfiguration(c))
                      : tr("One setup of %1 is on the frontier, both the fastest and the most frugal: %2.")
                            .arg(all, describeConfiguration(c));
    }
    std::size_t gpu = 0;
    std::map<QString, std::size_t> shapes;
    for (const std::size_t p : frontier) {
        const ConfigurationStats &c = r.configurations[layer.configuration[p]];
        gpu += c.gpu ? 1 : 0;
        ++shapes[c.shapeName];
    }
    const std::size_t cpu = f - gpu;
    const QString n = locale.toString(qulonglong(f));
    QString devices;
    if (gpu == 0)
        devices = tr("all run on CPU");
    else if (cpu == 0)
        devices = tr("all run on GPU");
    else
        devices
            = tr("%1 run on CPU and %2 on GPU").arg(locale.toString(qulonglong(cpu)), locale.toString(qulonglong(gpu)));

    std::vector<std::pair<QString, std::size_t>> byCount(shapes.begin(), shapes.end());
    std::stable_sort(byCount.begin(), byCount.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    QString shapeText;
    if (byCount.size() == 1) {
        shapeText = tr("all are %1").arg(byCount.front().first);
    } else {
        // Name up to three shapes; more are summed as "other shapes".
        const std::size_t named = byCount.size() <= 3 ? byCount.size() : 2;
        QStringList parts;
        for (std::size_t i = 0; i < named; ++i)
            parts << tr("%1 %2").arg(locale.toString(qulonglong(byCount[i].second)), byCount[i].first);
        if (named < byCount.size()) {
            std::size_t rest = 0;
            for (std::size_t i = named; i < byCount.size(); ++i)
                rest += byCount[i].second;
            parts << tr("%1 in %2 other shapes")
                         .arg(locale.toString(qulonglong(rest)), locale.toString(qulonglong(byCount.size() - named)));
        }
        const QString last = parts.takeLast();
        shapeText = tr("%1 and %2").arg(parts.join(QStringLiteral(", ")), last);
        shapeText = tr("by shape %1").arg(shapeText);
    }
    if (perDataset) {
        const QString datasets = locale.toString(qulonglong(layer.perDataset.size()));
        return (perRun ? tr("Of the %1 runs on the frontiers of their %2 datasets (out of %3), %4; %5.")
                       : tr("Of the %1 setups on the frontiers of their %2 datasets (out of %3), %4; %5."))
            .arg(n, datasets, all, devices, shapeText);
    }
    return (perRun ? tr("Of the %1 runs on the frontier (out of %2), %3; %4.")
                   : tr("Of the %1 setups on the frontier (out of %2), %3; %4."))
        .arg(n, all, devices, shapeText);
}

const ParetoResult::Layer *ParetoView::currentLayer() const
{
    if (!m_result)
        return nullptr;
    return m_mode == PointMode::Runs ? &m_result->perRun : &m_result->perConfiguration;
}

QString ParetoView::pointText(std::size_t point) const
{
    const ParetoResult::Layer *layer = currentLayer();
    if (!layer || point >= layer->size())
        return {};
    const ConfigurationStats &c = m_result->configurations[layer->configuration[point]];
    const std::vector<std::size_t> &frontier = shownFrontier();
    const bool onFrontier = std::find(frontier.begin(), frontier.end(), point) != frontier.end();
    QString text;
    if (m_result->axes != ParetoAxes::TimeEnergy) {
        const bool perDatum = m_result->axes == ParetoAxes::CapacityEnergyPerDatum;
        const QString energy = units::energy(layer->y[point]);
        if (m_mode == PointMode::Runs)
            text = (perDatum ? tr("Run %1 of %2\nEnergy per training datum %3") : tr("Run %1 of %2\nEnergy %3"))
                       .arg(QString::number(layer->runId[point]), describeConfiguration(c), energy);
        else
            text = (perDatum ? tr("%1\nMedian energy per training datum %2 (%n run(s))", nullptr,
                                  int(std::min<std::size_t>(c.n, INT_MAX)))
                             : tr("%1\nMedian energy per run %2 (%n run(s))", nullptr,
                                  int(std::min<std::size_t>(c.n, INT_MAX))))
                       .arg(describeConfiguration(c), energy);
    } else if (m_mode == PointMode::Runs) {
        text = tr("Run %1 of %2\nRun time %3, energy %4")
                   .arg(QString::number(layer->runId[point]), describeConfiguration(c),
                        units::duration(layer->x[point]), units::energy(layer->y[point]));
    } else {
        text = tr("%1\nMedian run time %2, median energy %3 (%n run(s))", nullptr,
                  int(std::min<std::size_t>(c.n, INT_MAX)))
                   .arg(describeConfiguration(c), units::duration(layer->x[point]), units::energy(layer->y[point]));
    }
    if (onFrontier)
        text += QLatin1Char('\n')
            + (m_result->axes == ParetoAxes::TimeEnergy ? tr("On the Pareto frontier")
                                                        : tr("On the %1 Pareto frontier").arg(deviceName(c.gpu)));
    return text;
}

QString ParetoView::valueText(const ParetoResult::Layer &layer, std::size_t point) const
{
    if (m_result && m_result->axes != ParetoAxes::TimeEnergy)
        return energyText(m_result->axes, layer.y[point]);
    return tr("%1, %2").arg(units::duration(layer.x[point]), units::energy(layer.y[point]));
}

QJsonObject ParetoView::saveState() const
{
    QJsonObject state;
    state.insert(QStringLiteral("axes"), paretoAxesName(m_axes));
    state.insert(QStringLiteral("points"),
                 m_mode == PointMode::Runs ? QStringLiteral("runs") : QStringLiteral("configurations"));
    state.insert(QStringLiteral("colourBy"),
                 m_colourBy == ColourBy::Device ? QStringLiteral("device") : QStringLiteral("shape"));
    state.insert(QStringLiteral("frontier"),
                 m_scope == FrontierScope::PerDataset ? QStringLiteral("dataset") : QStringLiteral("all"));
    return state;
}

void ParetoView::restoreState(const QJsonObject &state)
{
    // Layouts saved before the axes were a choice showed run time against energy; they get the
    // new default, as an unknown name does.
    setAxes(paretoAxesFromName(state.value(QStringLiteral("axes")).toString()).value_or(DefaultAxes));
    if (state.contains(QStringLiteral("points")))
        setPointMode(state.value(QStringLiteral("points")).toString() == QLatin1String("runs")
                         ? PointMode::Runs
                         : PointMode::Configurations);
    if (state.contains(QStringLiteral("colourBy")))
        setColourBy(state.value(QStringLiteral("colourBy")).toString() == QLatin1String("device") ? ColourBy::Device
                                                                                                  : ColourBy::Shape);
    if (state.contains(QStringLiteral("frontier")))
        setFrontierScope(state.value(QStringLiteral("frontier")).toString() == QLatin1String("dataset")
                             ? FrontierScope::PerDataset
                             : FrontierScope::All);
}

void ParetoView::setAxes(ParetoAxes axes)
{
    selectData(m_axesBox, paretoAxesName(axes));
    if (!changeOption(m_axes, axes))
        return;
    // The points are other numbers: a new job. Until it comes the old result stays drawn.
    refresh();
}

void ParetoView::applyAxisTickers(ParetoAxes axes)
{
    if (m_tickerAxes == axes)
        return;
    m_tickerAxes = axes;
    if (axes == ParetoAxes::TimeEnergy)
        m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new TimeTicker(m_plot->xAxis)));
    else
        m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new ParameterTicker(m_plot->xAxis)));
}

void ParetoView::setPointMode(PointMode mode)
{
    m_modeBox->setCurrentIndex(mode == PointMode::Runs ? 1 : 0);
    if (mode == m_mode)
        return;
    m_mode = mode;
    // Both layers are in the result already: redraw, no new job.
    rebuildPlot();
    if (m_result)
        setFinding(findingFor(*m_result, m_mode, m_scope));
    emit stateChanged();
}

void ParetoView::setFrontierScope(FrontierScope scope)
{
    m_scopeBox->setCurrentIndex(scope == FrontierScope::PerDataset ? 1 : 0);
    if (scope == m_scope)
        return;
    m_scope = scope;
    rebuildPlot();
    if (m_result)
        setFinding(findingFor(*m_result, m_mode, m_scope));
    emit stateChanged();
}

const std::vector<std::size_t> &ParetoView::shownFrontier() const
{
    static const std::vector<std::size_t> none;
    const ParetoResult::Layer *layer = currentLayer();
    if (!layer)
        return none;
    return m_scope == FrontierScope::PerDataset ? layer->datasetFrontier : layer->frontier;
}

const std::vector<ParetoResult::Frontier> *ParetoView::shownFrontiers() const
{
    const ParetoResult::Layer *layer = currentLayer();
    if (!layer)
        return nullptr;
    return m_scope == FrontierScope::PerDataset ? &layer->perDataset : &layer->frontiers;
}

void ParetoView::setColourBy(ColourBy colourBy)
{
    m_colourBox->setCurrentIndex(colourBy == ColourBy::Device ? 1 : 0);
    if (colourBy == m_colourBy)
        return;
    m_colourBy = colourBy;
    rebuildPlot();
    emit stateChanged();
}

QStringList ParetoView::colourKeys() const
{
    if (m_colourBy == ColourBy::Device || !m_result)
        return {QStringLiteral("CPU"), QStringLiteral("GPU")};
    QStringList shapes;
    for (const ConfigurationStats &c : m_result->configurations) {
        if (!shapes.contains(c.shapeName))
            shapes << c.shapeName;
    }
    std::sort(shapes.begin(), shapes.end(), [](const QString &a, const QString &b) {
        const int ia = shapepalette::sweepIndex(a), ib = shapepalette::sweepIndex(b);
        if ((ia < 0) != (ib < 0))
            return ia >= 0;
        return ia != ib ? ia < ib : a < b;
    });
    if (shapes.size() > MaxColours) {
        shapes = shapes.mid(0, MaxColours - 1);
        shapes << QString(); // "other shapes"
    }
    return shapes;
}

int ParetoView::colourIndexOf(const ConfigurationStats &c, const QStringList &keys) const
{
    if (m_colourBy == ColourBy::Device)
        return c.gpu ? 1 : 0;
    const int i = int(keys.indexOf(c.shapeName));
    return i >= 0 ? i : int(keys.size()) - 1;
}

void ParetoView::applyStyles()
{
    const ParetoResult::Layer *layer = currentLayer();
    if (!layer)
        return;
    const QStringList keys = colourKeys();
    const int colours = std::max<int>(1, int(keys.size()));
    auto colourOf = [&](int k) {
        if (m_colourBy == ColourBy::Device)
            return k == 1 ? GpuColor : CpuColor;
        return keys.value(k).isEmpty() ? QColor(0x88, 0x88, 0x88) : shapepalette::colorForShape(keys.value(k));
    };
    std::vector<AnomalyDotLayer::Style> styles;
    std::vector<std::uint8_t> categories(layer->size(), 0);
    std::vector<int> colourOfConfig(m_result->configurations.size());
    for (std::size_t i = 0; i < m_result->configurations.size(); ++i)
        colourOfConfig[i] = colourIndexOf(m_result->configurations[i], keys);
    const bool withBubbles = m_mode == PointMode::Configurations && m_result->axes == ParetoAxes::TimeEnergy;
    if (!withBubbles) {
        // Runs, or setups on the capacity axes (whose x is the parameter count: no bubble areas).
        const bool runs = m_mode == PointMode::Runs;
        for (int k = 0; k < colours; ++k) {
            QColor fill = colourOf(k);
            fill.setAlpha(runs ? 120 : 110);
            styles.push_back({fill, Qt::transparent, runs ? RunRadius : SetupRadius, true});
        }
        for (std::size_t p = 0; p < layer->size(); ++p)
            categories[p] = std::uint8_t(colourOfConfig[layer->configuration[p]]);
    } else {
        // One category per (radius step, colour); the largest bubbles first so small ones sit on top.
        const double step = (MaxRadius - MinRadius) / std::max(1, 250 / colours - 1);
        const double quantum = std::max(0.5, step);
        const int buckets = int(std::ceil((MaxRadius - MinRadius) / quantum)) + 1;
        for (int b = 0; b < buckets; ++b) {
            const double radius = std::max(MinRadius, MaxRadius - b * quantum);
            for (int k = 0; k < colours; ++k) {
                QColor fill = colourOf(k);
                fill.setAlpha(radius > 4 ? 90 : 150);
                QColor outline = colourOf(k).darker(135);
                outline.setAlpha(200);
                styles.push_back({fill, outline, radius, true});
            }
        }
        for (std::size_t p = 0; p < layer->size(); ++p) {
            const ConfigurationStats &c = m_result->configurations[layer->configuration[p]];
            const double r = bubbleRadius(c.size, m_result->maxSize);
            const int b = std::clamp(int(std::lround((MaxRadius - r) / quantum)), 0, buckets - 1);
            categories[p] = std::uint8_t(b * colours + colourOfConfig[layer->configuration[p]]);
        }
    }
    m_dots->setStyles(std::move(styles));
    m_dots->setCategories(std::move(categories));

    // Legend: colours, bubble sizes, the frontier.
    m_plot->legend->clearItems();
    for (int i = m_plot->graphCount() - 1; i >= 0; --i) {
        if (m_plot->graph(i) != m_frontierGraph)
            m_plot->removeGraph(i);
    }
    for (int k = 0; k < colours; ++k) {
        QCPGraph *g = m_plot->addGraph();
        g->setLineStyle(QCPGraph::lsNone);
        QColor fill = colourOf(k);
        fill.setAlpha(170);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(colourOf(k).darker(135), 1), fill, 9));
        QString name = keys.value(k);
        if (name.isEmpty())
            name = tr("other shapes");
        g->setName(name);
    }
    if (withBubbles && m_result->maxSize > 0) {
        // The largest size, a quarter of it, and the floor all smaller networks share.
        const std::int64_t floorSize = std::int64_t(double(m_result->maxSize) * std::pow(MinRadius / MaxRadius, 2));
        QList<BubbleSizeLegendItem::Bubble> bubbles;
        bubbles.append(
            {bubbleRadius(m_result->maxSize, m_result->maxSize), units::compactCount(double(m_result->maxSize))});
        if (m_result->maxSize / 4 > floorSize)
            bubbles.append({bubbleRadius(m_result->maxSize / 4, m_result->maxSize),
                            units::compactCount(double(m_result->maxSize / 4))});
        if (floorSize > 0)
            bubbles.append({MinRadius, QStringLiteral("\u2264 ") + units::compactCount(double(floorSize))});
        m_plot->legend->addItem(new BubbleSizeLegendItem(m_plot->legend, tr("Area: parameters"), bubbles));
    }
    const bool perDevice = paretoPerDevice(m_result->axes);
    for (int k = 0; k < 2; ++k) {
        QCPCurve *stair = m_stairs[k];
        if (k == 1 && !perDevice)
            continue;
        stair->addToLegend();
        stair->setName(!perDevice ? tr("Pareto frontier") : k == 1 ? tr("GPU frontier") : tr("CPU frontier"));
        // The frontier on top of the dots and the legend graphs.
        stair->setLayer(QStringLiteral("axes"));
    }
    m_frontierGraph->addToLegend();
    m_frontierGraph->setName(m_mode == PointMode::Runs ? tr("Frontier run") : tr("Frontier setup"));
    m_frontierGraph->setLayer(QStringLiteral("axes"));
}

void ParetoView::rebuildPlot()
{
    const ParetoAxes axes = m_result ? m_result->axes : m_axes;
    const bool runs = m_mode == PointMode::Runs;
    applyAxisTickers(axes);
    // A docked chart shortens its y title to the longest that fits (AxisLabelFitter).
    const auto setY = [this](const QString &full, const QString &shorter) {
        AxisLabelFitter::of(m_plot)->setLabels(m_plot->yAxis, {full, shorter});
    };
    if (axes == ParetoAxes::TimeEnergy) {
        m_plot->xAxis->setLabel(runs ? tr("Run time of each run (log scale)")
                                     : tr("Median run time of the setup's runs (log scale)"));
        setY(runs ? tr("Energy per run (log scale)") : tr("Median energy per run (log scale)"), tr("Energy per run"));
    } else {
        m_plot->xAxis->setLabel(tr("Capacity: parameters of the network (log scale)"));
        if (axes == ParetoAxes::CapacityEnergyPerDatum)
            setY(runs ? tr("Energy per training datum of each run (log scale)")
                      : tr("Median energy per training datum (log scale)"),
                 tr("Energy per datum"));
        else
            setY(runs ? tr("Energy per run (log scale)") : tr("Median energy per run (log scale)"),
                 tr("Energy per run"));
    }
    const ParetoResult::Layer *layer = currentLayer();
    const bool empty = !layer || layer->size() == 0;
    m_emptyText->setVisible(empty && m_result);
    m_emptyText->setText(m_result ? findingFor(*m_result, m_mode, m_scope) : QString());
    m_note->setText(timeEnergyNote());
    m_note->setVisible(!empty && axes == ParetoAxes::TimeEnergy);
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setTickLabels(!empty);
        axis->setTicks(!empty);
        axis->grid()->setVisible(!empty);
    }
    for (QCPCurve *stair : m_stairs) {
        stair->data()->clear();
        stair->removeFromLegend();
    }
    m_frontierGraph->data()->clear();
    if (empty) {
        m_dots->clear();
        m_plot->legend->setVisible(false);
        m_plot->xAxis->setRange(1, 10);
        m_plot->yAxis->setRange(1, 10);
        rebuildList();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    m_plot->legend->setVisible(true);
    m_dots->setData(m_result, layer->x, layer->y);
    applyStyles();

    double xlo = layer->x.front(), xhi = layer->x.back();
    const auto [ylo, yhi] = std::minmax_element(layer->y.begin(), layer->y.end());
    const double lx = std::log10(xlo), hx = std::log10(xhi), ly = std::log10(*ylo), hy = std::log10(*yhi);
    const double px = std::max(0.04 * (hx - lx), 0.05), py = std::max(0.04 * (hy - ly), 0.05);
    m_dataX = QCPRange(std::pow(10.0, lx - px), std::pow(10.0, hx + px));
    m_dataY = QCPRange(std::pow(10.0, ly - py), std::pow(10.0, hy + py));

    // The step line(s), carried on to the plot's edges where they bound what the frontier beats:
    // run time axes: up from the fastest frontier point, right from the most frugal one; capacity
    // axes: left from the cheapest point, up from the largest. Several lines on one curve: NaN
    // between them (a gap).
    const bool maximiseX = paretoMaximisesX(axes);
    QVector<double> sx[2], sy[2];
    // Per dataset the lines stay between their points: a dozen edge-to-edge lines would hide the chart.
    auto addStair = [&](int k, const std::vector<double> &stairX, const std::vector<double> &stairY, bool extend) {
        if (stairX.empty())
            return;
        if (!sx[k].isEmpty()) {
            sx[k] << std::numeric_limits<double>::quiet_NaN();
            sy[k] << std::numeric_limits<double>::quiet_NaN();
        }
        if (extend) {
            sx[k] << (maximiseX ? m_dataX.lower / 1e3 : stairX.front());
            sy[k] << (maximiseX ? stairY.front() : m_dataY.upper * 1e3);
        }
        for (std::size_t i = 0; i < stairX.size(); ++i) {
            sx[k] << stairX[i];
            sy[k] << stairY[i];
        }
        if (extend) {
            sx[k] << (maximiseX ? stairX.back() : m_dataX.upper * 1e3);
            sy[k] << (maximiseX ? m_dataY.upper * 1e3 : stairY.back());
        }
    };
    const bool byDataset = showsDatasetFrontiers();
    for (const ParetoResult::Frontier &f : byDataset ? layer->perDataset : layer->frontiers)
        addStair(f.device == 1 ? 1 : 0, f.stairX, f.stairY, !byDataset);
    const bool perDevice = paretoPerDevice(axes);
    for (int k = 0; k < 2; ++k) {
        m_stairs[k]->setData(sx[k], sy[k]);
        const QColor colour = !perDevice ? FrontierColor : k == 1 ? GpuFrontierColor : CpuFrontierColor;
        m_stairs[k]->setPen(QPen(colour, byDataset ? 1.2 : perDevice ? 2.4 : 2.0));
        if (sx[k].isEmpty())
            m_stairs[k]->removeFromLegend();
    }
    QVector<double> fx, fy;
    for (const std::size_t p : shownFrontier()) {
        fx << layer->x[p];
        fy << layer->y[p];
    }
    m_frontierGraph->setData(fx, fy); // sorts: per-dataset lists are not in x order
    rebuildList();
    resetZoom();
}

bool ParetoView::showsDatasetFrontiers() const
{
    const ParetoResult::Layer *layer = currentLayer();
    if (m_scope != FrontierScope::PerDataset || !layer || layer->perDataset.empty())
        return false;
    const QString &first = layer->perDataset.front().dataset;
    return std::any_of(layer->perDataset.begin(), layer->perDataset.end(),
                       [&first](const ParetoResult::Frontier &f) { return f.dataset != first; });
}

void ParetoView::rebuildList()
{
    m_list->clear();
    const ParetoResult::Layer *layer = currentLayer();
    const std::vector<std::size_t> &frontier = shownFrontier();
    if (!layer || frontier.empty()) {
        m_listTitle->setText(tr("Pareto-optimal setups: none"));
        return;
    }
    const QLocale locale;
    const QString count = locale.toString(qulonglong(frontier.size()));
    const bool byDataset = m_scope == FrontierScope::PerDataset;
    if (m_result->axes != ParetoAxes::TimeEnergy) {
        if (m_mode == PointMode::Runs)
            m_listTitle->setText(byDataset
                                     ? tr("Pareto-optimal runs (%1) by dataset and device, smallest first").arg(count)
                                     : tr("Pareto-optimal runs (%1): CPU, then GPU, smallest first").arg(count));
        else
            m_listTitle->setText(byDataset
                                     ? tr("Pareto-optimal setups (%1) by dataset and device, smallest first").arg(count)
                                     : tr("Pareto-optimal setups (%1): CPU, then GPU, smallest first").arg(count));
    } else if (m_mode == PointMode::Runs) {
        m_listTitle->setText(byDataset ? tr("Pareto-optimal runs (%1) by dataset, fastest first").arg(count)
                                       : tr("Pareto-optimal runs (%1), fastest first").arg(count));
    } else {
        m_listTitle->setText(byDataset ? tr("Pareto-optimal setups (%1) by dataset, fastest first").arg(count)
                                       : tr("Pareto-optimal setups (%1), fastest first").arg(count));
    }
    constexpr std::size_t MaxEntries = 500;
    for (std::size_t k = 0; k < frontier.size() && k < MaxEntries; ++k) {
        const std::size_t p = frontier[k];
        const ConfigurationStats &c = m_result->configurations[layer->configuration[p]];
        auto *item = new QListWidgetItem(tr("%1\n%2").arg(describeConfiguration(c), valueText(*layer, p)));
        item->setData(Qt::UserRole, qulonglong(layer->configuration[p]));
        item->setToolTip(pointText(p));
        m_list->addItem(item);
    }
}

void ParetoView::resetZoom()
{
    m_plot->xAxis->setRange(m_dataX);
    m_plot->yAxis->setRange(m_dataY);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ParetoView::applyFailingRuns(FailingRuns failing)
{
    if (m_failing == failing)
        return;
    m_failing = failing;
    refresh();
}

QString ParetoView::qualityNoteSubject() const
{
    return tr("the chart and its frontiers");
}

void ParetoView::requestData()
{
    submitCompute(&ParetoView::showResult, computePareto, m_axes, m_failing);
}

void ParetoView::showResult(std::shared_ptr<const ParetoResult> result)
{
    m_result = std::move(result);
    updateAccessibleName();
    rebuildPlot();
    setFinding(findingFor(*m_result, m_mode, m_scope));
    if (m_result->totalRuns == 0)
        setMessage(tr("No runs match the filter."));
    m_plot->setAccessibleDescription(finding());
    setQualityNote(m_result->failingRuns, m_result->leftOutFailing);
    setReady(true);
}

void ParetoView::applySelection(const std::vector<std::size_t> &configurations)
{
    if (!m_result || configurations.empty())
        return;
    const Filter base = currentFilter();
    const ConfigurationSelection s = selectConfigurations(base, m_result->configurations, configurations,
                                                          m_result->runs);
    proposeFilter(s.filter, s.text);
}

void ParetoView::selectFrontierEntry(int row)
{
    QListWidgetItem *item = m_list->item(row);
    if (!item)
        return;
    applySelection({std::size_t(item->data(Qt::UserRole).toULongLong())});
}

void ParetoView::selectPointsIn(const QRectF &pixelRect)
{
    const ParetoResult::Layer *layer = currentLayer();
    if (!layer)
        return;
    const std::vector<std::size_t> points = m_dots->pointsIn(pixelRect);
    if (points.empty())
        return;
    if (m_mode == PointMode::Configurations) {
        std::vector<std::size_t> configurations;
        for (const std::size_t p : points)
            configurations.push_back(layer->configuration[p]);
        applySelection(configurations);
        return;
    }
    const QList<qint64> ids = runIdsOfRows(layer->runId, points);
    proposeRunSelection(ids,
                        m_result->axes == ParetoAxes::TimeEnergy
                            ? tr("Select %n run(s) by run time and energy", nullptr, int(ids.size()))
                            : tr("Select %n run(s) by parameters and energy", nullptr, int(ids.size())));
}

void ParetoView::onMouseMove(QMouseEvent *event)
{
    if (m_selector->isDragging())
        return;
    if (const auto point = m_dots->pointAt(event->position(), 4))
        QToolTip::showText(event->globalPosition().toPoint(), pointText(*point), m_plot);
    else
        QToolTip::hideText();
}

void ParetoView::selectPointAt(const QPointF &pos)
{
    // A click on a point selects its configuration.
    const ParetoResult::Layer *layer = currentLayer();
    if (const auto point = m_dots->pointAt(pos, 3); point && layer)
        applySelection({layer->configuration[*point]});
}

void ParetoView::renderChart(QPainter *painter, const QRectF &rect, bool vector)
{
    const ParetoResult::Layer *layer = currentLayer();
    const std::vector<std::size_t> &frontier = shownFrontier();
    if (!layer || frontier.empty() || rect.width() < 500) {
        renderPlot(m_plot, painter, rect, vector);
        return;
    }
    // The chart, and beside it the frontier list as text.
    const qreal listW = std::min<qreal>(270, rect.width() * 0.28);
    const QRectF plotRect(rect.left(), rect.top(), rect.width() - listW - 10, rect.height());
    renderPlot(m_plot, painter, plotRect, vector);
    const QRectF listRect(plotRect.right() + 10, rect.top() + 6, listW, rect.height() - 6);
    painter->save();
    const QFont titleFont = pixelFont(font(), 13, true);
    const QFont entryFont = pixelFont(font(), 11);
    const QFont valueFont = pixelFont(font(), 11, true);
    painter->setPen(QColor(0x20, 0x20, 0x20));
    painter->setFont(titleFont);
    const QString title = m_listTitle->text();
    const QRectF titleBounds = painter->boundingRect(listRect, Qt::TextWordWrap | Qt::AlignTop, title);
    painter->drawText(listRect, Qt::TextWordWrap | Qt::AlignTop | Qt::AlignLeft, title);
    qreal y = listRect.top() + titleBounds.height() + 6;
    const QFontMetricsF fm(entryFont);
    const qreal textW = listRect.width() - 6;
    std::size_t shown = 0;
    for (std::size_t k = 0; k < frontier.size(); ++k) {
        const std::size_t p = frontier[k];
        const ConfigurationStats &c = m_result->configurations[layer->configuration[p]];
        const QString what = describeConfiguration(c);
        painter->setFont(entryFont);
        const qreal descH = std::min(2 * fm.height() + 1,
                                     painter->boundingRect(QRectF(0, 0, textW, 1e4), Qt::TextWordWrap, what).height());
        const qreal entryH = descH + fm.height() + 5;
        const bool last = k + 1 == frontier.size();
        if (y + entryH > listRect.bottom() - (last ? 0 : fm.height() + 4))
            break;
        if (k % 2 == 1)
            painter->fillRect(QRectF(listRect.left(), y - 1, listRect.width(), entryH), QColor(0xf4, 0xf6, 0xf8));
        painter->setPen(QColor(0x20, 0x20, 0x20));
        painter->drawText(QRectF(listRect.left() + 3, y, textW, descH), Qt::TextWordWrap | Qt::AlignLeft, what);
        painter->setFont(valueFont);
        painter->setPen(QColor(0x40, 0x40, 0x40));
        painter->drawText(QRectF(listRect.left() + 3, y + descH, textW, fm.height()), Qt::AlignLeft,
                          valueText(*layer, p));
        y += entryH;
        ++shown;
    }
    if (shown < frontier.size()) {
        painter->setFont(entryFont);
        painter->setPen(QColor(0x60, 0x60, 0x60));
        painter->drawText(QRectF(listRect.left() + 3, y, listRect.width(), fm.height() + 2), Qt::AlignLeft,
                          tr("... and %n more", nullptr, int(frontier.size() - shown)));
    }
    painter->restore();
}

void ParetoView::styleAxes()
{
    const QFont base = font();
    styleAxisText(m_plot, base, TickPx, LabelPx, LegendPx);
    m_note->setFont(pixelFont(base, LegendPx));
    m_plot->legend->setIconSize(16, 17); // room for the underscores of shape names
}

void ParetoView::updateAccessibleName()
{
    const ParetoAxes axes = m_result ? m_result->axes : m_axes;
    m_plot->setAccessibleName(axes == ParetoAxes::TimeEnergy
                                  ? tr("Run time against energy with the Pareto frontier")
                                  : tr("Parameters against energy with a Pareto frontier per device"));
}

void ParetoView::retranslateUi()
{
    ViewPanel::retranslateUi();
    setLabelText(QStringLiteral("axesLabel"), tr("Axes:"));
    setChooserTexts(m_axesBox,
                    {tr("Capacity vs energy per datum"), tr("Capacity vs energy per run"), tr("Run time vs energy")},
                    tr("Axes"),
                    tr("Parameters against energy per training datum or per run (a frontier per device), or run "
                       "time against energy (which rise together: energy = power \u00D7 run time)"));
    setLabelText(QStringLiteral("modeLabel"), tr("Points:"));
    setLabelText(QStringLiteral("colourLabel"), tr("Colour by:"));
    setChooserTexts(m_modeBox, {tr("One per setup (median)"), tr("One per run")}, tr("Points"),
                    tr("One bubble per configuration at its medians, or one dot per run"));
    setLabelText(QStringLiteral("scopeLabel"), tr("Frontier:"));
    setChooserTexts(m_scopeBox, {tr("Over all setups"), tr("Within each dataset")}, tr("Frontier"),
                    tr("One frontier over every setup, or one per dataset (setups of different datasets do "
                       "different work)"));
    setChooserTexts(m_colourBox, {tr("Shape"), tr("Device")}, tr("Colour by"),
                    tr("Colour the points by network shape or by device"));
    m_list->setAccessibleName(tr("Pareto-optimal setups"));
    m_list->setToolTip(tr("Click a setup to select it in every view"));
    updateAccessibleName();
    styleAxes();
    rebuildPlot();
}

} // namespace wattprint
