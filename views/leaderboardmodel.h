#pragma once

#include "configurationselection.h"

#include <configurations.h>

#include <QAbstractTableModel>
#include <QColor>
#include <QMetaType>

#include <memory>
#include <optional>
#include <vector>

namespace wattprint {

struct RunColumns;

// What the leaderboard job computes on the worker thread: every configuration of the runs in the
// filter with its medians, its rank by median energy per training datum within its dataset and
// its efficiency band (configurations.h leaderboard()).
struct LeaderboardResult
{
    struct Row
    {
        std::size_t configuration = 0; // index into configurations
        int rank = 0;                   // 1 = least energy per datum in its dataset; 0 = not ranked
        int band = 0;                   // 1..5 (1 = most efficient fifth); 0 = not ranked
        std::size_t rankedInDataset = 0;
    };

    std::vector<ConfigurationStats> configurations;
    ConfigurationRuns runs;
    // One per configuration in leaderboard order: dataset name, then rank; configurations without
    // a finite energy per datum close their dataset's block, unranked.
    std::vector<Row> rows;
    std::size_t totalRuns = 0;
    std::size_t unranked = 0;
    // The row with the lowest median energy per datum over all datasets (most training per joule).
    std::optional<std::size_t> best;
};

// A read-only table over a LeaderboardResult: one row per configuration, in the result's order.
// Numbers are sorted through SortRole (doubles, NaN as +inf), never as text.
class LeaderboardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Dataset,
        Shape,
        Size,
        Depth,
        Device,
        Runs,
        MedianEnergy,
        EnergyPerDatum,
        RunTime,
        Power,
        Rank,
        Band,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // double for numbers, QString for text
        RawRole,                     // the value for CSV: double, qlonglong or QString
        BandRole,                    // int 0..5 (Band column; every column answers)
        ConfigurationRole,           // qulonglong index into the result's configurations
    };

    explicit LeaderboardModel(QObject *parent = nullptr);

    void setResult(std::shared_ptr<const LeaderboardResult> result);
    std::shared_ptr<const LeaderboardResult> result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Stable keys for state and the CSV header: "dataset", ..., "median_energy_j", "band".
    static QString columnKey(int column);
    static int columnFromKey(const QString &key); // -1 if unknown
    static bool isTextColumn(int column);         // dataset, shape, device
    static QString columnTitle(int column);       // translated header text
    // Chip colours of the bands, green (1) to red (5); grey for 0.
    static QColor bandColor(int band);
    static QColor bandTextColor(int band);

    // Call on LanguageChange: headers and tooltips are retranslated.
    void retranslate();

private:
    const ConfigurationStats *configurationAt(int row) const;
    std::shared_ptr<const LeaderboardResult> m_result;
};

} // namespace wattprint
