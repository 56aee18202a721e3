#include "depthview.h"

#include "chartfonts.h"
#include "chartplot.h"
#include "energyticker.h"
#include "filterstate.h"
#include "labelcase.h"
#include "plotclick.h"
#include "plotstyle.h"
#include "shapepalette.h"

#include <units.h>

#include <qcustomplot.h>

#include <QComboBox>
#include <QFontMetricsF>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QResizeEvent>
#include <QSpinBox>
#include <QToolBar>
#include <QToolTip>

#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>
#include <map>

namespace wattprint {

namespace {

constexpr int TitlePx = 13;
constexpr int CaptionPx = 11;
constexpr int TickPx = 10;
constexpr int LabelPx = 11;
constexpr int LegendPx = 12;
// A small multiple is at least this wide (and its caption's width) and this tall.
constexpr int MinCellWidth = 170;
constexpr int MinRowHeight = 150;

const QColor DepartColor(0xc0, 0x1c, 0x1c);
const QColor OverallColor(0x20, 0x20, 0x20);
const QColor FitColor(0x70, 0x70, 0x70);
// Size bands: a sequential ramp (light to dark blue-green) so that order reads as size.
const QColor BandColors[DepthSizeBands] = {QColor(0x7f, 0xc9, 0x7f), QColor(0x41, 0xa6, 0xb5), QColor(0x22, 0x5e, 0xa8),
                                           QColor(0x25, 0x25, 0x6b)};

QString percentText(double ratio)
{
    return units::signedPercent((ratio - 1.0) * 100.0, 0);
}

// "mnist", "mnist and sleep", "adult, mnist and sleep"
QString listText(const QStringList &names)
{
    if (names.size() <= 1)
        return names.value(0);
    return DepthView::tr("%1 and %2").arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
}

QColor groupColor(DepthGrouping grouping, int key)
{
    if (grouping == DepthGrouping::SizeBand)
        return BandColors[std::clamp(key, 0, DepthSizeBands - 1)];
    return shapepalette::colorAt(key);
}

// A line through the medians of `points` by depth, on the axes x, y; the caller styles it.
QCPGraph *addMedianGraph(QCustomPlot *plot, QCPAxis *x, QCPAxis *y, const std::vector<DepthPoint> &points)
{
    QVector<double> keys, values;
    for (const DepthPoint &p : points) {
        keys << p.depth;
        values << p.median;
    }
    QCPGraph *graph = plot->addGraph(x, y);
    graph->setData(keys, values, true);
    return graph;
}

} // namespace

DepthView::DepthView(QWidget *parent)
    : ViewPanel(QStringLiteral("depth"), parent)
    , m_plot(new ChartPlot)
    , m_metricBox(new QComboBox(this))
    , m_groupingBox(new QComboBox(this))
    , m_toleranceBox(new QSpinBox(this))
{
    m_metricBox->setObjectName(QStringLiteral("metricBox"));
    for (DepthMetric m : {DepthMetric::Energy, DepthMetric::EnergyPerDatum})
        m_metricBox->addItem(QString(), metricName(m));
    m_groupingBox->setObjectName(QStringLiteral("groupingBox"));
    m_groupingBox->addItem(QString(), QStringLiteral("shape"));
    m_groupingBox->addItem(QString(), QStringLiteral("size"));
    m_toleranceBox->setObjectName(QStringLiteral("toleranceBox"));
    m_toleranceBox->setRange(1, 500);
    m_toleranceBox->setSingleStep(5);
    m_toleranceBox->setValue(qRound(m_tolerance * 100));
    m_toleranceBox->setSuffix(QStringLiteral(" %"));
    m_toleranceBox->setKeyboardTracking(false);
    addLabelledControl(QStringLiteral("metricLabel"), m_metricBox);
    toolBar()->addSeparator();
    addLabelledControl(QStringLiteral("groupingLabel"), m_groupingBox);
    toolBar()->addSeparator();
    addLabelledControl(QStringLiteral("toleranceLabel"), m_toleranceBox);
    connect(m_metricBox, &QComboBox::activated, this, [this](int index) {
        setMetric(m_metricBox->itemData(index).toString() == metricName(DepthMetric::EnergyPerDatum)
                      ? DepthMetric::EnergyPerDatum
                      : DepthMetric::Energy);
    });
    connect(m_groupingBox, &QComboBox::activated, this, [this](int index) {
        setGrouping(m_groupingBox->itemData(index).toString() == QLatin1String("size") ? DepthGrouping::SizeBand
                                                                                       : DepthGrouping::Shape);
    });
    connect(m_toleranceBox, &QSpinBox::valueChanged, this, [this](int percent) { setTolerance(percent / 100.0); });

    m_plot->setObjectName(QStringLiteral("depthPlot"));
    m_plot->setMinimumSize(480, 320);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this); // fewer columns when narrow
    connect(new PlotClick(m_plot), &PlotClick::clicked, this, &DepthView::onClick);
    connect(m_plot, &QCustomPlot::mouseMove, this, &DepthView::onMouseMove);

