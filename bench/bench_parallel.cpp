// Parallel coordinates: milliseconds per brush step at 63,527 and 1,000,000 lines, beside a
// QCustomPlot replot of 1,000,000 scatter points (lsNone, ssDot) at the same widget size.
// A brush step is what one mouse move on an axis costs: the move event, the brush mask, the
// highlight layer (on a worker: binned rasteriser into a float buffer updated by the lines that
// entered or left the brush, then the image) and the repaint, from the event to the repainted
// widget. Synthetic runs, seeded.
#include <parallelcoordinates.h>
#include <parallelview.h>

#include <qcustomplot.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

using namespace wattprint;
using parallel::Column;

namespace {

RunColumns syntheticRuns(std::size_t n, quint64 seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> z(0.0, 1.0);
    std::uniform_int_distribution<int> sizeExp(5, 24);
    const int depths[] = {2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 18, 20};
    std::uniform_int_distribution<int> depthPick(0, 13);
    std::uniform_int_distribution<int> shapePick(0, 7);
    std::uniform_int_distribution<int> datasetPick(0, 12);
    RunColumns c;
    c.shapeNames = {QStringLiteral("rectangle"),          QStringLiteral("trapezoid"),
                    QStringLiteral("exponential"),        QStringLiteral("wide_first_2x"),
                    QStringLiteral("rectangle_residual"), QStringLiteral("wide_first_4x"),
                    QStringLiteral("wide_first_8x"),      QStringLiteral("wide_first_16x")};
    for (int d = 0; d < 13; ++d)
        c.datasetNames << QStringLiteral("dataset_%1").arg(d);
    c.nodeTypeNames = {QStringLiteral("cpu1"), QStringLiteral("gpu1")};
    c.batchNames = {QStringLiteral("energy_2_cpu"), QStringLiteral("energy_1")};
    c.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const bool gpu = (rng() % 3) == 0;
        const int e = sizeExp(rng);
        const double size = std::ldexp(1.0, e);
        const int depth = depths[depthPick(rng)];
        const double runTime = std::exp(std::log(60.0) + 0.22 * (e - 5) + 0.08 * depth + 0.35 * z(rng))
            * (gpu ? 0.6 : 1);
        const double power = gpu ? 420 + 8 * (e - 5) + 40 * z(rng) : 300 + 25 * z(rng);
        const double energy = runTime * power;
        const double overhead = gpu ? 271560.24 : 14028.67;
        c.id.push_back(std::int64_t(i + 1));
        c.dataset.push_back(datasetPick(rng));
        c.shape.push_back(shapePick(rng));
        c.nodeType.push_back(gpu ? 1 : 0);
        c.batch.push_back(gpu ? 1 : 0);
        c.size.push_back(std::int64_t(size));
        c.depth.push_back(depth);
        c.isGpu.push_back(gpu ? 1 : 0);
        c.slurmJobId.push_back(std::int64_t(i / 20));
        c.startNs.push_back(std::int64_t(i) * 1000000000LL);
        c.energy.push_back(energy);
        c.runTime.push_back(runTime);
        c.power.push_back(power);
        c.nonOverheadEnergy.push_back(std::max(1.0, energy - overhead));
        c.energyOverhead.push_back(overhead);
        c.energyPerEpoch.push_back(std::max(1.0, energy - overhead) / 3000);
        c.energyPerDatum.push_back(std::max(1.0, energy - overhead) / 3000 / (1000 + 100 * datasetPick(rng)));
        c.quality.push_back(0);
    }
    return c;
}

struct Stats
{
    double median = 0, max = 0;
};

Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.back()};
}

const QSize WidgetSize(760, 460);

struct BrushFigures
{
    Stats step;  // from the move event to the repainted widget with the new highlight
    Stats gui;   // what the GUI thread spends: the event and the repaint
    Stats layer; // the highlight job alone (mask + raster + image), on the worker
    double baseMs = 0;
    double minShare = 1, maxShare = 0;
    double linesPerStep = 0; // median lines rasterised per step (entered or left the brush)
};

