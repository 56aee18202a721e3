#include "leaderboardview.h"

#include "rungroupsmodel.h"

#include "chartfonts.h"
#include "filterstate.h"
#include "labelcase.h"

#include <analysiserror.h>
#include <runcolumns.h>
#include <units.h>

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>

namespace wattprint {

// Filters on the text columns and hides unranked rows; sorting is the model's own (sort() is
// handed to it), so a result can arrive sorted from its job.
class LeaderboardProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setWords(const QString &text)
    {
        m_text = text;
        m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        invalidateRowsFilter();
    }
    QString text() const { return m_text; }

    // The model sorts itself (a new result arrives sorted from its job); the proxy only filters.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override { leaderboard()->sort(column, order); }

    void setHideUnranked(bool hide)
    {
        m_hideUnranked = hide;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (m_hideUnranked && leaderboard()->bandAt(sourceRow) == 0)
            return false;
        if (m_words.isEmpty())
            return true;
        QStringList texts;
        for (int c = 0; c < LeaderboardModel::ColumnCount; ++c) {
            if (LeaderboardModel::isTextColumn(c))
                texts << sourceModel()->index(sourceRow, c, sourceParent).data(Qt::DisplayRole).toString();
        }
        for (const QString &word : m_words) {
            const bool found = std::any_of(texts.cbegin(), texts.cend(),
                                           [&](const QString &t) { return t.contains(word, Qt::CaseInsensitive); });
            if (!found)
                return false;
        }
        return true;
    }

private:
    LeaderboardModel *leaderboard() const { return static_cast<LeaderboardModel *>(sourceModel()); }

    QString m_text;
    QStringList m_words;
    bool m_hideUnranked = true;
};

namespace {

constexpr int TablePx = 12;

// The band as a coloured chip with its number.
void paintBandChip(QPainter *painter, const QRectF &cell, int band)
{
    if (band <= 0) {
        painter->setPen(QColor(0x80, 0x80, 0x80));
        painter->drawText(cell, Qt::AlignCenter, QStringLiteral("-"));
        return;
    }
    const qreal h = std::min<qreal>(cell.height() - 4, 18);
    const qreal w = std::min<qreal>(cell.width() - 6, 2.2 * h);
    const QRectF chip(cell.center().x() - w / 2, cell.center().y() - h / 2, w, h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(LeaderboardModel::bandColor(band).darker(130), 1));
    painter->setBrush(LeaderboardModel::bandColor(band));
    painter->drawRoundedRect(chip, h / 2, h / 2);
    painter->setPen(LeaderboardModel::bandTextColor(band));
    QFont f = painter->font();
    f.setBold(true);
    painter->setFont(f);
    painter->drawText(chip, Qt::AlignCenter, QString::number(band));
    painter->restore();
}

class BandDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
        painter->save();
        painter->setFont(option.font);
        paintBandChip(painter, option.rect, index.data(LeaderboardModel::BandRole).toInt());
        painter->restore();
    }
};

QString csvField(const QString &text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        QString quoted = text;
        quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return text;
}

QString rankByKey(LeaderboardView::RankBy by)
{
    switch (by) {
    case LeaderboardView::RankBy::Project: return QStringLiteral("project");
    case LeaderboardView::RankBy::Hardware: return QStringLiteral("hardware");
    case LeaderboardView::RankBy::Configuration: break;
    }
    return QStringLiteral("configuration");
}

std::optional<LeaderboardView::RankBy> rankByFromKey(const QString &key)
{
    for (auto by : {LeaderboardView::RankBy::Configuration, LeaderboardView::RankBy::Project,
                    LeaderboardView::RankBy::Hardware}) {
        if (key == rankByKey(by))
            return by;
    }
    return std::nullopt;
}

} // namespace

