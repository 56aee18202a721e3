// First painted window: how long from the process's start until the main window has painted its
// layout on an existing store, and until each view on screen shows its first result. The window
// is measured in a fresh process (the bench runs itself again on the store), so the figures
// include loading the libraries and Qt's start, as a user who opens the app sees them.
//
//   bench_startup [--runs N | --db STORE] [--size 1280x800] [--repeat K] [--grab PNG]
//   (N: 63527 by default; 1000000 for the large case; --db opens an existing store)
#include <demostore.h>
#include <mainwindow.h>
#include <runtablemodel.h>
#include <store.h>
#include <viewpanel.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace wattprint;

namespace {

// The process's age in milliseconds when main() begins: the kernel's start time (in clock
// ticks since boot, /proc/self/stat field 22) against the boot clock now.
double processAgeMs()
{
    std::ifstream stat("/proc/self/stat");
    std::string line;
    std::getline(stat, line);
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    std::istringstream rest(line.substr(line.rfind(')') + 2));
    std::string field;
    unsigned long long startTicks = 0;
    for (int i = 3; i <= 22 && rest >> field; ++i) {
        if (i == 22)
            startTicks = std::stoull(field);
    }
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    return nowMs - double(startTicks) * 1e3 / double(sysconf(_SC_CLK_TCK));
}

// This process image's own peak (VmHWM). getrusage's ru_maxrss survives exec on Linux: a child
// started by a parent that had just built a million-run store reported the parent's 563 MB.
long peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLong() / 1024;
        }
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// Notes when the window first paints: the end of the first event-loop pass that painted it.
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *window, const QElapsedTimer *clock)
        : m_window(window)
        , m_clock(clock)
    {
        qApp->installEventFilter(this);
    }
    double ms = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (ms < 0 && !m_seen && event->type() == QEvent::Paint && watched == m_window) {
            m_seen = true;
            // Runs once the paint pass that sent this event has finished.
            QTimer::singleShot(0, this, [this] { ms = double(m_clock->nsecsElapsed()) / 1e6; });
        }
        return false;
    }

private:
    QWidget *m_window;
    const QElapsedTimer *m_clock;
    bool m_seen = false;
};

