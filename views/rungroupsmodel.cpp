#include "rungroupsmodel.h"

#include <units.h>

namespace wattprint {

RunGroupsModel::RunGroupsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RunGroupsModel::setResult(std::shared_ptr<const RunGroups> result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

int RunGroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : int(m_result->groups.size());
}

int RunGroupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunGroupsModel::displayName(const RunGroups::Group &group) const
{
    if (!group.name.isEmpty())
        return group.name;
    return m_result && m_result->by == RunGroupBy::Hardware ? tr("(no hardware named)") : tr("(no project named)");
}

QString RunGroupsModel::columnTitle(int column) const
{
    switch (column) {
    case Name: return m_result && m_result->by == RunGroupBy::Hardware ? tr("Hardware") : tr("Project");
    case Runs: return tr("Runs");
    case Rank: return tr("Rank");
    case MedianEnergy: return tr("Median energy");
    case Interval: return tr("Interval of the median");
    case TotalEnergy: return tr("Total energy");
    case Share: return tr("Share");
    case MedianPower: return tr("Median power");
    case MedianRunTime: return tr("Median run time");
    }
    return {};
}

QVariant RunGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case MedianEnergy: return tr("The median energy of one run");
        case Share: return tr("The share of the total energy of the runs in this table");
        case Rank:
            return tr("1 = the lowest median energy per run. Projects differ in what they train: read the rank "
                      "as where the energy goes, not as a verdict.");
        case Interval:
            return tr("The distribution-free interval of the median (95 %, or with fewer than six runs the range "
                      "and the confidence it has).");
        default: break;
        }
    }
    return {};
}

QVariant RunGroupsModel::data(const QModelIndex &index, int role) const
{
    if (!m_result || !index.isValid() || index.row() >= rowCount())
        return {};
    const RunGroups::Group &g = m_result->groups[std::size_t(index.row())];
    const int c = index.column();
    if (role == GroupRole)
        return index.row();
    if (role == Qt::TextAlignmentRole)
        return int((isTextColumn(c) ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    const double share = m_result->totalEnergy > 0 ? g.totalEnergy / m_result->totalEnergy : 0.0;
    if (role == SortRole) {
        switch (c) {
        case Name: return displayName(g);
        case Runs: return double(g.runs);
        case Rank: return double(g.rank);
        case MedianEnergy: return g.medianEnergy;
        case Interval: return g.energyHigh - g.energyLow;
        case TotalEnergy: return g.totalEnergy;
        case Share: return share;
        case MedianPower: return g.medianPower;
        case MedianRunTime: return g.medianRunTime;
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (c) {
    case Name: return displayName(g);
    case Runs: return units::count(qint64(g.runs));
    case Rank: return g.rank;
    case MedianEnergy: return units::energy(g.medianEnergy);
    case Interval:
        return tr("%1 (%2)").arg(units::energyRange(g.energyLow, g.energyHigh), units::share(g.energyCoverage));
    case TotalEnergy: return units::energy(g.totalEnergy, units::AutoUnit::WattHours);
    case Share: return units::share(share);
    case MedianPower: return units::power(g.medianPower);
    case MedianRunTime: return units::duration(g.medianRunTime);
    }
    return {};
}

} // namespace wattprint
