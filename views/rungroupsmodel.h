#pragma once

#include <rungroups.h>

#include <QAbstractTableModel>

#include <memory>

namespace wattprint {

// The leaderboard's table of runs without a BUTTER-E configuration, one row per project or
// hardware (analysis/rungroups.h): runs, rank by median energy per run with the median's
// interval, total energy and its share, median power and run time. Sorted through SortRole.
class RunGroupsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Runs,
        Rank,
        MedianEnergy,
        Interval,
        TotalEnergy,
        Share,
        MedianPower,
        MedianRunTime,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // double for numbers, QString for the name
        GroupRole,                   // int index into the result's groups
    };

    explicit RunGroupsModel(QObject *parent = nullptr);

    void setResult(std::shared_ptr<const RunGroups> result);
    const std::shared_ptr<const RunGroups> &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The column's title for the grouping in force ("Project", "Median energy per run", ...).
    QString columnTitle(int column) const;
    static bool isTextColumn(int column) { return column == Name; }
    // "(no project named)" / "(no hardware named)" for a group without a name.
    QString displayName(const RunGroups::Group &group) const;

private:
    std::shared_ptr<const RunGroups> m_result;
};

} // namespace wattprint