LeaderboardView::LeaderboardView(QWidget *parent)
    : ViewPanel(QStringLiteral("leaderboard"), parent)
    , m_model(new LeaderboardModel(this))
    , m_proxy(new LeaderboardProxy(this))
    , m_table(new QTableView)
    , m_filterEdit(new QLineEdit(this))
    , m_columnsButton(new QToolButton(this))
    , m_columnsMenu(new QMenu(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setDynamicSortFilter(true);

    m_rankByBox = new QComboBox(this);
    m_rankByBox->setObjectName(QStringLiteral("rankByBox"));
    for (auto by : {RankBy::Configuration, RankBy::Project, RankBy::Hardware})
        m_rankByBox->addItem(QString(), rankByKey(by));
    addLabelledControl(QStringLiteral("rankByLabel"), m_rankByBox);
    connect(m_rankByBox, &QComboBox::activated, this, [this](int index) {
        if (const auto by = rankByFromKey(m_rankByBox->itemData(index).toString()))
            setRankBy(*by);
    });

    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMaximumWidth(220);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setWords(text);
        emit stateChanged();
    });
    toolBar()->addWidget(m_filterEdit);

    m_columnsButton->setObjectName(QStringLiteral("columnsButton"));
    m_columnsButton->setPopupMode(QToolButton::InstantPopup);
    m_columnsButton->setMenu(m_columnsMenu);
    m_columnsButton->setFocusPolicy(Qt::TabFocus);
    toolBar()->addWidget(m_columnsButton);

    m_minRunsBox = new QSpinBox(this);
    m_minRunsBox->setObjectName(QStringLiteral("minRunsBox"));
    m_minRunsBox->setRange(1, 20);
    m_minRunsBox->setValue(m_minRuns);
    addLabelledControl(QStringLiteral("minRunsLabel"), m_minRunsBox);
    connect(m_minRunsBox, &QSpinBox::valueChanged, this, &LeaderboardView::setMinRuns);
    m_unrankedAction = toolBar()->addAction(QString());
    m_unrankedAction->setObjectName(QStringLiteral("showUnrankedAction"));
    m_unrankedAction->setCheckable(true);
    connect(m_unrankedAction, &QAction::toggled, this, &LeaderboardView::setShowUnranked);

    m_csvAction = toolBar()->addAction(QString(), this, &LeaderboardView::exportCsvInteractive);
    m_csvAction->setObjectName(QStringLiteral("exportCsvAction"));
    m_selectAction = toolBar()->addAction(QString(), this, &LeaderboardView::applySelection);
    m_selectAction->setObjectName(QStringLiteral("selectAction"));
    m_selectAction->setEnabled(false);

    m_table->setObjectName(QStringLiteral("leaderboardTable"));
    setUpTable(m_table, m_proxy);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setItemDelegateForColumn(LeaderboardModel::Band, new BandDelegate(m_table));
    m_table->horizontalHeader()->setSortIndicator(LeaderboardModel::EnergyPerDatum, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        rebuildColumnMenu();
        m_columnsMenu->popup(m_table->horizontalHeader()->viewport()->mapToGlobal(pos));
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] { emit stateChanged(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LeaderboardView::updateSelectionAction);
    connect(m_table, &QTableView::doubleClicked, this, [this] { applySelection(); });
    connect(m_columnsMenu, &QMenu::aboutToShow, this, &LeaderboardView::rebuildColumnMenu);
    // Enter on the selected rows selects them everywhere, as a double-click does.
    auto *enter = new QAction(m_table);
    enter->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    enter->setShortcutContext(Qt::WidgetShortcut);
    connect(enter, &QAction::triggered, this, &LeaderboardView::applySelection);
    m_table->addAction(enter);

    m_groupModel = new RunGroupsModel(this);
    m_groupProxy = new QSortFilterProxyModel(this);
    m_groupProxy->setSourceModel(m_groupModel);
    m_groupProxy->setSortRole(RunGroupsModel::SortRole);
    m_groupTable = new QTableView;
    m_groupTable->setObjectName(QStringLiteral("groupTable"));
    setUpTable(m_groupTable, m_groupProxy);
    m_groupTable->horizontalHeader()->setSortIndicator(RunGroupsModel::TotalEnergy, Qt::DescendingOrder);
    m_groupTable->setSortingEnabled(true);
    connect(m_groupTable, &QTableView::doubleClicked, this, [this] { applyGroupSelection(); });
    connect(m_groupTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LeaderboardView::updateSelectionAction);
    auto *groupEnter = new QAction(m_groupTable);
    groupEnter->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    groupEnter->setShortcutContext(Qt::WidgetShortcut);
    connect(groupEnter, &QAction::triggered, this, &LeaderboardView::applyGroupSelection);
    m_groupTable->addAction(groupEnter);

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_groupTable);
    setChartWidget(m_stack);
    retranslateUi();
}

// Both tables: whole rows selected, several at once, no row numbers, one line per row.
void LeaderboardView::setUpTable(QTableView *table, QAbstractItemModel *model) const
{
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    table->setMinimumSize(360, 200);
}

void LeaderboardView::setRankBy(RankBy by)
{
    selectData(m_rankByBox, rankByKey(by));
    if (by == m_rankBy)
        return;
    m_rankBy = by;
    emit stateChanged();
    refresh();
}

void LeaderboardView::showTable(bool groups)
{
    m_groupsShown = groups;
    m_stack->setCurrentWidget(groups ? static_cast<QWidget *>(m_groupTable) : m_table);
    // The configuration table's own controls do nothing to the table of projects or hardware.
    for (QWidget *w : {static_cast<QWidget *>(m_filterEdit), static_cast<QWidget *>(m_columnsButton),
                       static_cast<QWidget *>(m_minRunsBox)})
        w->setEnabled(!groups);
    m_unrankedAction->setEnabled(!groups);
    m_csvAction->setEnabled(!groups);
    updateSelectionAction();
}

QString LeaderboardView::unconfiguredRunsHint() const
{
    return tr("Rank: \"Projects\" or \"Hardware\" lists them.");
}

