// The architecture evolution timeline: medians and winners against brute force over SQL on a
// 5000-run demo store (against numpy in tests/analysis/tst_architectureanalysis.cpp); the finding
// sentence for the fixture (tests/fixtures/architecture.json) and for runs of winners with a known
// answer; hover texts; click-to-filter on a line, a legend entry and a strip cell; PNG/SVG/PDF exports.
#include <architectureview.h>
#include <demostore.h>
#include <filterhistory.h>
#include <filterstate.h>
#include <runloader.h>
#include <store.h>

#include <qcustomplot.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "../support/architecturecolumns.h"
#include "../support/imagecheck.h"
#include <algorithm>
#include <cmath>
#include <map>

using namespace wattprint;
using namespace wattprint::testsupport::architecture;

namespace {

double type7(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    const double h = (double(v.size()) - 1) * q;
    const auto lo = std::size_t(std::floor(h));
    const auto hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (h - double(lo)) * (v[hi] - v[lo]);
}

bool near(double a, double b, double rel = 1e-12)
{
    return std::abs(a - b) <= rel * std::max(std::abs(a), std::abs(b));
}

using wattprint::testsupport::checkNotBlank;

double colourShare(const QImage &image, QColor c, int tolerance = 10)
{
    qint64 n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor p(image.pixel(x, y));
            n += std::abs(p.red() - c.red()) <= tolerance && std::abs(p.green() - c.green()) <= tolerance
                && std::abs(p.blue() - c.blue()) <= tolerance;
        }
    }
    return double(n) / (double(image.width()) * image.height());
}

const std::map<QString, QColor> MutedByShape = {{QStringLiteral("rectangle"), QColor(0x33, 0x22, 0x88)},
                                                {QStringLiteral("trapezoid"), QColor(0xcc, 0x66, 0x77)},
                                                {QStringLiteral("exponential"), QColor(0x11, 0x77, 0x33)},
                                                {QStringLiteral("wide_first_2x"), QColor(0xdd, 0xcc, 0x77)},
                                                {QStringLiteral("rectangle_residual"), QColor(0x88, 0xcc, 0xee)},
                                                {QStringLiteral("wide_first_4x"), QColor(0xaa, 0x44, 0x99)},
                                                {QStringLiteral("wide_first_8x"), QColor(0x99, 0x99, 0x33)},
                                                {QStringLiteral("wide_first_16x"), QColor(0x88, 0x22, 0x55)}};

} // namespace

class TestArchitectureView : public QObject
{
    Q_OBJECT

private:
    void setFilter(const Filter &filter);
    void useColumns(const RunColumns &columns);
    bool waitReady(ViewPanel *view, int timeoutMs = 30000);
    QString outPath(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_path;
    QJsonObject m_fixture;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<AnalysisService> m_service;
    std::unique_ptr<FilterState> m_filterState;
    std::unique_ptr<FilterHistory> m_filterHistory;
    ViewEnvironment m_env;
    quint64 m_generation = 0;
    QString m_lastFilterText;
    std::unique_ptr<ArchitectureView> m_view;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void textsAndLanguageChange();
    void fixtureFinding();
    void findingKnownAnswers();
    void seriesAndWinnersMatchSqlOnDemo();
    void hoverTexts();
    void clickSelectsShape();
    void emptyAndOneShape();
    void exportsReadableAt1400x900();
    void timingOnLargeStore();
};

void TestArchitectureView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fixture = loadFixture();
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    m_store = std::make_unique<Store>(m_path);
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
    DemoOptions options;
    options.runs = 5000;
    options.traceJobs = 0;
    const ImportReport report = DemoStore::build(m_store.get(), options);
    QVERIFY2(report.ok, qPrintable(report.error));
    QDir().mkpath(QStringLiteral(WATTPRINT_OUTPUT_DIR));
}

void TestArchitectureView::cleanupTestCase()
{
    m_store.reset();
}

