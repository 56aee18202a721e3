// GUI-thread responsiveness: the main window (1600x1000, default layout) on a demo store while the
// filter changes and every visible view recomputes. A 1 ms timer on the GUI thread measures the
// longest stretch in which the event loop did not run (the longest single task on the GUI thread);
// each change is timed until every view on screen shows its new result.
//
//   bench_responsiveness [--runs N | --db STORE]   (N: 63527 by default; 1000000 for the large
//   case; --db opens an existing store instead of building one, so that the process's peak
//   memory is the window's own)
#include <demostore.h>
#include <mainwindow.h>
#include <store.h>
#include <storesummary.h>
#include <viewpanel.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

using namespace wattprint;

namespace {

// Times every event delivery on the GUI thread and keeps the slowest, to name the culprits.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    struct Slow
    {
        double ms;
        QByteArray what;
    };
    std::vector<Slow> slowest;
    int depth = 0;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (depth > 0)
            return QApplication::notify(receiver, event);
        ++depth;
        QElapsedTimer t;
        t.start();
        const int type = event->type();
        const QByteArray name = receiver->metaObject()->className() + QByteArray("/") + receiver->objectName().toUtf8();
        const bool result = QApplication::notify(receiver, event);
        --depth;
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (ms > 8.0)
            slowest.push_back({ms, name + " event " + QByteArray::number(type)});
        return result;
    }
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    qint64 runs = 63527;
    QString existing;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs"))
            runs = args[++i].toLongLong();
        else if (args[i] == QLatin1String("--db"))
            existing = args[++i];
    }
    QTemporaryDir dir;
    const QString db = existing.isEmpty() ? dir.filePath(QStringLiteral("demo.sqlite")) : existing;
    if (existing.isEmpty()) {
        Store store(db);
        DemoOptions options;
        options.runs = runs;
        if (!store.open(nullptr) || !DemoStore::build(&store, options).ok)
            return 1;
    } else {
        Store store(db);
        if (!store.open(nullptr))
            return 1;
        runs = StoreSummary::compute(&store).runs;
    }
    MainWindow window(db, MainWindow::Headless);
    window.resize(1600, 1000);
    window.show();

    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    std::vector<double> gapsMs;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        gapsMs.push_back(double(now - last) / 1e6);
        last = now;
    });

    // Waits in the event loop, as the app does between events: a spinning processEvents() would
    // keep a core busy at the GUI thread's priority and take it from the views' workers.
    auto settle = [&] {
        while (!window.allVisibleViewsReady()) {
            QEventLoop loop;
            QTimer::singleShot(2, &loop, &QEventLoop::quit);
            loop.exec();
        }
    };
    settle();
    ticker.start();
    last = clock.nsecsElapsed();
    const QList<Filter> steps = [] {
        QList<Filter> list;
        Filter f;
        list.append(f);
        f.datasets = {QStringLiteral("mnist")};
        list.append(f);
        f.devices = {QStringLiteral("GPU")};
        list.append(f);
        f = Filter();
        f.shapes = {QStringLiteral("rectangle"), QStringLiteral("trapezoid")};
        list.append(f);
        f = Filter();
        f.depthMin = 4;
        f.depthMax = 10;
        list.append(f);
        list.append(Filter());
        return list;
    }();
    QElapsedTimer total;
    total.start();
    std::vector<double> changeMs;
    std::map<QString, double> longestShow; // per view: the longest time taking a result in
    for (int round = 0; round < 3; ++round) {
        for (const Filter &f : steps) {
            QElapsedTimer change;
            change.start();
            window.applyFilter(f, QStringLiteral("bench"));
            settle();
            changeMs.push_back(double(change.nsecsElapsed()) / 1e6);
            for (const ViewPanel *view : window.findChildren<ViewPanel *>())
                longestShow[view->viewId()] = std::max(longestShow[view->viewId()], view->lastShowMilliseconds());
        }
    }
    const double totalMs = total.elapsed();
    ticker.stop();
    std::sort(gapsMs.begin(), gapsMs.end());
    const auto pct = [&](double p) { return gapsMs.empty() ? 0.0 : gapsMs[size_t(p * double(gapsMs.size() - 1))]; };
    std::printf("responsiveness at %lld runs, %d filter changes with all visible views recomputing (%.0f ms):\n",
                static_cast<long long>(runs), int(steps.size() * 3), totalMs);
    std::sort(changeMs.begin(), changeMs.end());
    std::printf("  views on screen showing the new result after a change: median %.0f ms, max %.0f ms\n",
                changeMs[changeMs.size() / 2], changeMs.back());
    std::printf("  GUI-thread gaps between 1 ms ticks: median %.1f ms, p99 %.1f ms, max %.1f ms (%zu ticks)\n",
                pct(0.5), pct(0.99), gapsMs.empty() ? 0.0 : gapsMs.back(), gapsMs.size());
    std::printf("  gaps over 16 ms: %lld\n",
                static_cast<long long>(std::count_if(gapsMs.begin(), gapsMs.end(), [](double g) { return g > 16.0; })));
    std::sort(app.slowest.begin(), app.slowest.end(), [](const auto &a, const auto &b) { return a.ms > b.ms; });
    std::printf("  slowest event deliveries on the GUI thread (over 8 ms):\n");
    for (size_t i = 0; i < std::min<size_t>(8, app.slowest.size()); ++i)
        std::printf("    %.1f ms  %s\n", app.slowest[i].ms, app.slowest[i].what.constData());
    std::printf("  longest wait on the GUI thread while a view took a result in (ms):");
    for (const auto &[id, ms] : longestShow) {
        if (ms >= 0)
            std::printf(" %s %.0f", qPrintable(id), ms);
    }
    std::printf("\n");
    return 0;
}