    setChartWidget(m_plot);
    retranslateUi();
}

QString DepthView::howToRead() const
{
    return tr("<p>One small chart per dataset, all on the same axes so they compare at a glance. Across: the "
              "network's depth (layers, counting the output layer). Up: the median %1 of the runs at that depth, on a "
              "logarithmic scale (every step of ten times takes the same height).</p>"
              "<p>Each coloured line is one network shape (or one band of parameter counts, see <i>Lines</i>); the "
              "shaded band around it holds the middle half of its runs (from the 25th to the 75th percentile).</p>"
              "<p>The black circles are the median of all the dataset's runs at each depth. The dashed grey line is "
              "a straight line fitted to those medians at depths %2-%3. Where the circles move away from it by more "
              "than the tolerance, energy has stopped growing linearly with depth: that depth is marked with a red "
              "ring and a red dotted line, and the caption under the dataset's name says so. The line looks bent "
              "only because the vertical axis is logarithmic.</p>"
              "<p>Click a chart to keep only its dataset; click a line or a legend entry to keep only that shape "
              "(or size band). Ctrl+Z undoes the selection.</p>")
        .arg(inSentence(metricLabel(m_metric)))
        .arg(DepthFitMin)
        .arg(DepthFitMax);
}

QString DepthView::metricName(DepthMetric metric)
{
    return metric == DepthMetric::EnergyPerDatum ? QStringLiteral("energy_per_datum") : QStringLiteral("energy");
}

QString DepthView::metricLabel(DepthMetric metric)
{
    return metric == DepthMetric::EnergyPerDatum ? tr("Energy per datum") : tr("Energy per run");
}

QString DepthView::captionFor(const DepthPanel &panel, double tolerance)
{
    const QString tol = units::percent(tolerance * 100, 0);
    switch (panel.verdict) {
    case DepthPanel::Verdict::Departs:
        if (!std::isfinite(panel.departureRatio))
            return tr("departs at depth %1 (the line ends)").arg(panel.departureDepth);
        return tr("departs at depth %1 (%2)").arg(panel.departureDepth).arg(percentText(panel.departureRatio));
    case DepthPanel::Verdict::StaysLinear:
        return tr("linear up to depth %1 (within %2)").arg(panel.lastLinearDepth).arg(tol);
    case DepthPanel::Verdict::NoDeeperDepths: return tr("no depth beyond %1 to check").arg(DepthFitMax);
    case DepthPanel::Verdict::TooFewShallowDepths: break;
    }
    return tr("too few of depths %1-%2 to fit a line").arg(DepthFitMin).arg(DepthFitMax);
}

