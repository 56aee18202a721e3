#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QCPAxis;
class QCustomPlot;

namespace wattprint {

// Gives an axis the longest of its titles that fits along it, each time the plot lays itself out
// (on screen, in an export, in a report), so a chart docked small shows "% of runs" rather than
// a title cut at both ends. The last title is elided if even it does not fit.
class AxisLabelFitter : public QObject
{
    Q_OBJECT
public:
    explicit AxisLabelFitter(QCustomPlot *plot);
    // The plot's fitter, made on first use.
    static AxisLabelFitter *of(QCustomPlot *plot);

    // Titles longest first; the first is the axis's full title.
    void setLabels(QCPAxis *axis, const QStringList &labels);

private:
    void fit();

    QCustomPlot *m_plot;
    QHash<QCPAxis *, QStringList> m_labels;
};

} // namespace wattprint
