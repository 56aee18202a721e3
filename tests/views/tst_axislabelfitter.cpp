// An axis title is the longest of its candidates that fits along the axis, chosen again at every
// layout, and the last candidate is elided when none fits.
#include <axislabelfitter.h>

#include <qcustomplot.h>

#include <QTest>

using namespace wattprint;

class TestAxisLabelFitter : public QObject
{
    Q_OBJECT

private slots:
    void picksTheLongestThatFits();
};

void TestAxisLabelFitter::picksTheLongestThatFits()
{
    QCustomPlot plot;
    QFont font = plot.font();
    font.setPixelSize(14);
    plot.yAxis->setLabelFont(font);
    const QStringList labels{QStringLiteral("Runs in each bar (% of the device's runs)"),
                             QStringLiteral("% of the device's runs"), QStringLiteral("% of runs")};
    AxisLabelFitter::of(&plot)->setLabels(plot.yAxis, labels);
    QCOMPARE(AxisLabelFitter::of(&plot), AxisLabelFitter::of(&plot)); // one per plot
    const QFontMetricsF fm(font);

    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    const auto labelAt = [&](int height) {
        plot.resize(500, height);
        QCoreApplication::processEvents();
        plot.replot();
        return plot.viewport().height() == height ? plot.yAxis->label() : QStringLiteral("(not resized)");
    };
    const auto fits = [&](const QString &label) {
        return fm.horizontalAdvance(label) <= plot.axisRect()->height() - 4;
    };
    QCOMPARE(labelAt(700), labels[0]);
    QVERIFY(fits(labels[0]));
    // Each height gets the longest candidate that fits, never a longer one.
    for (int height = 700; height >= 60; height -= 20) {
        const QString label = labelAt(height);
        const qsizetype i = labels.indexOf(label);
        if (i < 0) { // elided: even the shortest did not fit
            QVERIFY2(!fits(labels.last()), qPrintable(QString::number(height)));
            QVERIFY(label.endsWith(QChar(0x2026)) || label.isEmpty());
            continue;
        }
        QVERIFY2(fits(label), qPrintable(QStringLiteral("%1 at %2").arg(label).arg(height)));
        if (i > 0)
            QVERIFY2(!fits(labels[i - 1]), qPrintable(QStringLiteral("%1 at %2").arg(label).arg(height)));
    }
    QVERIFY(labels.indexOf(labelAt(90)) != 0);
    QCOMPARE(labelAt(700), labels[0]); // back when there is room again
}

QTEST_MAIN(TestAxisLabelFitter)
#include "tst_axislabelfitter.moc"