void TestArchitectureView::init()
{
    m_service = std::make_unique<AnalysisService>();
    m_filterState = std::make_unique<FilterState>();
    m_lastFilterText.clear();
    setFilter(Filter());
    connect(m_filterState.get(), &FilterState::changed, m_service.get(),
            [this] { setFilter(m_filterState->filter()); });
    m_env = ViewEnvironment();
    m_env.service = m_service.get();
    m_env.filterState = m_filterState.get();
    m_filterHistory = std::make_unique<FilterHistory>(m_filterState.get());
    // A selection is a step on the undo stack, named as the view proposed it.
    connect(m_filterHistory->undoStack(), &QUndoStack::indexChanged, m_filterHistory.get(),
            [this] { m_lastFilterText = m_filterHistory->undoStack()->undoText(); });
    m_env.filterHistory = m_filterHistory.get();
    const QString path = m_path;
    m_env.sourceDescription = [path] {
        Store s(path);
        QString e;
        return s.open(&e) ? s.sourceDescription() : e;
    };
    m_env.isSynthetic = [path] {
        Store s(path);
        QString e;
        return s.open(&e) && s.hasSyntheticData();
    };
    m_view = std::make_unique<ArchitectureView>();
    m_view->resize(1400, 900);
    m_view->setEnvironment(m_env);
}

void TestArchitectureView::cleanup()
{
    m_view.reset();
    m_service.reset();
    m_filterHistory.reset();
    m_filterState.reset();
}

void TestArchitectureView::setFilter(const Filter &filter)
{
    const QString path = m_path;
    m_service->setDataSource(++m_generation,
                             [path, filter](RunColumns *out, const std::atomic_bool *cancel, QString *error) {
                                 Store store(path);
                                 if (!store.open(error))
                                     return false;
                                 return RunLoader(&store).load(filter, out, cancel, error);
                             });
}

void TestArchitectureView::useColumns(const RunColumns &columns)
{
    m_service->setDataSource(++m_generation, [columns](RunColumns *out, const std::atomic_bool *, QString *) {
        *out = columns;
        return true;
    });
}

bool TestArchitectureView::waitReady(ViewPanel *view, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!view->isReady() && t.elapsed() < timeoutMs)
        QTest::qWait(5);
    return view->isReady();
}

QString TestArchitectureView::outPath(const QString &name) const
{
    return QStringLiteral(WATTPRINT_OUTPUT_DIR "/") + name;
}

void TestArchitectureView::textsAndLanguageChange()
{
    QCOMPARE(m_view->viewId(), QStringLiteral("architecture"));
    QCOMPARE(m_view->objectName(), QStringLiteral("architecture"));
    QCOMPARE(m_view->nugget(), QStringLiteral("Which shapes win at shallow depth, and which at deep?"));
    QCOMPARE(m_view->title(), QStringLiteral("Architecture evolution timeline"));
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_view.get(), &change);
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("nuggetLabel"))->text(), m_view->nugget());
    QVERIFY(m_view->plot()->yAxis->label().contains(QStringLiteral("J")));
    QVERIFY(!m_view->plot()->accessibleName().isEmpty());
}

void TestArchitectureView::fixtureFinding()
{
    // The fixture's numbers are tested in tests/analysis/tst_architectureanalysis.cpp.
    const ArchitectureResult r = computeArchitecture(fixtureColumns(m_fixture));
    const QJsonObject expected = m_fixture.value(QStringLiteral("expected")).toObject();
    QCOMPARE(ArchitectureView::findingFor(r), expected.value(QStringLiteral("finding")).toString());
}

