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

    void setResult(std::shared_ptr<const LeaderboardResult> result);
    std::shared_ptr<const LeaderboardResult> result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // What SortRole and BandRole answer, without a QVariant: the proxy sorts thousands of rows
    // through these on every result.
    double sortNumber(int row, int column) const; // NaN sorts last (as SortRole)
    QString sortText(int row, int column) const;
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
    std::shared_ptr<const LeaderboardResult> m_result;
};

} // namespace wattprint