BrushFigures brushSteps(const RunColumns &runs, ParallelCoordinates::ColourBy colourBy)
{
    ParallelCoordinates chart;
    chart.resize(WidgetSize);
    chart.setColourBy(colourBy);
    chart.show();
    QCoreApplication::processEvents();
    const ParallelResult r = computeParallelCoordinates(runs, chart.neededColumns(),
                                                        ParallelView::groupingFor(colourBy));
    chart.setData(r.data);
    chart.updateLayersNow();
    BrushFigures out;
    out.baseMs = chart.lastBaseMs();
    const int axis = chart.axisIndex(Column::RunTime);
    const QRectF plot = chart.plotRect();
    const QPointF start(chart.axisX(axis), plot.top() + plot.height() * 0.15);
    QTest::mousePress(&chart, Qt::LeftButton, Qt::NoModifier, start.toPoint());
    std::vector<double> step, gui, layer, drawn;
    // 22 moves: the first two open the brush, then 20 steps that grow it down the axis to 85%.
    for (int k = 0; k < 22; ++k) {
        const QPointF p(start.x(), plot.top() + plot.height() * (0.2 + 0.65 * k / 21.0));
        QElapsedTimer t;
        t.start();
        QMouseEvent move(QEvent::MouseMove, p, chart.mapToGlobal(p), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&chart, &move);
        const qint64 afterEvent = t.nsecsElapsed();
        // As in the app: the highlight is drawn on a worker; the GUI thread waits in its event loop.
        while (!chart.layersReady())
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 1);
        const qint64 afterLayer = t.nsecsElapsed();
        chart.repaint();
        const qint64 end = t.nsecsElapsed();
        if (k < 2)
            continue;
        step.push_back(double(end) / 1e6);
        layer.push_back(chart.lastHighlightMs());
        gui.push_back(double(afterEvent + end - afterLayer) / 1e6);
        const double share = double(chart.brushedCount()) / double(runs.rowCount());
        out.minShare = std::min(out.minShare, share);
        out.maxShare = std::max(out.maxShare, share);
        drawn.push_back(double(chart.lastHighlightLines()));
    }
    QTest::mouseRelease(&chart, Qt::LeftButton, Qt::NoModifier, start.toPoint());
    out.step = stats(step);
    out.gui = stats(gui);
    out.layer = stats(layer);
    out.linesPerStep = stats(drawn).median;
    return out;
}

Stats qcpReplot(std::size_t n)
{
    QCustomPlot plot;
    plot.resize(WidgetSize);
    plot.show();
    std::mt19937_64 rng(7);
    std::normal_distribution<double> z(0.0, 1.0);
    QVector<double> x(static_cast<qsizetype>(n));
    QVector<double> y(static_cast<qsizetype>(n));
    for (std::size_t i = 0; i < n; ++i) {
        x[qsizetype(i)] = z(rng);
        y[qsizetype(i)] = 0.5 * x[qsizetype(i)] + z(rng);
    }
    QCPGraph *g = plot.addGraph();
    g->setData(x, y);
    g->setLineStyle(QCPGraph::lsNone);
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDot));
    plot.rescaleAxes();
    plot.replot(QCustomPlot::rpImmediateRefresh);
    std::vector<double> ms;
    for (int k = 0; k < 20; ++k) {
        // A tiny range change per step, as a pan or a brush would make, so nothing is cached.
        plot.xAxis->setRange(plot.xAxis->range().lower + 0.001, plot.xAxis->range().upper + 0.001);
        QElapsedTimer t;
        t.start();
        plot.replot(QCustomPlot::rpImmediateRefresh);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return stats(ms);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::printf("parallel coordinates, %dx%d widget, six default axes; brush on run time growing over 20 steps\n",
                WidgetSize.width(), WidgetSize.height());
    const RunColumns million = syntheticRuns(1000000, 20221001);
    const RunColumns demoSized = syntheticRuns(63527, 20221001);

    const Stats qcp = qcpReplot(1000000);
    std::printf("QCustomPlot replot, 1,000,000 points (lsNone, ssDot): median %.1f ms, max %.1f ms\n", qcp.median,
                qcp.max);
    for (auto colourBy : {ParallelCoordinates::ColourBy::Density, ParallelCoordinates::ColourBy::Device}) {
        const char *name = colourBy == ParallelCoordinates::ColourBy::Density ? "density" : "colour by device";
        for (const RunColumns *runs : {&demoSized, &million}) {
            const BrushFigures f = brushSteps(*runs, colourBy);
            std::printf("%9zu lines, %s: brush step median %.1f ms, max %.1f ms (highlight job %.1f / %.1f ms, "
                        "GUI-thread part %.1f / %.1f ms; %.0f-%.0f%% of lines brushed, %.0f lines redrawn per step); "
                        "base layer %.0f ms; step / QCP replot %.2fx\n",
                        runs->rowCount(), name, f.step.median, f.step.max, f.layer.median, f.layer.max, f.gui.median,
                        f.gui.max, 100 * f.minShare, 100 * f.maxShare, f.linesPerStep, f.baseMs,
                        f.step.median / qcp.median);
        }
    }
    return 0;
}