QString LeaderboardView::groupsFindingFor(const RunGroups &g)
{
    if (g.groups.empty()) {
        if (g.configuredRuns > 0)
            return tr("Every run in the filter has a BUTTER-E configuration: choose Rank: Configurations.");
        return tr("No runs match the filter.");
    }
    const auto label = [&g](const RunGroups::Group &group) {
        if (group.name.isEmpty())
            return g.by == RunGroupBy::Hardware ? tr("runs that name no hardware") : tr("runs that name no project");
        return g.by == RunGroupBy::Hardware ? tr("hardware %1").arg(group.name) : tr("project %1").arg(group.name);
    };
    const RunGroups::Group &top = g.groups.front(); // by total energy
    QString text = tr("Most energy: %1, %2 of %3 (%4) in %5.")
                       .arg(label(top), units::energy(top.totalEnergy, units::AutoUnit::WattHours),
                            units::energy(g.totalEnergy, units::AutoUnit::WattHours),
                            units::share(g.totalEnergy > 0 ? top.totalEnergy / g.totalEnergy : 0.0),
                            units::runs(qint64(top.runs)));
    if (g.groups.size() > 1) {
        const auto lowest = std::min_element(
            g.groups.begin(), g.groups.end(),
            [](const RunGroups::Group &a, const RunGroups::Group &b) { return a.rank < b.rank; });
        text += QLatin1Char(' ')
            + tr("Lowest median energy per run: %1 (%2).").arg(label(*lowest), units::energy(lowest->medianEnergy));
    }
    return text;
}

void LeaderboardView::showGroups(std::shared_ptr<const RunGroups> groups)
{
    // Shown by itself (Rank: Configurations) only when there is something to show.
    if (m_rankBy == RankBy::Configuration && groups->runs == 0)
        return;
    m_groupModel->setResult(groups);
    m_groupTable->horizontalHeader()->setResizeContentsPrecision(60);
    m_groupTable->resizeColumnsToContents();
    showTable(true);
    const QString finding = groupsFindingFor(*groups);
    setFinding(finding);
    QStringList notes;
    if (m_rankBy == RankBy::Configuration)
        notes << tr("No run in the filter has a BUTTER-E configuration, so this lists the runs from other tools "
                    "by project.");
    if (groups->configuredRuns > 0)
        notes << tr("Runs with a BUTTER-E configuration are ranked under Rank: Configurations: %1 of them are not "
                    "in this table.")
                     .arg(QLocale().toString(qulonglong(groups->configuredRuns)));
    notes << tr("A project's rank says where its runs stand by median energy per run; projects train different "
                "things, so it is not a verdict on their efficiency.");
    setMessage(notes.join(QLatin1Char(' ')));
    setQualityNote(groups->leftOutFailing, groups->leftOutFailing);
    setReady(true);
}

void LeaderboardView::applyGroupSelection()
{
    const auto groups = m_groupModel->result();
    if (!groups || !m_groupTable->selectionModel())
        return;
    Filter filter = currentFilter();
    QStringList &list = groups->by == RunGroupBy::Hardware ? filter.nodeTypes : filter.projects;
    QStringList names;
    const QModelIndexList rows = m_groupTable->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const int g = index.data(RunGroupsModel::GroupRole).toInt();
        if (g >= 0 && g < int(groups->groups.size()) && !groups->groups[std::size_t(g)].name.isEmpty())
            names << groups->groups[std::size_t(g)].name;
    }
    if (names.isEmpty())
        return;
    list = names;
    if (filter == currentFilter())
        return;
    proposeFilter(filter,
                  groups->by == RunGroupBy::Hardware ? tr("Select hardware %1").arg(names.join(QStringLiteral(", ")))
                                                     : tr("Select project %1").arg(names.join(QStringLiteral(", "))));
}

QSortFilterProxyModel *LeaderboardView::proxy() const
{
    return m_proxy;
}

QString LeaderboardView::filterText() const
{
    return m_proxy->text();
}

void LeaderboardView::setFilterText(const QString &text)
{
    if (m_filterEdit->text() != text)
        m_filterEdit->setText(text); // textChanged updates the proxy
    else if (m_proxy->text() != text)
        m_proxy->setWords(text);
}

bool LeaderboardView::isColumnVisible(int column) const
{
    return column >= 0 && column < LeaderboardModel::ColumnCount && !m_table->isColumnHidden(column);
}

void LeaderboardView::setColumnVisible(int column, bool visible)
{
    if (column < 0 || column >= LeaderboardModel::ColumnCount || isColumnVisible(column) == visible)
        return;
    if (!visible && visibleColumnsInOrder().size() <= 1)
        return;
    m_table->setColumnHidden(column, !visible);
    emit stateChanged();
}

void LeaderboardView::setMinRuns(int runs)
{
    m_minRunsChosen = true;
    runs = std::clamp(runs, m_minRunsBox->minimum(), m_minRunsBox->maximum());
    m_minRunsBox->setValue(runs);
    if (changeOption(m_minRuns, runs))
        refresh();
}

void LeaderboardView::applyMinRunsToRank(int runs)
{
    m_preferredMinRuns = std::clamp(runs, m_minRunsBox->minimum(), m_minRunsBox->maximum());
    if (m_minRunsChosen || m_preferredMinRuns == m_minRuns)
        return;
    const QSignalBlocker blocker(m_minRunsBox); // not the user's choice
    m_minRunsBox->setValue(m_preferredMinRuns);
    m_minRuns = m_preferredMinRuns;
    refresh();
}

