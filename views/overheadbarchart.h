#pragma once

#include <overheadsummary.h>
#include <units.h>

#include "chartplot.h"

#include <QMetaType>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;

namespace wattprint {

// Stacked bars of fixed-overhead and non-overhead ("training") energy per group, drawn from an
// OverheadSummary; shared by the overhead and batch-overhead views. Horizontal: group names on
// the left, the numbers on the right, the first group at the top. Vertical: names below, numbers
// above, the first group on the left. Names and numbers are tick labels of the axes around the
// bars, so QCustomPlot's layout makes room for them: they cannot overlap the bars or be clipped.
// A click on a bar or on its labels emits groupClicked; arrow keys move a highlight and
// Enter or Space "click" it.
class OverheadBarChart : public ChartPlot
{
    Q_OBJECT
public:
    enum class Scale {
        Energy, // bar length in energy: the user's unit, or under Automatic Wh, kWh, MWh or GWh
                // chosen by the largest bar
        Share,  // every bar 100%: the split of its own total
    };

    explicit OverheadBarChart(Qt::Orientation orientation, QWidget *parent = nullptr);

    void setSummary(std::shared_ptr<const OverheadSummary> summary);
    const std::shared_ptr<const OverheadSummary> &summary() const { return m_summary; }
    // Returns whether the scale changed.
    bool setScale(Scale scale);
    Scale scale() const { return m_scale; }
    // "energy", "share": the scale in saved state and in the views' "Bars" chooser.
    static QString scaleKey(Scale scale);
    static std::optional<Scale> scaleFromKey(const QString &key);
    // Gives a "Bars" chooser its items (texts are the view's), in the order of Scale.
    static void addScaleItems(QComboBox *box);
    Qt::Orientation orientation() const { return m_orientation; }
    // Names the kind of group on the category axis ("Dataset", "Sweep batch"), translated.
    void setGroupTitle(const QString &title);
    // Shown over an empty chart ("No runs match the filter.").
    void setEmptyText(const QString &text);

    int groupCount() const;
    // Index into summary()->groups of the bar or label at `pos` (widget px, last layout), or -1.
    int groupAt(const QPointF &pos) const;
    // The middle of a group's bar in widget px (last layout).
    QPointF barCenter(int group) const;
    int currentGroup() const { return m_current; }
    void setCurrentGroup(int group);

    QCPBars *overheadBars() const { return m_overheadBars; }
    QCPBars *coreBars() const { return m_coreBars; }
    const units::EnergyScale &unit() const { return m_unit; }
    // The texts drawn beside a bar: its name and its numbers.
    QString categoryLabel(int group) const;
    // Share, overhead and total; `compact`: share and overhead only, for narrow charts.
    QString valueLabel(int group, bool compact = false) const;
    QString toolTipText(int group) const;

    // Re-sets legend names and axis labels; call on LanguageChange.
    void retranslate();
    // Puts the axes back to the data's ranges (QCustomPlot::rescaleAxes would misalign the labels).
    void resetRanges() { rebuild(); }

    // Breaks "energy_3_cpu_extra_depths" after underscores into lines no wider than `width` px.
    static QString wrapName(const QString &name, const QFontMetricsF &metrics, qreal width);

signals:
    void groupClicked(int group, Qt::KeyboardModifiers modifiers);
    void currentGroupChanged(int group);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    friend class OverheadCategoryTicker;
    void rebuild();
    void styleAxes();
    void updateAxisLabels();
    void updateBands();
    void fitBarWidth(); // after each layout: bar thickness and band extents
    void placeBand(QCPItemRect *band) const;
    int keyOf(int group) const;
    QCPAxis *keyAxis() const;
    QCPAxis *valueAxis() const;
    QCPAxis *numbersAxis() const;
    QCPAxis *unusedAxis() const;

    Qt::Orientation m_orientation;
    Scale m_scale = Scale::Energy;
    std::shared_ptr<const OverheadSummary> m_summary;
    units::EnergyScale m_unit;
    double m_barWidth = 0.64;       // in category units, set at each layout
    std::vector<double> m_drawnEnd; // per group: where its bar ends, in value-axis units
    QCPBars *m_overheadBars = nullptr;
    QCPBars *m_coreBars = nullptr;
    QCPItemText *m_emptyText = nullptr;
    QList<QCPItemRect *> m_bands; // alternate row shading and the highlight, behind the bars
    QCPItemRect *m_highlight = nullptr;
    QString m_groupTitle;
    int m_current = -1;
    int m_pressedGroup = -1;
    QPointF m_pressPos;
};

} // namespace wattprint
