#pragma once

#include "viewpanel.h"

#include <cachespillanalysis.h>

#include <QMetaType>

#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QCPColorScale;
class QCPGraph;
class QCPItemText;
class QCustomPlot;
class QMouseEvent;

namespace wattprint {

class AnomalyDotLayer;
class CacheRegionLayer;
class RubberBandSelector;

// energy per training datum against the working-set bytes of each run's
// configuration (log2), every run a dot, the binned median with its interquartile band per
// device, the cache levels shaded per device, and the jumps of the binned slope marked with their
// size and the nearest cache boundary. Dots can be coloured by the fitted energy model's
// predicted/measured ratio. A horizontal drag selects the runs of the configurations in that
// range of bytes (Filter::runIds).
class CacheView : public ViewPanel
{
    Q_OBJECT
public:
    explicit CacheView(QWidget *parent = nullptr);

    QJsonObject saveState() const override;
    void restoreState(const QJsonObject &state) override;
    void renderChart(QPainter *painter, const QRectF &rect, bool vector) override;

    WorkingSetKind kind() const { return m_kind; }
    void setKind(WorkingSetKind kind);
    bool colourByRatio() const { return m_colourByRatio; }
    void setColourByRatio(bool on);
    std::shared_ptr<const CacheSpillResult> result() const { return m_result; }
    QCustomPlot *plot() const { return m_plot; }

    static QString findingFor(const CacheSpillResult &result);
    static QString kindLabel(WorkingSetKind kind);      // "Forward working set", translated
    static QString kindShortLabel(WorkingSetKind kind); // "Forward", for the chooser
    // Run ids of the configurations whose working set lies in [lo, hi] bytes, ascending.
    static QList<qint64> runIdsInRange(const CacheSpillResult &result, double lo, double hi);
    // The dot's text for a hover tooltip.
    static QString describeRun(const CacheSpillResult &result, std::size_t row);

public slots:
    // Puts the runs of the configurations with working-set bytes in [lo, hi] into the filter.
    void selectRange(double lo, double hi);
    void resetZoom() override;

    void applyFailingRuns(FailingRuns failing) override;

protected:
    void requestData() override;
    QString qualityNoteSubject() const override;
    void showResult(std::shared_ptr<const CacheSpillResult> result);
    void retranslateUi() override;

private:
    FailingRuns m_failing = FailingRuns::Excluded; // the Preferences' choice
    void rebuildPlot();
    void applyColouring();
    void styleAxes();
    void onMouseMove(QMouseEvent *event);

    QCustomPlot *m_plot = nullptr;
    QComboBox *m_kindBox = nullptr;
    QCheckBox *m_ratioBox = nullptr;
    AnomalyDotLayer *m_dots = nullptr;
    CacheRegionLayer *m_regions = nullptr;    // shading and boundary lines, under the dots
    CacheRegionLayer *m_regionsTop = nullptr; // level strips and jump brackets, over them
    QCPColorScale *m_colourScale = nullptr;
    RubberBandSelector *m_selector = nullptr;
    QCPItemText *m_emptyText = nullptr;
    WorkingSetKind m_kind = WorkingSetKind::Forward;
    bool m_colourByRatio = false;
    std::shared_ptr<const CacheSpillResult> m_result;
    double m_xLo = 1, m_xHi = 2, m_yLo = 1e-3, m_yHi = 1;
};

} // namespace wattprint
