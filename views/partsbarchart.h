#pragma once

#include <rungroups.h>

#include "chartplot.h"

#include <memory>

namespace wattprint {

// How the energy of runs from another tool (CodeCarbon) divides between CPU, GPU and RAM, per
// project or per hardware: one horizontal bar per group, every bar 100 % of the energy of its
// runs that have all three parts, the split written beside it with the group's total. Drawn from
// RunGroups (analysis/rungroups.h). A click on a bar or its name emits groupClicked.
class PartsBarChart : public ChartPlot
{
    Q_OBJECT
public:
    explicit PartsBarChart(QWidget *parent = nullptr);

    void setGroups(std::shared_ptr<const RunGroups> groups);
    const std::shared_ptr<const RunGroups> &groups() const { return m_groups; }
    // The groups drawn (those with parts), as indexes into groups()->groups, top first.
    const QList<int> &drawn() const { return m_drawn; }
    void setGroupTitle(const QString &title);
    void setEmptyText(const QString &text);
    // The text beside bar `row` (an index into drawn()): "CPU 12% · GPU 80% · RAM 8% of 1.2 kWh".
    QString valueLabel(int row) const;
    // Index into drawn() of the bar or label at `pos` (widget px, last layout), or -1.
    int rowAt(const QPointF &pos) const;
    void retranslate();

signals:
    void groupClicked(int group, Qt::KeyboardModifiers modifiers);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void rebuild();
    std::shared_ptr<const RunGroups> m_groups;
    QList<int> m_drawn;
    QCPBars *m_cpu = nullptr;
    QCPBars *m_gpu = nullptr;
    QCPBars *m_ram = nullptr;
    QCPItemText *m_emptyText = nullptr;
};

} // namespace wattprint