QString DepthView::findingFor(const DepthResult &r)
{
    if (r.totalRuns == 0)
        return tr("No runs match the filter.");
    if (r.panels.empty())
        return tr("None of the %1 runs in the filter has a positive %2 to show on a log axis.")
            .arg(QLocale().toString(qulonglong(r.totalRuns)), inSentence(metricLabel(r.metric)));
    std::vector<const DepthPanel *> fitted;
    for (const DepthPanel &p : r.panels) {
        if (p.fit)
            fitted.push_back(&p);
    }
    const QString tol = units::percent(r.tolerance * 100, 0);
    const QString what = r.metric == DepthMetric::EnergyPerDatum ? tr("Energy per datum") : tr("Energy");
    if (fitted.empty())
        return tr("No dataset in the filter has runs at two or more of depths %1-%2, so no straight line can be "
                  "fitted to the shallow depths.")
            .arg(DepthFitMin)
            .arg(DepthFitMax);
    int rising = 0;
    for (const DepthPanel *p : fitted)
        rising += p->fit->slope > 0 ? 1 : 0;
    const bool grows = 2 * rising >= int(fitted.size());
    if (fitted.size() == 1) {
        const DepthPanel &p = *fitted.front();
        switch (p.verdict) {
        case DepthPanel::Verdict::Departs:
            if (!std::isfinite(p.departureRatio))
                return (grows ? tr("On %1, %2 grows about linearly with depth up to depth %3; the straight line fitted "
                                   "to depths %4-%5 falls to zero before depth %6.")
                              : tr("On %1, %2 falls about linearly with depth up to depth %3; the straight line "
                                   "fitted to depths %4-%5 falls to zero before depth %6."))
                    .arg(p.dataset, inSentence(what))
                    .arg(p.lastLinearDepth)
                    .arg(DepthFitMin)
                    .arg(DepthFitMax)
                    .arg(p.departureDepth);
            return (grows ? tr("On %1, %2 grows about linearly with depth up to depth %3, then departs from the "
                               "straight line fitted to depths %4-%5 by %6 at depth %7.")
                          : tr("On %1, %2 falls about linearly with depth up to depth %3, then departs from the "
                               "straight line fitted to depths %4-%5 by %6 at depth %7."))
                .arg(p.dataset, inSentence(what))
                .arg(p.lastLinearDepth)
                .arg(DepthFitMin)
                .arg(DepthFitMax)
                .arg(percentText(p.departureRatio))
                .arg(p.departureDepth);
        case DepthPanel::Verdict::StaysLinear:
            return (grows ? tr("On %1, %2 grows about linearly with depth up to depth %3: every depth stays within %4 "
                               "of the straight line fitted to depths %5-%6.")
                          : tr("On %1, %2 falls about linearly with depth up to depth %3: every depth stays within %4 "
                               "of the straight line fitted to depths %5-%6."))
                .arg(p.dataset, inSentence(what))
                .arg(p.lastLinearDepth)
                .arg(tol)
                .arg(DepthFitMin)
                .arg(DepthFitMax);
        default:
            return tr("On %1, the filter holds no depth beyond %2, so there is nothing deeper to compare with the "
                      "straight line fitted to depths %3-%2.")
                .arg(p.dataset)
                .arg(DepthFitMax)
                .arg(DepthFitMin);
        }
    }

    // Linear "up to depth X on most datasets": X is the deepest depth that more than half of the
    // fitted datasets stay linear through.
    std::vector<int> linearThrough;
    std::vector<const DepthPanel *> departing;
    int deepest = 0;
    for (const DepthPanel *p : fitted) {
        linearThrough.push_back(p->lastLinearDepth);
        deepest = std::max(deepest, p->overall.back().depth);
        if (p->verdict == DepthPanel::Verdict::Departs)
            departing.push_back(p);
    }
    std::sort(linearThrough.begin(), linearThrough.end(), std::greater<int>());
    const int most = linearThrough[linearThrough.size() / 2];
    const int total = int(fitted.size());
    if (departing.empty())
        return (grows ? tr("%1 grows about linearly with depth on all %2 datasets: none departs by more than %3 from "
                           "the straight line fitted to depths %4-%5, up to depth %6.")
                      : tr("%1 falls about linearly with depth on all %2 datasets: none departs by more than %3 from "
                           "the straight line fitted to depths %4-%5, up to depth %6."))
            .arg(what)
            .arg(total)
            .arg(tol)
            .arg(DepthFitMin)
            .arg(DepthFitMax)
            .arg(deepest);
    int first = std::numeric_limits<int>::max();
    for (const DepthPanel *p : departing)
        first = std::min(first, p->departureDepth);
    QStringList firstNames;
    for (const DepthPanel *p : departing) {
        if (p->departureDepth == first)
            firstNames << p->dataset;
    }
    const QString head = grows
        ? tr("%1 grows about linearly with depth up to depth %2 on most datasets").arg(what).arg(most)
        : tr("%1 falls about linearly with depth up to depth %2 on most datasets").arg(what).arg(most);
    if (departing.size() == 1)
        return tr("%1; only %2 departs by more than %3, at depth %4 (1 of %5 datasets).")
            .arg(head, departing.front()->dataset, tol)
            .arg(first)
            .arg(total);
    const QString count = int(departing.size()) == total ? tr("all %1").arg(total)
                                                         : tr("%1 of %2").arg(departing.size()).arg(total);
    return tr("%1; %2 depart by more than %3 at deeper depths, first at depth %4 (%5).")
        .arg(head, count, tol)
        .arg(first)
        .arg(listText(firstNames));
}

QJsonObject DepthView::saveState() const
{
    return {{QStringLiteral("metric"), metricName(m_metric)},
            {QStringLiteral("lines"),
             m_grouping == DepthGrouping::SizeBand ? QStringLiteral("size") : QStringLiteral("shape")},
            {QStringLiteral("tolerancePercent"), qRound(m_tolerance * 100)}};
}

void DepthView::restoreState(const QJsonObject &state)
{
    QSignalBlocker blocker(this);
    const QString metric = state.value(QStringLiteral("metric")).toString();
    if (metric == metricName(DepthMetric::Energy))
        setMetric(DepthMetric::Energy);
    else if (metric == metricName(DepthMetric::EnergyPerDatum))
        setMetric(DepthMetric::EnergyPerDatum);
    const QString lines = state.value(QStringLiteral("lines")).toString();
    if (lines == QLatin1String("shape"))
        setGrouping(DepthGrouping::Shape);
    else if (lines == QLatin1String("size"))
        setGrouping(DepthGrouping::SizeBand);
    const int percent = state.value(QStringLiteral("tolerancePercent")).toInt(0);
    if (percent >= m_toleranceBox->minimum() && percent <= m_toleranceBox->maximum())
        setTolerance(percent / 100.0);
    blocker.unblock();
    emit stateChanged();
}