int measure(QApplication &app, const QString &db, const QSize &size, double ageAtMainMs, const QElapsedTimer &clock,
            const QString &grab)
{
    MainWindow window(db, MainWindow::Headless);
    window.fitTo(QRect(QPoint(0, 0), size));
    const double constructedMs = double(clock.nsecsElapsed()) / 1e6;
    FirstPaint firstPaint(&window, &clock);
    std::map<QString, double> readyMs;
    for (ViewPanel *v : window.views()) {
        QObject::connect(v, &ViewPanel::readyChanged, &window, [&readyMs, &clock, v](bool ready) {
            if (ready && !readyMs.count(v->viewId()))
                readyMs[v->viewId()] = double(clock.nsecsElapsed()) / 1e6;
        });
    }
    window.show();
    // Waits in the event loop (a spinning processEvents() would take a core from the workers).
    QElapsedTimer guard;
    guard.start();
    double countsMs = -1;
    bool grabbed = false;
    double rowsMs = -1;
    QObject::connect(window.runModel(), &RunTableModel::totalCountChanged, &window, [&rowsMs, &clock] {
        if (rowsMs < 0)
            rowsMs = double(clock.nsecsElapsed()) / 1e6;
    });
    while (!(firstPaint.ms >= 0 && window.allVisibleViewsReady()) && guard.elapsed() < 600000) {
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
        if (countsMs < 0 && !window.statusText().startsWith(QLatin1String("Counting")))
            countsMs = double(clock.nsecsElapsed()) / 1e6;
        // What the user sees while the views fill in (--grab): half a second after the first paint.
        if (!grab.isEmpty() && firstPaint.ms >= 0 && !grabbed
            && double(clock.nsecsElapsed()) / 1e6 > firstPaint.ms + 500) {
            grabbed = true;
            window.grab().save(grab);
        }
    }
    std::erase_if(readyMs, [&window](const auto &entry) {
        const QList<ViewPanel *> views = window.views();
        return std::none_of(views.begin(), views.end(),
                            [&](ViewPanel *v) { return v->viewId() == entry.first && v->isOnScreen(); });
    });
    const double allMs = double(clock.nsecsElapsed()) / 1e6;
    std::printf("  before main(): %.0f ms (loading libraries)\n", ageAtMainMs);
    std::printf("  window constructed: %.0f ms\n", ageAtMainMs + constructedMs);
    std::printf("  first painted window: %.0f ms\n", ageAtMainMs + firstPaint.ms);
    std::printf("  runs table's first rows in (%lld runs): %.0f ms\n",
                static_cast<long long>(window.runModel()->totalCount()), ageAtMainMs + rowsMs);
    std::printf("  status bar counting the store's runs: %.0f ms\n", ageAtMainMs + countsMs);
    std::printf("  every view on screen showing its result, and the counts: %.0f ms\n", ageAtMainMs + allMs);
    std::vector<std::pair<double, QString>> order;
    for (const auto &[id, ms] : readyMs)
        order.push_back({ms, id});
    std::sort(order.begin(), order.end());
    std::printf("  views on screen, ready at (ms):");
    for (const auto &[ms, id] : order)
        std::printf(" %s %.0f", qPrintable(id), ageAtMainMs + ms);
    std::printf("\n  peak RSS %ld MB\n", peakRssMb());
    Q_UNUSED(app);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const double ageAtMainMs = processAgeMs();
    QElapsedTimer clock;
    clock.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    qint64 runs = 63527;
    QString existing;
    QSize size(1280, 800);
    int repeat = 3;
    bool child = false;
    QString grab;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = args[++i].toLongLong();
        else if (args[i] == QLatin1String("--db") && i + 1 < args.size())
            existing = args[++i];
        else if (args[i] == QLatin1String("--size") && i + 1 < args.size()) {
            const QStringList wh = args[++i].split(QLatin1Char('x'));
            if (wh.size() == 2)
                size = QSize(wh[0].toInt(), wh[1].toInt());
        } else if (args[i] == QLatin1String("--repeat") && i + 1 < args.size())
            repeat = args[++i].toInt();
        else if (args[i] == QLatin1String("--child"))
            child = true;
        else if (args[i] == QLatin1String("--grab") && i + 1 < args.size())
            grab = args[++i];
    }
    if (child)
        return measure(app, existing, size, ageAtMainMs, clock, grab);

    QTemporaryDir dir;
    QString db = existing;
    if (db.isEmpty()) {
        db = dir.filePath(QStringLiteral("demo.sqlite"));
        Store store(db);
        DemoOptions options;
        options.runs = runs;
        if (!store.open(nullptr) || !DemoStore::build(&store, options).ok)
            return 1;
    }
    std::printf("first painted window on %s at %dx%d (a fresh process each time; the store's file is in the "
                "page cache after the first):\n",
                qPrintable(existing.isEmpty() ? QStringLiteral("a demo store of %1 runs").arg(runs) : existing),
                size.width(), size.height());
    for (int r = 0; r < repeat; ++r) {
        std::fflush(stdout);
        QProcess self;
        self.setProcessChannelMode(QProcess::ForwardedChannels);
        self.start(QCoreApplication::applicationFilePath(),
                   QStringList{QStringLiteral("--child"), QStringLiteral("--db"), db, QStringLiteral("--size"),
                               QStringLiteral("%1x%2").arg(size.width()).arg(size.height())}
                       + (grab.isEmpty() ? QStringList() : QStringList{QStringLiteral("--grab"), grab}));
        if (!self.waitForFinished(-1) || self.exitCode() != 0)
            return 1;
    }
    return 0;
}
