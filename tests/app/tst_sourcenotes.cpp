// A store holding demo runs and CodeCarbon runs: views that need a BUTTER-E configuration say, in
// plain words, how many runs of which tool they leave out (all of them: why they show nothing);
// views that show every run say nothing; the demo banner says measured runs sit beside it.

#include "../support/demostorecache.h"
#include <analysisservice.h>
#include <compareview.h>
#include <filter.h>
#include <filterstate.h>
#include <importer.h>
#include <leaderboardview.h>
#include <overheadview.h>
#include <pagerenderer.h>
#include <partsbarchart.h>
#include <rungroupsmodel.h>
#include <sankeyview.h>
#include <store.h>
#include <viewhost.h>
#include <viewpanel.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace wattprint;

class TestSourceNotes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void leftOutRunsAreCountedAndNamed();
    void aViewOfEveryRunSaysNothing();
    void onlyOtherToolsExplainsTheEmptyView();
    void demoBannerSaysMeasuredRunsSitBeside();
    void overheadSplitsOtherToolsIntoParts();
    void leaderboardListsOtherToolsByGroup();
    void compareSetsProjectAgainstProject();
    void carbonFlowByProject();

private:
    // The view `id` on the store under `filter`, once its result is shown.
    std::unique_ptr<ViewPanel> shown(const QString &id, const Filter &filter = {});

    QTemporaryDir m_dir;
    QString m_path;
    FilterState m_filterState;
    AnalysisService m_service;
    std::unique_ptr<ViewHost> m_host;
    quint64 m_generation = 0;
};

void TestSourceNotes::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("mixed.sqlite"));
    DemoOptions options;
    options.runs = 3000;
    options.traceJobs = 2;
    QString error;
    QVERIFY2(testsupport::copyDemoStore(options, m_path, &error), qPrintable(error));
    Store store(m_path);
    QVERIFY2(store.open(&error), qPrintable(error));
    const ImportReport report = Importer(&store).importFile(
        QStringLiteral(WATTPRINT_FIXTURES "/codecarbon/emissions_example.csv"));
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.accepted, qint64(28));
    const ImportReport teams = Importer(&store).importFile(
        QStringLiteral(WATTPRINT_FIXTURES "/codecarbon/emissions_teams.csv"));
    QVERIFY2(teams.ok, qPrintable(teams.error));
    QCOMPARE(teams.accepted, qint64(25));
    m_host = std::make_unique<ViewHost>(&m_service, &m_filterState);
    m_host->setStore(store);
}

std::unique_ptr<ViewPanel> TestSourceNotes::shown(const QString &id, const Filter &filter)
{
    m_filterState.setFilter(filter);
    m_host->updateDataSource(++m_generation);
    std::unique_ptr<ViewPanel> view(m_host->createView(id));
    view->resize(900, 600);
    view->show();
    view->refresh();
    QDeadlineTimer deadline(60000);
    while (!view->isReady() && !deadline.hasExpired())
        QTest::qWait(20);
    return view;
}

void TestSourceNotes::leftOutRunsAreCountedAndNamed()
{
    for (const QString &id : {QStringLiteral("leaderboard"), QStringLiteral("pareto"), QStringLiteral("cache")}) {
        const std::unique_ptr<ViewPanel> view = shown(id);
        QVERIFY2(view->isReady(), qPrintable(id));
        const QString note = view->configurationNote();
        QVERIFY2(note.contains(u"CodeCarbon") && note.contains(u"53 left out"),
                 qPrintable(id + QStringLiteral(": ") + note));
        auto *label = view->findChild<QLabel *>(QStringLiteral("configurationLabel"));
        QVERIFY(label && label->isVisible() && label->text() == note);
    }
}

void TestSourceNotes::aViewOfEveryRunSaysNothing()
{
    for (const QString &id : {QStringLiteral("distribution"), QStringLiteral("compare"), QStringLiteral("sankey")}) {
        const std::unique_ptr<ViewPanel> view = shown(id);
        QVERIFY2(view->isReady(), qPrintable(id));
        QVERIFY2(view->configurationNote().isEmpty(),
                 qPrintable(id + QStringLiteral(": ") + view->configurationNote()));
    }
    // A view that needs configurations, with the other tool's runs filtered away: nothing to say.
    QString error;
    const std::unique_ptr<ViewPanel> view = shown(QStringLiteral("leaderboard"),
                                                  *Filter::parse(QStringLiteral("source=butter-e"), &error));
    QVERIFY(view->isReady());
    QVERIFY(view->configurationNote().isEmpty());
}

