#pragma once

#include "parallelcoordinates.h"
#include "viewpanel.h"

#include <QMetaType>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QComboBox;
class QToolButton;

namespace wattprint {

// efficiency patterns as parallel coordinates, one line per run. Brushes highlight runs in this
// view only; "Filter to these" turns them into the cross-filter (docs/architecture.md, Data flow).
class ParallelView : public ViewPanel
{
    Q_OBJECT
public:
    explicit ParallelView(QWidget *parent = nullptr);

    QJsonObject saveState() const override;
    void restoreState(const QJsonObject &state) override;
    void renderChart(QPainter *painter, const QRectF &rect, bool vector) override;

    ParallelCoordinates *chart() const { return m_chart; }
    std::shared_ptr<const ParallelResult> result() const { return m_result; }

    // The finding's groups for a colouring: the device, split by shape or dataset when the lines
    // are coloured by them.
    static ParallelGrouping groupingFor(ParallelCoordinates::ColourBy colourBy);
    static QString findingFor(const ParallelResult &result);

    // `filter` with the brush on `column` set to `range` (or taken out when empty). Size and depth
    // go into their own whole-number limits; overhead energy cannot be filtered (unchanged).
    static Filter filterWithBrush(Filter filter, parallel::Column column,
                                  const std::optional<ParallelCoordinates::Range> &range);
    // "Brush energy 10 kJ – 100 kJ": the undo step of "Filter to these", one per brush.
    static QString brushText(parallel::Column column, const ParallelCoordinates::Range &range);

    // "N of M inside" for the brushes on the axes shown (countInsideBrushes on the data drawn).
    BrushCount brushCount() const;

public slots:
    void resetZoom() override; // back to the default axes
    // Proposes the filter in force narrowed to every brush (one undo step), then clears the
    // brushes, which the filter now holds. False when nothing could go into the filter.
    bool filterToBrushes();
    void clearBrushes();

protected:
    void requestData() override;
    void showResult(std::shared_ptr<const ParallelResult> result);
    void retranslateUi() override;

private:
    void onBrushesChanged();
    void rebuildColourBox();
    void rebuildAxesMenu();
    QString colourKey() const;

    ParallelCoordinates *m_chart = nullptr;
    QComboBox *m_colourBox = nullptr;
    QToolButton *m_axesButton = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_clearAction = nullptr;
    std::shared_ptr<const ParallelResult> m_result;
};

} // namespace wattprint