void TestArchitectureView::findingKnownAnswers()
{
    const QStringList four = {QStringLiteral("rectangle"), QStringLiteral("trapezoid"), QStringLiteral("exponential"),
                              QStringLiteral("wide_first_16x")};
    // Two runs, as the example reads.
    ArchitectureResult r = computeArchitecture(columnsOf(lead({{2, QStringLiteral("rectangle")},
                                                               {3, QStringLiteral("rectangle")},
                                                               {4, QStringLiteral("rectangle")},
                                                               {5, QStringLiteral("rectangle")},
                                                               {12, QStringLiteral("wide_first_16x")},
                                                               {14, QStringLiteral("wide_first_16x")},
                                                               {20, QStringLiteral("wide_first_16x")}},
                                                              four)));
    QCOMPARE(ArchitectureView::findingFor(r),
             QStringLiteral("rectangle is most efficient at depths 2-5, wide_first_16x at depths 12-20."));

    // Five runs: the two ends, the number of changes (4) and who leads in between.
    r = computeArchitecture(columnsOf(lead({{2, QStringLiteral("rectangle")},
                                            {3, QStringLiteral("rectangle")},
                                            {4, QStringLiteral("trapezoid")},
                                            {5, QStringLiteral("exponential")},
                                            {6, QStringLiteral("exponential")},
                                            {7, QStringLiteral("trapezoid")},
                                            {8, QStringLiteral("wide_first_16x")},
                                            {9, QStringLiteral("wide_first_16x")},
                                            {10, QStringLiteral("wide_first_16x")}},
                                           four)));
    QCOMPARE(ArchitectureView::findingFor(r),
             QStringLiteral("rectangle is most efficient at depths 2-3 and wide_first_16x at depths 8-10; the lead "
                            "changes hands 4 times in all, with trapezoid and exponential in between."));

    // The same shape at both ends.
    r = computeArchitecture(columnsOf(lead({{2, QStringLiteral("rectangle")},
                                            {3, QStringLiteral("rectangle")},
                                            {4, QStringLiteral("trapezoid")},
                                            {5, QStringLiteral("exponential")},
                                            {6, QStringLiteral("rectangle")}},
                                           four)));
    QCOMPARE(ArchitectureView::findingFor(r),
             QStringLiteral("rectangle is most efficient at depths 2-3 and again at depth 6; the lead changes hands 3 "
                            "times in all, with trapezoid and exponential in between."));

    // Three runs, one of a single depth.
    r = computeArchitecture(columnsOf(lead({{2, QStringLiteral("rectangle")},
                                            {3, QStringLiteral("trapezoid")},
                                            {4, QStringLiteral("exponential")},
                                            {5, QStringLiteral("exponential")}},
                                           four)));
    QCOMPARE(
        ArchitectureView::findingFor(r),
        QStringLiteral("rectangle is most efficient at depth 2, trapezoid at depth 3, exponential at depths 4-5."));

    // Depth 2 alone is no contest: the finding starts where shapes compete.
    std::vector<HandRun> withDepth2 = lead(
        {{3, QStringLiteral("trapezoid")}, {4, QStringLiteral("trapezoid")}, {5, QStringLiteral("exponential")}}, four);
    withDepth2.push_back({QStringLiteral("rectangle"), 2, 5e-3});
    r = computeArchitecture(columnsOf(withDepth2));
    QCOMPARE(ArchitectureView::findingFor(r),
             QStringLiteral("trapezoid is most efficient at depths 3-4, exponential at depth 5."));
    r = computeArchitecture(
        columnsOf({{QStringLiteral("rectangle"), 2, 5e-3}, {QStringLiteral("trapezoid"), 4, 1e-3}}));
    QCOMPARE(ArchitectureView::findingFor(r),
             QStringLiteral("No depth in the filter has runs of two shapes or more, so no shape can be compared with "
                            "another."));

    // One winner throughout.
    r = computeArchitecture(
        columnsOf(lead({{2, QStringLiteral("trapezoid")}, {10, QStringLiteral("trapezoid")}}, four)));
    QCOMPARE(ArchitectureView::findingFor(r),
             QStringLiteral("trapezoid is most efficient at every depth from 2 to 10."));

    // One depth: the winner against the runner-up (1 mJ x 4 against 2 mJ x 4).
    r = computeArchitecture(columnsOf(lead({{4, QStringLiteral("trapezoid")}}, four)));
    QCOMPARE(ArchitectureView::findingFor(r),
             QStringLiteral("At depth 4, trapezoid has the lowest median energy per datum (4 mJ, against 8 mJ for "
                            "rectangle)."));

    // The finding's depth phrases.
    QCOMPARE(ArchitectureView::depthsText(3, 3), QStringLiteral("depth 3"));
    QCOMPARE(ArchitectureView::depthsText(2, 5), QStringLiteral("depths 2-5"));
}

