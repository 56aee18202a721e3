#pragma once

#include <energyhierarchy.h>

#include <QMetaType>
#include <QWidget>

#include <memory>
#include <vector>

namespace wattprint {

// Paints an EnergyHierarchy as a sunburst: the centre is the branch zoomed into ("All runs" at
// first), each ring one level further, every segment's angle its share of its parent's value.
// A breadcrumb bar above names the zoom path (crumbs are clickable) and carries a "Select these
// runs" button. Click a segment with children to zoom into it, the centre to go up one level;
// right-click for a menu (zoom, select). Hover shows the value and the shares.
class SunburstWidget : public QWidget
{
    Q_OBJECT
public:
    enum class LabelFit { None, Tangential, Radial, RadialElided };

    explicit SunburstWidget(QWidget *parent = nullptr);
    ~SunburstWidget() override;

    // Keeps the zoom path when the new hierarchy still has it (else the deepest part that exists).
    void setHierarchy(std::shared_ptr<const EnergyHierarchy> hierarchy);
    const std::shared_ptr<const EnergyHierarchy> &hierarchy() const { return m_hierarchy; }
    void setMetric(HierarchyMetric metric);
    HierarchyMetric metric() const { return m_metric; }
    void setEmptyText(const QString &text);

    // The zoom: the centre node's path ({} = all runs).
    QStringList rootPath() const { return m_rootPath; }
    void setRootPath(const QStringList &path);
    int rootNode() const;
    // Zooms into a node with children; false for leaves and bad indices.
    bool zoomTo(int node);
    void zoomOut();

    // `interactive`: with the "Select these runs" button and the hint line (the screen); exports
    // leave them out.
    void paint(QPainter *painter, const QRectF &rect, bool interactive = true);

    // Geometry of the last layout (widget px on screen).
    const std::vector<ArcSegment> &segments() const { return m_segments; }
    int segmentAt(const QPointF &pos) const; // node index, or -1
    bool isCentre(const QPointF &pos) const;
    QPointF segmentCenter(int node) const; // the middle of a node's segment
    QPointF centre() const { return m_centre; }
    int crumbCount() const { return int(m_crumbRects.size()); }
    QRectF crumbRect(int index) const;
    QString crumbText(int index) const;
    QRectF selectButtonRect() const { return m_selectRect; }
    // The label drawn on a node's segment ("" if none fitted).
    QString drawnLabel(int node) const;
    QString toolTipFor(int node) const;

    // Where a label of `textWidth` x `textHeight` px fits on a ring segment between `innerR` and
    // `outerR` spanning `spanDeg`: along the arc (its middle's length), along the radius (the
    // ring's depth, with the arc at the inner edge as its height), shortened along the radius
    // (at least 4 characters' room, `minWidth`), or not at all.
    static LabelFit fitLabel(qreal textWidth, qreal textHeight, qreal innerR, qreal outerR, qreal spanDeg,
                             qreal minWidth);
    // Device and shape hues as elsewhere (shapepalette); datasets in the first ring get a qualitative
    // colour of their own, deeper levels without a hue of their own a lighter tone of their parent.
    // A node's name as shown: "(none)" translated for the runs without a value at its level.
    static QString nodeLabel(const HierarchyNode &node);
    static QColor colorFor(const EnergyHierarchy &hierarchy, int node);
    // The nodes named in the legend, one per hue: devices, shapes in the sweep's order, datasets
    // of the first ring.
    static std::vector<int> legendNodes(const EnergyHierarchy &hierarchy);
    // "All runs › GPU › rectangle".
    static QString pathText(const QStringList &path);

    void retranslate();

    // The segment the keyboard is on (-1: none yet). Left and Right move along its ring, Down to
    // its largest child, Up to its parent; Enter zooms into it, Backspace zooms out, Space
    // selects its runs.
    int currentNode() const { return m_current; }

signals:
    void rootPathChanged(const QStringList &path);
    // The user asked to select the runs of `node` (select button or menu).
    void selectRequested(int node);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;

private:
    void layout(const QRectF &rect);
    QString valueText(double value) const;
    QFont pxFont(int px, bool bold = false) const;

    std::shared_ptr<const EnergyHierarchy> m_hierarchy;
    HierarchyMetric m_metric = HierarchyMetric::Energy;
    QStringList m_rootPath;
    QString m_emptyText;
    // Last layout.
    QRectF m_rect;
    std::vector<ArcSegment> m_segments;
    std::vector<int> m_segmentOf; // node -> index into m_segments, -1
    std::vector<QString> m_labels;
    QPointF m_centre;
    qreal m_innerRadius = 0;
    qreal m_ringWidth = 0;
    int m_rings = 0;
    std::vector<QRectF> m_crumbRects;
    QStringList m_crumbTexts;
    QRectF m_selectRect;
    QRectF m_legendRect;
    std::vector<int> m_legend;
    int m_hover = -1;
    int m_current = -1;
    void setCurrent(int node);
};

} // namespace wattprint
