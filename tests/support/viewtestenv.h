#pragma once

// What every view test needs: a demo store in a temporary folder, an AnalysisService whose loader
// reads that store through models' RunLoader on the worker thread (a new data generation per
// filter, as the app does), a FilterState with its undo history, and the ViewEnvironment the app
// would hand a view.
#include "demostorecache.h"

#include <analysisservice.h>
#include <demostore.h>
#include <filterhistory.h>
#include <filterstate.h>
#include <runloader.h>
#include <store.h>
#include <viewpanel.h>

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace wattprint::testsupport {

class ViewTestEnvironment
{
public:
    // Builds the demo store once (from initTestCase).
    bool buildDemo(const DemoOptions &options, QString *error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        if (!copyDemoStore(options, m_path, error))
            return false;
        m_store = std::make_unique<Store>(m_path);
        return m_store->open(error);
    }

    void closeStore() { m_store.reset(); }

    // Fresh service, filter state and environment (from init).
    void reset()
    {
        service = std::make_unique<AnalysisService>();
        filterState = std::make_unique<FilterState>();
        lastFilterText.clear();
        setFilter(Filter());
        QObject::connect(filterState.get(), &FilterState::changed, service.get(),
                         [this] { setFilter(filterState->filter()); });
        env = ViewEnvironment();
        env.service = service.get();
        env.filterState = filterState.get();
        // Selections reach the filter as the app's do: as steps on an undo stack.
        filterHistory = std::make_unique<FilterHistory>(filterState.get());
        QObject::connect(filterHistory->undoStack(), &QUndoStack::indexChanged, filterHistory.get(),
                         [this] { lastFilterText = filterHistory->undoStack()->undoText(); });
        env.filterHistory = filterHistory.get();
        const QString path = m_path;
        env.sourceDescription = [path] {
            Store s(path);
            QString e;
            return s.open(&e) ? s.sourceDescription() : e;
        };
        env.isSynthetic = [path] {
            Store s(path);
            QString e;
            return s.open(&e) && s.hasSyntheticData();
        };
    }

    // From cleanup, after the view is gone.
    void release()
    {
        service.reset();
        filterHistory.reset();
        filterState.reset();
    }

    // The runs of `filter` in the demo store, as a new data generation.
    void setFilter(const Filter &filter) { setDataSource(m_path, filter); }

    // Any store file and filter, as a new data generation (timing runs on a larger store).
    void setDataSource(const QString &path, const Filter &filter)
    {
        service->setDataSource(++m_generation,
                               [path, filter](RunColumns *out, const std::atomic_bool *cancel, QString *error) {
                                   Store store(path);
                                   if (!store.open(error))
                                       return false;
                                   return RunLoader(&store).load(filter, out, cancel, error);
                               });
    }

    Store *store() const { return m_store.get(); }
    QString path() const { return m_path; }

    static bool waitReady(ViewPanel *view, int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (!view->isReady() && t.elapsed() < timeoutMs)
            QTest::qWait(5);
        return view->isReady();
    }

    static QString outPath(const QString &name) { return QStringLiteral(WATTPRINT_OUTPUT_DIR "/") + name; }

    std::unique_ptr<AnalysisService> service;
    std::unique_ptr<FilterState> filterState;
    std::unique_ptr<FilterHistory> filterHistory;
    ViewEnvironment env;
    QString lastFilterText; // the name of the undo step in force

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    quint64 m_generation = 0;
};

} // namespace wattprint::testsupport