void LeaderboardView::setShowUnranked(bool show)
{
    m_unrankedAction->setChecked(show);
    if (!changeOption(m_showUnranked, show))
        return;
    m_proxy->setHideUnranked(!show);
    if (const auto r = result())
        updateMessage(*r); // it names what is hidden
}

void LeaderboardView::sortBy(int column, Qt::SortOrder order)
{
    m_table->horizontalHeader()->setSortIndicator(column, order);
    m_table->sortByColumn(column, order);
    if (column < 0)
        m_proxy->sort(-1);
}

QList<int> LeaderboardView::visibleColumnsInOrder() const
{
    QList<int> columns;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < LeaderboardModel::ColumnCount; ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !m_table->isColumnHidden(logical))
            columns << logical;
    }
    return columns;
}

void LeaderboardView::rebuildColumnMenu()
{
    m_columnsMenu->clear();
    const QList<int> visible = visibleColumnsInOrder();
    for (int c = 0; c < LeaderboardModel::ColumnCount; ++c) {
        QAction *action = m_columnsMenu->addAction(LeaderboardModel::columnTitle(c));
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(c));
        action->setObjectName(QStringLiteral("column_") + LeaderboardModel::columnKey(c));
        // The last visible column cannot be hidden.
        action->setEnabled(!(visible.size() == 1 && visible.first() == c));
        connect(action, &QAction::toggled, this, [this, c](bool on) { setColumnVisible(c, on); });
    }
}

void LeaderboardView::updateSelectionAction()
{
    const QTableView *table = m_groupsShown ? m_groupTable : m_table;
    m_selectAction->setEnabled(table->selectionModel() && table->selectionModel()->hasSelection());
}

QJsonObject LeaderboardView::saveState() const
{
    QJsonObject state;
    QJsonArray hidden;
    for (int c = 0; c < LeaderboardModel::ColumnCount; ++c) {
        if (m_table->isColumnHidden(c))
            hidden.append(LeaderboardModel::columnKey(c));
    }
    state.insert(QStringLiteral("hiddenColumns"), hidden);
    const QHeaderView *header = m_table->horizontalHeader();
    const int sortColumn = header->sortIndicatorSection();
    state.insert(QStringLiteral("sortColumn"),
                 sortColumn >= 0 && sortColumn < LeaderboardModel::ColumnCount ? LeaderboardModel::columnKey(sortColumn)
                                                                               : QString());
    state.insert(QStringLiteral("sortOrder"),
                 header->sortIndicatorOrder() == Qt::AscendingOrder ? QStringLiteral("ascending")
                                                                    : QStringLiteral("descending"));
    state.insert(QStringLiteral("filterText"), filterText());
    if (m_minRunsChosen) // else the Preferences' value stays in force
        state.insert(QStringLiteral("minRuns"), m_minRuns);
    state.insert(QStringLiteral("showUnranked"), m_showUnranked);
    state.insert(QStringLiteral("rankBy"), rankByKey(m_rankBy));
    return state;
}

void LeaderboardView::restoreState(const QJsonObject &state)
{
    if (state.contains(QStringLiteral("hiddenColumns"))) {
        QList<int> hidden;
        for (const QJsonValue &v : state.value(QStringLiteral("hiddenColumns")).toArray()) {
            const int c = LeaderboardModel::columnFromKey(v.toString());
            if (c >= 0)
                hidden << c;
        }
        if (hidden.size() < LeaderboardModel::ColumnCount) {
            for (int c = 0; c < LeaderboardModel::ColumnCount; ++c)
                m_table->setColumnHidden(c, hidden.contains(c));
        }
    }
    if (state.contains(QStringLiteral("sortColumn"))) {
        const int c = LeaderboardModel::columnFromKey(state.value(QStringLiteral("sortColumn")).toString());
        const Qt::SortOrder order = state.value(QStringLiteral("sortOrder")).toString() == QLatin1String("descending")
            ? Qt::DescendingOrder
            : Qt::AscendingOrder;
        sortBy(c, order);
    }
    if (state.contains(QStringLiteral("filterText")))
        setFilterText(state.value(QStringLiteral("filterText")).toString());
    if (state.contains(QStringLiteral("minRuns"))) {
        setMinRuns(state.value(QStringLiteral("minRuns")).toInt(m_preferredMinRuns));
    } else {
        m_minRunsChosen = false;
        applyMinRunsToRank(m_preferredMinRuns);
    }
    setShowUnranked(state.value(QStringLiteral("showUnranked")).toBool(false));
    setRankBy(rankByFromKey(state.value(QStringLiteral("rankBy")).toString()).value_or(RankBy::Configuration));
    emit stateChanged();
}