void DepthView::setMetric(DepthMetric metric)
{
    selectData(m_metricBox, metricName(metric));
    if (metric == m_metric)
        return;
    m_metric = metric;
    retranslateUi();
    emit stateChanged();
    refresh();
}

void DepthView::setGrouping(DepthGrouping grouping)
{
    m_groupingBox->setCurrentIndex(grouping == DepthGrouping::SizeBand ? 1 : 0);
    if (changeOption(m_grouping, grouping))
        refresh();
}

void DepthView::setTolerance(double tolerance)
{
    if (!std::isfinite(tolerance) || tolerance <= 0)
        return;
    {
        const QSignalBlocker blocker(m_toleranceBox);
        m_toleranceBox->setValue(qRound(tolerance * 100));
    }
    if (std::abs(tolerance - m_tolerance) < 1e-12)
        return;
    m_tolerance = tolerance;
    emit stateChanged();
    refresh();
}

QCPAxisRect *DepthView::cellRect(int panel) const
{
    return panel >= 0 && std::size_t(panel) < m_cells.size() ? m_cells[std::size_t(panel)] : nullptr;
}

QCPGraph *DepthView::medianGraph(int panel, int key) const
{
    for (auto it = m_keyOfPlottable.cbegin(); it != m_keyOfPlottable.cend(); ++it) {
        if (it.value() == key && m_panelOfPlottable.value(it.key(), -2) == panel)
            return qobject_cast<QCPGraph *>(const_cast<QCPAbstractPlottable *>(it.key()));
    }
    return nullptr;
}

QString DepthView::caption(int panel) const
{
    return panel >= 0 && std::size_t(panel) < m_captions.size() ? m_captions[std::size_t(panel)]->text() : QString();
}

void DepthView::selectDataset(const QString &dataset)
{
    if (dataset.isEmpty())
        return;
    Filter filter = currentFilter();
    if (filter.datasets == QStringList{dataset})
        return;
    filter.datasets = {dataset};
    const QString text = tr("Select dataset %1").arg(dataset);
    proposeFilter(filter, text);
}

void DepthView::selectGroup(int key)
{
    if (!m_result)
        return;
    const auto it = std::find_if(m_result->groups.begin(), m_result->groups.end(),
                                 [key](const DepthResult::Group &g) { return g.key == key; });
    if (it == m_result->groups.end())
        return;
    Filter filter = currentFilter();
    const Filter before = filter;
    QString text;
    if (m_result->grouping == DepthGrouping::SizeBand) {
        // The end bands also hold any size beyond the sweep's (depthSizeBand() clamps), so they stay open.
        const auto [lo, hi] = depthSizeBandRange(key);
        filter.sizeMin = key == 0 ? std::optional<qint64>() : std::optional<qint64>(lo);
        filter.sizeMax = key == DepthSizeBands - 1 ? std::optional<qint64>() : std::optional<qint64>(hi);
        text = tr("Select sizes %1").arg(it->name);
    } else {
        filter.shapes = {it->name};
        text = tr("Select shape %1").arg(it->name);
    }
    if (filter == before)
        return;
    proposeFilter(filter, text);
}

void DepthView::resetZoom()
{
    applyRanges();
    m_plot->replot();
}

void DepthView::requestData()
{
    submitCompute(&DepthView::showResult, computeDepth, m_metric, m_grouping, m_tolerance);
}

void DepthView::showResult(std::shared_ptr<const DepthResult> result)
{
    m_result = std::move(result);
    rebuildPlot();
    setFinding(findingFor(*m_result));
    m_plot->setAccessibleDescription(finding());
    if (m_result->panels.empty()) {
        setMessage(finding());
    } else if (m_result->droppedNonPositive > 0) {
        setMessage(tr("%n run(s) with a missing, zero or negative value are left out: a log axis cannot show them.",
                      nullptr, int(std::min<std::size_t>(m_result->droppedNonPositive, INT_MAX))));
    }
    setReady(true);
}

