#include "leaderboardmodel.h"

#include <units.h>

#include <QLocale>

#include <algorithm>

#include <cmath>
#include <limits>

namespace wattprint {

namespace {

constexpr double Inf = std::numeric_limits<double>::infinity();

// NaN sorts last in either direction of an ascending sort: +inf.
double sortable(double v)
{
    return std::isnan(v) ? Inf : v;
}

} // namespace

LeaderboardModel::LeaderboardModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LeaderboardModel::setResult(std::shared_ptr<const LeaderboardResult> result)
{
    setResult(std::move(result), {}, -2, m_sortOrder);
}

void LeaderboardModel::setResult(std::shared_ptr<const LeaderboardResult> result, std::vector<int> order, int column,
                                 Qt::SortOrder sortOrder)
{
    beginResetModel();
    m_result = std::move(result);
    const std::size_t rows = m_result ? m_result->rows.size() : 0;
    if (column == m_sortColumn && sortOrder == m_sortOrder && order.size() == rows)
        m_order = std::move(order);
    else
        m_order = m_result ? sortedOrder(*m_result, m_sortColumn, m_sortOrder) : std::vector<int>();
    endResetModel();
}

void LeaderboardModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (!m_result || m_result->rows.empty())
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    std::vector<int> order2 = sortedOrder(*m_result, column, order);
    std::vector<int> newRowOf(order2.size());
    for (std::size_t r = 0; r < order2.size(); ++r)
        newRowOf[std::size_t(order2[r])] = int(r);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &i : before)
        after.append(index(newRowOf[std::size_t(m_order[std::size_t(i.row())])], i.column()));
    m_order = std::move(order2);
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int LeaderboardModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_result)
        return 0;
    return int(m_order.size());
}

int LeaderboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

const ConfigurationStats *LeaderboardModel::configurationAt(int row) const
{
    if (!m_result || row < 0 || std::size_t(row) >= m_order.size())
        return nullptr;
    const std::size_t c = rowAt(row).configuration;
    return c < m_result->configurations.size() ? &m_result->configurations[c] : nullptr;
}

QString LeaderboardModel::columnKey(int column)
{
    switch (column) {
    case Dataset: return QStringLiteral("dataset");
    case Shape: return QStringLiteral("shape");
    case Size: return QStringLiteral("size");
    case Depth: return QStringLiteral("depth");
    case Device: return QStringLiteral("device");
    case Runs: return QStringLiteral("runs");
    case MedianEnergy: return QStringLiteral("median_energy_j");
    case EnergyPerDatum: return QStringLiteral("energy_per_datum_j");
    case Interval: return QStringLiteral("energy_per_datum_interval");
    case RunTime: return QStringLiteral("median_run_time_s");
    case Power: return QStringLiteral("median_power_w");
    case Rank: return QStringLiteral("rank_in_dataset");
    case Band: return QStringLiteral("band");
    default: return {};
    }
}

int LeaderboardModel::columnFromKey(const QString &key)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (columnKey(c) == key)
            return c;
    }
    return -1;
}

bool LeaderboardModel::isTextColumn(int column)
{
    return column == Dataset || column == Shape || column == Device;
}

QString LeaderboardModel::columnTitle(int column)
{
    switch (column) {
    case Dataset: return tr("Dataset");
    case Shape: return tr("Shape");
    case Size: return tr("Parameters");
    case Depth: return tr("Depth");
    case Device: return tr("Device");
    case Runs: return tr("Runs");
    case MedianEnergy: return tr("Median energy");
    case EnergyPerDatum: return tr("Energy per datum");
    case Interval: return tr("Interval");
    case RunTime: return tr("Run time");
    case Power: return tr("Power");
    case Rank: return tr("Rank in dataset");
    case Band: return tr("Band");
    default: return {};
    }
}

QColor LeaderboardModel::bandColor(int band)
{
    // ColorBrewer RdYlGn (5 classes), green = efficient.
    switch (band) {
    case 1: return QColor(0x1a, 0x96, 0x41);
    case 2: return QColor(0xa6, 0xd9, 0x6a);
    case 3: return QColor(0xff, 0xff, 0xbf);
    case 4: return QColor(0xfd, 0xae, 0x61);
    case 5: return QColor(0xd7, 0x19, 0x1c);
    default: return QColor(0xd0, 0xd0, 0xd0);
    }
}