QString LeaderboardView::findingFor(const LeaderboardResult &r)
{
    const QLocale locale;
    if (r.totalRuns == 0 || r.configurations.empty())
        return tr("No runs match the filter.");
    if (!r.best)
        return tr("None of the %n configuration(s) in the filter has an energy per datum to rank.", nullptr,
                  int(std::min<std::size_t>(r.configurations.size(), INT_MAX)));
    const LeaderboardResult::Row &row = r.rows[*r.best];
    const ConfigurationStats &c = r.configurations[row.configuration];
    const double perJoule = 1.0 / c.medianEnergyPerDatum;
    const QString data = perJoule >= 100 ? locale.toString(qlonglong(std::llround(perJoule)))
                                         : locale.toString(perJoule, 'g', 3);
    const QString what = describeConfiguration(c);
    const QString value = units::energy(c.medianEnergyPerDatum);
    const std::size_t ranked = r.configurations.size() - r.unranked;
    if (r.minRuns <= 1) {
        if (ranked == 1)
            return tr("The one configuration with an energy per datum, %1, uses %2 per training datum (about %3 "
                      "training examples per joule).")
                .arg(what, value, data);
        return tr("Of %1 configurations, %2 gives the most training per joule: %3 per training datum, about %4 "
                  "training examples per joule.")
            .arg(locale.toString(qulonglong(ranked)), what, value, data);
    }
    // Ranked on at least two runs: the sentence carries the run count and the interval.
    const QString runs = units::runs(qint64(c.energyPerDatumCount));
    const QString interval = tr("%1 interval %2")
                                 .arg(units::share(row.intervalCoverage),
                                      units::energyRange(row.intervalLow, row.intervalHigh));
    if (ranked == 1)
        return tr("The one configuration with at least %1 runs, %2, uses %3 per training datum (%4, %5), about %6 "
                  "training examples per joule.")
            .arg(QString::number(r.minRuns), what, value, runs, interval, data);
    return tr("Of %1 configurations with at least %2 runs, %3 gives the most training per joule: %4 per training "
              "datum (%5, %6), about %7 training examples per joule.")
        .arg(locale.toString(qulonglong(ranked)), QString::number(r.minRuns), what, value, runs, interval, data);
}

void LeaderboardView::applyFailingRuns(FailingRuns failing)
{
    if (m_failing == failing)
        return;
    m_failing = failing;
    refresh();
}

QString LeaderboardView::qualityNoteSubject() const
{
    return tr("the ranking");
}

void LeaderboardView::requestData()
{
    if (m_rankBy == RankBy::Configuration) {
        // Sorted on the pool too, by the sort in force now (the model sorts again should it change
        // before the result is in).
        const int column = m_model->sortColumn();
        const Qt::SortOrder order = m_model->sortOrder();
        submit(
            [minRuns = m_minRuns, failing = m_failing, column, order](const RunColumns &runs, JobContext &context) {
                SortedLeaderboard sorted;
                sorted.result = std::make_shared<const LeaderboardResult>(computeLeaderboard(
                    runs, RunMetric::EnergyPerDatum, minRuns, failing, [&context] { return context.isCancelled(); }));
                sorted.order = LeaderboardModel::sortedOrder(*sorted.result, column, order);
                sorted.column = column;
                sorted.sortOrder = order;
                return sorted;
            },
            &LeaderboardView::showResult);
    } else
        submitCompute(&LeaderboardView::showGroups, summarizeRunGroups,
                      m_rankBy == RankBy::Hardware ? RunGroupBy::Hardware : RunGroupBy::Project, m_failing);
}

void LeaderboardView::showResult(std::shared_ptr<const SortedLeaderboard> sorted)
{
    const std::shared_ptr<const LeaderboardResult> result = sorted->result;
    showTable(false);
    // No configuration in the filter, but runs: the runs of other tools per project instead.
    if (result->configurations.empty() && result->totalRuns > 0)
        submitCompute(&LeaderboardView::showGroups, summarizeRunGroups, RunGroupBy::Project, m_failing);
    const bool hadRows = m_model->rowCount() > 0;
    m_model->setResult(result, sorted->order, sorted->column, sorted->sortOrder);
    // Fitted to the first rows only (a million rows would take seconds), and only when the table
    // fills from empty: a filter change keeps the widths, the reader's own ones included.
    if (!hadRows) {
        m_table->horizontalHeader()->setResizeContentsPrecision(60);
        m_table->resizeColumnsToContents();
    }
    setFinding(findingFor(*result));
    updateMessage(*result);
    updateSelectionAction();
    setQualityNote(result->failingRuns, result->leftOutFailing);
    setReady(true);
}

void LeaderboardView::updateMessage(const LeaderboardResult &result)
{
    const auto count = [](std::size_t n) { return int(std::min<std::size_t>(n, INT_MAX)); };
    QStringList notes;
    if (result.configurations.empty())
        notes << tr("No runs match the filter.");
    if (result.tooFewRuns > 0)
        notes << (m_showUnranked ? tr("%n configuration(s) with fewer than %1 runs are listed but not ranked: one "
                                      "or two runs cannot tell a design from luck.",
                                      nullptr, count(result.tooFewRuns))
                                 : tr("%n configuration(s) with fewer than %1 runs are not ranked and not listed; "
                                      "\"Show unranked\" lists them.",
                                      nullptr, count(result.tooFewRuns)))
                     .arg(result.minRuns);
    if (result.unranked > result.tooFewRuns)
        notes << tr("%n configuration(s) have no energy per datum and are not ranked.", nullptr,
                    count(result.unranked - result.tooFewRuns));
    setMessage(notes.join(QLatin1Char(' ')));
}

