#include "anomalyscoreview.h"

#include "anomalydotlayer.h"
#include "axislabelfitter.h"
#include "chartfonts.h"
#include "chartplot.h"
#include "filterstate.h"
#include "plotstyle.h"
#include "rubberbandselector.h"
#include "selectionedit.h"
#include "utcdateticker.h"

#include <units.h>

#include <qcustomplot.h>

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>

#include <algorithm>
#include <climits>
#include <cmath>

namespace wattprint {

namespace {

const QColor RunTimeColor(0x00, 0x72, 0xb2); // Okabe-Ito blue
const QColor PowerColor(0xe6, 0x9f, 0x00);   // Okabe-Ito orange
const QColor OrdinaryColor(0x7a, 0x7a, 0x7a);
const QColor EdgeColor(0x20, 0x20, 0x20);

constexpr int TickPx = 12;
constexpr int LabelPx = 14;
constexpr int LegendPx = 13;

enum Category : std::uint8_t { Ordinary = 0, RunTimeDriven = 1, PowerDriven = 2 };

QString signedSigma(double v)
{
    const QLocale l;
    const QString number = l.toString(std::abs(v), 'f', 1);
    // A part that rounds to 0.0 gets no sign.
    if (number == l.toString(0.0, 'f', 1))
        return number;
    return (v < 0 ? QChar(0x2212) : QChar(u'+')) + number;
}

QString configurationText(const AnomalyScoreResult &r, std::size_t i)
{
    return QCoreApplication::translate("AnomalyScoreView", "%1, %2, %3 parameters, depth %4, %5")
        .arg(r.datasetNames.value(r.dataset[i]), r.shapeNames.value(r.shape[i]),
             QLocale().toString(qlonglong(r.size[i])))
        .arg(r.depth[i])
        .arg(r.isGpu[i] ? QStringLiteral("GPU") : QStringLiteral("CPU"));
}

QCPGraph *legendEntry(QCustomPlot *plot, const QColor &fill, const QColor &edge, double size)
{
    QCPGraph *g = plot->addGraph();
    g->setLineStyle(QCPGraph::lsNone);
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, edge.alpha() > 0 ? QPen(edge, 1) : QPen(fill, 1),
                                       QBrush(fill), size));
    return g;
}

} // namespace

