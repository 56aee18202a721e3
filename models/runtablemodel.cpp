#include "runtablemodel.h"

#include "sqldialect.h"
#include "store.h"

#include <runquality.h>
#include <threadpriority.h>

#include <QCoreApplication>
#include <QDateTime>

#include <QLocale>
#include <QMetaObject>
#include <QPointer>
#include <QScopedValueRollback>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QTimeZone>
#include <cmath>

namespace wattprint {

namespace {

// SQL column behind each model column; a fixed whitelist, so ORDER BY never takes user text.
const char *const SqlColumns[RunTableModel::ColumnCount] = {
    // start_ns sorts like start_time but is indexed: the default sort needs no full sort.
    "run_id",
    "dataset",
    "shape",
    "size",
    "depth",
    "device",
    "node_type",
    "node",
    "batch",
    "start_ns",
    "run_time",
    "energy",
    "power",
    "non_overhead_energy",
    "energy_per_datum",
    "slurm_job_id",
    "quality",
    "source",
    "project"};

} // namespace

RunTableModel::RunTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RunTableModel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    m_storeLocation.clear();
    reload();
}

void RunTableModel::setDatabaseInBackground(const QSqlDatabase &db, const Filter &filter, const QString &storeLocation)
{
    m_db = db;
    // No rows of the store before; no count either until the new one arrives (totalCountChanged).
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    endResetModel();
    setFilterInBackground(filter, storeLocation);
}

void RunTableModel::setFilter(const Filter &filter)
{
    m_filter = filter;
    reload();
}

namespace {

// Reads run on threads of their own, not Qt's global pool: Qt 6.4's image code on the GUI thread
// splits conversions over the global pool and waits for them, so a quarter-second read there
// held the painting up (measured at a million runs; docs/architecture.md, "Threads").
Q_GLOBAL_STATIC(QThreadPool, s_readPool)

QThreadPool *readPool()
{
    return s_readPool();
}

} // namespace

void RunTableModel::setFilterInBackground(const Filter &filter, const QString &storeLocation)
{
    m_filter = filter;
    m_storeLocation = storeLocation;
    const quint64 serial = ++m_requestSerial;
    m_loading = true;
    const Query q = query();
    QPointer<RunTableModel> self(this);
    readPool()->start([self, serial, q, storeLocation] {
        yieldToGuiThread(); // the GUI thread goes on while the rows are read
        Page page;
        {
            Store store(storeLocation); // a connection of this thread's own
            QString error;
            if (store.open(&error))
                page = firstPage(store.database(), q);
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, serial, page = std::move(page)]() mutable {
                if (self && serial == self->m_requestSerial)
                    self->applyPage(std::move(page));
            },
            Qt::QueuedConnection);
    });
}

void RunTableModel::applyPage(Page page)
{
    m_loading = false;
    beginResetModel();
    m_rows = std::move(page.rows);
    m_total = page.total;
    {
        // Listeners of modelReset may ask for more rows at once; an insertion announced
        // from inside the reset notification would nest two changes, so it waits.
        const QScopedValueRollback guard(m_fetching, true);
        endResetModel();
    }
    emit totalCountChanged(m_total);
}

void RunTableModel::reload()
{
    ++m_requestSerial; // a background read still on its way is out of date
    Page page;
    if (m_db.isOpen())
        page = firstPage(m_db, query());
    applyPage(std::move(page));
}

RunTableModel::Page RunTableModel::firstPage(const QSqlDatabase &db, const Query &q)
{
    Page page;
    const Filter::Where w = q.filter.where(SqlDialect::engineOfDriver(db.driverName()));
    QSqlQuery count(db);
    count.prepare(QStringLiteral("SELECT count(*) FROM runs ") + w.sql);
    for (const QVariant &v : w.values)
        count.addBindValue(v);
    if (count.exec() && count.next())
        page.total = count.value(0).toLongLong();
    page.rows = fetchPage(db, q, 0, page.total);
    return page;
}

std::vector<std::vector<QVariant>> RunTableModel::fetchPage(const QSqlDatabase &db, const Query &q, qint64 offset,
                                                            qint64 matching)
{
    std::vector<std::vector<QVariant>> page;
    const SqlDialect dialect(SqlDialect::engineOfDriver(db.driverName()));
    const Filter::Where w = q.filter.where(dialect.engine());
    QStringList columns;
    for (const char *c : SqlColumns)
        columns.append(QLatin1String(c));
    columns.append(QStringLiteral("id"));
    // In start-time order under a filter that an index answers (a dataset, say), SQLite reads
    // every matching run to sort them, however many: 77,000 wide rows for one dataset of a
    // million, 180 ms for each filter change. When the filter keeps a large share of the runs,
    // walking the start-time index and stopping at the page's end reads far fewer: about
    // (offset + page) x runs / matching. The plan is chosen by that count; the order is the same.
    QString from = QStringLiteral("runs");
    if (dialect.engine() == SqlEngine::SQLite && qstrcmp(SqlColumns[q.sortColumn], "start_ns") == 0 && !w.sql.isEmpty()
        && matching > 0) {
        QSqlQuery highest(db);
        if (highest.exec(QStringLiteral("SELECT max(id) FROM runs")) && highest.next()) {
            const double runs = highest.value(0).toDouble(); // ids are dense enough for an estimate
            if (double(offset + PageSize) * runs / double(matching) < double(matching))
                from = QStringLiteral("runs INDEXED BY runs_start");
        }
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const auto run = [&](const QString &table) {
        query.prepare(
            QStringLiteral("SELECT %1 FROM %2 %3 ORDER BY %4, id LIMIT ? OFFSET ?")
                .arg(columns.join(QLatin1Char(',')), table, w.sql,
                     dialect.orderBy(QLatin1String(SqlColumns[q.sortColumn]), q.sortOrder == Qt::AscendingOrder)));
        for (const QVariant &v : w.values)
            query.addBindValue(v);
        query.addBindValue(PageSize);
        query.addBindValue(offset);
        return query.exec();
    };
    // A store without the index (should one be dropped by hand) still gets its rows.
    if (!run(from) && (from == QLatin1String("runs") || !run(QStringLiteral("runs"))))
        return page;
    while (query.next()) {
        std::vector<QVariant> row(ColumnCount + 1);
        for (int c = 0; c <= ColumnCount; ++c)
            row[size_t(c)] = query.value(c);
        page.push_back(std::move(row));
    }
    return page;
}

int RunTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RunTableModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while new rows are on their way: the next page would be the new filter's.
    return !parent.isValid() && !m_loading && qint64(m_rows.size()) < m_total;
}

void RunTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_db.isOpen() || m_fetching || m_loading)
        return;
    const QScopedValueRollback guard(m_fetching, true);
    std::vector<std::vector<QVariant>> page = fetchPage(m_db, query(), qint64(m_rows.size()), m_total);
    if (page.empty()) {
        m_total = qint64(m_rows.size()); // the table shrank under us: stop fetching
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    for (auto &row : page)
        m_rows.push_back(std::move(row));
    endInsertRows();
}

QVariant RunTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &row = m_rows[size_t(index.row())];
    const QVariant &value = row[size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole: {
        if (value.isNull())
            return index.column() == NodeType ? tr("unknown") : QString();
        const QLocale locale;
        switch (index.column()) {
        case Size:
        case Depth:
        case JobId: return locale.toString(value.toLongLong());
        case RunTime: return locale.toString(value.toDouble(), 'f', 1);
        case Energy:
        case NonOverheadEnergy: {
            const double v = value.toDouble() / units::joulesPerUnit(m_energyUnit);
            // Enough digits to tell runs apart in any unit (kWh values are small).
            return std::fabs(v) >= 100 ? locale.toString(v, 'f', 1) : locale.toString(v, 'g', 4);
        }
        case Power: return locale.toString(value.toDouble(), 'f', 1);
        case EnergyPerDatum: return locale.toString(value.toDouble() * 1000.0, 'f', 3);
        case StartTime:
            return QDateTime::fromMSecsSinceEpoch(value.toLongLong() / 1000000, QTimeZone::utc())
                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Quality: return runquality::summaryText(runquality::Mask(value.toUInt()));
        case Source: return Filter::sourceName(value.toString());
        default: return value.toString();
        }
    }
    case Qt::ToolTipRole: {
        if (index.column() != Quality)
            return {};
        const QStringList failed = runquality::sentences(runquality::Mask(value.toUInt()));
        if (failed.isEmpty())
            return tr("This run passes every quality check.");
        return failed.join(QLatin1Char('\n'));
    }
    case RawValueRole: return value;
    case RowIdRole: return row[ColumnCount];
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Size:
        case Depth:
        case RunTime:
        case Energy:
        case Power:
        case NonOverheadEnergy:
        case EnergyPerDatum:
        case JobId: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default: return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    default: return {};
    }
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == EnergyPerDatum)
        return tr("Non-overhead energy per training datum: energy / (training batches x 3000 epochs x batch size)");
    if (role == Qt::ToolTipRole && section == Quality)
        return tr("The quality checks the run fails (BUTTER-E's filters, energy against the fixed overhead, "
                  "plausible power); OK when it passes them all. Point at a run's entry for what each means.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RunId: return tr("Run");
    case Dataset: return tr("Dataset");
    case Shape: return tr("Shape");
    case Size: return tr("Size (params)");
    case Depth: return tr("Depth");
    case Device: return tr("Device");
    case NodeType: return tr("Node type");
    case Node: return tr("Node");
    case Batch: return tr("Batch");
    case StartTime: return tr("Start (UTC)");
    case RunTime: return tr("Run time (s)");
    case Energy: return tr("Energy (%1)").arg(units::unitSymbol(m_energyUnit));
    case Power: return tr("Power (W)");
    case NonOverheadEnergy: return tr("Non-overhead energy (%1)").arg(units::unitSymbol(m_energyUnit));
    case EnergyPerDatum: return tr("Energy per datum (mJ)");
    case JobId: return tr("SLURM job");
    case Quality: return tr("Quality");
    case Source: return tr("Source");
    case Project: return tr("Project");
    default: return {};
    }
}

void RunTableModel::setEnergyUnit(units::EnergyUnit unit)
{
    if (unit == units::EnergyUnit::Automatic)
        unit = units::EnergyUnit::Kilojoule;
    if (unit == m_energyUnit)
        return;
    m_energyUnit = unit;
    emit headerDataChanged(Qt::Horizontal, Energy, NonOverheadEnergy);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {Qt::DisplayRole});
}

void RunTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder && m_loading)
        return; // the rows on their way are in this order already
    m_sortColumn = column;
    m_sortOrder = order;
    // A store the table reads on a worker is sorted there too: ordering a million runs by a
    // column without an index takes SQLite a second.
    if (!m_storeLocation.isEmpty())
        setFilterInBackground(m_filter, m_storeLocation);
    else
        reload();
}

} // namespace wattprint