void TestArchitectureView::seriesAndWinnersMatchSqlOnDemo()
{
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    const auto r = m_view->result();
    QVERIFY(r);
    std::map<std::pair<QString, int>, std::vector<double>> groups;
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT shape, depth, energy_per_datum FROM runs WHERE energy_per_datum > 0")));
    std::size_t rows = 0;
    while (q.next()) {
        groups[{q.value(0).toString(), q.value(1).toInt()}].push_back(q.value(2).toDouble());
        ++rows;
    }
    QCOMPARE(r->plottedRuns, rows);
    std::size_t seen = 0;
    for (const ArchitectureSeries &s : r->series) {
        for (const ArchitecturePoint &p : s.points) {
            const auto it = groups.find({s.shape, p.depth});
            QVERIFY(it != groups.end());
            QCOMPARE(p.n, it->second.size());
            QVERIFY(near(p.median, type7(it->second, 0.5)));
            QVERIFY(near(p.q1, type7(it->second, 0.25)));
            QVERIFY(near(p.q3, type7(it->second, 0.75)));
            ++seen;
        }
        // Drawn as a line in the shape's colour, with its medians.
        QCPGraph *g = m_view->seriesGraph(s.shape);
        QVERIFY(g);
        QCOMPARE(g->dataCount(), int(s.points.size()));
        QCOMPARE(g->pen().color(), MutedByShape.at(s.shape));
    }
    QCOMPARE(seen, groups.size());
    // Winners, brute force: the lowest median at each depth.
    std::map<int, std::pair<double, QString>> best;
    for (const auto &[key, values] : groups) {
        const double m = type7(values, 0.5);
        auto it = best.find(key.second);
        if (it == best.end() || m < it->second.first)
            best[key.second] = {m, key.first};
    }
    QCOMPARE(r->winners.size(), best.size());
    QCOMPARE(m_view->winnerGraph()->dataCount(), int(best.size()));
    std::size_t i = 0;
    QStringList sequence;
    for (const auto &[depth, b] : best) {
        const ArchitectureWinner &w = r->winners[i];
        QCOMPARE(w.depth, depth);
        QCOMPARE(r->series[std::size_t(w.series)].shape, b.second);
        QVERIFY(near(w.median, b.first));
        QCOMPARE(m_view->winnerGraph()->data()->at(int(i))->value, b.first);
        if (sequence.isEmpty() || sequence.last() != b.second)
            sequence << b.second;
        ++i;
    }
    QCOMPARE(r->runs.size(), std::size_t(sequence.size()));
    QCOMPARE(r->series[std::size_t(r->winners.front().series)].shape, QStringLiteral("rectangle")); // depth 2
    QCOMPARE(r->winners.front().contenders, 1);
    QVERIFY(!r->runs.front().contested);
    qInfo("demo finding: %s", qPrintable(m_view->finding()));
    // The finding starts at depth 3, the first depth where shapes compete.
    QVERIFY2(m_view->finding().contains(QStringLiteral(" is most efficient at depth")), qPrintable(m_view->finding()));
    QVERIFY2(m_view->finding().contains(QStringLiteral(" at depth 3"))
                 || m_view->finding().contains(QStringLiteral(" at depths 3-")),
             qPrintable(m_view->finding()));
}

