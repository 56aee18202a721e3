#include "anomalytimelineview.h"

#include "anomalydotlayer.h"
#include "axislabelfitter.h"
#include "chartfonts.h"
#include "chartplot.h"
#include "filterstate.h"
#include "plotstyle.h"
#include "rubberbandselector.h"
#include "selectionedit.h"
#include "unitlogticker.h"
#include "utcdateticker.h"
#include "valueofkey.h"

#include <units.h>

#include <qcustomplot.h>

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSplitter>
#include <QTextDocumentFragment>
#include <QTimeZone>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <cmath>

namespace wattprint {

namespace {

const QColor CpuColor(0x00, 0x72, 0xb2); // Okabe-Ito blue
const QColor GpuColor(0xe6, 0x9f, 0x00); // Okabe-Ito orange
const QColor UnscoredColor(0x8c, 0x8c, 0x8c);
const QColor FlagColor(0xd7, 0x19, 0x1c);
const QColor FlagEdge(0x4a, 0x00, 0x00);

constexpr int TickPx = 12;
constexpr int LabelPx = 14;
constexpr int LegendPx = 13;
constexpr int TextPx = 12;

enum Category : std::uint8_t { Unscored = 0, CpuRun = 1, GpuRun = 2, Flagged = 3 };

constexpr AnomalyMethod AllMethods[] = {AnomalyMethod::ZScore, AnomalyMethod::RobustZScore, AnomalyMethod::Iqr,
                                        AnomalyMethod::IsolationForest};

QString utcText(qint64 ns, bool seconds = true)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ns / 1000000, QTimeZone::utc());
    return t.toString(seconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm"));
}

// Log-axis ticks that always carry labels: 1-2-5 over a few decades, powers of ten over many.
class LabelledLogTicker : public UnitLogTicker
{
public:
    LabelledLogTicker(std::function<QString(double)> label, const QCPAxis *axis)
        : m_label(std::move(label))
        , m_axis(axis)
    {}

protected:
    void placeTicks(const QCPRange &shown, const QLocale &, QChar, int, QVector<double> &ticks,
                    QVector<double> *subTicks) override
    {
        const double lo = shown.lower, hi = shown.upper;
        const double decades = std::max(std::log10(hi / lo), 1e-6);
        const double length = m_axis && m_axis->axisRect() ? m_axis->axisRect()->height() : 400;
        const double perDecade = std::max(length, 80.0) / decades;
        static const DecadeSpacing spacing{28, {{900, {2, 3, 4, 5, 6, 7, 8, 9}}, {110, {2, 5}}}, 50};
        placeDecadeTicks(lo, hi, perDecade, spacing, ticks, subTicks);
        // Under about a decade 1-2-5 leaves too few labels: then every 1..9 step is one.
        static const DecadeSpacing fine{28, {{0, {2, 3, 4, 5, 6, 7, 8, 9}}}, 50};
        if (ticks.size() < 4 && decades <= 1.5)
            placeDecadeTicks(lo, hi, perDecade, fine, ticks, subTicks);
    }

    QString label(double value) const override { return m_label(value); }

private:
    std::function<QString(double)> m_label;
    const QCPAxis *m_axis;
};

QCPGraph *legendEntry(QCustomPlot *plot, const QColor &fill, const QColor &edge, double size)
{
    QCPGraph *g = plot->addGraph();
    g->setLineStyle(QCPGraph::lsNone);
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, edge.alpha() > 0 ? QPen(edge, 1) : QPen(fill, 1),
                                       QBrush(fill), size));
    return g;
}

} // namespace

// ------------------------------------------------------------------------------------------ set-up

