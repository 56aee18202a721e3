// The small-series charts (radar, overhead bars, batch bars) on the 63,527-run demo store: per
// view, the median time to compute its result (the snapshot already loaded) and to paint it
// offscreen at 1600x1000, both as the page's chart (renderChart into a QImage) and as the whole
// view widget (QWidget::render into a QImage). Pass a store path to reuse one (it is built there
// when missing); without one, a demo store is built in a temporary directory.
#include <viewhost.h>

#include <chartfonts.h>
#include <demostore.h>
#include <filterstate.h>
#include <overheadview.h>
#include <store.h>
#include <viewpanel.h>

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLegend>
#include <QPainter>
#include <QTemporaryDir>
#include <QValueAxis>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace wattprint;

namespace {

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// The median: on a shared machine the mean follows whatever else ran.
double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

struct Prototype
{
    double ms = 0;    // build, lay out and paint
    double paint = 0; // of which laying out and painting
    int labels = 0;
    int cut = 0; // labels Qt Charts shortened to fit ("...")
};

// The overhead view's bars as Qt Charts would draw them: a QHorizontalStackedBarSeries with the
// group names on a category axis on the left and each bar's numbers on a second one on the
// right (as the QCustomPlot chart has them), at `size`, painted into a QImage. Counts the axis
// labels Qt Charts elided to make them fit.
Prototype stackedBarsPrototype(const OverheadView &view, QSize size, int rounds, const QString &png)
{
    const auto summary = view.result();
    const OverheadBarChart *bars = view.chart();
    Prototype out;
    std::vector<double> all, painting;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer t;
        t.start();
        QGraphicsScene scene;
        scene.setItemIndexMethod(QGraphicsScene::NoIndex);
        auto *chart = new QChart;
        scene.addItem(chart);
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setBackgroundRoundness(0);
        chart->legend()->setAlignment(Qt::AlignTop);
        chart->setLocalizeNumbers(true);
        auto *series = new QHorizontalStackedBarSeries;
        auto *overhead = new QBarSet(QStringLiteral("Fixed overhead"));
        auto *core = new QBarSet(QStringLiteral("Training (non-overhead energy)"));
        overhead->setColor(QColor(0xcc, 0x79, 0xa7));
        core->setColor(QColor(0x00, 0x9e, 0x73));
        QStringList names, numbers;
        const int n = int(summary->groups.size());
        for (int i = n - 1; i >= 0; --i) { // the first group at the top
            const OverheadGroup &g = summary->groups[std::size_t(i)];
            *overhead << std::max(0.0, g.overhead) / bars->unit().joules;
            *core << std::max(0.0, g.core) / bars->unit().joules;
            names << bars->categoryLabel(i);
            // Categories must differ: an invisible suffix keeps equal texts apart.
            numbers << bars->valueLabel(i) + QString(i, QChar(0x200b));
        }
        series->append(overhead);
        series->append(core);
        series->setBarWidth(0.64);
        chart->addSeries(series);
        auto *left = new QBarCategoryAxis;
        left->append(names);
        auto *right = new QBarCategoryAxis;
        right->append(numbers);
        auto *value = new QValueAxis;
        value->setTitleText(QStringLiteral("Standardised energy (%1)").arg(bars->unit().symbol));
        for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(left), static_cast<QAbstractAxis *>(right),
                                    static_cast<QAbstractAxis *>(value)}) {
            axis->setLabelsFont(pixelFont(QFont(), 12));
            axis->setTitleFont(pixelFont(QFont(), 14));
        }
        left->setGridLineVisible(false);
        right->setGridLineVisible(false);
        chart->addAxis(left, Qt::AlignLeft);
        chart->addAxis(right, Qt::AlignRight);
        chart->addAxis(value, Qt::AlignBottom);
        series->attachAxis(left);
        series->attachAxis(right);
        series->attachAxis(value);
        value->applyNiceNumbers();
        QElapsedTimer p;
        p.start();
        chart->resize(size);
        chart->layout()->activate();
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), QRectF(QPointF(0, 0), QSizeF(size)));
        }
        all.push_back(msSince(t));
        painting.push_back(msSince(p));
        if (round == 0) {
            for (QGraphicsItem *item : scene.items()) {
                if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible()) {
                    ++out.labels;
                    out.cut += text->toPlainText().contains(QStringLiteral("...")) ? 1 : 0;
                }
            }
            if (!png.isEmpty())
                image.save(png);
        }
    }
    out.ms = median(all);
    out.paint = median(painting);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString db = argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("demo.sqlite"));
    if (!QFileInfo::exists(db)) {
        Store store(db);
        if (!store.open(nullptr) || !DemoStore::build(&store).ok) {
            std::fprintf(stderr, "cannot build the demo store at %s\n", qPrintable(db));
            return 1;
        }
    }
    Store store(db);
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    FilterState filterState;
    AnalysisService service;
    ViewHost host(&service, &filterState);
    host.setStore(store);
    host.updateDataSource(1);

    constexpr int Rounds = 15;
    const QSize size(1600, 1000);
    std::printf("small-series charts at 63,527 runs, %dx%d, median of %d rounds (ms):\n", size.width(), size.height(),
                Rounds);
    std::printf("  %-16s %9s %12s %13s %9s\n", "view", "compute", "chart paint", "widget paint", "total");
    for (const char *id : {"radar", "overhead", "batch-overhead"}) {
        std::unique_ptr<ViewPanel> view(host.createView(QLatin1String(id)));
        if (!view)
            return 1;
        view->resize(size);
        view->show();
        view->refresh();
        if (!waitFor([&] { return view->isReady(); }, 180000)) {
            std::fprintf(stderr, "%s did not finish\n", id);
            return 1;
        }
        std::vector<double> compute, chart, widget, total;
        for (int round = 0; round < Rounds; ++round) {
            QElapsedTimer t;
            t.start();
            view->refresh();
            if (!waitFor([&] { return view->isReady(); }, 180000))
                return 1;
            compute.push_back(msSince(t));

            QImage page(size, QImage::Format_ARGB32_Premultiplied);
            page.fill(Qt::white);
            t.restart();
            {
                QPainter painter(&page);
                painter.setRenderHint(QPainter::Antialiasing);
                view->renderChart(&painter, QRectF(QPointF(0, 0), QSizeF(size)), false);
            }
            chart.push_back(msSince(t));

            QImage screen(size, QImage::Format_ARGB32_Premultiplied);
            screen.fill(Qt::white);
            t.restart();
            view->render(&screen);
            widget.push_back(msSince(t));
            total.push_back(compute.back() + chart.back() + widget.back());
        }
        std::printf("  %-16s %9.1f %12.1f %13.1f %9.1f\n", id, median(compute), median(chart), median(widget),
                    median(total));
    }
    // The overhead bars on Qt Charts (a prototype, not the view), beside the view's chart paint.
    std::unique_ptr<ViewPanel> overhead(host.createView(QStringLiteral("overhead")));
    overhead->resize(size);
    overhead->show();
    overhead->refresh();
    if (!waitFor([&] { return overhead->isReady(); }, 180000))
        return 1;
    const QString pictures = qEnvironmentVariable("BENCH_CHARTS_PNG");
    std::printf("overhead bars as a Qt Charts QHorizontalStackedBarSeries (prototype), 13 datasets:\n");
    for (const QSize at : {QSize(1600, 1000), QSize(1280, 800), QSize(640, 420)}) {
        const Prototype p = stackedBarsPrototype(
            *static_cast<OverheadView *>(overhead.get()), at, Rounds,
            pictures.isEmpty() ? QString() : pictures + QStringLiteral("-%1x%2.png").arg(at.width()).arg(at.height()));
        std::vector<double> qcp;
        for (int round = 0; round < Rounds; ++round) {
            QImage page(at, QImage::Format_ARGB32_Premultiplied);
            page.fill(Qt::white);
            QElapsedTimer t;
            t.start();
            QPainter painter(&page);
            painter.setRenderHint(QPainter::Antialiasing);
            overhead->renderChart(&painter, QRectF(QPointF(0, 0), QSizeF(at)), false);
            qcp.push_back(msSince(t));
        }
        std::printf("  %4dx%-4d  Qt Charts %.1f ms (lay out and paint %.1f ms), %d of %d texts elided; QCustomPlot "
                    "lay out and paint %.1f ms\n",
                    at.width(), at.height(), p.ms, p.paint, p.cut, p.labels, median(qcp));
    }
    return 0;
}
