// The view table is the one list of views: the registry, the View menu, the default layout, the
// report, the guide and `wattprint render --list` follow it. Adding a view is one class plus one
// row: a view this test defines and registers at run time shows up in all of them, and the app
// reaches it through ViewPanel's hooks, never its class.
#include "../support/demostorecache.h"

#include <demostore.h>
#include <guidewindow.h>
#include <mainwindow.h>
#include <preferences.h>
#include <rendercommands.h>
#include <reportbuilder.h>
#include <reportwriter.h>
#include <store.h>
#include <viewhost.h>
#include <viewpanel.h>
#include <viewregistry.h>
#include <viewtable.h>

#include <analysisservice.h>
#include <filterstate.h>

#include <QDockWidget>
#include <QHelpEvent>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QTextBrowser>

#include <cstdio>
#include <unistd.h>

using namespace wattprint;

namespace {

const QString ProbeId = QStringLiteral("probe");
const QString ProbeTitle = QStringLiteral("Probe of the view table");
const QString ProbeNugget = QStringLiteral("Does a new view need more than its class and one row?");

// A complete view in a few lines: counts the runs in force.
class ProbeView : public ViewPanel
{
public:
    explicit ProbeView(QWidget *parent = nullptr)
        : ViewPanel(ProbeId, parent)
        , m_label(new QLabel(this))
    {
        m_label->setMinimumSize(200, 100);
        setChartWidget(m_label);
    }

    QString nugget() const override { return ProbeNugget; }
    QString howToRead() const override { return QStringLiteral("<p>One number: the runs in force.</p>"); }

    void setDetailsProvider(DetailsProvider provider) override { details = std::move(provider); }
    void applyCarbonPreferences(const CarbonPreferences &preferences) override { carbon = preferences; }

    DetailsProvider details;
    std::optional<CarbonPreferences> carbon;

protected:
    void requestData() override
    {
        submit([](const RunColumns &runs, JobContext &) { return qint64(runs.rowCount()); }, &ProbeView::showCount);
    }

private:
    void showCount(std::shared_ptr<const qint64> count)
    {
        m_label->setText(QString::number(*count));
        setFinding(QStringLiteral("The probe counted %1 runs.").arg(*count));
        setReady(true);
    }

    QLabel *m_label;
};

// The text a function writes to stdout (the command line writes there, not to a stream we own).
QString captureStdout(const std::function<int()> &run, int *exitCode)
{
    std::fflush(stdout);
    QTemporaryFile file;
    if (!file.open())
        return {};
    const int saved = ::dup(STDOUT_FILENO);
    ::dup2(file.handle(), STDOUT_FILENO);
    *exitCode = run();
    std::fflush(stdout);
    ::dup2(saved, STDOUT_FILENO);
    ::close(saved);
    file.seek(0);
    return QString::fromUtf8(file.readAll());
}

QString pdfText(const QString &path, int page)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool,
            {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), path,
             QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

QMenu *viewMenu(MainWindow *window)
{
    for (QAction *a : window->menuBar()->actions()) {
        if (a->menu() && a->menu()->title().remove(QLatin1Char('&')) == QLatin1String("View"))
            return a->menu();
    }
    return nullptr;
}

} // namespace

class TestViewTable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rowsAgreeWithTheirViews();
    void registrationIsCheckedAndScoped();
    void newViewInViewMenuAndDefaultLayout();
    void tabsShowShortTitlesAndAskTheQuestion();
    void hooksReachTheNewView();
    void newViewInReport();
    void newViewInRenderList();
    void guideFollowsTheTable();

private:
    std::unique_ptr<MainWindow> openWindow();

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<ViewTable::Registration> m_probe;
};

void TestViewTable::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QDir().mkpath(QStringLiteral(WATTPRINT_OUTPUT_DIR));
    m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    DemoOptions options;
    options.runs = 3000;
    options.traceJobs = 10;
    QString error;
    QVERIFY2(testsupport::copyDemoStore(options, m_db, &error), qPrintable(error));

    // The whole of adding a view, besides its class.
    ViewRow row;
    row.id = ProbeId;
    row.title = "Probe of the view table";
    row.tabTitle = "Probe";
    row.stack = ViewStack::Bottom;
    row.create = [](QWidget *parent) -> ViewPanel * { return new ProbeView(parent); };
    m_probe = std::make_unique<ViewTable::Registration>(row);
    QVERIFY(m_probe->isRegistered());
}

