#include "viewhost.h"

#include "storeloader.h"

#include <analysisservice.h>
#include <filterstate.h>
#include <store.h>
#include <storesnapshot.h>
#include <viewregistry.h>

namespace wattprint {

ViewHost::ViewHost(AnalysisService *service, const FilterState *filterState)
    : m_service(service)
    , m_filterState(filterState)
{}

ViewHost::~ViewHost()
{
    if (m_snapshot)
        m_snapshot->abandon(); // a read still under way is of no use to anyone
}

void ViewHost::setStore(const Store &store, bool runsChanged)
{
    if (runsChanged || store.path() != m_storePath || !m_snapshot) {
        if (m_snapshot)
            m_snapshot->abandon();
        m_snapshot = m_inMemory ? std::make_shared<StoreSnapshot>(store.path()) : nullptr;
    }
    m_storePath = store.path();
    m_source = store.sourceDescription();
    m_synthetic = store.hasSyntheticData();
    m_measured = store.hasRealData();
    m_views.removeIf([](const QPointer<ViewPanel> &view) { return view.isNull(); });
    for (ViewPanel *view : std::as_const(m_views))
        view->setDetailsProvider(StoreLoader::details(m_storePath));
}

void ViewHost::updateDataSource(quint64 generation)
{
    if (!m_snapshot) {
        m_service->setDataSource(generation, StoreLoader::make(m_storePath, m_filterState->filter()));
        return;
    }
    m_service->setSharedDataSource(
        generation,
        [snapshot = m_snapshot, filter = m_filterState->filter()](const std::atomic_bool *cancel, QString *error) {
            return snapshot->select(filter, cancel, error);
        });
}

ViewEnvironment ViewHost::environment() const
{
    ViewEnvironment env;
    env.service = m_service;
    env.filterState = m_filterState;
    env.runModel = m_runModel;
    env.filterHistory = m_filterHistory;
    env.pinnedPlans = m_pinnedPlans;
    // Read when a footer is drawn: the store may change under a view (main window).
    env.sourceDescription = [this] { return m_source; };
    env.isSynthetic = [this] { return m_synthetic; };
    env.hasMeasured = [this] { return m_measured; };
    env.exportDpi = m_exportDpi;
    return env;
}

ViewPanel *ViewHost::createView(const QString &id, QWidget *parent)
{
    ViewPanel *view = ViewRegistry::create(id, parent);
    if (!view)
        return nullptr;
    view->setEnvironment(environment());
    if (!m_storePath.isEmpty())
        view->setDetailsProvider(StoreLoader::details(m_storePath));
    m_views.append(view);
    return view;
}

} // namespace wattprint
