#pragma once

#include "configurationselection.h"

#include <configurations.h>
#include <leaderboardanalysis.h>

#include <QAbstractTableModel>
#include <QColor>
#include <QMetaType>

#include <memory>
#include <optional>
#include <vector>

namespace wattprint {

struct RunColumns;

// A read-only table over a LeaderboardResult: one row per configuration. The model sorts itself
// (sort(); a proxy only filters), so a new result can arrive already sorted from its job on the
// pool: sortedOrder() is a pure function of the result, and sorting tens of thousands of rows on
// the GUI thread at every filter change was most of the time the view took there. Until sort() is
// called the rows keep the result's order. Numbers sort as SortRole gives them (doubles, NaN as
// +inf), never as text; ties keep the result's order.
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
        Interval, // of the energy per datum's median (leaderboardanalysis.h)
        RunTime,
        Power,
        Rank,
        Band,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // double for numbers, QString for text
        RawRole,                     // the value for CSV: double, qlonglong, QString, or for the
                                     // Interval column QVariantList{low J, high J, coverage}
        BandRole,                    // int 0..5 (Band column; every column answers)
        ConfigurationRole,           // qulonglong index into the result's configurations
    };

    explicit LeaderboardModel(QObject *parent = nullptr);

    // Sorted here by the sort in force.
    void setResult(std::shared_ptr<const LeaderboardResult> result);
    // `order` is sortedOrder(*result, column, sortOrder), made elsewhere (on the pool); it is used
    // if it is for the sort in force, else the rows are sorted here.
    void setResult(std::shared_ptr<const LeaderboardResult> result, std::vector<int> order, int column,
                   Qt::SortOrder sortOrder);
    // The rows of `result` in the order of `column` (-1: the result's own order), as model rows
    // to result rows. Callable from any thread.
    static std::vector<int> sortedOrder(const LeaderboardResult &result, int column, Qt::SortOrder sortOrder);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    std::shared_ptr<const LeaderboardResult> result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // What BandRole answers, without a QVariant: the proxy filters thousands of rows through it.
    int bandAt(int row) const;

    // Stable keys for state and the CSV header: "dataset", ..., "median_energy_j", "band".
    static QString columnKey(int column);
    static int columnFromKey(const QString &key); // -1 if unknown
    static bool isTextColumn(int column);         // dataset, shape, device
    // "2.1–3.4 mJ (50%)", "one run" or "-".
    static QString intervalText(const LeaderboardResult::Row &row);
    static QString columnTitle(int column); // translated header text
    // Chip colours of the bands, green (1) to red (5); grey for 0.
    static QColor bandColor(int band);
    static QColor bandTextColor(int band);

    // Call on LanguageChange: headers and tooltips are retranslated.
    void retranslate();

private:
    const ConfigurationStats *configurationAt(int row) const;
    const LeaderboardResult::Row &rowAt(int row) const
    {
        return m_result->rows[std::size_t(m_order[std::size_t(row)])];
    }
    std::shared_ptr<const LeaderboardResult> m_result;
    std::vector<int> m_order; // model row -> result row
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace wattprint