void TestArchitectureView::hoverTexts()
{
    useColumns(fixtureColumns(m_fixture));
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    m_view->plot()->replot();
    const auto r = m_view->result();
    // On trapezoid's point at depth 7: its values.
    QCPGraph *g = m_view->seriesGraph(QStringLiteral("trapezoid"));
    const auto &s = r->series[1];
    QCOMPARE(s.shape, QStringLiteral("trapezoid"));
    const auto p = std::find_if(s.points.begin(), s.points.end(),
                                [](const ArchitecturePoint &x) { return x.depth == 7; });
    const QPointF px(g->keyAxis()->coordToPixel(7), g->valueAxis()->coordToPixel(p->median));
    const QString tip = m_view->toolTipAt(px + QPointF(3, -2));
    QVERIFY2(tip.startsWith(QStringLiteral("trapezoid, depth 7: median ")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("(n = %1)").arg(p->n)), qPrintable(tip));
    QVERIFY2(tip.endsWith(QStringLiteral("; the lowest at this depth")), qPrintable(tip));
    // The strip: depth 12's cell names wide_first_16x and its runner-up.
    const QRectF cell = m_view->stripCell(3);
    QVERIFY(!cell.isEmpty());
    const double x12 = m_view->plot()->xAxis->coordToPixel(12);
    QVERIFY(x12 > cell.left() && x12 < cell.right());
    const QString stripTip = m_view->toolTipAt(QPointF(x12, cell.center().y()));
    QVERIFY2(stripTip.startsWith(QStringLiteral("Depth 12: wide_first_16x has the lowest median energy per datum")),
             qPrintable(stripTip));
    QVERIFY2(stripTip.contains(QStringLiteral("of 8 shapes; next is wide_first_8x")), qPrintable(stripTip));
    // Depth 2 has only rectangle.
    const double x2 = m_view->plot()->xAxis->coordToPixel(2);
    QVERIFY2(m_view->toolTipAt(QPointF(x2, cell.center().y()))
                 .startsWith(QStringLiteral("Depth 2: rectangle is the only shape with runs")),
             qPrintable(m_view->toolTipAt(QPointF(x2, cell.center().y()))));
    // Far from everything: nothing.
    QVERIFY(m_view->toolTipAt(QPointF(2, 2)).isEmpty());
    // The strip's cells follow the runs (depth 2 alone, then three contested), in order, side by side.
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_view->stripCell(i).right() <= m_view->stripCell(i + 1).left() + 0.5);
    QVERIFY(m_view->stripCell(4).isEmpty());
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("architecture-fixture.png")), nullptr, 96, QSize(1400, 900)));
}

void TestArchitectureView::clickSelectsShape()
{
    useColumns(fixtureColumns(m_fixture));
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    QCustomPlot *plot = m_view->plot();
    plot->replot();
    // A point of exponential's line (not a winner anywhere, so no ring over it).
    QCPGraph *g = m_view->seriesGraph(QStringLiteral("exponential"));
    const QPointF px(g->keyAxis()->coordToPixel(g->data()->at(3)->key),
                     g->valueAxis()->coordToPixel(g->data()->at(3)->value));
    QCOMPARE(plot->plottableAt(px, true), g);
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, px.toPoint());
    QCOMPARE(m_filterState->filter().shapes, QStringList{QStringLiteral("exponential")});
    QCOMPARE(m_lastFilterText, QStringLiteral("Select shape exponential"));

    // A legend entry.
    QCPAbstractLegendItem *item = nullptr;
    for (int i = 0; i < plot->legend->itemCount(); ++i) {
        auto *entry = qobject_cast<QCPPlottableLegendItem *>(plot->legend->item(i));
        if (entry && entry->plottable()->name() == QLatin1String("wide_first_4x"))
            item = entry;
    }
    QVERIFY(item);
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, item->rect().center());
    QCOMPARE(m_filterState->filter().shapes, QStringList{QStringLiteral("wide_first_4x")});

    // A strip cell: its winner.
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, m_view->stripCell(2).center().toPoint());
    QCOMPARE(m_filterState->filter().shapes, QStringList{QStringLiteral("trapezoid")});

    // The ring legend entry and empty space select nothing; nor does a drag.
    const auto generation = m_filterState->generation();
    const int last = plot->legend->itemCount() - 1;
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, plot->legend->item(last)->rect().center());
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, plot->axisRect()->rect().topLeft() + QPoint(4, 4));
    QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, px.toPoint());
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, px.toPoint() + QPoint(30, 0));
    QCOMPARE(m_filterState->generation(), generation);
}

