#include "sunburstview.h"

#include "filterstate.h"

#include <units.h>

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QToolBar>

#include <cmath>

namespace wattprint {

namespace {

QString metricName(HierarchyMetric metric)
{
    return metric == HierarchyMetric::Runs ? QStringLiteral("runs") : QStringLiteral("energy");
}

// "GPU runs", "runs of shape rectangle", "runs on dataset adult".
QString runsOf(HierarchyLevel level, const HierarchyNode &node)
{
    const QString &name = node.name;
    if (node.missing)
        return level == HierarchyLevel::Shape ? SunburstView::tr("runs without a shape (other tools' runs)")
                                              : SunburstView::tr("runs without a dataset (other tools' runs)");
    switch (level) {
    case HierarchyLevel::Device: return SunburstView::tr("%1 runs").arg(name);
    case HierarchyLevel::Shape: return SunburstView::tr("runs of shape %1").arg(name);
    case HierarchyLevel::Dataset: return SunburstView::tr("runs on dataset %1").arg(name);
    }
    return name;
}

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

} // namespace

SunburstView::SunburstView(QWidget *parent)
    : ViewPanel(QStringLiteral("sunburst"), parent)
    , m_chart(new SunburstWidget)
    , m_orderBox(new QComboBox(this))
    , m_metricBox(new QComboBox(this))
{
    m_orderBox->setObjectName(QStringLiteral("orderBox"));
    for (const HierarchyOrder &o : hierarchyOrders())
        m_orderBox->addItem(QString(), hierarchyOrderName(o));
    m_metricBox->setObjectName(QStringLiteral("metricBox"));
    m_metricBox->addItem(QString(), metricName(HierarchyMetric::Energy));
    m_metricBox->addItem(QString(), metricName(HierarchyMetric::Runs));
    addLabelledControl(QStringLiteral("orderLabel"), m_orderBox);
    toolBar()->addSeparator();
    addLabelledControl(QStringLiteral("metricLabel"), m_metricBox);
    connect(m_orderBox, &QComboBox::activated, this, [this](int index) {
        if (const auto o = hierarchyOrderFromName(m_orderBox->itemData(index).toString()))
            setOrder(*o);
    });
    connect(m_metricBox, &QComboBox::activated, this, [this](int index) {
        setMetric(m_metricBox->itemData(index).toString() == metricName(HierarchyMetric::Runs)
                      ? HierarchyMetric::Runs
                      : HierarchyMetric::Energy);
    });

    m_chart->setObjectName(QStringLiteral("sunburstChart"));
    m_chart->setFocusPolicy(Qt::StrongFocus);
    connect(m_chart, &SunburstWidget::rootPathChanged, this, [this] { emit stateChanged(); });
    connect(m_chart, &SunburstWidget::selectRequested, this, &SunburstView::selectNode);
    setChartWidget(m_chart);
    retranslateUi();
}

QJsonObject SunburstView::saveState() const
{
    return QJsonObject{{QStringLiteral("order"), hierarchyOrderName(m_order)},
                       {QStringLiteral("metric"), metricName(metric())},
                       {QStringLiteral("zoom"), QJsonArray::fromStringList(zoomPath())}};
}

void SunburstView::restoreState(const QJsonObject &state)
{
    if (const auto o = hierarchyOrderFromName(state.value(QStringLiteral("order")).toString()))
        setOrder(*o);
    const QString m = state.value(QStringLiteral("metric")).toString();
    if (m == metricName(HierarchyMetric::Runs))
        setMetric(HierarchyMetric::Runs);
    else if (m == metricName(HierarchyMetric::Energy))
        setMetric(HierarchyMetric::Energy);
    if (state.value(QStringLiteral("zoom")).isArray()) {
        QStringList path;
        for (const QJsonValue &v : state.value(QStringLiteral("zoom")).toArray())
            path << v.toString();
        if (path.size() <= 2)
            setZoomPath(path);
    }
}

void SunburstView::setOrder(const HierarchyOrder &order)
{
    const int index = m_orderBox->findData(hierarchyOrderName(order));
    if (index < 0)
        return;
    if (m_orderBox->currentIndex() != index)
        m_orderBox->setCurrentIndex(index);
    if (order == m_order)
        return;
    m_order = order;
    m_chart->setRootPath({}); // the old path names other levels
    emit stateChanged();
    refresh();
}

void SunburstView::setMetric(HierarchyMetric metric)
{
    selectData(m_metricBox, metricName(metric));
    if (metric == m_chart->metric())
        return;
    m_chart->setMetric(metric); // the same tree drawn by another value: no new job
    updateFinding();
    emit stateChanged();
}

void SunburstView::setZoomPath(const QStringList &path)
{
    m_chart->setRootPath(path); // before the first result: kept, and checked when the data arrives
}

void SunburstView::resetZoom()
{
    m_chart->setRootPath({});
}

QString SunburstView::levelLabel(HierarchyLevel level)
{
    switch (level) {
    case HierarchyLevel::Device: return tr("Device");
    case HierarchyLevel::Shape: return tr("Shape");
    case HierarchyLevel::Dataset: return tr("Dataset");
    }
    return {};
}

QString SunburstView::orderLabel(const HierarchyOrder &order)
{
    return tr("%1 \u203a %2 \u203a %3").arg(levelLabel(order[0]), levelLabel(order[1]), levelLabel(order[2]));
}

QString SunburstView::findingFor(const EnergyHierarchy &h, HierarchyMetric metric)
{
    if (h.nodes.empty() || h.nodes[0].runs == 0)
        return h.skippedRuns > 0
            ? tr("None of the %1 in the filter has a measured energy.").arg(units::runs(qint64(h.skippedRuns)))
            : tr("No runs match the filter.");
    const double total = h.nodes[0].value(metric);
    if (total <= 0)
        return tr("The runs in the filter used no measured energy.");
    const bool energy = metric == HierarchyMetric::Energy;
    const int a = h.largestChild(0, metric);
    const HierarchyNode &na = h.nodes[std::size_t(a)];
    const QString whoA = runsOf(h.levelOf(a), na);
    QString first;
    if (h.nodes[0].children.size() == 1)
        first = tr("All runs in the filter are %1").arg(whoA);
    else
        first = (energy ? tr("%1 use %2 of the energy") : tr("%1 make up %2 of the runs"))
                    .arg(capitalised(whoA), units::share(na.value(metric) / total));
    const int b = h.largestChild(a, metric);
    if (b < 0 || na.value(metric) <= 0)
        return tr("%1.").arg(first);
    const HierarchyNode &nb = h.nodes[std::size_t(b)];
    const QString whoB = runsOf(h.levelOf(b), nb);
    if (na.children.size() == 1)
        return tr("%1; all of them are %2.").arg(first, whoB);
    return (energy ? tr("%1; within them, %2 use the most (%3 of the total, %4 of theirs).")
                   : tr("%1; within them, %2 are the most numerous (%3 of all runs, %4 of theirs)."))
        .arg(first, whoB, units::share(nb.value(metric) / total), units::share(nb.value(metric) / na.value(metric)));
}

Filter SunburstView::filterFor(const EnergyHierarchy &h, int node, const Filter &base)
{
    Filter f = base;
    for (int n = node; n > 0; n = h.nodes[std::size_t(n)].parent) {
        const QString &name = h.nodes[std::size_t(n)].name;
        switch (h.levelOf(n)) {
        case HierarchyLevel::Device: f.devices = {name}; break;
        case HierarchyLevel::Shape: f.shapes = {name}; break;
        case HierarchyLevel::Dataset: f.datasets = {name}; break;
        }
    }
    return f;
}

void SunburstView::renderChart(QPainter *painter, const QRectF &rect, bool vector)
{
    Q_UNUSED(vector) // a few hundred segments at most: vector output stays small
    m_chart->paint(painter, rect, false);
    m_chart->update(); // the screen's geometry again on the next paint
}

void SunburstView::selectNode(int node)
{
    const auto h = m_chart->hierarchy();
    if (!h || node <= 0 || std::size_t(node) >= h->nodes.size())
        return;
    for (int n = node; n > 0; n = h->nodes[std::size_t(n)].parent) {
        if (h->nodes[std::size_t(n)].missing) {
            setMessage(tr("Runs without a shape or dataset cannot be selected in the filter; the Source filter "
                          "selects them by tool."));
            return;
        }
    }
    const Filter base = currentFilter();
    const Filter filter = filterFor(*h, node, base);
    if (filter == base)
        return;
    const QString text = tr("Select %1").arg(h->path(node).join(QStringLiteral(" \u203a ")));
    proposeFilter(filter, text);
}

void SunburstView::requestData()
{
    submitCompute(&SunburstView::showResult, buildEnergyHierarchy, m_order);
}

void SunburstView::showResult(std::shared_ptr<const EnergyHierarchy> h)
{
    m_chart->setHierarchy(h);
    updateFinding();
    setReady(true);
}

void SunburstView::updateFinding()
{
    const auto h = m_chart->hierarchy();
    if (!h)
        return;
    const QString finding = findingFor(*h, metric());
    m_chart->setEmptyText(finding);
    m_chart->setAccessibleDescription(finding);
    setFinding(finding);
    QStringList notes;
    if (h->nodes.empty() || h->nodes[0].runs == 0)
        notes << finding;
    if (h->skippedRuns > 0)
        notes << tr("Left out: %1 without a measured energy.").arg(units::runs(qint64(h->skippedRuns)));
    setMessage(notes.join(QLatin1Char(' ')));
}

void SunburstView::retranslateUi()
{
    ViewPanel::retranslateUi();
    setLabelText(QStringLiteral("orderLabel"), tr("Rings:"));
    setLabelText(QStringLiteral("metricLabel"), tr("Size by:"));
    for (int i = 0; i < m_orderBox->count(); ++i) {
        if (const auto o = hierarchyOrderFromName(m_orderBox->itemData(i).toString()))
            m_orderBox->setItemText(i, orderLabel(*o));
    }
    m_orderBox->setAccessibleName(tr("Ring order"));
    m_orderBox->setToolTip(tr("The levels from the centre outwards"));
    setChooserTexts(m_metricBox, {tr("Energy"), tr("Run count")}, tr("Size segments by"),
                    tr("Segment angles by total energy or by number of runs"));
    m_chart->setAccessibleName(tr("Energy by device, shape and dataset"));
    m_chart->retranslate();
    updateFinding();
}

} // namespace wattprint