AnomalyScoreView::AnomalyScoreView(QWidget *parent)
    : ViewPanel(QStringLiteral("anomaly-score"), parent)
    , m_plot(new ChartPlot)
    , m_groupBox(new QComboBox(this))
    , m_thresholdBox(new QComboBox(this))
    , m_countLabel(new QLabel(this))
    , m_filterButton(new QPushButton(this))
{
    setUpAnomalyGroupBox(m_groupBox, m_grouping, [this](AnomalyGroupChoice g) { setGrouping(g); });
    addLabelledControl(QStringLiteral("groupLabel"), m_groupBox);
    m_thresholdBox->setObjectName(QStringLiteral("thresholdBox"));
    // The anomaly timeline's default (robust z, Iglewicz and Hoaglin's 3.5), so both views flag the
    // same runs, and a looser 2.5.
    m_thresholdBox->addItem(QString(), StrictThreshold);
    m_thresholdBox->addItem(QString(), LooseThreshold);
    addLabelledControl(QStringLiteral("thresholdLabel"), m_thresholdBox);
    toolBar()->addSeparator();
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    toolBar()->addWidget(m_countLabel);
    m_filterButton->setObjectName(QStringLiteral("filterToFlaggedButton"));
    m_filterButton->setFocusPolicy(Qt::StrongFocus);
    toolBar()->addWidget(m_filterButton);
    m_selectMode = toolBar()->addAction(QString());
    m_selectMode->setObjectName(QStringLiteral("selectModeAction"));
    m_selectMode->setCheckable(true);
    m_selectMode->setChecked(true);
    connect(m_thresholdBox, &QComboBox::activated, this,
            [this](int index) { setThreshold(m_thresholdBox->itemData(index).toDouble()); });
    connect(m_filterButton, &QPushButton::clicked, this, &AnomalyScoreView::filterToFlagged);
    connect(m_selectMode, &QAction::toggled, this, [this] { emit stateChanged(); });

    m_plot->setObjectName(QStringLiteral("anomalyScorePlot"));
    m_plot->setMinimumSize(360, 240);
    m_plot->setMouseTracking(true);
    m_plot->setInteractions(QCP::Interactions(QCP::iRangeDrag) | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new UtcDateTicker));
    m_plot->xAxis->grid()->setPen(QPen(QColor(0xdc, 0xdc, 0xdc), 0));
    m_plot->yAxis->grid()->setPen(QPen(QColor(0xe4, 0xe4, 0xe4), 0));
    m_plot->yAxis->grid()->setZeroLinePen(QPen(QColor(0x90, 0x90, 0x90), 1));
    m_plot->xAxis->setPadding(4);
    m_plot->yAxis->setPadding(6);
    putLegendBelow(m_plot);
    styleRowLegend(m_plot->legend, 18);

    // Bands behind the points: 2.5..3.5 sigma pale amber, beyond 3.5 sigma pale red, each side.
    auto band = [this](double lo, double hi, const QColor &color) {
        auto *rect = new QCPItemRect(m_plot);
        rect->setLayer(QStringLiteral("grid"));
        rect->topLeft->setTypeX(QCPItemPosition::ptAxisRectRatio);
        rect->bottomRight->setTypeX(QCPItemPosition::ptAxisRectRatio);
        rect->topLeft->setCoords(0, hi);
        rect->bottomRight->setCoords(1, lo);
        rect->setPen(Qt::NoPen);
        rect->setBrush(color);
        m_sigmaItems << rect;
    };
    band(LooseThreshold, StrictThreshold, QColor(0xff, 0xd8, 0x66, 60));
    band(-StrictThreshold, -LooseThreshold, QColor(0xff, 0xd8, 0x66, 60));
    band(StrictThreshold, 1e6, QColor(0xe0, 0x40, 0x40, 20));
    band(-1e6, -StrictThreshold, QColor(0xe0, 0x40, 0x40, 20));
    for (double s : {-StrictThreshold, -LooseThreshold, LooseThreshold, StrictThreshold}) {
        auto *line = new QCPItemStraightLine(m_plot);
        line->point1->setCoords(0, s);
        line->point2->setCoords(1, s);
        const bool strict = std::abs(s) > LooseThreshold;
        line->setPen(QPen(strict ? QColor(0xc0, 0x30, 0x30) : QColor(0xb0, 0x8a, 0x00), 1, Qt::DashLine));
        auto *label = new QCPItemText(m_plot);
        label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        label->position->setTypeY(QCPItemPosition::ptPlotCoords);
        // The strict lines' labels at the right edge, the loose ones' at the left: one sigma apart,
        // they would print over each other when the scores span tens of sigma.
        label->position->setCoords(strict ? 1 : 0, s);
        label->setPositionAlignment((strict ? Qt::AlignRight : Qt::AlignLeft)
                                    | (s > 0 ? Qt::AlignBottom : Qt::AlignTop));
        label->setPadding(QMargins(2, 0, 4, 0));
        label->setText(QStringLiteral("%1%2%3")
                           .arg(s > 0 ? QStringLiteral("+") : QString(QChar(0x2212)))
                           .arg(QLocale().toString(std::abs(s), 'f', 1))
                           .arg(QChar(0x03c3)));
        label->setColor(strict ? QColor(0xa0, 0x20, 0x20) : QColor(0x80, 0x60, 0x00));
        label->setFont(pixelFont(font(), 12, true));
        m_sigmaItems << line << label;
    }

    m_dots = new AnomalyDotLayer(m_plot->xAxis, m_plot->yAxis);
    m_dots->setStyles({
        {QColor(OrdinaryColor.red(), OrdinaryColor.green(), OrdinaryColor.blue(), 80), Qt::transparent, 1.6, true},
        {RunTimeColor, EdgeColor, 3.8, true},
        {PowerColor, EdgeColor, 3.8, true},
    });
    m_selector = new RubberBandSelector(m_plot, RubberBandSelector::Shape::Rectangle);
    m_selector->setStartCondition([this](const QMouseEvent *event) {
        return m_result && m_result->rowCount() > 0 && m_plot->axisRect()->rect().contains(event->position().toPoint());
    });
    m_selector->setSelectCondition([this](const QMouseEvent *event) {
        return m_selectMode->isChecked() || event->modifiers().testFlag(Qt::ShiftModifier);
    });
    connect(m_selector, &RubberBandSelector::rectSelected, this, &AnomalyScoreView::selectRect);
    connect(m_selector, &RubberBandSelector::clicked, this, &AnomalyScoreView::selectRunAt);
    m_emptyText = addEmptyText(m_plot, font(), 18);
    connect(m_plot, &QCustomPlot::mouseMove, this, &AnomalyScoreView::onMouseMove);
    setChartWidget(m_plot);
    styleAxes();
    retranslateUi();
}

