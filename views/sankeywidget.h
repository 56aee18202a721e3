#pragma once

#include <carbonflow.h>

#include <QMetaType>
#include <QWidget>

#include <memory>
#include <vector>

namespace wattprint {

// Paints a CarbonFlow as a Sankey diagram: devices, then groups, then the energy at the meter
// (with the data centre's overhead when PUE > 1), then carbon, then cost, each column's node
// heights and every link's width proportional to energy. Below it: the factors in force with
// their sources, and relatable equivalents. Hover shows a node's or link's numbers; a click on
// a device or group node (or its label) emits nodeClicked.
class SankeyWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SankeyWidget(QWidget *parent = nullptr);
    ~SankeyWidget() override;

    void setFlow(std::shared_ptr<const CarbonFlow> flow);
    const std::shared_ptr<const CarbonFlow> &flow() const { return m_flow; }
    // The second column's title ("Dataset"), translated; the kind of group in labels ("dataset").
    void setGroupTitle(const QString &title, const QString &noun, const QString &plural);
    // Shown instead of the diagram when there is nothing to draw.
    void setEmptyText(const QString &text);
    // "World average" or "Your own intensity": how the notes name the intensity's origin.
    void setRegionName(const QString &name);

    // Lays out and paints into `rect` (the screen and exports use this one path).
    void paint(QPainter *painter, const QRectF &rect);

    // Geometry of the last layout, in the coordinates of the last paint() (the widget's own px on
    // screen). -1 when nothing is there.
    int nodeAt(const QPointF &pos) const;
    int linkAt(const QPointF &pos) const;
    QRectF nodeRect(int node) const;
    // The middle of a link's band at the middle of its run.
    QPointF linkCenter(int link) const;
    // The texts drawn: a node's label (lines joined by '\n'; empty when it did not fit) and the
    // notes under the diagram.
    QString nodeLabel(int node) const;
    bool labelShown(int node) const;
    QString nodeToolTip(int node) const;
    QString linkToolTip(int link) const;
    QStringList notes() const;

    void retranslate();

    // The node the keyboard is on (-1: none yet): the arrow keys step through the device and group
    // nodes, Enter or Space selects one (with Ctrl, adds it), as a click does.
    int currentNode() const { return m_current; }

signals:
    void nodeClicked(int node, Qt::KeyboardModifiers modifiers);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct LinkGeometry
    {
        qreal x0 = 0, x1 = 0; // right edge of the source, left edge of the target
        qreal y0 = 0, y1 = 0; // top of the band at both ends
        qreal width = 0;
    };
    struct Label
    {
        QRectF rect;
        QStringList lines;
        Qt::Alignment align = Qt::AlignLeft;
        bool shown = false;
    };
    void layout(const QRectF &rect);
    QString columnTitle(int column) const;
    // A group node's name: "(none)" translated for the runs without a value.
    static QString groupName(const CarbonFlowNode &n);
    QStringList labelLines(int node) const;
    QColor nodeColor(int node) const;
    QColor linkColor(int link) const;
    QFont labelFont(bool bold = false) const;
    QFont noteFont() const;
    bool clickable(int node) const;

    std::shared_ptr<const CarbonFlow> m_flow;
    QString m_groupTitle, m_groupNoun, m_groupPlural, m_emptyText, m_regionName;
    // Last layout.
    QRectF m_rect;
    QRectF m_diagram;
    std::vector<QRectF> m_nodeRects;
    std::vector<LinkGeometry> m_links;
    std::vector<Label> m_labels;
    std::vector<std::pair<qreal, QString>> m_headers; // x centre, text
    qreal m_headerY = 0;
    QRectF m_notesRect;
    QStringList m_notes;
    int m_notesEmphasis = -1; // the equivalents' line
    int m_current = -1;
};

} // namespace wattprint
