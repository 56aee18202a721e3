#include "partsbarchart.h"

#include "chartfonts.h"
#include "plotstyle.h"
#include "seriespalette.h"

#include <units.h>

#include <QMouseEvent>

namespace wattprint {

namespace {

constexpr int TickPx = 12;
constexpr int LabelPx = 14;
constexpr int LegendPx = 13;
constexpr double BarWidth = 0.6;

QString clipped(const QString &name)
{
    return name.size() > 40 ? name.left(38) + QChar(0x2026) : name;
}

} // namespace

PartsBarChart::PartsBarChart(QWidget *parent)
    : ChartPlot(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(360, 240);
    setInteractions({});
    m_cpu = new QCPBars(yAxis, xAxis);
    m_gpu = new QCPBars(yAxis, xAxis);
    m_ram = new QCPBars(yAxis, xAxis);
    m_gpu->moveAbove(m_cpu);
    m_ram->moveAbove(m_gpu);
    const QColor colours[] = {seriespalette::cpu(), seriespalette::gpu(), seriespalette::ram()};
    QCPBars *bars[] = {m_cpu, m_gpu, m_ram};
    for (int i = 0; i < 3; ++i) {
        bars[i]->setWidth(BarWidth);
        bars[i]->setStackingGap(0);
        bars[i]->setAntialiased(false);
        bars[i]->setSelectable(QCP::stNone);
        bars[i]->setBrush(colours[i]);
        bars[i]->setPen(QPen(colours[i].darker(i == 2 ? 170 : 130), 1));
    }
    putLegendBelow(this);
    styleRowLegend(legend, 18);
    legend->setVisible(true);
    yAxis->setRangeReversed(true); // the largest group at the top
    yAxis->setTickLength(0, 0);
    yAxis->setSubTicks(false);
    yAxis->grid()->setVisible(false);
    yAxis->setTickPen(QPen(Qt::transparent, 0));
    yAxis2->setVisible(true);
    yAxis2->setRangeReversed(true);
    yAxis2->setTickLength(0, 0);
    yAxis2->setSubTicks(false);
    yAxis2->setBasePen(Qt::NoPen);
    yAxis2->setTickPen(QPen(Qt::transparent, 0));
    xAxis->setRange(0, 100);
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(25);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssNone);
    xAxis->setTicker(ticker);
    xAxis->grid()->setPen(QPen(QColor(0xdc, 0xdc, 0xdc), 0));
    m_emptyText = addEmptyText(this, font(), 18);
    styleAxisText(this, font(), TickPx, LabelPx, LegendPx);
    retranslate();
}

void PartsBarChart::retranslate()
{
    m_cpu->setName(tr("CPU"));
    m_gpu->setName(tr("GPU"));
    m_ram->setName(tr("RAM"));
    xAxis->setLabel(tr("Share of the energy of the runs with all three parts (%)"));
    rebuild();
}

void PartsBarChart::setGroupTitle(const QString &title)
{
    yAxis->setLabel(title);
}

void PartsBarChart::setEmptyText(const QString &text)
{
    m_emptyText->setText(text);
}

void PartsBarChart::setGroups(std::shared_ptr<const RunGroups> groups)
{
    m_groups = std::move(groups);
    rebuild();
}

QString PartsBarChart::valueLabel(int row) const
{
    if (!m_groups || row < 0 || row >= m_drawn.size())
        return {};
    const RunGroups::Group &g = m_groups->groups[std::size_t(m_drawn.at(row))];
    const double sum = g.cpuEnergy + g.gpuEnergy + g.ramEnergy;
    const auto share = [sum](double part) { return units::share(sum > 0 ? part / sum : 0.0); };
    QString text = tr("CPU %1 \u00b7 GPU %2 \u00b7 RAM %3 of %4")
                       .arg(share(g.cpuEnergy), share(g.gpuEnergy), share(g.ramEnergy),
                            units::energy(sum, units::AutoUnit::WattHours));
    if (g.runsWithParts < g.runs)
        text += QLatin1Char('\n')
            + tr("%1 of %2 runs have the parts")
                  .arg(units::count(qint64(g.runsWithParts)), units::count(qint64(g.runs)));
    return text;
}

void PartsBarChart::rebuild()
{
    m_drawn.clear();
    QVector<double> keys, cpu, gpu, ram;
    auto names = QSharedPointer<QCPAxisTickerText>::create();
    auto numbers = QSharedPointer<QCPAxisTickerText>::create();
    if (m_groups) {
        for (std::size_t i = 0; i < m_groups->groups.size(); ++i) {
            const RunGroups::Group &g = m_groups->groups[i];
            const double sum = g.cpuEnergy + g.gpuEnergy + g.ramEnergy;
            if (g.runsWithParts == 0 || !(sum > 0))
                continue;
            const double key = double(m_drawn.size());
            m_drawn.append(int(i));
            keys << key;
            cpu << 100.0 * g.cpuEnergy / sum;
            gpu << 100.0 * g.gpuEnergy / sum;
            ram << 100.0 * g.ramEnergy / sum;
            names->addTick(key, g.name.isEmpty() ? tr("(none named)") : clipped(g.name));
        }
    }
    for (int row = 0; row < m_drawn.size(); ++row)
        numbers->addTick(row, valueLabel(row));
    m_cpu->setData(keys, cpu, true);
    m_gpu->setData(keys, gpu, true);
    m_ram->setData(keys, ram, true);
    yAxis->setTicker(names);
    yAxis2->setTicker(numbers);
    yAxis->setRange(-0.5, std::max<double>(m_drawn.size(), 1) - 0.5);
    yAxis2->setRange(yAxis->range());
    m_emptyText->setVisible(m_drawn.isEmpty());
    replot(QCustomPlot::rpQueuedReplot);
}

int PartsBarChart::rowAt(const QPointF &pos) const
{
    if (m_drawn.isEmpty())
        return -1;
    const QRect outer = axisRect()->outerRect();
    if (pos.y() < axisRect()->top() || pos.y() > axisRect()->bottom() || pos.x() < outer.left()
        || pos.x() > outer.right())
        return -1;
    const int row = int(std::lround(yAxis->pixelToCoord(pos.y())));
    return row >= 0 && row < m_drawn.size() ? row : -1;
}

void PartsBarChart::mouseReleaseEvent(QMouseEvent *event)
{
    QCustomPlot::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    const int row = rowAt(event->position());
    if (row >= 0)
        emit groupClicked(m_drawn.at(row), event->modifiers());
}

} // namespace wattprint