QString AnomalyScoreView::explain(const AnomalyScoreResult &r, std::size_t i)
{
    const QLocale l;
    const QString sigma = QString(QChar(0x03c3));
    const QString level = l.toString(std::abs(r.z[i]), 'f', 1);
    const QString energy = r.z[i] >= 0 ? tr("energy %1 %2 high").arg(level, sigma)
                                       : tr("energy %1 %2 low").arg(level, sigma);
    return tr("%1: run time %2 %3, power %4 %3")
        .arg(energy, signedSigma(r.runTimePart[i]), sigma, signedSigma(r.powerPart[i]));
}

QString AnomalyScoreView::tooltipFor(const AnomalyScoreResult &r, std::size_t i, double threshold)
{
    const QString when = QDateTime::fromMSecsSinceEpoch(qint64(std::llround(r.time[i] * 1000)), QTimeZone::utc())
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QString text = explain(r, i);
    text += QLatin1Char('\n')
        + tr("run time %1 the expected at its group's median power, power %2 that median")
              .arg(units::ratio(r.runTimeRatio[i]), units::ratio(r.powerRatio[i]));
    if (std::abs(r.z[i]) > threshold)
        text += QLatin1Char('\n')
            + (r.driver(i) == AnomalyDriver::RunTime ? tr("Flagged, driven mainly by run time")
                                                     : tr("Flagged, driven mainly by power"));
    text += QLatin1Char('\n') + configurationText(r, i);
    text += QLatin1Char('\n') + tr("Started %1 UTC; energy %2").arg(when, units::energy(r.energy[i]));
    return text;
}

QString AnomalyScoreView::findingFor(const AnomalyScoreResult &r, double threshold)
{
    const QLocale l;
    if (r.totalRuns == 0)
        return tr("No runs match the filter.");
    const QString group = anomalyGroupPhrase(r.grouping);
    const QString sigma = QString(QChar(0x03c3));
    const QString t = l.toString(threshold, 'f', 1);
    if (r.rowCount() == 0 && r.noExpectation > 0 && r.smallGroupRows == 0)
        return tr("None of the %1 runs could be scored: the energy model has no expected energy for them (it "
                  "knows BUTTER-E's datasets and shapes); group by configuration to compare runs with their "
                  "repeats.")
            .arg(l.toString(qulonglong(r.totalRuns)));
    if (r.rowCount() == 0)
        return tr("None of the %1 runs could be scored: all their %2 have fewer than %3 runs; choose a coarser "
                  "grouping.")
            .arg(l.toString(qulonglong(r.totalRuns)), anomalyGroupPlural(r.grouping),
                 l.toString(qulonglong(r.minGroupSize)));
    std::size_t flagged = 0, byTime = 0, high = 0;
    for (std::size_t i = 0; i < r.rowCount(); ++i) {
        if (!(std::abs(r.z[i]) > threshold))
            continue;
        ++flagged;
        byTime += r.driver(i) == AnomalyDriver::RunTime ? 1 : 0;
        high += r.z[i] > 0 ? 1 : 0;
    }
    const std::size_t byPower = flagged - byTime;
    QString unscored;
    if (r.smallGroupRows == 1)
        unscored = tr("; 1 run in %1 with fewer than %2 runs was not scored")
                       .arg(anomalyGroupPlural(r.grouping), l.toString(qulonglong(r.minGroupSize)));
    else if (r.smallGroupRows > 1)
        unscored = tr("; %1 runs in %2 with fewer than %3 runs were not scored")
                       .arg(l.toString(qulonglong(r.smallGroupRows)), anomalyGroupPlural(r.grouping),
                            l.toString(qulonglong(r.minGroupSize)));
    const QString rule = tr("a residual beyond %1 %2 %3").arg(t, sigma, group);
    if (flagged == 0)
        return tr("No run is flagged (%1) among the %2 runs scored%3.")
            .arg(rule, l.toString(qulonglong(r.rowCount())), unscored);
    QString direction;
    if (high == flagged)
        direction = tr("all of them above their group");
    else if (high == 0)
        direction = tr("all of them below their group");
    else
        direction = tr("%1 above and %2 below their group")
                        .arg(l.toString(qulonglong(high)), l.toString(qulonglong(flagged - high)));
    if (flagged == 1)
        return tr("1 of %1 runs scored is flagged (%2, %3 its group), driven mainly by %4%5.")
            .arg(l.toString(qulonglong(r.rowCount())), rule, high ? tr("above") : tr("below"),
                 byTime ? tr("run time") : tr("power"), unscored);
    return tr("%1 of %2 runs scored are flagged (%3; %4): %5 driven mainly by run time and %6 by power%7.")
        .arg(l.toString(qulonglong(flagged)), l.toString(qulonglong(r.rowCount())), rule, direction,
             l.toString(qulonglong(byTime)), l.toString(qulonglong(byPower)), unscored);
}

