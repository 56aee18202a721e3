#pragma once

#include "filter.h"

#include <units.h>

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVariant>

#include <vector>

namespace wattprint {

// The runs table, fetched page by page as the view scrolls (canFetchMore/fetchMore).
// Sorting and filtering happen in SQL, so a million runs cost one page of memory.
class RunTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RunId,
        Dataset,
        Shape,
        Size,
        Depth,
        Device,
        NodeType,
        Node,
        Batch,
        StartTime,
        RunTime,
        Energy,
        Power,
        NonOverheadEnergy,
        EnergyPerDatum,
        JobId,
        Quality, // the quality rules the run fails, in words (runquality.h); its tooltip explains each
        Source,  // BUTTER-E or CodeCarbon (docs/data.md "Runs from several sources")
        Project, // CodeCarbon's project_name; empty for BUTTER-E runs
        ColumnCount
    };
    static constexpr int RawValueRole = Qt::UserRole + 1; // unformatted value
    static constexpr int RowIdRole = Qt::UserRole + 2;    // runs.id

    explicit RunTableModel(QObject *parent = nullptr);

    // The connection must live on the thread that uses this model (the GUI thread).
    void setDatabase(const QSqlDatabase &db);
    void setFilter(const Filter &filter);
    // The same, read on a worker thread through a connection of its own to the store at
    // `storeLocation` (the store setDatabase's connection reads): the count and first page of a
    // filter change on a million runs can take a quarter of a second, which the GUI thread must
    // not wait for. The table keeps its rows until the new ones arrive, then resets;
    // totalCountChanged says when. A later call, setFilter, sort or reload supersedes it.
    void setFilterInBackground(const Filter &filter, const QString &storeLocation);
    // A new store: the table empties at once and reads its rows as setFilterInBackground does.
    void setDatabaseInBackground(const QSqlDatabase &db, const Filter &filter, const QString &storeLocation);
    // True while a setFilterInBackground's rows are on their way.
    bool isLoading() const { return m_loading; }
    const Filter &filter() const { return m_filter; }
    // Runs matching the filter (not only the fetched ones).
    qint64 totalCount() const { return m_total; }
    void reload();
    // The unit the energy columns show (the user's preference). A column keeps one unit, so
    // Automatic shows kJ, in which BUTTER-E's runs (14 kJ of overhead to a few MJ) read without
    // exponents.
    void setEnergyUnit(units::EnergyUnit unit);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static constexpr int PageSize = 256;

signals:
    void totalCountChanged(qint64 total);

private:
    struct Page
    {
        qint64 total = 0;
        std::vector<std::vector<QVariant>> rows; // ColumnCount values + id at the end
    };
    struct Query
    {
        Filter filter;
        int sortColumn;
        Qt::SortOrder sortOrder;
    };
    // `matching`: how many runs the filter keeps (-1 if not known), to choose the query's plan.
    static std::vector<std::vector<QVariant>> fetchPage(const QSqlDatabase &db, const Query &query, qint64 offset,
                                                        qint64 matching = -1);
    static Page firstPage(const QSqlDatabase &db, const Query &query);
    Query query() const { return {m_filter, m_sortColumn, m_sortOrder}; }
    void applyPage(Page page);

    QSqlDatabase m_db;
    QString m_storeLocation; // where setFilterInBackground's workers read; empty: read here
    Filter m_filter;
    int m_sortColumn = StartTime;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<std::vector<QVariant>> m_rows; // ColumnCount values + id at the end
    qint64 m_total = 0;
    bool m_fetching = false;
    bool m_loading = false;
    quint64 m_requestSerial = 0; // a background read applies only if no request came after it
    units::EnergyUnit m_energyUnit = units::EnergyUnit::Kilojoule;
};

} // namespace wattprint
