// Refresh at N runs: every view recomputed and drawn offscreen for each filter change of a fixed
// sequence, against the reference stack (pandas + SciPy + scikit-learn + Plotly, computing the same
// 15 figures and serialising them as a Dash callback does: bench/reference_refresh.py) on the same
// runs in the same run. The figure per change is the time from the filter change until every
// view (the 15 of the reference, what-if and the runs table) has its result and has painted it on
// its offscreen surface; against the reference's total it gives the ratio. Per view it prints when
// its result was in (views compute in parallel on the pool), the job's CPU time on its pool thread,
// the GUI thread's time taking the result in (a QCustomPlot view renders its chart there) and, apart
// from the figure, one more full paint of the view (grab). The first change also reads the store
// into memory; later ones choose their runs from that copy ("runs for this change").
//
//   bench_refresh [--runs N] [--no-reference] [--changes "all;device=gpu"]
//   (N: 63527 by default; 1000000 for the large case)
#include <analysisservice.h>
#include <demogenerator.h>
#include <demostore.h>
#include <filter.h>
#include <filterstate.h>
#include <runtablemodel.h>
#include <store.h>
#include <units.h>
#include <viewhost.h>
#include <viewpanel.h>
#include <viewregistry.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <map>
#include <memory>
#include <vector>

using namespace wattprint;

