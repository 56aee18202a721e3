#include "runsview.h"

#include <runtablemodel.h>

#include <QHeaderView>
#include <QJsonArray>
#include <QTableView>

namespace wattprint {

RunsView::RunsView(QWidget *parent)
    : ViewPanel(QStringLiteral("runs"), parent)
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("runs"));
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Fit widths from the first rows only: measuring a whole page costs ~20 ms of GUI time.
    m_table->horizontalHeader()->setResizeContentsPrecision(48);
    m_table->setAccessibleName(tr("Runs table"));
    setChartWidget(m_table);
    retranslateUi();
}

void RunsView::requestData()
{
    // The table model follows the filter itself (the app sets it); there is nothing to compute.
    if (!m_modelSet && environment().runModel) {
        m_table->setModel(environment().runModel);
        // Quality is the model's last column (saved sort columns keep their numbers) but is
        // shown beside the run's id, where it is read first.
        m_table->horizontalHeader()->moveSection(RunTableModel::Quality, 1);
        m_table->sortByColumn(RunTableModel::StartTime, Qt::AscendingOrder);
        connect(environment().runModel, &RunTableModel::totalCountChanged, this, &RunsView::showCount);
        // Fit the columns once to the first page of data: measuring every cell again on each
        // filter change costs tens of milliseconds on the GUI thread.
        connect(environment().runModel, &QAbstractItemModel::modelReset, m_table, [this] {
            if (m_columnsFitted || environment().runModel->rowCount() == 0)
                return;
            m_columnsFitted = true;
            QMetaObject::invokeMethod(
                m_table, [this] { m_table->resizeColumnsToContents(); }, Qt::QueuedConnection);
        });
        if (environment().runModel->rowCount() > 0) {
            m_table->resizeColumnsToContents();
            m_columnsFitted = true;
        }
        m_modelSet = true;
    }
    showCount();
}

void RunsView::showCount()
{
    auto *model = environment().runModel;
    // While the table's rows are read on a worker it shows the busy indicator, not an old count.
    if (model && model->isLoading()) {
        setWaitingForData(true);
        setReady(false);
        return;
    }
    setWaitingForData(false);
    if (model)
        setFinding(tr("%1 runs match the filter.").arg(QLocale().toString(model->totalCount())));
    setReady(true);
}

QList<qint64> RunsView::selectedRunIds() const
{
    QList<qint64> ids;
    if (!m_table->selectionModel())
        return ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(RunTableModel::RowIdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

QJsonObject RunsView::saveState() const
{
    QJsonObject state;
    state.insert(QStringLiteral("sortColumn"), m_table->horizontalHeader()->sortIndicatorSection());
    state.insert(QStringLiteral("sortOrder"),
                 m_table->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder ? QStringLiteral("asc")
                                                                                         : QStringLiteral("desc"));
    return state;
}

void RunsView::restoreState(const QJsonObject &state)
{
    const int column = state.value(QStringLiteral("sortColumn")).toInt(RunTableModel::StartTime);
    const Qt::SortOrder order = state.value(QStringLiteral("sortOrder")).toString() == QLatin1String("desc")
        ? Qt::DescendingOrder
        : Qt::AscendingOrder;
    if (column >= 0 && column < RunTableModel::ColumnCount)
        m_table->sortByColumn(column, order);
}

} // namespace wattprint