std::unique_ptr<MainWindow> TestViewTable::openWindow()
{
    auto window = std::make_unique<MainWindow>(m_db, MainWindow::Headless);
    window->resize(1600, 1000);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

void TestViewTable::rowsAgreeWithTheirViews()
{
    const QList<ViewRow> rows = ViewTable::rows();
    QStringList ids;
    QSet<QString> tabTitles;
    for (const ViewRow &row : rows) {
        ids.append(row.id);
        QVERIFY2(!ViewTable::title(row.id).isEmpty(), qPrintable(row.id));
        const QString tab = ViewTable::tabTitle(row.id);
        QVERIFY2(!tab.isEmpty() && !tab.contains(QLatin1Char(' ')), qPrintable(row.id));
        tabTitles.insert(tab);
        // One truth for the id: the view made from the row says the same.
        std::unique_ptr<ViewPanel> view(ViewRegistry::create(row.id));
        QVERIFY2(view, qPrintable(row.id));
        QCOMPARE(view->viewId(), row.id);
        QCOMPARE(view->title(), ViewTable::title(row.id));
    }
    QCOMPARE(ViewRegistry::ids(), ids);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    QCOMPARE(tabTitles.size(), ids.size()); // a tab tells its view apart
    // The runs table is the one view without a chart; the probe has one.
    QStringList charts = ids;
    charts.removeAll(QStringLiteral("runs"));
    QCOMPARE(ViewRegistry::chartIds(), charts);
    QVERIFY(ViewRegistry::chartIds().contains(ProbeId));
    QCOMPARE(ViewTable::tabTitle(QStringLiteral("sankey")), QStringLiteral("Carbon"));
    QCOMPARE(ViewTable::title(QStringLiteral("sankey")), QStringLiteral("Carbon impact flow"));
    QVERIFY(ViewTable::title(QStringLiteral("no-such-view")).isEmpty());
    QVERIFY(!ViewRegistry::create(QStringLiteral("no-such-view")));
}

void TestViewTable::registrationIsCheckedAndScoped()
{
    ViewRow row;
    row.id = QStringLiteral("scoped");
    row.title = "Scoped";
    row.tabTitle = "Scoped";
    QVERIFY(!ViewTable::registerView(row)); // no factory
    row.create = [](QWidget *parent) -> ViewPanel * { return new ProbeView(parent); };
    ViewRow taken = row;
    taken.id = QStringLiteral("distribution");
    QVERIFY(!ViewTable::registerView(taken));
    ViewRow unnamed = row;
    unnamed.id.clear();
    QVERIFY(!ViewTable::registerView(unnamed));
    const int before = int(ViewTable::rows().size());
    {
        ViewTable::Registration scoped(row);
        QVERIFY(scoped.isRegistered());
        QCOMPARE(int(ViewTable::rows().size()), before + 1);
        QCOMPARE(ViewRegistry::ids().last(), QStringLiteral("scoped"));
        ViewTable::Registration again(row);
        QVERIFY(!again.isRegistered());
    }
    QCOMPARE(int(ViewTable::rows().size()), before);
    QVERIFY(!ViewTable::row(QStringLiteral("scoped")));
    QVERIFY(!ViewTable::unregisterView(QStringLiteral("scoped")));
}

void TestViewTable::newViewInViewMenuAndDefaultLayout()
{
    std::unique_ptr<MainWindow> window = openWindow();
    QMenu *menu = viewMenu(window.get());
    QVERIFY(menu);
    QDockWidget *dock = window->dock(ProbeId);
    QVERIFY(dock);
    QVERIFY(menu->actions().contains(dock->toggleViewAction()));
    // The menu names each view in full, in table order, the probe last.
    const QStringList ids = ViewRegistry::ids();
    const QList<QAction *> actions = menu->actions();
    QVERIFY(actions.size() > ids.size());
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(actions.at(i), window->dock(ids.at(i))->toggleViewAction());
        QCOMPARE(actions.at(i)->text(), ViewTable::title(ids.at(i)));
    }
    QCOMPARE(actions.at(ids.size() - 1)->text(), ProbeTitle);
    QVERIFY(actions.at(ids.size())->isSeparator());
    // Its row puts it in a stack of its own under the two columns of charts.
    QCOMPARE(window->dockWidgetArea(dock), Qt::BottomDockWidgetArea);
    QVERIFY(dock->isVisible());
    QCOMPARE(window->dockWidgetArea(window->dock(QStringLiteral("distribution"))), Qt::TopDockWidgetArea);
    QCOMPARE(window->dockWidgetArea(window->dock(QStringLiteral("runs"))), Qt::TopDockWidgetArea);
    QVERIFY(window->tabifiedDockWidgets(window->dock(QStringLiteral("distribution")))
                .contains(window->dock(QStringLiteral("radar"))));
    QVERIFY(window->tabifiedDockWidgets(window->dock(QStringLiteral("compare")))
                .contains(window->dock(QStringLiteral("runs"))));
    QVERIFY(!window->tabifiedDockWidgets(window->dock(QStringLiteral("distribution")))
                 .contains(window->dock(QStringLiteral("compare"))));
    // The probe computes like any view, and reports ask for it while its dock is open.
    ViewPanel *probe = window->view(ProbeId);
    QVERIFY(probe);
    QTRY_VERIFY_WITH_TIMEOUT(probe->isReady(), 60000);
    QCOMPARE(probe->finding(), QStringLiteral("The probe counted 3000 runs."));
    const ReportRequest request = window->reportRequest(m_dir.filePath(QStringLiteral("r.pdf")));
    QVERIFY(request.viewIds.contains(ProbeId));
    QVERIFY(!request.viewIds.contains(QStringLiteral("runs")));
    dock->close();
    QVERIFY(!window->reportRequest(m_dir.filePath(QStringLiteral("r.pdf"))).viewIds.contains(ProbeId));
}