void DepthView::retranslateUi()
{
    ViewPanel::retranslateUi();
    setLabelText(QStringLiteral("metricLabel"), tr("Metric:"));
    setLabelText(QStringLiteral("groupingLabel"), tr("Lines:"));
    setLabelText(QStringLiteral("toleranceLabel"), tr("Departure tolerance:"));
    setChooserTexts(m_metricBox, {metricLabel(DepthMetric::Energy), metricLabel(DepthMetric::EnergyPerDatum)},
                    tr("Metric"), tr("The per-run quantity to plot against depth"));
    setChooserTexts(m_groupingBox, {tr("One per shape"), tr("One per size band")}, tr("Lines"),
                    tr("Draw one line per network shape, or one per band of parameter counts"));
    m_toleranceBox->setAccessibleName(tr("Departure tolerance"));
    // Tab lands on the spin box's editor, which screen readers announce by its own name.
    if (auto *editor = m_toleranceBox->findChild<QLineEdit *>())
        editor->setAccessibleName(tr("Departure tolerance"));
    m_toleranceBox->setToolTip(tr("How far (in percent) the median may move away from the straight line fitted to "
                                  "depths %1-%2 before the depth is marked as departing")
                                   .arg(DepthFitMin)
                                   .arg(DepthFitMax));
    m_plot->setAccessibleName(
        tr("Small charts of %1 against depth, one per dataset").arg(inSentence(metricLabel(m_metric))));
    m_plot->setAccessibleDescription(finding());
    rebuildPlot();
}

void DepthView::applyRanges()
{
    if (!m_result || m_result->panels.empty())
        return;
    const double lo = m_result->valueMin;
    const double hi = m_result->valueMax;
    // A little room above and below on the log axis; a flat range gets a factor of two.
    const double span = hi > lo ? std::log10(hi / lo) : 0.3;
    const double pad = std::max(0.06 * span, 0.04);
    const QCPRange y(lo / std::pow(10.0, pad), hi * std::pow(10.0, pad));
    const QCPRange x(m_result->depthMin - 0.7, m_result->depthMax + 0.7);
    for (QCPAxisRect *rect : m_cells) {
        rect->axis(QCPAxis::atBottom)->setRange(x);
        rect->axis(QCPAxis::atLeft)->setRange(y);
    }
}

int DepthView::columnsFor(int width) const
{
    const std::shared_ptr<const DepthResult> r = m_result;
    if (!r || r->panels.empty())
        return 1;
    const int n = int(r->panels.size());
    // Leave at least one free cell for the legend; cells a little wider than tall; up to three
    // datasets in one row with the legend beside them.
    const int ideal = n <= 3 ? n + 1 : std::clamp(int(std::ceil(std::sqrt((n + 1) * 1.6))), 1, n + 1);
    const QFontMetricsF caption(pixelFont(font(), CaptionPx));
    const QFontMetricsF title(pixelFont(font(), TitlePx, true));
    qreal widest = MinCellWidth;
    for (const DepthPanel &panel : r->panels) {
        widest = std::max({widest, caption.horizontalAdvance(captionFor(panel, r->tolerance)) + 32,
                           title.horizontalAdvance(panel.dataset) + 32});
    }
    return std::clamp(int(width / widest), 1, ideal);
}

bool DepthView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::Resize && m_result
        && columnsFor(static_cast<QResizeEvent *>(event)->size().width()) != m_columns)
        rebuildPlot();
    return ViewPanel::eventFilter(watched, event);
}

