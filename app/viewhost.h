#pragma once

#include <viewpanel.h>

#include <QList>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

namespace wattprint {

class AnalysisService;
class FilterHistory;
class FilterState;
class PinnedPlans;
class RunTableModel;
class Store;
class StoreSnapshot;

// What views stand on, built the same way for the main window, the report and `wattprint
// render` (docs/architecture.md "The view contract"): their ViewEnvironment, and the analysis
// service's data source and the run details on one store file. Wiring only, no analysis.
class ViewHost
{
public:
    // The service and the filter state outlive the host; the host outlives the views it makes.
    ViewHost(AnalysisService *service, const FilterState *filterState);
    ~ViewHost();
    ViewHost(const ViewHost &) = delete;
    ViewHost &operator=(const ViewHost &) = delete;

    // The parts of the environment a host may go without (set them before making views).
    // The runs table's model.
    void setRunModel(RunTableModel *model) { m_runModel = model; }
    // The undo history a view's selection goes through; unset, a selection changes nothing.
    void setFilterHistory(FilterHistory *history) { m_filterHistory = history; }
    // The plans pinned for comparison; unset, nothing can be pinned.
    void setPinnedPlans(PinnedPlans *plans) { m_pinnedPlans = plans; }
    // The PNG resolution "Export..." proposes; unset, the view's own default.
    void setExportDpi(std::function<int()> dpi) { m_exportDpi = std::move(dpi); }

    // The store the views show (open): named in their footers, and the run details of its
    // runs handed to the views made here, now and later.
    // `runsChanged` false: the same store with the same runs, only its description to update
    // (a language change), so the runs in memory are kept.
    void setStore(const Store &store, bool runsChanged = true);
    QString storePath() const { return m_storePath; }
    QString sourceDescription() const { return m_source; }
    bool isSynthetic() const { return m_synthetic; }
    bool hasMeasuredData() const { return m_measured; } // runs imported from files, beside or without the demo
    // Points the service at the store's runs under the filter in force, as data `generation`.
    void updateDataSource(quint64 generation);
    // For a window whose filter changes: the store's runs are read once after setStore() and
    // each filter chooses from that copy in memory (models' StoreSnapshot); call setStore()
    // again whenever the runs change. Off (the default: a report, `render`), each generation
    // reads only the runs its filter keeps, with a query, and nothing stays in memory.
    void setStoreInMemory(bool inMemory) { m_inMemory = inMemory; }

    ViewEnvironment environment() const;
    // A view from the view table on this host's environment; nullptr for an unknown id.
    ViewPanel *createView(const QString &id, QWidget *parent = nullptr);

private:
    AnalysisService *m_service;
    const FilterState *m_filterState;
    RunTableModel *m_runModel = nullptr;
    FilterHistory *m_filterHistory = nullptr;
    PinnedPlans *m_pinnedPlans = nullptr;
    std::function<int()> m_exportDpi;
    QString m_storePath;
    QString m_source;
    bool m_synthetic = false;
    bool m_measured = false;
    bool m_inMemory = false;
    std::shared_ptr<StoreSnapshot> m_snapshot; // the store's runs in memory, read on first use
    QList<QPointer<ViewPanel>> m_views;
};

} // namespace wattprint