void TestViewTable::tabsShowShortTitlesAndAskTheQuestion()
{
    std::unique_ptr<MainWindow> window = openWindow();
    for (const QString &id : ViewRegistry::ids()) {
        QCOMPARE(window->dock(id)->windowTitle(), ViewTable::tabTitle(id));
        QCOMPARE(window->dock(id)->toggleViewAction()->text(), ViewTable::title(id));
    }
    // Hovering a tab asks the view's question.
    int asked = 0;
    for (QTabBar *bar : window->findChildren<QTabBar *>(QString(), Qt::FindDirectChildrenOnly)) {
        for (int i = 0; i < bar->count(); ++i) {
            const QRect rect = bar->tabRect(i);
            if (rect.isEmpty())
                continue;
            QHelpEvent event(QEvent::ToolTip, rect.center(), bar->mapToGlobal(rect.center()));
            QCoreApplication::sendEvent(bar, &event);
            QString id;
            for (const QString &candidate : ViewRegistry::ids()) {
                if (window->dock(candidate)->windowTitle() == bar->tabText(i))
                    id = candidate;
            }
            QVERIFY2(!id.isEmpty(), qPrintable(bar->tabText(i)));
            QCOMPARE(bar->tabToolTip(i), window->view(id)->nugget());
            ++asked;
        }
    }
    // Every dock that shares its stack has a tab (the probe is alone at the bottom: no tab).
    int tabbed = 0;
    for (const QString &id : ViewRegistry::ids())
        tabbed += window->tabifiedDockWidgets(window->dock(id)).isEmpty() ? 0 : 1;
    QCOMPARE(tabbed, int(ViewRegistry::ids().size()) - 1);
    QCOMPARE(asked, tabbed);
}