namespace {

// The sequence of filter changes, in Filter::parse's text ("all": no filter).
const QStringList kDefaultChanges = {
    QStringLiteral("all"),
    QStringLiteral("device=gpu"),
    QStringLiteral("dataset=mnist"),
    QStringLiteral("size=1024..65536"),
    QStringLiteral("shape=rectangle,device=cpu"),
    QStringLiteral("all"),
};

QStringList kChanges; // --changes "a;b;c" replaces the default sequence

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// CPU time of the calling thread or of the whole process, in ms.
double cpuMs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    qint64 runs = 63527;
    kChanges = kDefaultChanges;
    bool reference = true;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = args[++i].toLongLong();
        else if (args[i] == QLatin1String("--no-reference"))
            reference = false;
        else if (args[i] == QLatin1String("--changes") && i + 1 < args.size())
            kChanges = args[++i].split(QLatin1Char(';'), Qt::SkipEmptyParts);
    }
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("runs_with_standardized_energy.csv"));
    DemoOptions options;
    options.runs = runs;
    options.traceJobs = 20;
    {
        Store store(db);
        if (!store.open(nullptr) || !DemoStore::build(&store, options).ok)
            return 1;
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        DemoGenerator(options).writeRunsCsv(&file);
    }
    std::printf("bench_refresh: %lld runs (synthetic demo), %lld filter changes\n", static_cast<long long>(runs),
                static_cast<long long>(kChanges.size()));

    Store store(db);
    if (!store.open(nullptr))
        return 1;
    FilterState filterState;
    AnalysisService service;
    ViewHost host(&service, &filterState);
    host.setStoreInMemory(true); // as the main window does
    host.setStore(store);
    RunTableModel runModel;
    runModel.setDatabase(store.database());
    runModel.setEnergyUnit(units::energyUnit());
    host.setRunModel(&runModel);
    std::vector<std::unique_ptr<ViewPanel>> views;
    for (const QString &id : ViewRegistry::ids()) {
        views.emplace_back(host.createView(id));
        views.back()->resize(800, 560); // about a dock's share of a 1600x1000 window
        views.back()->show();
    }

    std::vector<double> totals;
    quint64 generation = 1;
    for (const QString &change : kChanges) {
        QString error;
        const auto filter = change == QLatin1String("all") ? std::optional<Filter>(Filter())
                                                           : Filter::parse(change, &error);
        if (!filter) {
            std::fprintf(stderr, "bad filter %s: %s\n", qPrintable(change), qPrintable(error));
            return 1;
        }
        qint64 loadMs = -1;
        const auto loaded = QObject::connect(&service, &AnalysisService::snapshotLoaded,
                                             [&loadMs](quint64, qint64, qint64 ms) { loadMs = ms; });
        QElapsedTimer wall;
        const double guiCpu0 = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        const double processCpu0 = cpuMs(CLOCK_PROCESS_CPUTIME_ID);
        wall.start();
        filterState.setFilter(*filter);
        // As the main window does: the runs table reads its rows on a worker.
        runModel.setFilterInBackground(*filter, db);
        host.updateDataSource(++generation);
        std::map<QString, double> ready;
        for (auto &v : views)
            v->refresh();
        while (ready.size() < views.size()) {
            // Waits in the event loop, as the app does: a spinning processEvents() would keep a
            // core busy at the GUI thread's priority and take it from the views' jobs.
            QEventLoop idle;
            QTimer::singleShot(1, &idle, &QEventLoop::quit);
            idle.exec();
            for (auto &v : views) {
                if (!ready.count(v->viewId()) && v->isReady())
                    ready[v->viewId()] = msSince(wall);
            }
            if (wall.elapsed() > 600000) {
                std::fprintf(stderr, "views not ready after 10 minutes\n");
                return 1;
            }
        }
        const double computed = msSince(wall);
        QObject::disconnect(loaded);
        // The repaints the results asked for (queued replots, then the paint events that draw the
        // views on their offscreen surfaces): with them every view is on screen.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        const double painted = msSince(wall);
        const double guiCpu = cpuMs(CLOCK_THREAD_CPUTIME_ID) - guiCpu0;
        const double processCpu = cpuMs(CLOCK_PROCESS_CPUTIME_ID) - processCpu0;
        // A second, full paint of each view on its own, for the per-view figure only.
        std::map<QString, double> drawn;
        for (auto &v : views) {
            QElapsedTimer t;
            t.start();
            const QPixmap picture = v->grab();
            drawn[v->viewId()] = msSince(t);
            if (picture.isNull())
                return 1;
        }
        totals.push_back(painted);
        std::printf("\nchange '%s': all %lld views computed and painted after %.0f ms (results in by %.0f ms)\n",
                    qPrintable(change), static_cast<long long>(views.size()), painted, computed);
        // The runs this change keeps, chosen by the filter (from the store's copy in memory once
        // it has been read): part of every view's wait, counted once.
        std::printf("  runs for this change: %lld ms\n", static_cast<long long>(loadMs));
        // How busy the cores were: CPU time of every thread over the wall time of the change.
        std::printf("  CPU in this change: %.0f ms on the GUI thread, %.0f ms in all threads (%.2f cores busy "
                    "on average)\n",
                    guiCpu, processCpu, painted > 0 ? processCpu / painted : 0.0);
        std::printf("  %-16s %10s %10s %8s %8s\n", "view", "ready ms", "cpu ms", "show ms", "draw ms");
        double cpu = 0, show = 0;
        for (auto &v : views) {
            const double job = service.lastJobMilliseconds(v->viewId());
            cpu += std::max(job, 0.0);
            show += std::max(v->lastShowMilliseconds(), 0.0);
            std::printf("  %-16s %10.1f %10.1f %8.1f %8.1f\n", qPrintable(v->viewId()), ready[v->viewId()], job,
                        v->lastShowMilliseconds(), drawn[v->viewId()]);
        }
        std::printf("  %-16s %10s %10.1f %8.1f (jobs on %d pool threads; results taken in on the GUI thread)\n", "sum",
                    "", cpu, show, service.maxThreadCount());
    }

    if (!reference)
        return 0;
    QStringList pythonArgs{
        QStringLiteral(WATTPRINT_SOURCE_DIR "/bench/reference_refresh.py"), csv,
        QStringLiteral(WATTPRINT_SOURCE_DIR "/tests/fixtures/butter-e/pmlb_summary_13_butter_datasets.csv")};
    pythonArgs += kChanges;
    QProcess python;
    python.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    python.start(QStringLiteral("/usr/bin/python3"), pythonArgs);
    if (!python.waitForFinished(3600000) || python.exitCode() != 0) {
        std::printf("\nreference: /usr/bin/python3 with python3-pandas, -scipy, -sklearn and -plotly did not run "
                    "(exit %d); no ratio\n",
                    python.exitCode());
        return 0;
    }
    std::printf("\n%-32s %12s %14s %8s\n", "change", "wattprint ms", "reference ms", "ratio");
    int i = 0;
    const QList<QByteArray> lines = python.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.contains(QStringLiteral("load_s"))) {
            std::printf("%-32s %12s %14.0f\n", "(reference: load the CSV)", "-",
                        o.value(QStringLiteral("load_s")).toDouble() * 1000);
            continue;
        }
        if (!o.contains(QStringLiteral("total_s")) || i >= int(totals.size()))
            continue;
        const double ref = o.value(QStringLiteral("total_s")).toDouble() * 1000;
        std::printf("%-32s %12.0f %14.0f %7.1fx\n", qPrintable(kChanges[i]), totals[std::size_t(i)], ref,
                    ref / totals[std::size_t(i)]);
        ++i;
    }
    return 0;
}