void TestArchitectureView::emptyAndOneShape()
{
    Filter f;
    f.shapes = {QStringLiteral("trapezoid")};
    m_filterState->setFilter(f);
    m_view->show();
    QVERIFY(waitReady(m_view.get()));
    QCOMPARE(m_view->finding(),
             QStringLiteral("Only trapezoid runs match the filter, so there is no other shape to compare it with."));
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("architecture-one-shape.png")), nullptr, 96, QSize(1400, 900)));
    f = Filter();
    f.runIds = {-1};
    m_filterState->setFilter(f);
    QVERIFY(waitReady(m_view.get()));
    QCOMPARE(m_view->finding(), QStringLiteral("No runs match the filter."));
    QCOMPARE(m_view->plot()->graphCount(), 0);
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("messageLabel"))->text(),
             QStringLiteral("No runs match the filter."));
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("architecture-empty.png"))));
    const ArchitectureResult none = computeArchitecture(columnsOf({{QStringLiteral("rectangle"), 3, 0.0}}));
    QCOMPARE(ArchitectureView::findingFor(none),
             QStringLiteral("None of the 1 runs in the filter has a positive energy per datum to show on a log axis."));
}

void TestArchitectureView::exportsReadableAt1400x900()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady(m_view.get()));
    QString error;
    const QSize page(1400, 900);
    QCustomPlot *plot = m_view->plot();
    plot->replot();
    QVERIFY(plot->axisRect()->width() > 800 && plot->axisRect()->height() > 350);
    QVERIFY(plot->rect().contains(plot->legend->outerRect()));
    for (std::size_t i = 0; i < m_view->result()->runs.size(); ++i)
        QVERIFY(plot->rect().contains(m_view->stripCell(int(i)).toRect()));
    const QImage screen = m_view->grab().toImage();
    checkNotBlank(screen, 40);
    QVERIFY(screen.save(outPath(QStringLiteral("architecture-screen.png"))));

    const QString png = outPath(QStringLiteral("architecture.png"));
    QVERIFY2(m_view->exportToFile(png, &error, 96, page), qPrintable(error));
    const QImage image(png);
    QCOMPARE(image.size(), page);
    checkNotBlank(image, 100);
    QVERIFY(colourShare(image, MutedByShape.at(QStringLiteral("rectangle")), 30) > 0.0005);

    const QString svg = outPath(QStringLiteral("architecture.svg"));
    QVERIFY2(m_view->exportToFile(svg, &error, 96, page), qPrintable(error));
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QVERIFY(svgText.contains("Lowest"));
    QVERIFY(svgText.contains("Median energy per datum"));
    QVERIFY(QSvgRenderer(svg).isValid());

    const QString pdf = outPath(QStringLiteral("architecture.pdf"));
    QVERIFY2(m_view->exportToFile(pdf, &error, 96, page), qPrintable(error));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdfFile.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY(bytes.size() < 5 * 1024 * 1024);
    if (!QFile::exists(QStringLiteral("/usr/bin/pdftoppm")))
        QSKIP("pdftoppm is not installed: the PDF was not rendered");
    const QString prefix = outPath(QStringLiteral("architecture-pdf"));
    QProcess pdftoppm;
    pdftoppm.start(QStringLiteral("/usr/bin/pdftoppm"),
                   {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("96"), QStringLiteral("-singlefile"),
                    pdf, prefix});
    QVERIFY(pdftoppm.waitForFinished(60000));
    QCOMPARE(pdftoppm.exitCode(), 0);
    const QImage pdfPage(prefix + QStringLiteral(".png"));
    checkNotBlank(pdfPage, 40);
    QVERIFY(colourShare(pdfPage, MutedByShape.at(QStringLiteral("rectangle")), 30) > 0.0005);
}

