// Refresh at N runs: every view recomputed and drawn offscreen for each filter change of a fixed
// sequence, against the reference stack (pandas + SciPy + scikit-learn + Plotly, computing the same
// 15 figures and serialising them as a Dash callback does: bench/reference_refresh.py) on the same
// runs in the same run. Prints, per change, each view's compute time (refresh until its result is
// shown; views compute in parallel on the pool) and draw time (a full offscreen paint on the GUI
// thread), the total, the reference's total and the ratio.
//
//   bench_refresh [--runs N] [--no-reference]      (N: 63527 by default; 1000000 for the large case)
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
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <vector>

using namespace wattprint;

namespace {

// The sequence of filter changes, in Filter::parse's text ("all": no filter).
const QStringList kChanges = {
    QStringLiteral("all"),
    QStringLiteral("device=gpu"),
    QStringLiteral("dataset=mnist"),
    QStringLiteral("size=1024..65536"),
    QStringLiteral("shape=rectangle,device=cpu"),
    QStringLiteral("all"),
};

// The 15 views the reference draws; the what-if panel and the runs table are timed apart.
bool inReference(const QString &id)
{
    return id != QLatin1String("whatif") && id != QLatin1String("runs");
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
    qint64 runs = 63527;
    bool reference = true;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = args[++i].toLongLong();
        else if (args[i] == QLatin1String("--no-reference"))
            reference = false;
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
        QElapsedTimer wall;
        wall.start();
        filterState.setFilter(*filter);
        runModel.setFilter(*filter);
        host.updateDataSource(++generation);
        std::map<QString, double> ready;
        for (auto &v : views)
            v->refresh();
        while (ready.size() < views.size()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
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
        std::map<QString, double> drawn;
        for (auto &v : views) {
            QElapsedTimer t;
            t.start();
            const QPixmap picture = v->grab();
            drawn[v->viewId()] = msSince(t);
            if (picture.isNull())
                return 1;
        }
        const double total = msSince(wall);
        double referenceViews = computed;
        for (auto &v : views)
            referenceViews += inReference(v->viewId()) ? drawn[v->viewId()] : 0;
        totals.push_back(referenceViews);
        std::printf("\nchange '%s': all views shown after %.0f ms (computed by %.0f ms; the 15 views of the "
                    "reference %.0f ms)\n",
                    qPrintable(change), total, computed, referenceViews);
        std::printf("  %-16s %10s %8s\n", "view", "ready ms", "draw ms");
        for (auto &v : views)
            std::printf("  %-16s %10.1f %8.1f\n", qPrintable(v->viewId()), ready[v->viewId()], drawn[v->viewId()]);
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