void TestSourceNotes::onlyOtherToolsExplainsTheEmptyView()
{
    QString error;
    const auto filter = Filter::parse(QStringLiteral("source=codecarbon"), &error);
    QVERIFY2(filter, qPrintable(error));
    const std::unique_ptr<ViewPanel> view = shown(QStringLiteral("pareto"), *filter);
    QDeadlineTimer deadline(60000);
    while (view->configurationNote().isEmpty() && !deadline.hasExpired())
        QTest::qWait(20); // a view with nothing to draw may end in a failure rather than a result
    const QString note = view->configurationNote();
    QVERIFY2(note.contains(u"none of the 53 runs") && note.contains(u"CodeCarbon") && note.contains(u"distribution"),
             qPrintable(note));
}

void TestSourceNotes::demoBannerSaysMeasuredRunsSitBeside()
{
    const std::unique_ptr<ViewPanel> view = shown(QStringLiteral("distribution"));
    auto *banner = view->findChild<QLabel *>(QStringLiteral("sourceLabel"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY2(banner->text().contains(u"beside imported runs") && banner->text().contains(u"Remove demo data"),
             qPrintable(banner->text()));
    // Pages say so too: exports, prints and reports.
    const QString footer = PageRenderer::footerText(view->environment());
    QVERIFY2(footer.contains(u"synthetic demo beside measured runs") && footer.contains(u"emissions_example.csv"),
             qPrintable(footer));
}

void TestSourceNotes::overheadSplitsOtherToolsIntoParts()
{
    // Beside BUTTER-E runs: the overhead split, and the note points to the CPU/GPU/RAM split.
    std::unique_ptr<ViewPanel> mixed = shown(QStringLiteral("overhead"));
    auto *overhead = qobject_cast<OverheadView *>(mixed.get());
    QVERIFY(overhead && overhead->isReady());
    QVERIFY(!overhead->showsParts());
    QVERIFY2(overhead->configurationNote().contains(u"CPU, GPU and RAM"), qPrintable(overhead->configurationNote()));
    // Chosen: the parts per hardware, and no note (the view shows those runs).
    overhead->setSplit(OverheadView::Split::Parts);
    overhead->setPartsGrouping(RunGroupBy::Hardware);
    QDeadlineTimer deadline(60000);
    while (overhead->partsChart()->groups() && overhead->partsChart()->groups()->by != RunGroupBy::Hardware
           && !deadline.hasExpired())
        QTest::qWait(20);
    QVERIFY(overhead->showsParts());
    QCOMPARE(overhead->partsChart()->drawn().size(), 4); // Apple M1, A100 x 4, RTX A1000, EPYC
    QVERIFY(overhead->configurationNote().isEmpty());

    // Only CodeCarbon runs: the view shows the parts by itself, per project.
    QString error;
    std::unique_ptr<ViewPanel> only = shown(QStringLiteral("overhead"),
                                            *Filter::parse(QStringLiteral("source=codecarbon"), &error));
    overhead = qobject_cast<OverheadView *>(only.get());
    QVERIFY(overhead->isReady());
    QVERIFY(overhead->showsParts());
    QCOMPARE(overhead->split(), OverheadView::Split::Overhead);
    QCOMPARE(overhead->partsChart()->drawn().size(), 4); // four projects
    QVERIFY2(overhead->finding().contains(u"the GPU"), qPrintable(overhead->finding()));
    QVERIFY(overhead->configurationNote().isEmpty());
    const QString out = QStringLiteral(WATTPRINT_OUTPUT_DIR);
    QDir().mkpath(out);
    QVERIFY(overhead->grab().save(out + QStringLiteral("/overhead-parts.png")));
    QVERIFY(overhead->exportToFile(out + QStringLiteral("/overhead-parts-page.png"), &error, 96, QSize(1000, 700)));
}

void TestSourceNotes::leaderboardListsOtherToolsByGroup()
{
    QString error;
    std::unique_ptr<ViewPanel> only = shown(QStringLiteral("leaderboard"),
                                            *Filter::parse(QStringLiteral("source=codecarbon"), &error));
    auto *board = qobject_cast<LeaderboardView *>(only.get());
    QVERIFY(board);
    QDeadlineTimer deadline(60000);
    while (!board->showsGroups() && !deadline.hasExpired())
        QTest::qWait(20);
    QVERIFY(board->showsGroups());
    QCOMPARE(board->rankBy(), LeaderboardView::RankBy::Configuration);
    QCOMPARE(board->groupModel()->rowCount(), 4);
    QVERIFY(board->groupTable()->isVisible());
    QVERIFY2(board->finding().contains(u"vision-resnet"), qPrintable(board->finding()));
    QVERIFY(board->configurationNote().isEmpty());
    const QString out = QStringLiteral(WATTPRINT_OUTPUT_DIR);
    QDir().mkpath(out);
    QVERIFY(board->grab().save(out + QStringLiteral("/leaderboard-groups.png")));

    // Beside BUTTER-E: configurations ranked; Rank: Hardware lists the other tools' hardware.
    std::unique_ptr<ViewPanel> mixed = shown(QStringLiteral("leaderboard"));
    board = qobject_cast<LeaderboardView *>(mixed.get());
    QVERIFY(!board->showsGroups());
    board->setRankBy(LeaderboardView::RankBy::Hardware);
    deadline = QDeadlineTimer(60000);
    while (!board->showsGroups() && !deadline.hasExpired())
        QTest::qWait(20);
    QVERIFY(board->showsGroups());
    QCOMPARE(board->groupModel()->result()->by, RunGroupBy::Hardware);
    QCOMPARE(board->groupModel()->rowCount(), 4);
    QCOMPARE(board->groupModel()->result()->configuredRuns, std::size_t(3000));
    // The choice is part of the view's saved state.
    QCOMPARE(board->saveState().value(QStringLiteral("rankBy")).toString(), QStringLiteral("hardware"));
}

void TestSourceNotes::compareSetsProjectAgainstProject()
{
    std::unique_ptr<ViewPanel> view = shown(QStringLiteral("compare"));
    auto *compare = qobject_cast<CompareView *>(view.get());
    QVERIFY(compare && compare->result());
    // The selectors offer the projects and the hardware of the runs in force, no size 0.
    QVERIFY(compare->result()->projects.contains(QStringLiteral("nlp-bert")));
    QVERIFY(compare->result()->hardware.contains(QStringLiteral("4 x NVIDIA A100-SXM4-40GB")));
    QVERIFY(std::find(compare->result()->sizes.begin(), compare->result()->sizes.end(), 0)
            == compare->result()->sizes.end());
    CompareSelection a, b;
    a.project = QStringLiteral("nlp-bert");
    b.project = QStringLiteral("vision-resnet");
    b.hardware = QStringLiteral("4 x NVIDIA A100-SXM4-40GB");
    compare->setSelections(a, b);
    QDeadlineTimer deadline(60000);
    while ((!compare->result() || compare->result()->a != a) && !deadline.hasExpired())
        QTest::qWait(20);
    QVERIFY(compare->result() && compare->result()->a == a);
    // Counted from emissions_teams.csv (tests/fixtures/make_rungroups_fixtures.py writes it):
    // nlp-bert has 8 rows; vision-resnet has 7 on the A100 node.
    QCOMPARE(compare->result()->runsA, std::size_t(8));
    QCOMPARE(compare->result()->runsB, std::size_t(7));
    QVERIFY2(b.describe().contains(u"project vision-resnet"), qPrintable(b.describe()));
    QCOMPARE(CompareSelection::fromJson(b.toJson()), b);
    QDir().mkpath(QStringLiteral(WATTPRINT_OUTPUT_DIR));
    QVERIFY(compare->grab().save(QStringLiteral(WATTPRINT_OUTPUT_DIR "/compare-projects.png")));
}

void TestSourceNotes::carbonFlowByProject()
{
    std::unique_ptr<ViewPanel> view = shown(QStringLiteral("sankey"));
    auto *sankey = qobject_cast<SankeyView *>(view.get());
    QVERIFY(sankey);
    sankey->setGrouping(FlowGrouping::Project);
    QDeadlineTimer deadline(60000);
    while ((!sankey->flow() || sankey->flow()->totals.grouping != FlowGrouping::Project) && !deadline.hasExpired())
        QTest::qWait(20);
    QVERIFY(sankey->flow() && sankey->flow()->totals.grouping == FlowGrouping::Project);
    // Four projects and the demo's runs, which name none.
    QCOMPARE(sankey->flow()->totals.groups.size(), std::size_t(5));
    QCOMPARE(std::count_if(sankey->flow()->totals.groups.begin(), sankey->flow()->totals.groups.end(),
                           [](const FlowGroup &g) { return g.missing; }),
             1);
    QString error;
    QDir().mkpath(QStringLiteral(WATTPRINT_OUTPUT_DIR));
    QVERIFY2(
        sankey->exportToFile(QStringLiteral(WATTPRINT_OUTPUT_DIR "/sankey-projects.png"), &error, 96, QSize(1000, 700)),
        qPrintable(error));
}

QTEST_MAIN(TestSourceNotes)
#include "tst_sourcenotes.moc"