void DepthView::rebuildPlot(int columns)
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_legend = nullptr;
    m_emptyText = nullptr;
    m_plot->plotLayout()->clear();
    m_plot->plotLayout()->simplify();
    m_cells.clear();
    m_captions.clear();
    m_cellOfElement.clear();
    m_keyOfPlottable.clear();
    m_panelOfPlottable.clear();
    const QFont base = font();
    QCPLayoutGrid *layout = m_plot->plotLayout();
    layout->setRowSpacing(0);
    layout->setColumnSpacing(0);
    const std::shared_ptr<const DepthResult> r = m_result;
    if (!r || r->panels.empty()) {
        m_emptyText = new QCPTextElement(m_plot, r ? findingFor(*r) : QString(), pixelFont(base, 18, true));
        m_emptyText->setTextColor(QColor(0x60, 0x60, 0x60));
        layout->addElement(0, 0, m_emptyText);
        m_plot->setMinimumHeight(320);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }

    const int n = int(r->panels.size());
    const int cols = columns > 0 ? columns : columnsFor(m_plot->width());
    m_columns = cols;
    const int rows = (n + 1 + cols - 1) / cols;
    m_plot->setMinimumHeight(std::max(320, rows * MinRowHeight));
    delete m_marginGroup;
    m_marginGroup = new QCPMarginGroup(m_plot);
    QCPMarginGroup *margins = m_marginGroup;
    const QString yLabel = r->metric == DepthMetric::EnergyPerDatum
        ? tr("Median %1 per datum").arg(units::energySymbol())
        : tr("Median %1 per run").arg(units::energySymbol());

    // Legend swatches need an axis rect; the first cell's axes carry them (without data).
    QCPAxisRect *firstRect = nullptr;
    for (int row = 0; row < rows; ++row) {
        auto *rowGrid = new QCPLayoutGrid;
        layout->addElement(row, 0, rowGrid);
        rowGrid->setColumnSpacing(0);
        for (int col = 0; col < cols; ++col) {
            const int index = row * cols + col;
            if (index >= n)
                break;
            const DepthPanel &panel = r->panels[std::size_t(index)];
            auto *cell = new QCPLayoutGrid;
            rowGrid->addElement(0, col, cell);
            cell->setRowSpacing(0);
            cell->setMargins(QMargins(2, 2, 8, 4));
            auto *title = new QCPTextElement(m_plot, panel.dataset, pixelFont(base, TitlePx, true));
            title->setTextColor(QColor(0x18, 0x18, 0x18));
            title->setMargins(QMargins(0, 2, 0, 0));
            auto *caption = new QCPTextElement(m_plot, captionFor(panel, r->tolerance), pixelFont(base, CaptionPx));
            caption->setTextColor(panel.verdict == DepthPanel::Verdict::Departs ? DepartColor
                                                                                : QColor(0x55, 0x55, 0x55));
            caption->setMargins(QMargins(0, 0, 0, 2));
            auto *rect = new QCPAxisRect(m_plot, true);
            cell->addElement(0, 0, title);
            cell->addElement(1, 0, caption);
            cell->addElement(2, 0, rect);
            cell->setRowStretchFactor(0, 0.001);
            cell->setRowStretchFactor(1, 0.001);
            cell->setRowStretchFactor(2, 1);
            rect->setMarginGroup(QCP::msAll, margins);
            rect->setBackground(QColor(0xfc, 0xfc, 0xfc));
            if (!firstRect)
                firstRect = rect;
            m_cells.push_back(rect);
            m_captions.push_back(caption);
            for (const QCPLayoutElement *e :
                 {static_cast<QCPLayoutElement *>(cell), static_cast<QCPLayoutElement *>(title),
                  static_cast<QCPLayoutElement *>(caption), static_cast<QCPLayoutElement *>(rect)})
                m_cellOfElement.insert(e, index);

            QCPAxis *x = rect->axis(QCPAxis::atBottom);
            QCPAxis *y = rect->axis(QCPAxis::atLeft);
            y->setScaleType(QCPAxis::stLogarithmic);
            y->setTicker(QSharedPointer<QCPAxisTicker>(new EnergyTicker(y)));
            auto fixed = QSharedPointer<QCPAxisTickerFixed>::create();
            fixed->setTickStep(2);
            fixed->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
            fixed->setTickCount(5);
            x->setTicker(fixed);
            x->setNumberFormat(QStringLiteral("f"));
            x->setNumberPrecision(0);
            for (QCPAxis *axis : {x, y}) {
                axis->setTickLabelFont(pixelFont(base, TickPx));
                axis->setLabelFont(pixelFont(base, LabelPx));
                axis->setTickLabelColor(QColor(0x40, 0x40, 0x40));
                axis->setLabelColor(QColor(0x30, 0x30, 0x30));
                axis->setBasePen(QPen(QColor(0x90, 0x90, 0x90), 1));
                axis->setTickPen(QPen(QColor(0x90, 0x90, 0x90), 1));
                axis->setSubTickPen(QPen(QColor(0xb0, 0xb0, 0xb0), 1));
                axis->setTickLengthOut(0);
                axis->setSubTickLengthOut(0);
                axis->setPadding(2);
                axis->grid()->setPen(QPen(QColor(0xe6, 0xe6, 0xe6), 0));
            }
            y->grid()->setSubGridVisible(false);
            if (col == 0)
                y->setLabel(yLabel);
            // The x label on the lowest cell of each column.
            if (index + cols >= n)
                x->setLabel(tr("Depth (layers)"));

            // Bands first, so every line is drawn over every band.
            for (const DepthSeries &s : panel.series) {
                const QColor color = groupColor(r->grouping, s.key);
                QVector<double> keys, q1, q3;
                for (const DepthPoint &p : s.points) {
                    keys << p.depth;
                    q1 << p.q1;
                    q3 << p.q3;
                }
                QCPGraph *low = m_plot->addGraph(x, y);
                low->setData(keys, q1, true);
                low->setPen(Qt::NoPen);
                low->setSelectable(QCP::stNone);
                low->removeFromLegend();
                QCPGraph *high = m_plot->addGraph(x, y);
                high->setData(keys, q3, true);
                high->setPen(Qt::NoPen);
                // Eight overlapping bands at a fixed alpha turn to mud: the more series, the lighter each.
                QColor fill = color;
                fill.setAlpha(std::clamp(int(110 / std::max<std::size_t>(panel.series.size(), 1)), 12, 50));
                high->setBrush(fill);
                high->setAntialiasedFill(false);
                high->setChannelFillGraph(low);
                high->setSelectable(QCP::stNone);
                high->removeFromLegend();
            }
            if (panel.fit) {
                QVector<double> keys, values;
                const double stepLo = std::min(double(DepthFitMin), double(r->depthMin));
                for (double d = stepLo; d <= r->depthMax + 1e-9; d += 0.5) {
                    const double v = panel.fit->predict(d);
                    if (v <= 0)
                        break;
                    keys << d;
                    values << v;
                }
                QCPGraph *fit = m_plot->addGraph(x, y);
                fit->setData(keys, values, true);
                fit->setPen(QPen(FitColor, 1.4, Qt::DashLine));
                fit->setSelectable(QCP::stNone);
                fit->removeFromLegend();
            }
            for (const DepthSeries &s : panel.series) {
                const QColor color = groupColor(r->grouping, s.key);
                QCPGraph *line = addMedianGraph(m_plot, x, y, s.points);
                // No point markers: a hundred lines of discs cost more than the rest of the replot,
                // and the black circles already mark the depths.
                line->setPen(QPen(color, 1.7));
                line->setName(s.name);
                line->setSelectable(QCP::stWhole);
                line->removeFromLegend();
                m_keyOfPlottable.insert(line, s.key);
                m_panelOfPlottable.insert(line, index);
            }
            {
                QCPGraph *all = addMedianGraph(m_plot, x, y, panel.overall);
                all->setLineStyle(QCPGraph::lsNone);
                all->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(OverallColor, 1.3), Qt::white, 6));
                all->setSelectable(QCP::stNone);
                all->removeFromLegend();
            }
            if (panel.verdict == DepthPanel::Verdict::Departs) {
                auto *mark = new QCPItemStraightLine(m_plot);
                mark->setClipAxisRect(rect);
                mark->point1->setAxes(x, y);
                mark->point2->setAxes(x, y);
                mark->point1->setCoords(panel.departureDepth, 1);
                mark->point2->setCoords(panel.departureDepth, 10);
                mark->setPen(QPen(DepartColor, 1.3, Qt::DotLine));
                const auto it = std::find_if(panel.overall.begin(), panel.overall.end(),
                                             [&panel](const DepthPoint &p) { return p.depth == panel.departureDepth; });
                if (it != panel.overall.end()) {
                    QCPGraph *ring = m_plot->addGraph(x, y);
                    ring->setData(QVector<double>{double(it->depth)}, QVector<double>{it->median}, true);
                    ring->setLineStyle(QCPGraph::lsNone);
                    ring->setScatterStyle(
                        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(DepartColor, 2.2), Qt::NoBrush, 13));
                    ring->setSelectable(QCP::stNone);
                    ring->removeFromLegend();
                }
            }
        }
        for (int col = 0; col < rowGrid->columnCount(); ++col)
            rowGrid->setColumnStretchFactor(col, 1);
        if (row == rows - 1) {
            // The free cells of the last row hold the legend.
            const int used = n - row * cols;
            const int free = cols - used;
            auto *holder = new QCPLayoutGrid;
            rowGrid->addElement(0, used, holder);
            // One row: the cells take the width and the legend its own. More rows: the legend
            // spans the free cells so the columns line up.
            rowGrid->setColumnStretchFactor(used, rows == 1 || used == 0 ? 0.001 : free);
            m_legend = new QCPLegend;
            holder->addElement(0, 0, m_legend);
            m_legend->setLayer(QStringLiteral("legend"));
            holder->addElement(0, 1, new QCPLayoutElement(m_plot)); // takes the spare width
            holder->addElement(1, 0, new QCPLayoutElement(m_plot)); // and the spare height
            holder->setMargins(QMargins(18, 26, 4, 4));
            m_legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
            m_legend->setWrap(free >= 2 ? 2 : 1);
            m_legend->setFont(pixelFont(base, LegendPx));
            m_legend->setSelectedFont(pixelFont(base, LegendPx));
            styleBoxedLegend(m_legend);
            m_legend->setColumnSpacing(14);
            m_legend->setIconSize(24, 12);
            m_legend->setSelectableParts(QCPLegend::spNone);
        }
    }
    for (int row = 0; row < rows; ++row)
        layout->setRowStretchFactor(row, 1);
    // A last row holding only the legend takes only the legend's height.
    if (n % cols == 0)
        layout->setRowStretchFactor(rows - 1, 0.001);

    // Legend: one entry per group (a swatch graph without data, in the group's style), then
    // the marks.
    QCPAxis *lx = firstRect->axis(QCPAxis::atBottom);
    QCPAxis *ly = firstRect->axis(QCPAxis::atLeft);
    auto swatch = [&](const QString &name) {
        QCPGraph *g = m_plot->addGraph(lx, ly);
        g->setName(name);
        g->setSelectable(QCP::stNone);
        g->removeFromLegend();
        auto *item = new QCPPlottableLegendItem(m_legend, g);
        // Room below the text: an item clips to its rect, which would cut underscores and descenders.
        item->setMargins(QMargins(0, 0, 0, 3));
        m_legend->addItem(item);
        return g;
    };
    for (const DepthResult::Group &group : r->groups) {
        const QColor color = groupColor(r->grouping, group.key);
        QCPGraph *g = swatch(group.name);
        g->setPen(QPen(color, 2.2));
        m_keyOfPlottable.insert(g, group.key);
        m_panelOfPlottable.insert(g, -1);
    }
    {
        QCPGraph *g = swatch(tr("Middle half of runs"));
        g->setPen(Qt::NoPen);
        g->setBrush(QColor(0x60, 0x60, 0x60, 60));
        g = swatch(tr("Median, all runs"));
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(OverallColor, 1.3), Qt::white, 6));
        g = swatch(tr("Line fitted to depths %1-%2").arg(DepthFitMin).arg(DepthFitMax));
        g->setPen(QPen(FitColor, 1.4, Qt::DashLine));
        g = swatch(tr("Departs by > %1").arg(units::percent(r->tolerance * 100, 0)));
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(DepartColor, 2.2), Qt::NoBrush, 11));
    }
    // The legend keeps its natural size in the corner of its cells.
    m_legend->setSizeConstraintRect(QCPLayoutElement::scrOuterRect);
    m_legend->setMaximumSize(m_legend->minimumOuterSizeHint());
    applyRanges();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