// Set WATTPRINT_ARCHITECTURE_DB to a full store (built with the default demo if missing) to print
// the time from refresh() to a drawn result, and computeArchitecture() on 1M runs.
void TestArchitectureView::timingOnLargeStore()
{
    const QString db = qEnvironmentVariable("WATTPRINT_ARCHITECTURE_DB");
    if (db.isEmpty())
        QSKIP("WATTPRINT_ARCHITECTURE_DB is not set");
    if (!QFile::exists(db)) {
        Store store(db);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const ImportReport report = DemoStore::build(&store, DemoOptions());
        QVERIFY2(report.ok, qPrintable(report.error));
    }
    m_view.reset();
    m_service->setDataSource(++m_generation, [db](RunColumns *out, const std::atomic_bool *cancel, QString *error) {
        Store store(db);
        if (!store.open(error))
            return false;
        return RunLoader(&store).load(Filter(), out, cancel, error);
    });
    qint64 loadMs = -1, rows = 0;
    connect(m_service.get(), &AnalysisService::snapshotLoaded, this, [&](quint64, qint64 n, qint64 ms) {
        rows = n;
        loadMs = ms;
    });
    QElapsedTimer gui;
    connect(m_service.get(), &AnalysisService::resultReady, this, [&] { gui.start(); });
    qint64 guiMs = -1;
    m_view = std::make_unique<ArchitectureView>();
    m_view->resize(1400, 900);
    m_view->setEnvironment(m_env);
    connect(m_view.get(), &ViewPanel::readyChanged, this, [&](bool ready) {
        if (ready)
            guiMs = gui.elapsed();
    });
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QElapsedTimer t;
    t.start();
    m_view->refresh();
    QVERIFY(waitReady(m_view.get(), 120000));
    QTest::qWait(50);
    qInfo("%lld runs: cold refresh to ready %lld ms (loading %lld ms, handling the result on the GUI thread %lld ms, "
          "one replot %.1f ms)",
          rows, t.elapsed(), loadMs, guiMs, m_view->plot()->replotTime());
    qInfo("full demo finding: %s", qPrintable(m_view->finding()));
    QVERIFY(m_view->exportToFile(outPath(QStringLiteral("architecture-full-demo.png")), nullptr, 96, QSize(1400, 900)));

    const std::shared_ptr<const RunColumns> snapshot = m_service->snapshot();
    QVERIFY(snapshot);
    RunColumns big;
    big.shapeNames = snapshot->shapeNames;
    while (big.rowCount() < 1000000) {
        big.id.insert(big.id.end(), snapshot->id.begin(), snapshot->id.end());
        big.shape.insert(big.shape.end(), snapshot->shape.begin(), snapshot->shape.end());
        big.depth.insert(big.depth.end(), snapshot->depth.begin(), snapshot->depth.end());
        big.energyPerDatum.insert(big.energyPerDatum.end(), snapshot->energyPerDatum.begin(),
                                  snapshot->energyPerDatum.end());
    }
    QElapsedTimer c;
    c.start();
    const ArchitectureResult r = computeArchitecture(big);
    qInfo("computeArchitecture() on %zu runs: %lld ms", big.rowCount(), c.elapsed());
    QCOMPARE(r.plottedRuns + r.droppedNonPositive, big.rowCount());
}

QTEST_MAIN(TestArchitectureView)
#include "tst_architectureview.moc"
