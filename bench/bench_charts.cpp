// The small-series charts (radar, overhead bars, batch bars) on the 63,527-run demo store: per
// view, the mean time to compute its result (the snapshot already loaded) and to paint it
// offscreen at 1600x1000, both as the page's chart (renderChart into a QImage) and as the whole
// view widget (QWidget::render into a QImage). Pass a store path to reuse one (it is built there
// when missing); without one, a demo store is built in a temporary directory.
#include <viewhost.h>

#include <demostore.h>
#include <filterstate.h>
#include <store.h>
#include <viewpanel.h>

#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <memory>

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

    constexpr int Rounds = 10;
    const QSize size(1600, 1000);
    std::printf("small-series charts at 63,527 runs, %dx%d, mean of %d rounds (ms):\n", size.width(), size.height(),
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
        double compute = 0, chart = 0, widget = 0;
        for (int round = 0; round < Rounds; ++round) {
            QElapsedTimer t;
            t.start();
            view->refresh();
            if (!waitFor([&] { return view->isReady(); }, 180000))
                return 1;
            compute += msSince(t);

            QImage page(size, QImage::Format_ARGB32_Premultiplied);
            page.fill(Qt::white);
            t.restart();
            {
                QPainter painter(&page);
                painter.setRenderHint(QPainter::Antialiasing);
                view->renderChart(&painter, QRectF(QPointF(0, 0), QSizeF(size)), false);
            }
            chart += msSince(t);

            QImage screen(size, QImage::Format_ARGB32_Premultiplied);
            screen.fill(Qt::white);
            t.restart();
            view->render(&screen);
            widget += msSince(t);
        }
        std::printf("  %-16s %9.1f %12.1f %13.1f %9.1f\n", id, compute / Rounds, chart / Rounds, widget / Rounds,
                    (compute + chart + widget) / Rounds);
    }
    return 0;
}