DepthView::Hit DepthView::hitAt(const QPointF &pos) const
{
    Hit hit;
    if (!m_result || m_result->panels.empty())
        return hit;
    QCPLayoutElement *element = m_plot->layoutElementAt(pos);
    if (auto *item = qobject_cast<QCPPlottableLegendItem *>(element)) {
        hit.key = m_keyOfPlottable.value(item->plottable(), -1);
        if (hit.key >= 0)
            hit.tip = tr("Click to keep only %1").arg(item->plottable()->name());
        return hit;
    }
    int dataIndex = -1;
    if (auto *plottable = m_plot->plottableAt(pos, true, &dataIndex)) {
        const int key = m_keyOfPlottable.value(plottable, -1);
        const int panel = m_panelOfPlottable.value(plottable, -1);
        if (key >= 0 && panel >= 0) {
            hit.key = key;
            hit.panel = panel;
            const DepthPanel &p = m_result->panels[std::size_t(panel)];
            const auto s = std::find_if(p.series.begin(), p.series.end(),
                                        [key](const DepthSeries &x) { return x.key == key; });
            if (s != p.series.end() && dataIndex >= 0 && std::size_t(dataIndex) < s->points.size()) {
                const DepthPoint &pt = s->points[std::size_t(dataIndex)];
                const QString per = m_result->metric == DepthMetric::EnergyPerDatum ? QStringLiteral("/datum")
                                                                                    : QString();
                hit.tip = tr("%1, %2, depth %3: median %4, middle half %5 to %6 (n = %7)")
                              .arg(p.dataset, s->name)
                              .arg(pt.depth)
                              .arg(units::energy(pt.median) + per, units::energy(pt.q1) + per,
                                   units::energy(pt.q3) + per)
                              .arg(pt.n);
            }
            return hit;
        }
    }
    for (QCPLayoutElement *e = element; e; e = e->layout()) {
        const auto it = m_cellOfElement.constFind(e);
        if (it != m_cellOfElement.cend()) {
            hit.panel = it.value();
            return hit;
        }
    }
    if (QCPAxisRect *rect = m_plot->axisRectAt(pos)) {
        const auto it = m_cellOfElement.constFind(rect);
        if (it != m_cellOfElement.cend())
            hit.panel = it.value();
    }
    return hit;
}

void DepthView::onClick(const QPointF &pos)
{
    const Hit hit = hitAt(pos);
    if (hit.key >= 0)
        selectGroup(hit.key);
    else if (hit.panel >= 0 && m_result)
        selectDataset(m_result->panels[std::size_t(hit.panel)].dataset);
}

void DepthView::onMouseMove(QMouseEvent *event)
{
    if (event->buttons() != Qt::NoButton)
        return;
    const Hit hit = hitAt(event->position());
    if (!hit.tip.isEmpty()) {
        QToolTip::showText(event->globalPosition().toPoint(), hit.tip, m_plot);
        m_plot->setCursor(Qt::PointingHandCursor);
    } else {
        QToolTip::hideText();
        m_plot->setCursor(hit.panel >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    }
}

} // namespace wattprint
