#pragma once

#include "sunburstwidget.h"
#include "viewpanel.h"

#include <energyhierarchy.h>

#include <functional>
#include <memory>

class QComboBox;

namespace wattprint {

// which branch of the design space holds most of the energy. A sunburst of
// the runs in the filter: rings device, shape, dataset (any order), each segment's angle its total
// energy (or run count). Click a segment to zoom into it, the breadcrumb or the centre to go back;
// "Select these runs" (the breadcrumb's button, or a segment's context menu) puts the branch into
// the filter.
class SunburstView : public ViewPanel
{
    Q_OBJECT
public:
    explicit SunburstView(QWidget *parent = nullptr);

    // {"order": "device-shape-dataset", "metric": "energy"|"runs", "zoom": ["GPU", ...]}
    QJsonObject saveState() const override;
    void restoreState(const QJsonObject &state) override;

    HierarchyOrder order() const { return m_order; }
    void setOrder(const HierarchyOrder &order);
    HierarchyMetric metric() const { return m_chart->metric(); }
    void setMetric(HierarchyMetric metric);
    QStringList zoomPath() const { return m_chart->rootPath(); }
    void setZoomPath(const QStringList &path);

    std::shared_ptr<const EnergyHierarchy> result() const { return m_chart->hierarchy(); }
    SunburstWidget *chart() const { return m_chart; }

    static QString levelLabel(HierarchyLevel level);        // "Device", translated
    static QString orderLabel(const HierarchyOrder &order); // "Device › Shape › Dataset"
    static std::vector<ArcSegment> layout(const EnergyHierarchy &hierarchy, int root, HierarchyMetric metric)
    {
        return sunburstLayout(hierarchy, root, metric);
    }
    // "GPU runs use 66% of the energy; within them, runs of shape wide_first_16x use the most (31% of
    // the total, 47% of theirs)."
    static QString findingFor(const EnergyHierarchy &hierarchy, HierarchyMetric metric);
    // The filter with a branch selected: each level of the path sets its list to that one name
    // (devices, shapes, datasets); the rest of `base` is kept.
    static Filter filterFor(const EnergyHierarchy &hierarchy, int node, const Filter &base);

    void renderChart(QPainter *painter, const QRectF &rect, bool vector) override;

public slots:
    // Puts the branch of `node` into the filter.
    void selectNode(int node);
    void resetZoom() override;

protected:
    void requestData() override;
    void showResult(std::shared_ptr<const EnergyHierarchy> h);
    void retranslateUi() override;

private:
    void updateFinding();

    SunburstWidget *m_chart = nullptr;
    QComboBox *m_orderBox = nullptr;
    QComboBox *m_metricBox = nullptr;
    HierarchyOrder m_order{HierarchyLevel::Device, HierarchyLevel::Shape, HierarchyLevel::Dataset};
};

} // namespace wattprint