QColor LeaderboardModel::bandTextColor(int band)
{
    return band == 1 || band == 5 ? QColor(Qt::white) : QColor(0x20, 0x20, 0x20);
}

void LeaderboardModel::retranslate()
{
    // Names sort by the language's collation: a new language may order them otherwise.
    if (m_result && isTextColumn(m_sortColumn)) {
        const int column = m_sortColumn;
        m_sortColumn = -1;
        sort(column, m_sortOrder);
    }
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QVariant LeaderboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Size: return tr("Nominal trainable parameters of the network");
        case Runs: return tr("Runs of this configuration in the filter");
        case MedianEnergy: return tr("Median energy of one training run (whole node, J)");
        case EnergyPerDatum:
            return tr("Median energy per training datum (J): the energy without the fixed overhead over all "
                      "epochs and training examples. Lower means more training per joule.");
        case Interval:
            return tr("Where the true median energy per datum lies, from the runs alone: the 95% interval of the "
                      "median, or, with fewer than six runs, the range of the runs with the chance it has of "
                      "holding the median (two runs: 50%)");
        case RunTime: return tr("Median run time of one training run");
        case Power: return tr("Median average node power during a run (W)");
        case Rank:
            return tr("Place within the dataset by energy per datum (1 = least energy per datum; ties share a "
                      "rank)");
        case Band:
            return tr("Efficiency band: 1 = the most efficient fifth of the dataset's configurations by energy "
                      "per datum, 5 = the least efficient fifth");
        default: return columnTitle(section);
        }
    }
    if (role == Qt::TextAlignmentRole && !isTextColumn(section))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QString LeaderboardModel::intervalText(const LeaderboardResult::Row &row)
{
    if (!std::isfinite(row.intervalLow))
        return tr("-");
    if (row.intervalCoverage <= 0)
        return tr("one run");
    return tr("%1 (%2)").arg(units::energyRange(row.intervalLow, row.intervalHigh), units::share(row.intervalCoverage));
}

namespace {

double numberOf(const ConfigurationStats &c, const LeaderboardResult::Row &row, int column)
{
    switch (column) {
    case LeaderboardModel::Size: return double(c.size);
    case LeaderboardModel::Depth: return double(c.depth);
    case LeaderboardModel::Runs: return double(c.n);
    case LeaderboardModel::MedianEnergy: return c.medianEnergy;
    case LeaderboardModel::EnergyPerDatum: return c.medianEnergyPerDatum;
    case LeaderboardModel::RunTime: return c.medianRunTime;
    case LeaderboardModel::Power: return c.medianPower;
    case LeaderboardModel::Interval:
        return row.intervalLow > 0 && row.intervalCoverage > 0 ? row.intervalHigh / row.intervalLow
                                                               : std::numeric_limits<double>::quiet_NaN();
    case LeaderboardModel::Rank: return row.rank > 0 ? double(row.rank) : std::numeric_limits<double>::quiet_NaN();
    case LeaderboardModel::Band: return row.band > 0 ? double(row.band) : std::numeric_limits<double>::quiet_NaN();
    default: return std::numeric_limits<double>::quiet_NaN();
    }
}

QString textOf(const ConfigurationStats &c, int column)
{
    switch (column) {
    case LeaderboardModel::Dataset: return c.datasetName;
    case LeaderboardModel::Shape: return c.shapeName;
    case LeaderboardModel::Device: return deviceName(c.gpu);
    default: return {};
    }
}

} // namespace