AnomalyTimelineView::AnomalyTimelineView(QWidget *parent)
    : ViewPanel(QStringLiteral("anomalies"), parent)
    , m_plot(new ChartPlot)
    , m_splitter(new QSplitter(Qt::Vertical))
    , m_detailsPane(new QWidget)
    , m_detailsLabel(new QLabel)
    , m_tracePlot(new ChartPlot)
    , m_closeDetails(new QToolButton)
    , m_methodBox(new QComboBox(this))
    , m_groupBox(new QComboBox(this))
    , m_yBox(new QComboBox(this))
    , m_slider(new QSlider(Qt::Horizontal))
    , m_thresholdLabel(new QLabel)
    , m_countLabel(new QLabel)
    , m_filterButton(new QPushButton)
{
    qRegisterMetaType<std::shared_ptr<const TraceDetails>>();
    for (AnomalyMethod m : AllMethods)
        m_thresholds.insert(int(m), thresholdRange(m).defaultValue);

    m_methodBox->setObjectName(QStringLiteral("methodBox"));
    for (AnomalyMethod m : AllMethods)
        m_methodBox->addItem(QString(), methodKey(m));
    selectData(m_methodBox, methodKey(m_method));
    addLabelledControl(QStringLiteral("methodLabel"), m_methodBox);
    setUpAnomalyGroupBox(m_groupBox, m_grouping, [this](AnomalyGroupChoice g) { setGrouping(g); });
    addLabelledControl(QStringLiteral("groupLabel"), m_groupBox);
    m_yBox->setObjectName(QStringLiteral("yBox"));
    m_yBox->addItem(QString(), QStringLiteral("energy"));
    m_yBox->addItem(QString(), QStringLiteral("residual"));
    addLabelledControl(QStringLiteral("yLabel"), m_yBox);
    m_selectMode = new QAction(this);
    m_selectMode->setObjectName(QStringLiteral("selectModeAction"));
    m_selectMode->setCheckable(true);

    // Second row under the toolbar: the threshold and what it flags (one row would overflow a dock).
    auto *row = new QWidget(this);
    row->setObjectName(QStringLiteral("thresholdRow"));
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(6, 0, 6, 0);
    rowLayout->setSpacing(6);
    auto *caption = new QLabel(row);
    caption->setObjectName(QStringLiteral("thresholdCaption"));
    caption->setBuddy(m_slider);
    m_slider->setObjectName(QStringLiteral("thresholdSlider"));
    m_slider->setFocusPolicy(Qt::StrongFocus);
    m_slider->setMinimumWidth(140);
    m_slider->setMaximumWidth(260);
    m_thresholdLabel->setObjectName(QStringLiteral("thresholdValue"));
    m_thresholdLabel->setMinimumWidth(34);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_filterButton->setObjectName(QStringLiteral("filterToAnomaliesButton"));
    m_filterButton->setFocusPolicy(Qt::StrongFocus);
    rowLayout->addWidget(caption);
    rowLayout->addWidget(m_slider, 1);
    rowLayout->addWidget(m_thresholdLabel);
    rowLayout->addSpacing(12);
    rowLayout->addWidget(m_countLabel);
    rowLayout->addWidget(m_filterButton);
    auto *selectButton = new QToolButton(row);
    selectButton->setObjectName(QStringLiteral("selectModeButton"));
    selectButton->setDefaultAction(m_selectMode);
    selectButton->setFocusPolicy(Qt::StrongFocus);
    rowLayout->addWidget(selectButton);
    rowLayout->addStretch(1);
    if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
        box->insertWidget(box->indexOf(toolBar()) + 1, row);

    connect(m_methodBox, &QComboBox::activated, this, [this](int index) {
        if (const auto m = methodFromKey(m_methodBox->itemData(index).toString()))
            setMethod(*m);
    });
    connect(m_yBox, &QComboBox::activated, this,
            [this](int index) { setYMode(index == 1 ? AnomalyTimelineY::Residual : AnomalyTimelineY::Energy); });
    connect(m_slider, &QSlider::valueChanged, this, [this](int step) {
        const ThresholdRange r = thresholdRange(m_method);
        const double value = std::clamp(r.min + step * r.step, r.min, r.max);
        if (std::abs(value - threshold()) < r.step / 4)
            return;
        m_thresholds.insert(int(m_method), value);
        applyThreshold();
        emit stateChanged();
    });
    connect(m_filterButton, &QPushButton::clicked, this, &AnomalyTimelineView::filterToAnomalies);
    connect(m_selectMode, &QAction::toggled, this, [this] { emit stateChanged(); });

    // Main chart.
    m_plot->setObjectName(QStringLiteral("anomalyTimelinePlot"));
    m_plot->setMinimumSize(360, 220);
    m_plot->setMouseTracking(true);
    m_plot->setInteractions(QCP::Interactions(QCP::iRangeDrag) | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new UtcDateTicker));
    m_plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    m_plot->xAxis->grid()->setPen(QPen(QColor(0xdc, 0xdc, 0xdc), 0));
    m_plot->yAxis->grid()->setPen(QPen(QColor(0xdc, 0xdc, 0xdc), 0));
    m_plot->yAxis->grid()->setSubGridVisible(true);
    m_plot->yAxis->grid()->setSubGridPen(QPen(QColor(0xf0, 0xf0, 0xf0), 0));
    m_plot->xAxis->setPadding(4);
    m_plot->yAxis->setPadding(6);
    // Legend in a row under the chart, so it never hides points.
    putLegendBelow(m_plot);
    styleRowLegend(m_plot->legend, 18);
    m_plot->legend->setVisible(true);
    m_dots = new AnomalyDotLayer(m_plot->xAxis, m_plot->yAxis);
    m_dots->setStyles({
        {QColor(UnscoredColor.red(), UnscoredColor.green(), UnscoredColor.blue(), 70), Qt::transparent, 1.5, true},
        {QColor(CpuColor.red(), CpuColor.green(), CpuColor.blue(), 105), Qt::transparent, 1.7, true},
        {QColor(GpuColor.red(), GpuColor.green(), GpuColor.blue(), 120), Qt::transparent, 1.7, true},
        {FlagColor, FlagEdge, 3.8, true},
    });
    m_medianLine = new QCPItemStraightLine(m_plot);
    m_medianLine->point1->setCoords(0, 1);
    m_medianLine->point2->setCoords(1, 1);
    m_medianLine->setPen(QPen(QColor(0x50, 0x50, 0x50), 1, Qt::DashLine));
    m_medianLine->setVisible(false);
    m_selector = new RubberBandSelector(m_plot, RubberBandSelector::Shape::Rectangle);
    m_selector->setStartCondition([this](const QMouseEvent *event) {
        return m_result && m_result->rowCount() > 0 && m_plot->axisRect()->rect().contains(event->position().toPoint());
    });
    m_selector->setSelectCondition([this](const QMouseEvent *event) {
        return m_selectMode->isChecked() || event->modifiers().testFlag(Qt::ShiftModifier);
    });
    connect(m_selector, &RubberBandSelector::rectSelected, this, &AnomalyTimelineView::selectRect);
    connect(m_selector, &RubberBandSelector::clicked, this, [this](const QPointF &pos, bool selecting) {
        // A plain click opens the run's details; in selection mode a click selects nothing.
        if (!selecting)
            showDetailsAt(pos);
    });
    m_emptyText = addEmptyText(m_plot, font(), 18);
    connect(m_plot, &QCustomPlot::mouseMove, this, &AnomalyTimelineView::onMouseMove);

    // Details pane: text on the left, the watt-meter trace on the right.
    m_detailsPane->setObjectName(QStringLiteral("detailsPane"));
    auto *paneLayout = new QHBoxLayout(m_detailsPane);
    paneLayout->setContentsMargins(0, 4, 0, 0);
    m_detailsLabel->setObjectName(QStringLiteral("detailsLabel"));
    m_detailsLabel->setTextFormat(Qt::RichText);
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *detailsScroll = new QScrollArea(m_detailsPane);
    detailsScroll->setObjectName(QStringLiteral("detailsScroll"));
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailsScroll->setWidget(m_detailsLabel);
    detailsScroll->setMinimumWidth(300);
    detailsScroll->setMaximumWidth(420);
    paneLayout->addWidget(detailsScroll, 0);
    m_tracePlot->setObjectName(QStringLiteral("tracePlot"));
    m_tracePlot->setMinimumSize(300, 150);
    m_tracePlot->setInteractions(QCP::Interactions(QCP::iRangeDrag) | QCP::iRangeZoom);
    m_tracePlot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_tracePlot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_tracePlot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new UtcDateTicker));
    // Legend under the trace, so it never covers the samples.
    putLegendBelow(m_tracePlot);
    m_tracePlot->setFocusPolicy(Qt::StrongFocus);
    paneLayout->addWidget(m_tracePlot, 1);
    m_closeDetails->setObjectName(QStringLiteral("closeDetailsButton"));
    m_closeDetails->setFocusPolicy(Qt::StrongFocus);
    m_closeDetails->setAutoRaise(true);
    paneLayout->addWidget(m_closeDetails, 0, Qt::AlignTop);
    connect(m_closeDetails, &QToolButton::clicked, this, &AnomalyTimelineView::hideDetails);

    m_splitter->setObjectName(QStringLiteral("anomalySplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_plot);
    m_splitter->addWidget(m_detailsPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_detailsPane->hide();
    setChartWidget(m_splitter);
    m_plot->setFocusPolicy(Qt::StrongFocus);

    configureSlider();
    styleAxes();
    styleTracePlot();
    retranslateUi();
}

AnomalyTimelineView::~AnomalyTimelineView()
{
    for (const auto &c : std::as_const(m_detailsConnections))
        disconnect(c);
    if (m_detailsService && m_detailsService->isPending(detailsRequester()))
        m_detailsService->cancel(detailsRequester());
}

// ---------------------------------------------------------------------------------- static helpers

AnomalyTimelineView::ThresholdRange AnomalyTimelineView::thresholdRange(AnomalyMethod method)
{
    switch (method) {
    case AnomalyMethod::ZScore: return {1.0, 6.0, 0.1, 3.0};
    case AnomalyMethod::RobustZScore: return {1.0, 10.0, 0.1, 3.5};
    case AnomalyMethod::Iqr: return {1.0, 6.0, 0.1, 1.5};
    case AnomalyMethod::IsolationForest: return {0.45, 0.85, 0.01, 0.6};
    }
    return {1.0, 6.0, 0.1, 3.0};
}

QString AnomalyTimelineView::methodKey(AnomalyMethod method)
{
    switch (method) {
    case AnomalyMethod::ZScore: return QStringLiteral("zscore");
    case AnomalyMethod::RobustZScore: return QStringLiteral("robust");
    case AnomalyMethod::Iqr: return QStringLiteral("iqr");
    case AnomalyMethod::IsolationForest: return QStringLiteral("iforest");
    }
    return QStringLiteral("robust");
}

std::optional<AnomalyMethod> AnomalyTimelineView::methodFromKey(const QString &key)
{
    return valueOfKey(AllMethods, methodKey, key);
}

QString AnomalyTimelineView::methodLabel(AnomalyMethod method)
{
    switch (method) {
    case AnomalyMethod::ZScore: return tr("z-score");
    case AnomalyMethod::RobustZScore: return tr("Robust z (median, MAD)");
    case AnomalyMethod::Iqr: return tr("IQR (Tukey fences)");
    case AnomalyMethod::IsolationForest: return tr("Isolation Forest");
    }
    return {};
}

namespace {

QString thresholdPhrase(AnomalyMethod method, double value)
{
    const QLocale l;
    switch (method) {
    case AnomalyMethod::ZScore:
        return QCoreApplication::translate("AnomalyTimelineView", "|z| > %1").arg(l.toString(value, 'f', 1));
    case AnomalyMethod::RobustZScore:
        return QCoreApplication::translate("AnomalyTimelineView", "|robust z| > %1").arg(l.toString(value, 'f', 1));
    case AnomalyMethod::Iqr:
        return QCoreApplication::translate("AnomalyTimelineView", "Tukey fences at %1 IQR")
            .arg(l.toString(value, 'f', 1));
    case AnomalyMethod::IsolationForest:
        return QCoreApplication::translate("AnomalyTimelineView", "an Isolation Forest score > %1")
            .arg(l.toString(value, 'f', 2));
    }
    return {};
}

QString configurationText(const AnomalyTimelineResult &r, std::size_t i)
{
    const QLocale l;
    return QCoreApplication::translate("AnomalyTimelineView", "%1, %2, %3 parameters, depth %4, %5")
        .arg(r.datasetNames.value(r.dataset[i]), r.shapeNames.value(r.shape[i]), l.toString(qlonglong(r.size[i])))
        .arg(r.depth[i])
        .arg(r.isGpu[i] ? QStringLiteral("GPU") : QStringLiteral("CPU"));
}

} // namespace

QString AnomalyTimelineView::findingFor(const AnomalyTimelineResult &r, double threshold)
{
    const QLocale l;
    if (r.totalRuns == 0)
        return tr("No runs match the filter.");
    if (r.rowCount() == 0 && r.noExpectation > 0)
        return tr("None of the %1 runs could be scored: the energy model has no expected energy for them (it "
                  "knows BUTTER-E's datasets and shapes); group by configuration to compare runs with their "
                  "repeats.")
            .arg(l.toString(qulonglong(r.totalRuns)));
    if (r.rowCount() == 0)
        return tr("None of the %1 runs in the filter has a positive energy to score.")
            .arg(l.toString(qulonglong(r.totalRuns)));
    const QString group = anomalyGroupPhrase(r.grouping);
    const QString rule = thresholdPhrase(r.method, threshold);
    if (r.evaluatedCount == 0)
        return tr("None of the %1 runs could be scored: all their %2 have fewer than %3 runs; choose a coarser "
                  "grouping.")
            .arg(l.toString(qulonglong(r.totalRuns)), anomalyGroupPlural(r.grouping),
                 l.toString(qulonglong(r.minGroupSize)));
    const std::vector<std::uint8_t> flags = anomalyTimelineFlags(r, threshold);
    std::size_t flagged = 0, flaggedFailing = 0;
    std::optional<std::size_t> top;
    // "The largest": the flagged run furthest from the median it is compared with (a robust z
    // can be large for a 10% step in a very quiet group; the energy factor is what matters).
    auto distance = [&r](std::size_t i) {
        return std::abs(std::log(std::isfinite(r.expectedRatio[i]) ? r.expectedRatio[i] : r.ratio[i]));
    };
    // A run that fails a quality check is known bad data: counted, but the largest is picked
    // among the others when there are any.
    const auto fails = [&r](std::size_t i) { return i < r.failing.size() && r.failing[i] != 0; };
    for (std::size_t i = 0; i < flags.size(); ++i) {
        if (!flags[i])
            continue;
        ++flagged;
        flaggedFailing += fails(i) ? 1 : 0;
    }
    const bool skipFailing = flaggedFailing < flagged;
    for (std::size_t i = 0; i < flags.size(); ++i) {
        if (!flags[i] || (skipFailing && fails(i)))
            continue;
        if (!top || distance(i) > distance(*top))
            top = i;
    }
    const QString failingNote = flaggedFailing == 0 ? QString()
        : skipFailing ? tr(" Flagged runs that also fail a quality check (known bad data, not picked as the "
                           "largest): %1.")
                            .arg(l.toString(qulonglong(flaggedFailing)))
                      : tr(" Every flagged run also fails a quality check.");
    const double percent = 100.0 * double(flagged) / double(r.evaluatedCount);
    const QString share = l.toString(percent, 'f', flagged == 0 || percent >= 0.1 ? 1 : 2);
    QString unscored;
    if (r.smallGroupRows == 1)
        unscored = tr(" (1 run in %1 with fewer than %2 runs could not be scored)")
                       .arg(anomalyGroupPlural(r.grouping), l.toString(qulonglong(r.minGroupSize)));
    else if (r.smallGroupRows > 1)
        unscored = tr(" (%1 runs in %2 with fewer than %3 runs could not be scored)")
                       .arg(l.toString(qulonglong(r.smallGroupRows)), anomalyGroupPlural(r.grouping),
                            l.toString(qulonglong(r.minGroupSize)));
    if (!top)
        return tr("None of the %1 runs scored is flagged by %2 %3%4.")
            .arg(l.toString(qulonglong(r.evaluatedCount)), rule, group, unscored);
    const std::size_t i = *top;
    const QString date = QDateTime::fromMSecsSinceEpoch(qint64(std::llround(r.time[i] * 1000)), QTimeZone::utc())
                             .toString(QStringLiteral("yyyy-MM-dd"));
    // Against its expected energy, or its configuration's median where the model has none.
    const bool expected = std::isfinite(r.expectedRatio[i]);
    const double ratio = expected ? r.expectedRatio[i] : r.ratio[i];
    const QString median = expected ? tr("its expected energy")
                                    : anomalyGroupMedianPhrase(AnomalyGroupChoice::Configuration);
    const QString largest = ratio >= 1 ? tr("a %1 spike over %2").arg(units::ratio(ratio), median)
                                       : tr("a dip to %1 %2").arg(units::ratio(ratio), median);
    if (flagged == 1)
        return tr("1 of %1 runs scored (%2%) is flagged by %3 %4%5: %6 on %7 (%8, %9).")
                   .arg(l.toString(qulonglong(r.evaluatedCount)), share, rule, group, unscored, largest, date,
                        configurationText(r, i), units::energy(r.energy[i]))
            + failingNote;
    return tr("%1 of %2 runs scored (%3%) are flagged by %4 %5%6; the largest is %7 on %8 (%9, %10).")
               .arg(l.toString(qulonglong(flagged)), l.toString(qulonglong(r.evaluatedCount)), share, rule, group,
                    unscored, largest, date)
               .arg(configurationText(r, i), units::energy(r.energy[i]))
        + failingNote;
}

// ----------------------------------------------------------------------------------------- state

double AnomalyTimelineView::threshold() const
{
    return m_thresholds.value(int(m_method), thresholdRange(m_method).defaultValue);
}

void AnomalyTimelineView::setThreshold(double value)
{
    const ThresholdRange r = thresholdRange(m_method);
    value = std::clamp(value, r.min, r.max);
    m_thresholds.insert(int(m_method), value);
    const QSignalBlocker block(m_slider);
    m_slider->setValue(int(std::lround((value - r.min) / r.step)));
    applyThreshold();
    emit stateChanged();
}

void AnomalyTimelineView::setMethod(AnomalyMethod method)
{
    selectData(m_methodBox, methodKey(method));
    if (method == m_method)
        return;
    m_method = method;
    configureSlider();
    emit stateChanged();
    refresh();
}

void AnomalyTimelineView::setGrouping(AnomalyGroupChoice grouping)
{
    selectData(m_groupBox, anomalyGroupKey(grouping));
    if (changeOption(m_grouping, grouping))
        refresh();
}

void AnomalyTimelineView::setYMode(AnomalyTimelineY mode)
{
    m_yBox->setCurrentIndex(mode == AnomalyTimelineY::Residual ? 1 : 0);
    if (mode == m_yMode)
        return;
    m_yMode = mode;
    styleAxes();
    rebuildPlot();
    m_plot->yAxis->setRange(m_yLo, m_yHi);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    emit stateChanged();
}

QJsonObject AnomalyTimelineView::saveState() const
{
    QJsonObject thresholds;
    for (AnomalyMethod m : AllMethods)
        thresholds.insert(methodKey(m), m_thresholds.value(int(m), thresholdRange(m).defaultValue));
    return {{QStringLiteral("method"), methodKey(m_method)},
            {QStringLiteral("grouping"), anomalyGroupKey(m_grouping)},
            {QStringLiteral("y"),
             m_yMode == AnomalyTimelineY::Residual ? QStringLiteral("residual") : QStringLiteral("energy")},
            {QStringLiteral("thresholds"), thresholds},
            {QStringLiteral("selectByDragging"), m_selectMode->isChecked()}};
}

void AnomalyTimelineView::restoreState(const QJsonObject &state)
{
    const QJsonObject thresholds = state.value(QStringLiteral("thresholds")).toObject();
    for (AnomalyMethod m : AllMethods) {
        const ThresholdRange r = thresholdRange(m);
        const double v = thresholds.value(methodKey(m)).toDouble(r.defaultValue);
        m_thresholds.insert(int(m), std::isfinite(v) ? std::clamp(v, r.min, r.max) : r.defaultValue);
    }
    m_selectMode->setChecked(state.value(QStringLiteral("selectByDragging")).toBool(false));
    const auto method = methodFromKey(state.value(QStringLiteral("method")).toString());
    const auto grouping = anomalyGroupFromKey(state.value(QStringLiteral("grouping")).toString());
    const bool residual = state.value(QStringLiteral("y")).toString() == QLatin1String("residual");
    const bool recompute = (method && *method != m_method) || (grouping && *grouping != m_grouping);
    if (method)
        m_method = *method;
    if (grouping)
        m_grouping = *grouping;
    selectData(m_methodBox, methodKey(m_method));
    selectData(m_groupBox, anomalyGroupKey(m_grouping));
    m_yMode = residual ? AnomalyTimelineY::Residual : AnomalyTimelineY::Energy;
    m_yBox->setCurrentIndex(residual ? 1 : 0);
    configureSlider();
    styleAxes();
    if (recompute)
        refresh();
    else
        rebuildPlot();
}

void AnomalyTimelineView::configureSlider()
{
    const ThresholdRange r = thresholdRange(m_method);
    const QSignalBlocker block(m_slider);
    m_slider->setRange(0, int(std::lround((r.max - r.min) / r.step)));
    m_slider->setSingleStep(1);
    m_slider->setPageStep(5);
    m_slider->setValue(int(std::lround((threshold() - r.min) / r.step)));
    updateThresholdLabel();
    applyThreshold();
}

void AnomalyTimelineView::updateThresholdLabel()
{
    const int decimals = m_method == AnomalyMethod::IsolationForest ? 2 : 1;
    m_thresholdLabel->setText(QLocale().toString(threshold(), 'f', decimals));
    if (auto *caption = findChild<QLabel *>(QStringLiteral("thresholdCaption"))) {
        switch (m_method) {
        case AnomalyMethod::ZScore: caption->setText(tr("Flag |z| above:")); break;
        case AnomalyMethod::RobustZScore: caption->setText(tr("Flag |robust z| above:")); break;
        case AnomalyMethod::Iqr: caption->setText(tr("Fences at k × IQR, k:")); break;
        case AnomalyMethod::IsolationForest: caption->setText(tr("Flag score above:")); break;
        }
    }
    m_slider->setAccessibleName(tr("Threshold"));
    m_slider->setAccessibleDescription(thresholdPhrase(m_method, threshold()));
    m_slider->setToolTip(thresholdPhrase(m_method, threshold()));
}

// ------------------------------------------------------------------------------------------- data

void AnomalyTimelineView::applyFailingRuns(FailingRuns failing)
{
    if (m_failing == failing)
        return;
    m_failing = failing;
    refresh();
}

QString AnomalyTimelineView::qualityNoteSubject() const
{
    return tr("the baselines (they are still scored)");
}

void AnomalyTimelineView::requestData()
{
    submitCompute(&AnomalyTimelineView::showResult, computeAnomalyTimeline, m_method, m_grouping, m_failing);
    if (m_detailsRun && !m_details)
        requestDetails();
}

void AnomalyTimelineView::showResult(std::shared_ptr<const AnomalyTimelineResult> result)
{
    m_result = std::move(result);
    m_flags = anomalyTimelineFlags(*m_result, threshold());
    rebuildPlot();
    applyThreshold();
    // Ranges now, drawing in the queued replot: the GUI thread returns to its event loop sooner.
    applyDataRanges();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    setQualityNote(m_result->failingRuns, m_result->outsideBaseline);
    setReady(true);
}

void AnomalyTimelineView::applyThreshold()
{
    updateThresholdLabel();
    const QLocale l;
    if (!m_result) {
        m_flaggedCount = 0;
        m_countLabel->setText(QString());
        m_filterButton->setEnabled(false);
        return;
    }
    m_flags = anomalyTimelineFlags(*m_result, threshold());
    m_flaggedCount = std::size_t(std::count(m_flags.begin(), m_flags.end(), std::uint8_t(1)));
    m_countLabel->setText(
        tr("%1 flagged of %2 scored")
            .arg(l.toString(qulonglong(m_flaggedCount)), l.toString(qulonglong(m_result->evaluatedCount))));
    m_filterButton->setEnabled(m_flaggedCount > 0);
    updateCategories();
    setFinding(findingFor(*m_result, threshold()));
    QStringList notes;
    if (m_result->rowCount() > 0 && m_result->smallGroupRows > 0)
        notes << tr("%1 of %2 runs are in %3 with fewer than %4 runs, too few to score: they are drawn grey.")
                     .arg(l.toString(qulonglong(m_result->smallGroupRows)), l.toString(qulonglong(m_result->totalRuns)),
                          anomalyGroupPlural(m_result->grouping), l.toString(qulonglong(m_result->minGroupSize)));
    if (m_result->globalFallbackRows > 0)
        notes << tr("%1 runs of groups under 64 runs were scored by one forest of all runs, not within their group.")
                     .arg(l.toString(qulonglong(m_result->globalFallbackRows)));
    if (m_result->droppedNonPositive > 0)
        notes << tr("%n run(s) without a positive value are left out.", nullptr,
                    int(std::min<std::size_t>(m_result->droppedNonPositive, INT_MAX)));
    if (m_result->noExpectation > 0)
        notes << tr("%n run(s) without an expected energy (a dataset or shape the energy model does not know) are "
                    "not scored.",
                    nullptr, int(std::min<std::size_t>(m_result->noExpectation, INT_MAX)));
    if (m_result->rowCount() == 0)
        notes = QStringList{finding()};
    setMessage(notes.join(QLatin1Char(' ')));
    m_plot->setAccessibleDescription(finding());
    if (QCPGraph *flagsEntry = m_plot->graphCount() > 3 ? m_plot->graph(3) : nullptr)
        flagsEntry->setName(tr("Flagged (%1)").arg(l.toString(qulonglong(m_flaggedCount))));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void AnomalyTimelineView::updateCategories()
{
    if (!m_result || m_dots->pointCount() != m_result->rowCount())
        return;
    std::vector<std::uint8_t> cat(m_result->rowCount(), Unscored);
    for (std::size_t i = 0; i < cat.size(); ++i) {
        if (m_flags.size() == cat.size() && m_flags[i])
            cat[i] = Flagged;
        else if (m_result->evaluated[i])
            cat[i] = m_result->isGpu[i] ? GpuRun : CpuRun;
    }
    m_dots->setCategories(std::move(cat));
}

void AnomalyTimelineView::rebuildPlot()
{
    m_plot->clearGraphs();
    m_plot->legend->clearItems();
    m_dots->clear();
    const auto r = m_result;
    const bool empty = !r || r->rowCount() == 0;
    m_emptyText->setVisible(empty && r);
    m_emptyText->setText(r ? findingFor(*r, threshold()) : QString());
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setTickLabels(!empty);
        axis->setTicks(!empty);
        axis->grid()->setVisible(!empty);
    }
    if (empty) {
        m_plot->legend->setVisible(false);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    // Legend entries (the points themselves are the dot layer).
    const QLocale l;
    std::size_t cpu = 0, gpu = 0;
    for (std::size_t i = 0; i < r->rowCount(); ++i) {
        if (r->evaluated[i])
            (r->isGpu[i] ? gpu : cpu) += 1;
    }
    legendEntry(m_plot, CpuColor, Qt::transparent, 7)
        ->setName(tr("CPU runs (%1 scored)").arg(l.toString(qulonglong(cpu))));
    legendEntry(m_plot, GpuColor, Qt::transparent, 7)
        ->setName(tr("GPU runs (%1 scored)").arg(l.toString(qulonglong(gpu))));
    legendEntry(m_plot, UnscoredColor, Qt::transparent, 7)
        ->setName(tr("Not scored: group under %1 runs (%2)")
                      .arg(l.toString(qulonglong(r->minGroupSize)), l.toString(qulonglong(r->smallGroupRows))));
    legendEntry(m_plot, FlagColor, FlagEdge, 10)
        ->setName(tr("Flagged (%1)").arg(l.toString(qulonglong(m_flaggedCount))));
    if (cpu == 0)
        m_plot->legend->removeItem(m_plot->legend->itemWithPlottable(m_plot->graph(0)));
    if (gpu == 0)
        m_plot->legend->removeItem(m_plot->legend->itemWithPlottable(m_plot->graph(1)));
    if (r->smallGroupRows == 0)
        m_plot->legend->removeItem(m_plot->legend->itemWithPlottable(m_plot->graph(2)));
    if (r->evaluatedCount == 0)
        m_plot->legend->removeItem(m_plot->legend->itemWithPlottable(m_plot->graph(3)));
    m_plot->legend->setVisible(true);

    auto y = std::make_shared<std::vector<double>>(m_yMode == AnomalyTimelineY::Residual ? r->expectedRatio
                                                                                         : r->energy);
    m_yValues = y;
    std::shared_ptr<const void> owner = std::make_shared<
        std::pair<std::shared_ptr<const AnomalyTimelineResult>, std::shared_ptr<const std::vector<double>>>>(r, y);
    m_dots->setData(owner, r->time, *y);
    updateCategories();

    m_medianLine->setVisible(m_yMode == AnomalyTimelineY::Residual);
    // Detail highlight: the clicked run, ringed.
    if (m_detailsRun) {
        const auto it = std::find(r->id.begin(), r->id.end(), *m_detailsRun);
        if (it != r->id.end()) {
            const std::size_t i = std::size_t(it - r->id.begin());
            QCPGraph *ring = m_plot->addGraph();
            ring->setLineStyle(QCPGraph::lsNone);
            ring->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::black, 2), Qt::NoBrush, 15));
            ring->setData({r->time[i]}, {(*y)[i]});
            ring->removeFromLegend();
        }
    }

    // Ranges: all the data with a little room.
    m_timeLo = r->time.front();
    m_timeHi = r->time.back();
    const double pad = std::max((m_timeHi - m_timeLo) * 0.02, 600.0);
    m_timeLo -= pad;
    m_timeHi += pad;
    double lo = HUGE_VAL, hi = 0;
    for (double v : *y) {
        if (v > 0 && std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    if (!(hi > 0)) {
        lo = 1;
        hi = 10;
    }
    if (hi / lo < 4) {
        const double mid = std::sqrt(hi * lo);
        lo = std::min(lo, mid / 2);
        hi = std::max(hi, mid * 2);
    }
    m_yLo = lo / std::pow(hi / lo, 0.04);
    m_yHi = hi * std::pow(hi / lo, 0.04);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void AnomalyTimelineView::applyDataRanges()
{
    m_plot->xAxis->setRange(m_timeLo, m_timeHi);
    m_plot->yAxis->setRange(m_yLo, m_yHi);
}

void AnomalyTimelineView::resetZoom()
{
    applyDataRanges();
    m_plot->replot();
}

void AnomalyTimelineView::styleAxes()
{
    const QFont base = font();
    m_plot->xAxis->setLabel(tr("Run start (UTC)"));
    if (m_yMode == AnomalyTimelineY::Residual) {
        AxisLabelFitter::of(m_plot)->setLabels(
            m_plot->yAxis, {tr("Measured ÷ expected energy (log scale)"), tr("Measured ÷ expected")});
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new LabelledLogTicker(
            [](double v) { return QLocale().toString(v, 'g', 3) + QChar(0x00d7); }, m_plot->yAxis)));
    } else {
        AxisLabelFitter::of(m_plot)->setLabels(m_plot->yAxis,
                                               {tr("Energy per run (%1, log scale)").arg(units::energySymbol()),
                                                tr("Energy (%1)").arg(units::energySymbol())});
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(
            new LabelledLogTicker([](double v) { return units::energy(v); }, m_plot->yAxis)));
    }
    for (QCustomPlot *plot : {m_plot, m_tracePlot})
        styleAxisText(plot, base, TickPx, LabelPx, LegendPx);
    m_plot->setAccessibleName(tr("Runs over time with flagged energy anomalies"));
}