void TestViewTable::hooksReachTheNewView()
{
    // The app talks to views through ViewPanel alone: the probe gets the Preferences' carbon
    // settings and a way to read run details, as the Sankey and the anomaly timeline do.
    std::unique_ptr<MainWindow> window = openWindow();
    auto *probe = dynamic_cast<ProbeView *>(window->view(ProbeId));
    QVERIFY(probe);
    QVERIFY(probe->carbon);
    QCOMPARE(probe->carbon->region, window->preferences()->region());
    QVERIFY(probe->details);
    QTRY_VERIFY_WITH_TIMEOUT(probe->isReady(), 60000);
    const TraceDetails details = probe->details(1);
    QVERIFY2(details.found, qPrintable(details.error));
    QCOMPARE(details.runRowId, qint64(1));

    // The host hands the same to views it makes for a report or the command line.
    AnalysisService service;
    FilterState filterState;
    ViewHost host(&service, &filterState);
    Store store(m_db);
    QVERIFY(store.open(nullptr));
    host.setStore(store);
    QCOMPARE(host.storePath(), m_db);
    QVERIFY(host.isSynthetic());
    std::unique_ptr<ViewPanel> view(host.createView(ProbeId));
    QVERIFY(view);
    QVERIFY(dynamic_cast<ProbeView *>(view.get())->details);
    QCOMPARE(view->environment().sourceDescription(), store.sourceDescription());
    QVERIFY(view->environment().isSynthetic());
    QVERIFY(!view->environment().runModel);
    QVERIFY(!host.createView(QStringLiteral("no-such-view")));
}

void TestViewTable::newViewInReport()
{
    // Every chart in table order when no view is named: the probe has its page and its line in
    // the contents.
    ReportRequest request;
    request.dbPath = m_db;
    request.outPath = QStringLiteral(WATTPRINT_OUTPUT_DIR "/viewtable-report.pdf");
    request.factors = factorsForRegion(u"world");
    QString error;
    QVERIFY2(ReportBuilder::build(request, &error), qPrintable(error));
    const QStringList charts = ViewRegistry::chartIds();
    const int index = int(charts.indexOf(ProbeId));
    QCOMPARE(index, int(charts.size()) - 1);
    const QString contents = pdfText(request.outPath, 2);
    if (contents.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY2(contents.contains(ProbeTitle), qPrintable(contents));
    QVERIFY(contents.contains(QStringLiteral("Page %1 of %2").arg(2).arg(ReportWriter::pageCount(int(charts.size())))));
    const QString page = pdfText(request.outPath, ReportWriter::viewPage(index));
    QVERIFY2(page.contains(ProbeTitle), qPrintable(page));
    QVERIFY(page.contains(ProbeNugget));
    QVERIFY(page.contains(QStringLiteral("The probe counted 3000 runs.")));
}

void TestViewTable::newViewInRenderList()
{
    int code = -1;
    const QString list = captureStdout(
        [] {
            return RenderCommands::render({QStringLiteral("wattprint"), QStringLiteral("--list")});
        },
        &code);
    QCOMPARE(code, 0);
    QCOMPARE(list.split(QLatin1Char('\n'), Qt::SkipEmptyParts), ViewRegistry::ids());
    QVERIFY(list.contains(ProbeId));

    const QString out = QStringLiteral(WATTPRINT_OUTPUT_DIR "/viewtable-probe.png");
    QFile::remove(out);
    QCOMPARE(RenderCommands::render({QStringLiteral("wattprint"), QStringLiteral("--db"), m_db,
                                     QStringLiteral("--view"), ProbeId, QStringLiteral("--out"), out}),
             0);
    QCOMPARE(QImage(out).size(), QSize(1200, 800));
}

void TestViewTable::guideFollowsTheTable()
{
    std::unique_ptr<MainWindow> window = openWindow();
    window->showGuide();
    auto *guide = window->findChild<GuideWindow *>();
    QVERIFY(guide);
    const QString html = guide->browser()->toHtml();
    QVERIFY(html.contains(ProbeTitle));
    QVERIFY(html.contains(ProbeNugget));
    // In table order, the runs table left out.
    qsizetype last = -1;
    for (const QString &id : ViewRegistry::chartIds()) {
        last = html.indexOf(ViewTable::title(id).toHtmlEscaped(), last + 1);
        QVERIFY2(last >= 0, qPrintable(id));
    }
    QVERIFY(!html.contains(window->view(QStringLiteral("runs"))->nugget().toHtmlEscaped()));
}

QTEST_MAIN(TestViewTable)
#include "tst_viewtable.moc"