std::vector<int> LeaderboardModel::sortedOrder(const LeaderboardResult &result, int column, Qt::SortOrder sortOrder)
{
    const std::size_t n = result.rows.size();
    std::vector<int> order(n);
    for (std::size_t r = 0; r < n; ++r)
        order[r] = int(r);
    if (column < 0 || column >= ColumnCount)
        return order;
    const auto configurationOf = [&result](std::size_t r) -> const ConfigurationStats * {
        const std::size_t c = result.rows[r].configuration;
        return c < result.configurations.size() ? &result.configurations[c] : nullptr;
    };
    // Ascending: key, then the result's order. Descending is that order reversed, ties included,
    // as a proxy sorting with lessThan(right, left) has it.
    const bool descending = sortOrder == Qt::DescendingOrder;
    if (isTextColumn(column)) {
        std::vector<QString> keys(n);
        for (std::size_t r = 0; r < n; ++r) {
            if (const ConfigurationStats *c = configurationOf(r))
                keys[r] = textOf(*c, column);
        }
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            if (descending)
                std::swap(a, b);
            const int c = QString::localeAwareCompare(keys[std::size_t(a)], keys[std::size_t(b)]);
            return c != 0 ? c < 0 : a < b;
        });
        return order;
    }
    std::vector<double> keys(n);
    for (std::size_t r = 0; r < n; ++r) {
        const ConfigurationStats *c = configurationOf(r);
        keys[r] = sortable(c ? numberOf(*c, result.rows[r], column) : std::nan(""));
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (descending)
            std::swap(a, b);
        const double x = keys[std::size_t(a)], y = keys[std::size_t(b)];
        return x != y ? x < y : a < b;
    });
    return order;
}

int LeaderboardModel::bandAt(int row) const
{
    return configurationAt(row) ? rowAt(row).band : 0;
}

QVariant LeaderboardModel::data(const QModelIndex &index, int role) const
{
    const ConfigurationStats *c = configurationAt(index.row());
    if (!c || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const LeaderboardResult::Row &row = rowAt(index.row());
    const int column = index.column();
    const QLocale locale;

    if (role == ConfigurationRole)
        return QVariant::fromValue(qulonglong(row.configuration));
    if (role == BandRole)
        return row.band;

    auto number = [&] { return numberOf(*c, row, column); };
    auto text = [&] { return textOf(*c, column); };

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Dataset:
        case Shape:
        case Device: return text();
        case Size: return locale.toString(qlonglong(c->size));
        case Depth: return QString::number(c->depth);
        case Runs: return locale.toString(qulonglong(c->n));
        case MedianEnergy: return units::energy(c->medianEnergy);
        case EnergyPerDatum: return units::energy(c->medianEnergyPerDatum);
        case Interval: return intervalText(row);
        case RunTime: return units::duration(c->medianRunTime);
        case Power: return units::power(c->medianPower);
        case Rank:
            return row.rank > 0
                ? tr("%1 of %2").arg(locale.toString(row.rank), locale.toString(qulonglong(row.rankedInDataset)))
                : tr("-");
        case Band: return row.band > 0 ? QString::number(row.band) : tr("-");
        default: return {};
        }
    case SortRole:
        if (isTextColumn(column))
            return text();
        return sortable(number());
    case RawRole:
        if (isTextColumn(column))
            return text();
        if (column == Interval) // numbers, not the display text: a CSV is read by programs
            return QVariantList{row.intervalLow, row.intervalHigh, row.intervalCoverage};
        if (column == Size || column == Depth || column == Runs)
            return qlonglong(number());
        if (column == Rank || column == Band) {
            const double v = number();
            return std::isnan(v) ? QVariant() : QVariant(qlonglong(v));
        }
        return number();
    case Qt::TextAlignmentRole:
        return isTextColumn(column) ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                    : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == Band && row.band > 0)
            return tr("Band %1 of 5 in %2 (rank %3 of %4 by energy per datum)")
                .arg(row.band)
                .arg(c->datasetName)
                .arg(row.rank)
                .arg(row.rankedInDataset);
        if ((column == Band || column == Rank) && std::isfinite(c->medianEnergyPerDatum))
            return tr("Not ranked: %n run(s), fewer than the %1 a configuration needs to be ranked", nullptr,
                      int(c->energyPerDatumCount))
                .arg(m_result->minRuns);
        if (column == Band || column == Rank)
            return tr("Not ranked: no run of this configuration has an energy per datum");
        return describeConfiguration(*c);
    case Qt::AccessibleTextRole:
        if (column == Band && row.band > 0)
            return tr("Band %1 of 5").arg(row.band);
        return data(index, Qt::DisplayRole);
    default: return {};
    }
}

} // namespace wattprint