void AnomalyTimelineView::retranslateUi()
{
    ViewPanel::retranslateUi();
    setLabelText(QStringLiteral("methodLabel"), tr("Method:"));
    setLabelText(QStringLiteral("groupLabel"), tr("Group by:"));
    setLabelText(QStringLiteral("yLabel"), tr("Show:"));
    if (auto *details = m_detailsPane->findChild<QScrollArea *>(QStringLiteral("detailsScroll")))
        details->setAccessibleName(tr("Details of the chosen run"));
    for (int i = 0; i < m_methodBox->count(); ++i) {
        if (const auto m = methodFromKey(m_methodBox->itemData(i).toString()))
            m_methodBox->setItemText(i, methodLabel(*m));
    }
    retranslateAnomalyGroupBox(m_groupBox);
    m_yBox->setItemText(0, tr("Energy"));
    m_yBox->setItemText(1, tr("Measured ÷ expected"));
    m_methodBox->setAccessibleName(tr("Detection method"));
    m_methodBox->setToolTip(tr("How a run is compared with the other runs of its group"));
    m_groupBox->setAccessibleName(tr("Grouping"));
    m_groupBox->setToolTip(tr("Which runs a run is compared with"));
    m_yBox->setAccessibleName(tr("Vertical axis"));
    m_yBox->setToolTip(tr("What the vertical axis shows"));
    m_countLabel->setAccessibleName(tr("Flagged runs"));
    m_thresholdLabel->setAccessibleName(tr("Threshold value"));
    m_filterButton->setText(tr("Filter to anomalies"));
    m_filterButton->setAccessibleName(tr("Filter to anomalies"));
    m_filterButton->setToolTip(tr("Keep only the flagged runs in the filter"));
    m_selectMode->setText(tr("Select by dragging"));
    if (auto *button = findChild<QToolButton *>(QStringLiteral("selectModeButton")))
        button->setAccessibleName(tr("Select by dragging"));
    m_selectMode->setToolTip(tr("When on, dragging on the chart selects runs into the filter; when off it pans "
                                "(Shift+drag always selects)"));
    m_closeDetails->setText(tr("Close"));
    m_closeDetails->setAccessibleName(tr("Close run details"));
    m_closeDetails->setToolTip(tr("Close the run details"));
    m_detailsPane->setAccessibleName(tr("Run details"));
    m_detailsLabel->setAccessibleName(tr("Run details"));
    m_tracePlot->setAccessibleName(tr("Watt-meter trace of the run's job"));
    m_splitter->setAccessibleName(title());
    styleAxes();
    styleTracePlot();
    updateThresholdLabel();
    if (m_result) {
        rebuildPlot();
        applyThreshold();
    }
    if (m_detailsRun)
        rebuildTrace();
}

