#pragma once

#include "leaderboardmodel.h"
#include "viewpanel.h"

#include <rungroups.h>

#include <functional>
#include <memory>
#include <vector>

class QAbstractItemModel;
class QAction;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QComboBox;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace wattprint {

class LeaderboardProxy;

// What the leaderboard's job returns: the result and its rows in the table's order, sorted on the
// pool by the column and order in force when the job was asked for.
struct SortedLeaderboard
{
    std::shared_ptr<const LeaderboardResult> result;
    std::vector<int> order;
    int column = -1;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
};
class RunGroupsModel;

// a sortable table of the configurations in the filter with their medians,
// rank within the dataset by energy per training datum and a 1-5 efficiency band; quick text
// filter, column chooser, CSV export; selected rows go into the cross-filter. Runs from another
// tool (CodeCarbon) have no configuration: "Rank: Projects / Hardware" lists them per project or
// hardware (analysis/rungroups.h), and the view does so by itself when the filter holds no
// configuration at all.
class LeaderboardView : public ViewPanel
{
    Q_OBJECT
public:
    enum class RankBy { Configuration, Project, Hardware };

    explicit LeaderboardView(QWidget *parent = nullptr);

    RankBy rankBy() const { return m_rankBy; }
    void setRankBy(RankBy by);
    // Whether the table on show is the one of projects or hardware (chosen, or because the
    // filter holds no configuration).
    bool showsGroups() const { return m_groupsShown; }
    RunGroupsModel *groupModel() const { return m_groupModel; }
    QTableView *groupTable() const { return m_groupTable; }
    static QString groupsFindingFor(const RunGroups &groups);

    QJsonObject saveState() const override;
    void restoreState(const QJsonObject &state) override;
    void renderChart(QPainter *painter, const QRectF &rect, bool vector) override;
    void applyMinRunsToRank(int runs) override;

    LeaderboardModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const;
    QTableView *table() const { return m_table; }
    std::shared_ptr<const LeaderboardResult> result() const { return m_model->result(); }

    // Quick filter: every word must occur in the dataset, shape or device (case-insensitive).
    QString filterText() const;
    void setFilterText(const QString &text);
    bool isColumnVisible(int column) const;
    void setColumnVisible(int column, bool visible); // the last visible column stays
    // Sorts the table (column -1: the leaderboard's own order).
    void sortBy(int column, Qt::SortOrder order);
    // The fewest runs a configuration needs to be ranked (default DefaultMinRunsToRank); the
    // table shows only ranked configurations unless showUnranked.
    int minRuns() const { return m_minRuns; }
    void setMinRuns(int runs);
    bool showsUnranked() const { return m_showUnranked; }
    void setShowUnranked(bool show);

    // The rows shown (sorted and filtered), visible columns in screen order, a header of column
    // keys; numbers in the C locale, blank when missing. Written through QSaveFile.
    bool exportCsv(const QString &path, QString *error = nullptr) const;

    static QString findingFor(const LeaderboardResult &result);

public slots:
    // Puts the configurations of the selected rows into the cross-filter.
    void applySelection();
    // Configurations by index into result()->configurations.
    void selectConfigurations(const std::vector<std::size_t> &configurations);
    void exportCsvInteractive();

    void applyFailingRuns(FailingRuns failing) override;

protected:
    void requestData() override;
    QString qualityNoteSubject() const override;
    void showResult(std::shared_ptr<const SortedLeaderboard> sorted);
    void showGroups(std::shared_ptr<const RunGroups> groups);
    void retranslateUi() override;
    bool showsUnconfiguredRuns() const override { return m_groupsShown; }
    QString unconfiguredRunsHint() const override;

private:
    FailingRuns m_failing = FailingRuns::Excluded; // the Preferences' choice
    void rebuildColumnMenu();
    void updateMessage(const LeaderboardResult &result);
    void updateSelectionAction();
    QList<int> visibleColumnsInOrder() const;
    void setUpTable(QTableView *table, QAbstractItemModel *model) const;
    void showTable(bool groups);
    void renderGroups(QPainter *painter, const QRectF &rect) const;
    void applyGroupSelection();

    QComboBox *m_rankByBox = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_groupTable = nullptr;
    RunGroupsModel *m_groupModel = nullptr;
    QSortFilterProxyModel *m_groupProxy = nullptr;
    RankBy m_rankBy = RankBy::Configuration;
    bool m_groupsShown = false;

    LeaderboardModel *m_model = nullptr;
    LeaderboardProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QToolButton *m_columnsButton = nullptr;
    QMenu *m_columnsMenu = nullptr;
    QAction *m_csvAction = nullptr;
    QAction *m_selectAction = nullptr;
    QSpinBox *m_minRunsBox = nullptr;
    QAction *m_unrankedAction = nullptr;
    int m_minRuns = DefaultMinRunsToRank;
    int m_preferredMinRuns = DefaultMinRunsToRank; // Preferences'; in force until the user sets the box
    bool m_minRunsChosen = false;
    bool m_showUnranked = false;
};

} // namespace wattprint
