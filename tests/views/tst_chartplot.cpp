// ChartPlot: a resize while a replot is queued (a result just taken in, its finding a line longer)
// draws the chart once, at the new size; a resize on its own still redraws at once, as
// QCustomPlot does.
#include <chartplot.h>

#include <QLabel>
#include <QTest>
#include <QVBoxLayout>

using namespace wattprint;

class TestChartPlot : public QObject
{
    Q_OBJECT

private slots:
    void resizeWithAQueuedReplotDrawsOnce();
    void resizeAloneRedrawsAtOnce();
};

namespace {

struct Panel
{
    QWidget window;
    QLabel *finding = new QLabel;
    ChartPlot *plot = new ChartPlot;

    Panel()
    {
        auto *layout = new QVBoxLayout(&window);
        finding->setWordWrap(true);
        finding->setText(QStringLiteral("One line."));
        layout->addWidget(finding);
        layout->addWidget(plot, 1);
        plot->addGraph()->setData({1, 2, 3}, {3, 1, 2});
        plot->rescaleAxes();
        window.resize(400, 300);
        window.show();
    }
};

} // namespace

void TestChartPlot::resizeWithAQueuedReplotDrawsOnce()
{
    Panel panel;
    QVERIFY(QTest::qWaitForWindowExposed(&panel.window));
    QCoreApplication::processEvents();
    const int before = panel.plot->replotCount();
    const int height = panel.plot->height();

    // As a view takes in a result: new data, a queued replot, a finding of several lines.
    panel.plot->graph(0)->setData({1, 2, 3, 4}, {1, 2, 3, 4});
    panel.plot->replot(QCustomPlot::rpQueuedReplot);
    panel.finding->setText(QStringLiteral("A finding long enough to wrap onto several lines of this narrow window, "
                                          "so that the chart below it has to give up some of its height."));
    panel.window.layout()->activate();
    QVERIFY(panel.plot->height() < height);
    QCOMPARE(panel.plot->replotCount(), before); // not drawn in the resize
    QTRY_COMPARE(panel.plot->replotCount(), before + 1);
    QCoreApplication::processEvents();
    QCOMPARE(panel.plot->replotCount(), before + 1);
    // Drawn at the new size: the axis rect fits the smaller widget.
    QCOMPARE(panel.plot->viewport().size(), panel.plot->size());
    QVERIFY(panel.plot->axisRect()->outerRect().bottom() <= panel.plot->height());
}

void TestChartPlot::resizeAloneRedrawsAtOnce()
{
    Panel panel;
    QVERIFY(QTest::qWaitForWindowExposed(&panel.window));
    QCoreApplication::processEvents();
    const int before = panel.plot->replotCount();
    panel.window.resize(500, 260);
    panel.window.layout()->activate();
    QCOMPARE(panel.plot->replotCount(), before + 1);
    QCOMPARE(panel.plot->viewport().size(), panel.plot->size());
}

QTEST_MAIN(TestChartPlot)
#include "tst_chartplot.moc"