// ------------------------------------------------------------------------------------- selection

void AnomalyTimelineView::filterToAnomalies()
{
    if (!m_result)
        return;
    const QList<qint64> ids = runIdsOfFlagged(m_result->id, m_flags);
    proposeRunSelection(ids, tr("Select the %n flagged run(s)", nullptr, int(ids.size())));
}

void AnomalyTimelineView::onMouseMove(QMouseEvent *event)
{
    if (m_selector->isDragging() || event->buttons() != Qt::NoButton || !m_result)
        return;
    if (const auto i = m_dots->pointAt(event->position(), 4))
        QToolTip::showText(event->globalPosition().toPoint(), runSummary(*i), m_plot);
    else
        QToolTip::hideText();
}

void AnomalyTimelineView::showDetailsAt(const QPointF &pos)
{
    if (const auto i = m_dots->pointAt(pos, 5))
        showDetails(m_result->id[*i]);
}

void AnomalyTimelineView::selectRect(const QRectF &pixels)
{
    const QList<qint64> ids = runIdsOfRows(m_result->id, m_dots->pointsIn(pixels));
    if (ids.isEmpty())
        return;
    const auto when = [this](double px) {
        return QDateTime::fromMSecsSinceEpoch(qint64(m_plot->xAxis->pixelToCoord(px) * 1000), QTimeZone::utc())
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    proposeRunSelection(ids,
                        tr("Select %n run(s) started %1 to %2 UTC", nullptr, int(ids.size()))
                            .arg(when(pixels.left()), when(pixels.right())));
}

QString AnomalyTimelineView::runSummary(std::size_t i) const
{
    const auto &r = *m_result;
    const QLocale l;
    QString text = configurationText(r, i);
    text += QLatin1Char('\n')
        + tr("Started %1 UTC; energy %2")
              .arg(utcText(qint64(std::llround(r.time[i] * 1e9)), false), units::energy(r.energy[i]));
    if (r.configRuns[i] > 1)
        text += QLatin1Char('\n')
            + tr("%1 the median of its configuration (%2 runs)").arg(units::ratio(r.ratio[i])).arg(r.configRuns[i]);
    if (std::isfinite(r.expectedRatio[i]))
        text += QLatin1Char('\n') + tr("%1 its expected energy").arg(units::ratio(r.expectedRatio[i]));
    if (r.evaluated[i])
        text += QLatin1Char('\n')
            + tr("%1 score %2%3")
                  .arg(methodLabel(r.method), l.toString(r.score[i], 'f', 2),
                       m_flags.size() > i && m_flags[i] ? tr(" (flagged)") : QString());
    else
        text += QLatin1Char('\n') + tr("Not scored: its group has fewer than %1 runs").arg(r.minGroupSize);
    text += QLatin1Char('\n') + tr("Click for its details and watt-meter trace");
    return text;
}

// --------------------------------------------------------------------------------------- details

void AnomalyTimelineView::setDetailsProvider(DetailsProvider provider)
{
    m_detailsProvider = std::move(provider);
}

void AnomalyTimelineView::showDetails(qint64 runRowId)
{
    m_detailsRun = runRowId;
    m_details.reset();
    m_detailsError.clear();
    m_detailsPane->show();
    if (m_splitter->sizes().value(1) < 120) {
        const int total = std::max(m_splitter->height(), 400);
        m_splitter->setSizes({total * 3 / 5, total * 2 / 5});
    }
    rebuildTrace();
    rebuildPlot(); // the ring on the clicked run
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    requestDetails();
}

void AnomalyTimelineView::hideDetails()
{
    if (m_detailsService && m_detailsService->isPending(detailsRequester()))
        m_detailsService->cancel(detailsRequester());
    m_detailsRun.reset();
    m_details.reset();
    m_detailsPane->hide();
    rebuildPlot();
}

void AnomalyTimelineView::requestDetails()
{
    AnalysisService *service = environment().service;
    if (!m_detailsRun)
        return;
    if (!service || !m_detailsProvider) {
        m_detailsError = tr("Run details and traces are not available here (no store is connected).");
        rebuildTrace();
        return;
    }
    if (m_detailsService != service) {
        for (const auto &c : std::as_const(m_detailsConnections))
            disconnect(c);
        m_detailsConnections.clear();
        m_detailsService = service;
        m_detailsConnections << connect(service, &AnalysisService::resultReady, this,
                                        &AnomalyTimelineView::onDetailsResult)
                             << connect(service, &AnalysisService::failed, this, &AnomalyTimelineView::onDetailsFailed);
    }
    const DetailsProvider provider = m_detailsProvider;
    const qint64 id = *m_detailsRun;
    m_detailsRequest = service->request(detailsRequester(), [provider, id](const RunColumns &, JobContext &) {
        return QVariant::fromValue(std::make_shared<const TraceDetails>(provider(id)));
    });
}

void AnomalyTimelineView::onDetailsResult(const QString &requester, quint64 requestId, const QVariant &value)
{
    if (requester != detailsRequester() || requestId != m_detailsRequest)
        return;
    auto details = value.value<std::shared_ptr<const TraceDetails>>();
    if (!details || !m_detailsRun || details->runRowId != *m_detailsRun)
        return;
    m_details = details;
    m_detailsError = details->error;
    rebuildTrace();
    emit detailsShown(details->runRowId);
}

void AnomalyTimelineView::onDetailsFailed(const QString &requester, quint64 requestId, const QString &message)
{
    if (requester != detailsRequester() || requestId != m_detailsRequest)
        return;
    m_detailsError = message;
    rebuildTrace();
}

QString AnomalyTimelineView::detailsText() const
{
    return m_detailsLabel->text().isEmpty() ? QString()
                                            : QTextDocumentFragment::fromHtml(m_detailsLabel->text()).toPlainText();
}

void AnomalyTimelineView::styleTracePlot()
{
    m_tracePlot->xAxis->setLabel(tr("Time (UTC)"));
    m_tracePlot->yAxis->setLabel(tr("Node power (W)"));
    m_tracePlot->yAxis->setNumberFormat(QStringLiteral("f"));
    m_tracePlot->yAxis->setNumberPrecision(0);
    m_tracePlot->xAxis->grid()->setPen(QPen(QColor(0xe0, 0xe0, 0xe0), 0));
    m_tracePlot->yAxis->grid()->setPen(QPen(QColor(0xe0, 0xe0, 0xe0), 0));
    m_tracePlot->legend->setVisible(true);
    m_tracePlot->legend->setBorderPen(Qt::NoPen);
    m_tracePlot->legend->setBrush(Qt::NoBrush);
    m_tracePlot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_tracePlot->legend->setWrap(2);
    m_tracePlot->legend->setColumnSpacing(14);
    m_tracePlot->legend->setMargins(QMargins(4, 0, 4, 0));
}

void AnomalyTimelineView::rebuildTrace()
{
    const QLocale l;
    m_tracePlot->clearGraphs();
    m_tracePlot->clearItems();
    m_tracePlot->legend->clearItems();
    if (!m_detailsRun) {
        m_detailsLabel->clear();
        return;
    }
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QStringList lines;
    const std::shared_ptr<const TraceDetails> d = m_details;
    // What the result already knows, so the pane says something while the details load.
    std::optional<std::size_t> row;
    if (m_result) {
        const auto it = std::find(m_result->id.begin(), m_result->id.end(), *m_detailsRun);
        if (it != m_result->id.end())
            row = std::size_t(it - m_result->id.begin());
    }
    bool traceShown = false;
    if (d && d->found) {
        lines << tr("<b>Run</b> %1").arg(esc(d->runId));
        lines << tr("<b>Configuration:</b> %1, %2, %3 parameters, depth %4, %5 (batch %6)")
                     .arg(esc(d->dataset), esc(d->shape), l.toString(d->size))
                     .arg(d->depth)
                     .arg(esc(d->device), esc(d->batch));
        lines << tr("<b>Node:</b> %1 (%2), <b>SLURM job</b> %3")
                     .arg(esc(d->node), d->nodeType.isEmpty() ? tr("type unknown") : esc(d->nodeType))
                     .arg(d->slurmJobId);
        lines << tr("<b>Ran</b> %1 to %2 UTC (%3)")
                     .arg(utcText(d->startNs), utcText(d->updateNs).mid(11), units::duration(d->runTime));
        lines << tr("<b>Energy:</b> %1 at %2 on average").arg(units::energy(d->energy), units::power(d->power));
        if (d->quality == 0) {
            lines << tr("<b>Quality:</b> passes every check");
        } else {
            // Scored like every run, but kept out of the baselines unless failing runs are included.
            lines << tr("<b>Quality:</b> fails a check; %1")
                         .arg(m_failing == FailingRuns::Excluded ? tr("not part of the baseline it is scored against")
                                                                 : tr("part of the baseline, as chosen"));
            for (const QString &sentence : runquality::sentences(d->quality))
                lines << QStringLiteral("&nbsp;&nbsp;- ") + esc(sentence);
        }
    } else if (row) {
        lines << tr("<b>Run</b> %1").arg(*m_detailsRun);
        lines << tr("<b>Configuration:</b> %1").arg(esc(configurationText(*m_result, *row)));
        lines << tr("<b>Energy:</b> %1").arg(units::energy(m_result->energy[*row]));
    } else {
        lines << tr("<b>Run</b> %1").arg(*m_detailsRun);
    }
    if (row) {
        const auto &r = *m_result;
        if (r.configRuns[*row] > 1)
            lines << tr("%1 the median of its configuration's %2 runs")
                         .arg(units::ratio(r.ratio[*row]))
                         .arg(r.configRuns[*row]);
        if (std::isfinite(r.expectedRatio[*row]))
            lines << tr("%1 its expected energy (the energy model's, for its configuration)")
                         .arg(units::ratio(r.expectedRatio[*row]));
        if (r.evaluated[*row])
            lines << tr("%1 score %2%3")
                         .arg(methodLabel(r.method), l.toString(r.score[*row], 'f', 2),
                              m_flags.size() > *row && m_flags[*row] ? tr(": <b style='color:#d7191c'>flagged</b>")
                                                                     : tr(": not flagged"));
        else
            lines << tr("Not scored (its group has fewer than %1 runs)").arg(r.minGroupSize);
    }
    if (!m_detailsError.isEmpty()) {
        lines << tr("<i>%1</i>").arg(esc(m_detailsError));
    } else if (!d) {
        lines << tr("<i>Loading the run's details and trace...</i>");
    } else if (!d->found) {
        lines << tr("<i>This run is no longer in the store.</i>");
    } else if (!d->hasTrace()) {
        lines << tr("<b>No trace stored for this job.</b>");
    } else {
        const auto e = TraceQuery::integrate(d->sampleNs, d->sampleWatts, d->startNs, d->updateNs);
        lines << tr("Trace: %1 samples of node power over the job").arg(l.toString(qulonglong(d->sampleNs.size())));
        if (e)
            lines << tr("Energy from the trace over the run: %1 (stored: %2)")
                         .arg(units::energy(*e), units::energy(d->energy));
        traceShown = true;
    }
    m_detailsLabel->setText(lines.join(QStringLiteral("<br>")));
    m_tracePlot->setVisible(traceShown);
    if (!traceShown) {
        m_tracePlot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }

    // Samples hold until the next one (each is the mean power over the following minute).
    QVector<double> t, w;
    t.reserve(qsizetype(d->sampleNs.size()) + 1);
    w.reserve(qsizetype(d->sampleNs.size()) + 1);
    double top = 0;
    for (std::size_t i = 0; i < d->sampleNs.size(); ++i) {
        t << double(d->sampleNs[i]) / 1e9;
        w << d->sampleWatts[i];
        top = std::max(top, d->sampleWatts[i]);
    }
    if (t.size() >= 2) {
        t << t.back() + (t.back() - t[t.size() - 2]);
        w << w.back();
    }
    const double start = double(d->startNs) / 1e9;
    const double end = double(d->updateNs) / 1e9;
    auto *span = new QCPItemRect(m_tracePlot);
    span->topLeft->setTypeX(QCPItemPosition::ptPlotCoords);
    span->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    span->bottomRight->setTypeX(QCPItemPosition::ptPlotCoords);
    span->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    span->topLeft->setCoords(start, 0);
    span->bottomRight->setCoords(end, 1);
    span->setPen(Qt::NoPen);
    span->setBrush(QColor(0xd7, 0x19, 0x1c, 28));
    for (const auto &[x, name] : {std::pair{start, tr("start")}, std::pair{end, tr("end")}}) {
        auto *line = new QCPItemStraightLine(m_tracePlot);
        line->point1->setCoords(x, 0);
        line->point2->setCoords(x, 1);
        line->setPen(QPen(FlagColor, 1.4, Qt::DashLine));
        auto *label = new QCPItemText(m_tracePlot);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(x, 0.0);
        label->setPositionAlignment(Qt::AlignTop | Qt::AlignLeft);
        label->setPadding(QMargins(3, 2, 3, 2));
        label->setText(name);
        label->setColor(FlagColor.darker(130));
        label->setFont(pixelFont(font(), TextPx, true));
    }
    QCPGraph *g = m_tracePlot->addGraph();
    g->setData(t, w, true);
    g->setLineStyle(QCPGraph::lsStepLeft);
    g->setPen(QPen(QColor(0x20, 0x20, 0x20), 1.5));
    g->setName(tr("Node power (1-minute samples)"));
    if (d->idlePower) {
        QCPGraph *idle = m_tracePlot->addGraph();
        idle->setData({t.front(), t.back()}, {*d->idlePower, *d->idlePower});
        idle->setPen(QPen(QColor(0x00, 0x72, 0xb2), 1.5, Qt::DashLine));
        idle->setName(tr("Idle power of the node (%1 W)").arg(l.toString(*d->idlePower, 'f', 0)));
        top = std::max(top, *d->idlePower);
    }
    QCPGraph *avg = m_tracePlot->addGraph();
    avg->setData({start, end}, {d->power, d->power});
    avg->setPen(QPen(FlagColor, 2.5));
    avg->setName(tr("The run's average power (%1 W)").arg(l.toString(d->power, 'f', 0)));
    top = std::max(top, d->power);
    // Show the run with some of the job around it; pan or zoom for the rest.
    const double margin = std::max((end - start) * 0.6, 15 * 60.0);
    m_tracePlot->xAxis->setRange(std::max(t.front(), start - margin), std::min(t.back(), end + margin));
    m_tracePlot->yAxis->setRange(0, top * 1.25);
    m_tracePlot->replot(QCustomPlot::rpQueuedReplot);
}

// ---------------------------------------------------------------------------------------- export

void AnomalyTimelineView::renderChart(QPainter *painter, const QRectF &rect, bool vector)
{
    if (!m_detailsPane->isVisible() || !m_detailsRun) {
        renderPlot(m_plot, painter, rect, vector);
        return;
    }
    // The timeline above, the clicked run's details and trace below.
    const bool trace = m_tracePlot->isVisible() || (m_details && m_details->hasTrace());
    const QRectF top(rect.left(), rect.top(), rect.width(), rect.height() * (trace ? 0.6 : 0.75));
    const QRectF bottom(rect.left(), top.bottom() + 6, rect.width(), rect.height() - top.height() - 6);
    renderPlot(m_plot, painter, top, vector);
    const QRectF textRect(bottom.left() + 8, bottom.top() + 4, trace ? bottom.width() * 0.36 : bottom.width() - 16,
                          bottom.height() - 8);
    painter->save();
    painter->setPen(QColor(0xc8, 0xc8, 0xc8));
    painter->drawLine(QPointF(bottom.left(), bottom.top()), QPointF(bottom.right(), bottom.top()));
    painter->setPen(QColor(0x20, 0x20, 0x20));
    painter->setFont(pixelFont(font(), TextPx));
    painter->drawText(textRect, Qt::TextWordWrap | Qt::AlignTop | Qt::AlignLeft, detailsText());
    painter->restore();
    if (trace) {
        const QRectF traceRect(textRect.right() + 8, bottom.top() + 2, bottom.right() - textRect.right() - 8,
                               bottom.height() - 2);
        renderPlot(m_tracePlot, painter, traceRect, vector);
    }
}

} // namespace wattprint