// ----------------------------------------------------------------------------------------- state

void AnomalyScoreView::setGrouping(AnomalyGroupChoice grouping)
{
    selectData(m_groupBox, anomalyGroupKey(grouping));
    if (changeOption(m_grouping, grouping))
        refresh();
}

void AnomalyScoreView::setThreshold(double sigma)
{
    sigma = sigma < 3.0 ? LooseThreshold : StrictThreshold;
    m_thresholdBox->setCurrentIndex(sigma < 3.0 ? 1 : 0);
    if (sigma == m_threshold)
        return;
    m_threshold = sigma;
    applyThreshold();
    emit stateChanged();
}

QJsonObject AnomalyScoreView::saveState() const
{
    return {{QStringLiteral("grouping"), anomalyGroupKey(m_grouping)},
            {QStringLiteral("threshold"), m_threshold},
            {QStringLiteral("selectByDragging"), m_selectMode->isChecked()}};
}

void AnomalyScoreView::restoreState(const QJsonObject &state)
{
    m_selectMode->setChecked(state.value(QStringLiteral("selectByDragging")).toBool(true));
    // Layouts from before the robust score saved 3 or 2 (sigma of a plain z): the nearer choice.
    const double t = state.value(QStringLiteral("threshold")).toDouble(StrictThreshold);
    m_threshold = t < 3.0 ? LooseThreshold : StrictThreshold;
    m_thresholdBox->setCurrentIndex(m_threshold < 3.0 ? 1 : 0);
    const auto g = anomalyGroupFromKey(state.value(QStringLiteral("grouping")).toString());
    if (g && *g != m_grouping) {
        m_grouping = *g;
        selectData(m_groupBox, anomalyGroupKey(m_grouping));
        refresh();
    } else {
        applyThreshold();
    }
}

// ------------------------------------------------------------------------------------------ data

void AnomalyScoreView::applyFailingRuns(FailingRuns failing)
{
    if (m_failing == failing)
        return;
    m_failing = failing;
    refresh();
}

QString AnomalyScoreView::qualityNoteSubject() const
{
    return tr("the baselines (they are still scored)");
}

void AnomalyScoreView::requestData()
{
    submitCompute(&AnomalyScoreView::showResult, computeAnomalyScores, m_grouping, m_failing);
}

void AnomalyScoreView::showResult(std::shared_ptr<const AnomalyScoreResult> result)
{
    m_result = std::move(result);
    rebuildPlot();
    applyThreshold();
    // Ranges now, drawing in the queued replot: the GUI thread returns to its event loop sooner.
    applyDataRanges();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    setQualityNote(m_result->failingRuns, m_result->outsideBaseline);
    setReady(true);
}

