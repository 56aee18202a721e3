#include "parallelview.h"

#include "filterstate.h"
#include "labelcase.h"
#include "valueofkey.h"

#include <units.h>

#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>
#include <cmath>
#include <limits>

namespace wattprint {

using parallel::Column;
using ColourBy = ParallelCoordinates::ColourBy;

namespace {

QString colourByKey(ColourBy by)
{
    switch (by) {
    case ColourBy::Density: return QStringLiteral("density");
    case ColourBy::Device: return QStringLiteral("device");
    case ColourBy::Shape: return QStringLiteral("shape");
    case ColourBy::Dataset: return QStringLiteral("dataset");
    case ColourBy::Numeric: return QStringLiteral("numeric");
    }
    return {};
}

std::optional<ColourBy> colourByFromKey(const QString &key)
{
    return valueOfKey({ColourBy::Density, ColourBy::Device, ColourBy::Shape, ColourBy::Dataset, ColourBy::Numeric},
                      colourByKey, key);
}

} // namespace

ParallelView::ParallelView(QWidget *parent)
    : ViewPanel(QStringLiteral("parallel"), parent)
    , m_chart(new ParallelCoordinates)
    , m_colourBox(new QComboBox(this))
    , m_axesButton(new QToolButton(this))
{
    m_colourBox->setObjectName(QStringLiteral("colourBox"));
    m_axesButton->setObjectName(QStringLiteral("axesButton"));
    m_axesButton->setPopupMode(QToolButton::InstantPopup);
    m_axesButton->setMenu(new QMenu(m_axesButton));
    addLabelledControl(QStringLiteral("colourLabel"), m_colourBox);
    toolBar()->addSeparator();
    toolBar()->addWidget(m_axesButton);
    rebuildColourBox();
    connect(m_colourBox, &QComboBox::activated, this, [this](int index) {
        const QString key = m_colourBox->itemData(index).toString();
        if (const auto by = colourByFromKey(key)) {
            m_chart->setColourBy(*by);
        } else if (const auto column = parallel::columnFromKey(key)) {
            m_chart->setColourBy(ColourBy::Numeric, *column);
        }
    });
    connect(m_axesButton->menu(), &QMenu::aboutToShow, this, &ParallelView::rebuildAxesMenu);
    m_filterAction = toolBar()->addAction(QString(), this, &ParallelView::filterToBrushes);
    m_filterAction->setObjectName(QStringLiteral("filterToBrushes"));
    m_clearAction = toolBar()->addAction(QString(), this, &ParallelView::clearBrushes);
    m_clearAction->setObjectName(QStringLiteral("clearBrushes"));

    m_chart->setObjectName(QStringLiteral("parallelChart"));
    connect(m_chart, &ParallelCoordinates::brushesChanged, this, &ParallelView::onBrushesChanged);
    connect(m_chart, &ParallelCoordinates::axesChanged, this, &ViewPanel::stateChanged);
    connect(m_chart, &ParallelCoordinates::colourChanged, this, [this] {
        const int i = m_colourBox->findData(colourKey());
        if (i >= 0)
            m_colourBox->setCurrentIndex(i);
        emit stateChanged();
        // The finding's groups follow the colour (device, or device and shape/dataset).
        refresh();
    });
    connect(m_chart, &ParallelCoordinates::columnsNeeded, this, &ViewPanel::refresh);
    setChartWidget(m_chart);
    retranslateUi();
    onBrushesChanged();
}

QString ParallelView::colourKey() const
{
    return m_chart->colourBy() == ColourBy::Numeric ? parallel::columnKey(m_chart->colourColumn())
                                                    : colourByKey(m_chart->colourBy());
}

QJsonObject ParallelView::saveState() const
{
    QJsonArray axes;
    for (const auto &a : m_chart->axes()) {
        axes.append(QJsonObject{{QStringLiteral("column"), parallel::columnKey(a.column)},
                                {QStringLiteral("log"), a.log},
                                {QStringLiteral("flipped"), a.flipped}});
    }
    QJsonObject state{{QStringLiteral("axes"), axes},
                      {QStringLiteral("colour"), colourByKey(m_chart->colourBy())},
                      {QStringLiteral("colourColumn"), parallel::columnKey(m_chart->colourColumn())}};
    // Only when there are brushes, so the fragment of a view without any reads as before.
    if (m_chart->hasBrush()) {
        QJsonArray brushes;
        for (const auto &[column, range] : m_chart->brushes()) {
            QJsonObject b{{QStringLiteral("column"), parallel::columnKey(column)}};
            // JSON has no infinity: an open end is left out.
            if (std::isfinite(range.lo))
                b.insert(QStringLiteral("lo"), range.lo);
            if (std::isfinite(range.hi))
                b.insert(QStringLiteral("hi"), range.hi);
            brushes.append(b);
        }
        state.insert(QStringLiteral("brushes"), brushes);
    }
    return state;
}

void ParallelView::restoreState(const QJsonObject &state)
{
    std::vector<ParallelCoordinates::Axis> axes;
    for (const QJsonValue &v : state.value(QStringLiteral("axes")).toArray()) {
        const QJsonObject o = v.toObject();
        const auto column = parallel::columnFromKey(o.value(QStringLiteral("column")).toString());
        if (!column)
            continue;
        bool seen = false;
        for (const auto &a : axes)
            seen = seen || a.column == *column;
        if (seen)
            continue;
        axes.push_back({*column, o.value(QStringLiteral("log")).toBool(parallel::defaultLog(*column)),
                        o.value(QStringLiteral("flipped")).toBool(false)});
    }
    if (axes.size() >= 2)
        m_chart->setAxes(std::move(axes));
    const auto by = colourByFromKey(state.value(QStringLiteral("colour")).toString());
    const auto column = parallel::columnFromKey(state.value(QStringLiteral("colourColumn")).toString());
    if (by)
        m_chart->setColourBy(*by, column.value_or(Column::Energy));
    // A state saved before brushes were kept has none: the view shows no brush.
    constexpr double inf = std::numeric_limits<double>::infinity();
    ParallelCoordinates::Brushes brushes;
    for (const QJsonValue &v : state.value(QStringLiteral("brushes")).toArray()) {
        const QJsonObject o = v.toObject();
        const auto brushColumn = parallel::columnFromKey(o.value(QStringLiteral("column")).toString());
        const QJsonValue lo = o.value(QStringLiteral("lo"));
        const QJsonValue hi = o.value(QStringLiteral("hi"));
        if (!brushColumn || (!lo.isUndefined() && !lo.isDouble()) || (!hi.isUndefined() && !hi.isDouble()))
            continue;
        const ParallelCoordinates::Range range{lo.isDouble() ? lo.toDouble() : -inf,
                                               hi.isDouble() ? hi.toDouble() : inf};
        if (range.lo <= range.hi && (std::isfinite(range.lo) || std::isfinite(range.hi)))
            brushes[*brushColumn] = range;
    }
    m_chart->setBrushes(brushes);
}

void ParallelView::resetZoom()
{
    std::vector<ParallelCoordinates::Axis> axes;
    for (Column c : parallel::defaultAxes())
        axes.push_back({c, parallel::defaultLog(c), false});
    m_chart->setAxes(std::move(axes));
}

void ParallelView::renderChart(QPainter *painter, const QRectF &rect, bool vector)
{
    m_chart->render(painter, rect, vector);
}

ParallelGrouping ParallelView::groupingFor(ColourBy colourBy)
{
    switch (colourBy) {
    case ColourBy::Shape: return ParallelGrouping::DeviceAndShape;
    case ColourBy::Dataset: return ParallelGrouping::DeviceAndDataset;
    case ColourBy::Density:
    case ColourBy::Device:
    case ColourBy::Numeric: break;
    }
    return ParallelGrouping::Device;
}

QString ParallelView::findingFor(const ParallelResult &r)
{
    const QLocale locale;
    if (r.rows == 0)
        return tr("No runs match the filter.");
    if (r.growth.empty())
        return tr("No group of the %1 runs in force spans three or more network sizes, so run time cannot be followed "
                  "as networks grow.")
            .arg(locale.toString(qulonglong(r.rows)));
    auto sizeText = [](double s) { return ParallelCoordinates::formatValue(Column::Size, s); };
    auto timeText = [](double s) { return ParallelCoordinates::formatValue(Column::RunTime, s); };
    auto powerText = [](double w) { return ParallelCoordinates::formatValue(Column::Power, w); };
    const parallel::GrowthGroup *flat = nullptr;
    int flatGroups = 0;
    for (const auto &g : r.growth) { // sorted by run-time growth, largest first
        if (g.flat && g.runTimeGrowth >= 1.5) {
            ++flatGroups;
            if (!flat)
                flat = &g;
        }
    }
    if (flat) {
        const QString power = flat->powerSpread < 1.02
            ? tr("median power stays at about %1").arg(powerText(flat->powerMin))
            : tr("median power stays between %1 and %2").arg(powerText(flat->powerMin), powerText(flat->powerMax));
        QString s = tr("Run time grows while power stays flat in %1: from %2 to %3 parameters their median run time "
                       "grows %4 (%5 to %6) while %7.")
                        .arg(flat->name, sizeText(flat->sizeLo), sizeText(flat->sizeHi),
                             units::ratio(flat->runTimeGrowth), timeText(flat->runTimeLo), timeText(flat->runTimeHi),
                             power);
        if (flatGroups > 1)
            s += QLatin1Char(' ') + tr("%n other group(s) show the same pattern.", nullptr, flatGroups - 1);
        return s;
    }
    const auto &top = r.growth.front();
    if (top.runTimeGrowth < 1.5)
        return tr("Run time hardly grows with network size in the runs in force: at most %1, in %2 (%3 to %4 "
                  "parameters).")
            .arg(units::ratio(top.runTimeGrowth), top.name, sizeText(top.sizeLo), sizeText(top.sizeHi));
    return tr("Power does not stay flat where run time grows: in %1, median run time grows %2 from %3 to %4 "
              "parameters, and median power changes %5 (between %6 and %7).")
        .arg(top.name, units::ratio(top.runTimeGrowth), sizeText(top.sizeLo), sizeText(top.sizeHi),
             units::ratio(top.powerSpread), powerText(top.powerMin), powerText(top.powerMax));
}

Filter ParallelView::filterWithBrush(Filter filter, Column column,
                                     const std::optional<ParallelCoordinates::Range> &range)
{
    if (!parallel::isFilterable(column))
        return filter;
    const QString key = parallel::columnKey(column);
    filter.ranges.remove(key);
    if (column == Column::Size) {
        filter.sizeMin.reset();
        filter.sizeMax.reset();
        if (range) {
            if (std::isfinite(range->lo))
                filter.sizeMin = qint64(std::ceil(range->lo));
            if (std::isfinite(range->hi))
                filter.sizeMax = qint64(std::floor(range->hi));
        }
    } else if (column == Column::Depth) {
        filter.depthMin.reset();
        filter.depthMax.reset();
        if (range) {
            if (std::isfinite(range->lo))
                filter.depthMin = int(std::ceil(range->lo));
            if (std::isfinite(range->hi))
                filter.depthMax = int(std::floor(range->hi));
        }
    } else if (range) {
        filter.ranges.insert(key, {range->lo, range->hi});
    }
    return filter;
}

QString ParallelView::brushText(Column column, const ParallelCoordinates::Range &range)
{
    return tr("Brush %1 %2 – %3")
        .arg(inSentence(ParallelCoordinates::columnLabel(column)), ParallelCoordinates::formatValue(column, range.lo),
             ParallelCoordinates::formatValue(column, range.hi));
}

BrushCount ParallelView::brushCount() const
{
    const auto data = m_chart->data();
    if (!data)
        return {};
    std::vector<ParallelBrush> brushes;
    for (const auto &[column, range] : m_chart->brushes()) {
        if (m_chart->axisIndex(column) >= 0)
            brushes.push_back({column, range.lo, range.hi});
    }
    return countInsideBrushes(*data, brushes);
}

bool ParallelView::filterToBrushes()
{
    if (m_chart->hasBrush() && m_chart->data() && brushCount().inside == 0) {
        setMessage(tr("No run lies inside the brushes: the filter stays as it is."));
        return false;
    }
    Filter next = currentFilter();
    QStringList texts;
    QStringList highlightOnly;
    for (const auto &[column, brush] : m_chart->brushes()) {
        if (!parallel::isFilterable(column)) {
            highlightOnly << inSentence(ParallelCoordinates::columnLabel(column));
            continue;
        }
        // Narrow, never widen: a brush over an axis's margin reaches past the filter's own range.
        ParallelCoordinates::Range range = brush;
        auto clamp = [&range](std::optional<double> lo, std::optional<double> hi) {
            if (lo)
                range.lo = std::max(range.lo, *lo);
            if (hi)
                range.hi = std::min(range.hi, *hi);
        };
        const QString key = parallel::columnKey(column);
        if (next.ranges.contains(key))
            clamp(next.ranges.value(key).first, next.ranges.value(key).second);
        if (column == Column::Size)
            clamp(next.sizeMin ? std::optional<double>(double(*next.sizeMin)) : std::nullopt,
                  next.sizeMax ? std::optional<double>(double(*next.sizeMax)) : std::nullopt);
        if (column == Column::Depth)
            clamp(next.depthMin ? std::optional<double>(*next.depthMin) : std::nullopt,
                  next.depthMax ? std::optional<double>(*next.depthMax) : std::nullopt);
        next = filterWithBrush(next, column, range);
        texts << brushText(column, range);
    }
    if (!highlightOnly.isEmpty())
        setMessage(tr("The filter has no range on %1: this brush only highlights runs here.")
                       .arg(highlightOnly.join(QStringLiteral(", "))));
    if (texts.isEmpty() || next == currentFilter() || !proposeFilter(next, texts.join(QStringLiteral("; "))))
        return false;
    // The filter holds the brushes now; the lines drawn are the runs that were inside them.
    m_chart->clearBrushes();
    return true;
}

void ParallelView::clearBrushes()
{
    m_chart->clearBrushes();
}

void ParallelView::onBrushesChanged()
{
    const bool brushed = m_chart->hasBrush();
    m_filterAction->setEnabled(brushed);
    m_clearAction->setEnabled(brushed);
    emit stateChanged();
}

void ParallelView::requestData()
{
    submitCompute(&ParallelView::showResult, computeParallelCoordinates, m_chart->neededColumns(),
                  groupingFor(m_chart->colourBy()));
}

void ParallelView::showResult(std::shared_ptr<const ParallelResult> result)
{
    m_result = std::move(result);
    if (!m_result->data) {
        setFinding(QString());
        setMessage(tr("The analysis returned no result."));
        return;
    }
    // The brushes are the view's own and stay over a new filter; the filter's ranges are in the chips.
    m_chart->setData(m_result->data);
    setFinding(findingFor(*m_result));
    setMessage(m_result->rows == 0 ? tr("No runs match the filter.") : QString());
    m_chart->setAccessibleDescription(finding());
    setReady(true);
}

void ParallelView::rebuildColourBox()
{
    const QString current = m_colourBox->currentData().toString();
    m_colourBox->clear();
    m_colourBox->addItem(tr("Density"), colourByKey(ColourBy::Density));
    m_colourBox->addItem(tr("Device"), colourByKey(ColourBy::Device));
    m_colourBox->addItem(tr("Shape"), colourByKey(ColourBy::Shape));
    m_colourBox->addItem(tr("Dataset"), colourByKey(ColourBy::Dataset));
    for (Column c : parallel::allColumns()) {
        if (c == Column::Depth)
            continue;
        m_colourBox->addItem(ParallelCoordinates::columnLabel(c), parallel::columnKey(c));
    }
    const int i = m_colourBox->findData(current.isEmpty() ? colourKey() : current);
    m_colourBox->setCurrentIndex(std::max(0, i));
}

void ParallelView::rebuildAxesMenu()
{
    QMenu *menu = m_axesButton->menu();
    menu->clear();
    for (Column c : parallel::allColumns()) {
        QAction *a = menu->addAction(ParallelCoordinates::columnLabel(c));
        a->setCheckable(true);
        const int index = m_chart->axisIndex(c);
        a->setChecked(index >= 0);
        a->setEnabled(index < 0 || m_chart->axes().size() > 2);
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            if (on)
                m_chart->addAxis(c);
            else
                m_chart->removeAxis(m_chart->axisIndex(c));
        });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("Default axes"));
    connect(reset, &QAction::triggered, this, &ParallelView::resetZoom);
}

void ParallelView::retranslateUi()
{
    ViewPanel::retranslateUi();
    setLabelText(QStringLiteral("colourLabel"), tr("Colour:"));
    rebuildColourBox();
    m_colourBox->setAccessibleName(tr("Colour lines by"));
    m_colourBox->setToolTip(tr("Colour the lines by their density, device, shape, dataset or a measured column"));
    m_axesButton->setText(tr("Axes"));
    m_axesButton->setAccessibleName(tr("Choose axes"));
    m_axesButton->setToolTip(tr("Add or remove axes"));
    m_filterAction->setText(tr("Filter to these"));
    m_filterAction->setToolTip(tr("Narrow the filter to the runs inside the brushes (one undo step)"));
    m_clearAction->setText(tr("Clear brushes"));
    m_clearAction->setToolTip(tr("Take every brush away (Esc)"));
    m_chart->setAccessibleName(tr("Parallel coordinates of the runs in force"));
    if (m_result)
        setFinding(findingFor(*m_result));
    m_chart->update();
}

} // namespace wattprint