void LeaderboardView::selectConfigurations(const std::vector<std::size_t> &configurations)
{
    const auto r = result();
    if (!r || configurations.empty())
        return;
    const Filter base = currentFilter();
    const ConfigurationSelection s = wattprint::selectConfigurations(base, r->configurations, configurations, r->runs);
    proposeFilter(s.filter, s.text);
}

void LeaderboardView::renderGroups(QPainter *painter, const QRectF &rect) const
{
    painter->save();
    const QFont base = pixelFont(font(), TablePx);
    const QFont bold = pixelFont(font(), TablePx, true);
    const QFontMetricsF fm(base);
    const QFontMetricsF fb(bold);
    const qreal rowH = std::ceil(fm.height() * 1.55);
    const int total = m_groupProxy->rowCount();
    const int shown = std::min(total, std::max(1, int(rect.height() / rowH) - 1));
    const qreal pad = 8;
    QList<qreal> widths;
    for (int c = 0; c < RunGroupsModel::ColumnCount; ++c) {
        // Titles wrap onto two lines: as wide as the values or the longest title word.
        const QString title = m_groupModel->columnTitle(c);
        qreal w = 0;
        for (const QString &word : title.split(QLatin1Char(' ')))
            w = std::max(w, fb.horizontalAdvance(word));
        while (fb.boundingRect(QRectF(0, 0, w, 1e4), Qt::TextWordWrap, title).height() > 2.5 * fb.lineSpacing())
            w += 4;
        for (int row = 0; row < shown; ++row)
            w = std::max(w, fm.horizontalAdvance(m_groupProxy->index(row, c).data().toString()));
        widths << w + 2 * pad;
    }
    // Too wide: the numbers give way before the names, which are what a reader looks for.
    qreal sum = std::accumulate(widths.cbegin(), widths.cend(), qreal(0));
    if (sum > rect.width()) {
        const qreal name = std::min(widths[RunGroupsModel::Name], rect.width() / 3);
        const qreal factor = (rect.width() - name) / (sum - widths[RunGroupsModel::Name]);
        for (qreal &w : widths)
            w *= factor;
        widths[RunGroupsModel::Name] = name;
        sum = rect.width();
    }
    const qreal scale = 1.0;
    const qreal tableW = sum;
    qreal y = rect.top();
    const qreal headerH = std::ceil(fb.height() * 2 + fm.height() * 0.55);
    painter->fillRect(QRectF(rect.left(), y, tableW, headerH), QColor(0xe8, 0xec, 0xf0));
    for (int row = -1; row < shown; ++row) {
        painter->setFont(row < 0 ? bold : base);
        const qreal h = row < 0 ? headerH : rowH;
        if (row >= 0 && row % 2 == 1)
            painter->fillRect(QRectF(rect.left(), y, tableW, rowH), QColor(0xf4, 0xf6, 0xf8));
        painter->setPen(QColor(0x20, 0x20, 0x20));
        qreal x = rect.left();
        for (int c = 0; c < RunGroupsModel::ColumnCount; ++c) {
            const QRectF cell(x + pad * scale, y, widths[c] - 2 * pad * scale, h);
            const int align = (RunGroupsModel::isTextColumn(c) ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
            if (row < 0)
                painter->drawText(cell, align | Qt::TextWordWrap, m_groupModel->columnTitle(c));
            else
                painter->drawText(
                    cell, align,
                    fm.elidedText(m_groupProxy->index(row, c).data().toString(), Qt::ElideRight, cell.width() + 1));
            x += widths[c];
        }
        y += h;
        if (row < 0) {
            painter->setPen(QPen(QColor(0x90, 0x90, 0x90), 1));
            painter->drawLine(QPointF(rect.left(), y), QPointF(rect.left() + tableW, y));
        }
    }
    if (shown < total) {
        painter->setPen(QColor(0x60, 0x60, 0x60));
        painter->drawText(QRectF(rect.left(), y, tableW, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                          tr("%1 more rows not shown").arg(QLocale().toString(total - shown)));
    }
    painter->restore();
}

void LeaderboardView::applySelection()
{
    if (m_groupsShown) {
        applyGroupSelection();
        return;
    }
    if (!m_table->selectionModel())
        return;
    std::vector<std::size_t> configurations;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        configurations.push_back(std::size_t(index.data(LeaderboardModel::ConfigurationRole).toULongLong()));
    selectConfigurations(configurations);
}

bool LeaderboardView::exportCsv(const QString &path, QString *error) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write '%1': %2").arg(path, file.errorString()));
    const QList<int> columns = visibleColumnsInOrder();
    QStringList header;
    for (int c : columns) {
        const QString key = LeaderboardModel::columnKey(c);
        if (c == LeaderboardModel::Interval)
            header << key + QStringLiteral("_low_j") << key + QStringLiteral("_high_j")
                   << key + QStringLiteral("_coverage");
        else
            header << key;
    }
    QByteArray out = header.join(QLatin1Char(',')).toUtf8() + '\n';
    const auto number = [](const QVariant &v) {
        return v.isValid() && std::isfinite(v.toDouble()) ? QString::number(v.toDouble(), 'g', 15) : QString();
    };
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        QStringList fields;
        for (int c : columns) {
            const QVariant v = m_proxy->index(row, c).data(LeaderboardModel::RawRole);
            if (c == LeaderboardModel::Interval) {
                const QVariantList interval = v.toList();
                for (int k = 0; k < 3; ++k)
                    fields << number(interval.value(k));
                continue;
            }
            QString field;
            if (v.typeId() == QMetaType::QString)
                field = csvField(v.toString());
            else if (v.typeId() == QMetaType::LongLong)
                field = QString::number(v.toLongLong());
            else if (v.isValid() && std::isfinite(v.toDouble()))
                field = QString::number(v.toDouble(), 'g', 15); // C locale, whatever the UI's
            fields << field;
        }
        out += fields.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    if (file.write(out) != out.size())
        return fail(tr("Cannot write '%1': %2").arg(path, file.errorString()));
    if (!file.commit())
        return fail(tr("Cannot write '%1': %2").arg(path, file.errorString()));
    return true;
}

void LeaderboardView::exportCsvInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export leaderboard as CSV"),
                                                      QStringLiteral("leaderboard.csv"), tr("CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void LeaderboardView::renderChart(QPainter *painter, const QRectF &rect, bool vector)
{
    Q_UNUSED(vector)
    if (m_groupsShown) {
        renderGroups(painter, rect);
        return;
    }
    painter->save();
    const QFont base = pixelFont(font(), TablePx);
    const QFont bold = pixelFont(font(), TablePx, true);
    const QFontMetricsF fm(base);
    const QFontMetricsF fb(bold);
    const qreal rowH = std::ceil(fm.height() * 1.55);
    const QList<int> columns = visibleColumnsInOrder();
    const int total = m_proxy->rowCount();

    painter->setFont(base);
    if (total == 0 || columns.isEmpty()) {
        painter->setPen(QColor(0x60, 0x60, 0x60));
        painter->setFont(pixelFont(font(), 18, true));
        painter->drawText(rect, Qt::AlignCenter,
                          m_model->rowCount() == 0 ? tr("No configurations to rank.")
                                                   : tr("No rows match the text filter."));
        painter->restore();
        return;
    }
    const qreal captionH = std::ceil(fm.height() * 1.6);
    const int fit = std::max(1, int((rect.height() - captionH) / rowH) - 1);
    const int shown = std::min(total, fit);

    // Column widths from the header (with the sort arrow) and the rows drawn. When they overflow,
    // the text columns (long dataset and shape names) give way first, down to a third of their
    // width, then every column shrinks together.
    const int sortColumn = m_table->horizontalHeader()->sortIndicatorSection();
    const QString arrow = m_table->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder
        ? QStringLiteral(" \u25B2")
        : QStringLiteral(" \u25BC");
    QList<qreal> widths;
    const qreal pad = 8;
    for (int c : columns) {
        qreal w = fb.horizontalAdvance(LeaderboardModel::columnTitle(c) + (c == sortColumn ? arrow : QString()));
        for (int row = 0; row < shown; ++row)
            w = std::max(w, fm.horizontalAdvance(m_proxy->index(row, c).data().toString()));
        if (c == LeaderboardModel::Band)
            w = std::max<qreal>(w, 40);
        widths << w + 2 * pad;
    }
    qreal sum = std::accumulate(widths.cbegin(), widths.cend(), qreal(0));
    if (sum > rect.width()) {
        qreal textSum = 0;
        for (qsizetype i = 0; i < columns.size(); ++i)
            textSum += LeaderboardModel::isTextColumn(columns[i]) ? widths[i] : 0;
        const qreal excess = sum - rect.width();
        if (textSum > 0) {
            const qreal factor = std::max<qreal>(1.0 / 3.0, 1.0 - excess / textSum);
            for (qsizetype i = 0; i < columns.size(); ++i) {
                if (LeaderboardModel::isTextColumn(columns[i]))
                    widths[i] *= factor;
            }
            sum = std::accumulate(widths.cbegin(), widths.cend(), qreal(0));
        }
    }
    const qreal scale = sum > rect.width() ? rect.width() / sum : 1.0;
    for (qreal &w : widths)
        w *= scale;
    const qreal tableW = std::min(rect.width(), sum * scale);

    qreal y = rect.top();
    // Header.
    painter->fillRect(QRectF(rect.left(), y, tableW, rowH), QColor(0xe8, 0xec, 0xf0));
    painter->setFont(bold);
    painter->setPen(QColor(0x20, 0x20, 0x20));
    qreal x = rect.left();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const int c = columns[i];
        QString title = LeaderboardModel::columnTitle(c);
        if (c == sortColumn)
            title += arrow;
        const QRectF cell(x + pad * scale, y, widths[i] - 2 * pad * scale, rowH);
        painter->drawText(cell, (LeaderboardModel::isTextColumn(c) ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                          fb.elidedText(title, Qt::ElideRight, cell.width() + 1));
        x += widths[i];
    }
    y += rowH;
    painter->setPen(QPen(QColor(0x90, 0x90, 0x90), 1));
    painter->drawLine(QPointF(rect.left(), y), QPointF(rect.left() + tableW, y));

    painter->setFont(base);
    for (int row = 0; row < shown; ++row) {
        if (row % 2 == 1)
            painter->fillRect(QRectF(rect.left(), y, tableW, rowH), QColor(0xf4, 0xf6, 0xf8));
        x = rect.left();
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const int c = columns[i];
            const QModelIndex index = m_proxy->index(row, c);
            const QRectF cell(x + pad * scale, y, widths[i] - 2 * pad * scale, rowH);
            if (c == LeaderboardModel::Band) {
                paintBandChip(painter, QRectF(x, y, widths[i], rowH), index.data(LeaderboardModel::BandRole).toInt());
                painter->setFont(base);
            } else {
                painter->setPen(QColor(0x20, 0x20, 0x20));
                painter->drawText(
                    cell, (LeaderboardModel::isTextColumn(c) ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                    fm.elidedText(index.data().toString(), Qt::ElideRight, cell.width() + 1));
            }
            x += widths[i];
        }
        y += rowH;
    }
    painter->setPen(QPen(QColor(0xc0, 0xc0, 0xc0), 1));
    painter->drawLine(QPointF(rect.left(), y), QPointF(rect.left() + tableW, y));

    // What the page shows of the table.
    const QLocale locale;
    QString caption = shown < total
        ? tr("The first %1 of %2 configurations").arg(locale.toString(shown), locale.toString(total))
        : tr("All %1 configurations").arg(locale.toString(total));
    if (sortColumn >= 0 && sortColumn < LeaderboardModel::ColumnCount)
        caption += tr(", sorted by %1 (%2)")
                       .arg(inSentence(LeaderboardModel::columnTitle(sortColumn)),
                            m_table->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder ? tr("ascending")
                                                                                                    : tr("descending"));
    if (!filterText().isEmpty())
        caption += tr(", text filter \u201C%1\u201D").arg(filterText());
    caption += tr(". Band 1 (green) = most efficient fifth of its dataset by energy per datum, 5 (red) = least.");
    painter->setPen(QColor(0x50, 0x50, 0x50));
    painter->drawText(QRectF(rect.left(), y + 4, rect.width(), captionH), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(caption, Qt::ElideRight, rect.width()));
    painter->restore();
}

void LeaderboardView::retranslateUi()
{
    ViewPanel::retranslateUi();
    setLabelText(QStringLiteral("rankByLabel"), tr("Rank:"));
    setChooserTexts(m_rankByBox, {tr("Configurations"), tr("Projects"), tr("Hardware")}, tr("Rank"),
                    tr("Rank BUTTER-E configurations, or list the runs from other tools (CodeCarbon) by project or "
                       "hardware"));
    m_groupTable->setAccessibleName(tr("Runs from other tools by project or hardware"));
    m_groupModel->setResult(m_groupModel->result()); // headers in the new language
    if (const auto groups = m_groupModel->result(); groups && m_groupsShown)
        setFinding(groupsFindingFor(*groups));
    m_filterEdit->setPlaceholderText(tr("Filter dataset, shape, device"));
    m_filterEdit->setAccessibleName(tr("Text filter"));
    m_filterEdit->setToolTip(tr("Keep the rows whose dataset, shape or device contain every word typed"));
    m_columnsButton->setText(tr("Columns"));
    m_columnsButton->setAccessibleName(tr("Columns"));
    m_columnsButton->setToolTip(tr("Show or hide columns"));
    m_columnsMenu->setTitle(tr("Columns"));
    setLabelText(QStringLiteral("minRunsLabel"), tr("Rank with at least:"));
    m_minRunsBox->setSuffix(tr(" runs"));
    m_minRunsBox->setAccessibleName(tr("Fewest runs to rank a configuration"));
    m_minRunsBox->setToolTip(tr("A configuration is ranked only when it has at least this many runs: the median "
                                "of one run ranks its luck as much as its design"));
    m_unrankedAction->setText(tr("Show unranked"));
    m_unrankedAction->setToolTip(tr("Also list the configurations that are not ranked (too few runs, or no energy "
                                    "per datum)"));
    m_csvAction->setText(tr("Export CSV..."));
    m_csvAction->setToolTip(tr("Write the rows shown to a CSV file"));
    m_selectAction->setText(tr("Select in all views"));
    m_selectAction->setToolTip(tr("Put the configurations of the selected rows into the filter of every view"));
    m_table->setAccessibleName(tr("Leaderboard of configurations by energy per training datum"));
    m_model->retranslate();
    rebuildColumnMenu();
}

} // namespace wattprint