void AnomalyScoreView::applyThreshold()
{
    const QLocale l;
    m_flags.clear();
    m_flaggedCount = m_runTimeDriven = m_powerDriven = 0;
    if (!m_result) {
        m_countLabel->clear();
        m_filterButton->setEnabled(false);
        setFinding(QString());
        return;
    }
    const auto &r = *m_result;
    std::vector<std::uint8_t> cat(r.rowCount(), Ordinary);
    m_flags.assign(r.rowCount(), 0);
    for (std::size_t i = 0; i < r.rowCount(); ++i) {
        if (!(std::abs(r.z[i]) > m_threshold))
            continue;
        m_flags[i] = 1;
        ++m_flaggedCount;
        if (r.driver(i) == AnomalyDriver::RunTime) {
            cat[i] = RunTimeDriven;
            ++m_runTimeDriven;
        } else {
            cat[i] = PowerDriven;
            ++m_powerDriven;
        }
    }
    if (m_dots->pointCount() == r.rowCount())
        m_dots->setCategories(std::move(cat));
    m_countLabel->setText(tr("%1 flagged of %2 scored")
                              .arg(l.toString(qulonglong(m_flaggedCount)), l.toString(qulonglong(r.rowCount()))));
    m_filterButton->setEnabled(m_flaggedCount > 0);
    if (m_plot->graphCount() >= 3) {
        m_plot->graph(1)->setName(tr("Flagged, driven by run time (%1)").arg(l.toString(qulonglong(m_runTimeDriven))));
        m_plot->graph(2)->setName(tr("Flagged, driven by power (%1)").arg(l.toString(qulonglong(m_powerDriven))));
        m_plot->graph(0)->setName(tr("Within %1 %2 (%3)")
                                      .arg(l.toString(m_threshold, 'f', 1), QString(QChar(0x03c3)),
                                           l.toString(qulonglong(r.rowCount() - m_flaggedCount))));
    }
    setFinding(findingFor(r, m_threshold));
    QStringList notes;
    if (r.rowCount() > 0 && r.smallGroupRows > 0)
        notes << tr("%1 of %2 runs are in %3 with fewer than %4 runs, too few to score: they are not drawn.")
                     .arg(l.toString(qulonglong(r.smallGroupRows)), l.toString(qulonglong(r.totalRuns)),
                          anomalyGroupPlural(r.grouping), l.toString(qulonglong(r.minGroupSize)));
    if (r.droppedNonPositive > 0)
        notes << tr("%n run(s) without a positive energy and run time are left out.", nullptr,
                    int(std::min<std::size_t>(r.droppedNonPositive, INT_MAX)));
    if (r.noExpectation > 0)
        notes << tr("%n run(s) without an expected energy (a dataset or shape the energy model does not know) are "
                    "not scored.",
                    nullptr, int(std::min<std::size_t>(r.noExpectation, INT_MAX)));
    if (r.rowCount() == 0)
        notes = QStringList{finding()};
    setMessage(notes.join(QLatin1Char(' ')));
    m_plot->setAccessibleDescription(finding());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void AnomalyScoreView::rebuildPlot()
{
    m_plot->clearGraphs();
    m_plot->legend->clearItems();
    m_dots->clear();
    const auto r = m_result;
    const bool empty = !r || r->rowCount() == 0;
    m_emptyText->setVisible(empty && r);
    if (r && r->totalRuns == 0)
        m_emptyText->setText(tr("No runs match the filter."));
    else if (r)
        m_emptyText->setText(tr("No run could be scored: groups need at least %1 runs.\nChoose a coarser grouping.")
                                 .arg(r->minGroupSize));
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setTickLabels(!empty);
        axis->setTicks(!empty);
        axis->grid()->setVisible(!empty);
    }
    for (QCPAbstractItem *item : std::as_const(m_sigmaItems))
        item->setVisible(!empty);
    m_plot->legend->setVisible(!empty);
    if (empty) {
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    legendEntry(m_plot, OrdinaryColor, Qt::transparent, 7);
    legendEntry(m_plot, RunTimeColor, EdgeColor, 10);
    legendEntry(m_plot, PowerColor, EdgeColor, 10);
    m_dots->setData(r, r->time, r->z);
    m_timeLo = r->time.front();
    m_timeHi = r->time.back();
    const double pad = std::max((m_timeHi - m_timeLo) * 0.02, 600.0);
    m_timeLo -= pad;
    m_timeHi += pad;
    double zMax = 0;
    for (double v : r->z)
        zMax = std::max(zMax, std::abs(v));
    m_zMax = std::max(4.0, zMax * 1.06);
}

void AnomalyScoreView::applyDataRanges()
{
    m_plot->xAxis->setRange(m_timeLo, m_timeHi);
    m_plot->yAxis->setRange(-m_zMax, m_zMax);
}

void AnomalyScoreView::resetZoom()
{
    applyDataRanges();
    m_plot->replot();
}

void AnomalyScoreView::styleAxes()
{
    const QFont base = font();
    m_plot->xAxis->setLabel(tr("Run start (UTC)"));
    AxisLabelFitter::of(m_plot)->setLabels(
        m_plot->yAxis,
        {tr("Anomaly score: robust z of measured ÷ expected energy (%1)").arg(QChar(0x03c3)),
         tr("Robust z (%1)").arg(QChar(0x03c3))});
    styleAxisText(m_plot, base, TickPx, LabelPx, LegendPx);
    m_plot->setAccessibleName(tr("Anomaly scores of runs over time"));
}

void AnomalyScoreView::retranslateUi()
{
    ViewPanel::retranslateUi();
    setLabelText(QStringLiteral("groupLabel"), tr("Group by:"));
    setLabelText(QStringLiteral("thresholdLabel"), tr("Flag beyond:"));
    retranslateAnomalyGroupBox(m_groupBox);
    m_thresholdBox->setItemText(0, tr("%1 %2").arg(QLocale().toString(StrictThreshold, 'f', 1), QChar(0x03c3)));
    m_thresholdBox->setItemText(1, tr("%1 %2").arg(QLocale().toString(LooseThreshold, 'f', 1), QChar(0x03c3)));
    m_groupBox->setAccessibleName(tr("Grouping"));
    m_groupBox->setToolTip(tr("Which runs a run is compared with"));
    m_thresholdBox->setAccessibleName(tr("Flag threshold"));
    m_thresholdBox->setToolTip(tr("How far from its group's median residual a run must be to be flagged"));
    m_countLabel->setAccessibleName(tr("Flagged runs"));
    m_filterButton->setText(tr("Filter to flagged"));
    m_filterButton->setAccessibleName(tr("Filter to flagged"));
    m_filterButton->setToolTip(tr("Keep only the flagged runs in the filter"));
    m_selectMode->setText(tr("Select by dragging"));
    m_selectMode->setToolTip(tr("When on, dragging selects runs into the filter; when off it pans along time"));
    styleAxes();
    if (m_result) {
        rebuildPlot();
        applyThreshold();
    }
}

// ------------------------------------------------------------------------------------- selection

void AnomalyScoreView::filterToFlagged()
{
    if (!m_result)
        return;
    const QList<qint64> ids = runIdsOfFlagged(m_result->id, m_flags);
    proposeRunSelection(ids, tr("Select the %n flagged run(s)", nullptr, int(ids.size())));
}

void AnomalyScoreView::onMouseMove(QMouseEvent *event)
{
    if (m_selector->isDragging() || event->buttons() != Qt::NoButton || !m_result)
        return;
    if (const auto i = m_dots->pointAt(event->position(), 4))
        QToolTip::showText(event->globalPosition().toPoint(), tooltipFor(*m_result, *i, m_threshold), m_plot);
    else
        QToolTip::hideText();
}

void AnomalyScoreView::selectRunAt(const QPointF &pos)
{
    // A click: that one run.
    if (const auto i = m_dots->pointAt(pos, 5)) {
        const QString what = explain(*m_result, *i);
        proposeRunSelection({m_result->id[*i]}, tr("Select one run (%1)").arg(what));
    }
}

void AnomalyScoreView::selectRect(const QRectF &pixels)
{
    const QList<qint64> ids = runIdsOfRows(m_result->id, m_dots->pointsIn(pixels));
    if (ids.isEmpty())
        return;
    const QLocale l;
    proposeRunSelection(ids,
                        tr("Select %n run(s) with scores %1 to %2", nullptr, int(ids.size()))
                            .arg(l.toString(m_plot->yAxis->pixelToCoord(pixels.bottom()), 'f', 1),
                                 l.toString(m_plot->yAxis->pixelToCoord(pixels.top()), 'f', 1)));
}

} // namespace wattprint
