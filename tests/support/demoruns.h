#pragma once

// For analysis tests that check a computation against SQL on the demo: a copy of the cached demo
// store in a temporary folder and its runs, as the app's worker loads them (RunLoader). No widgets.
#include "demostorecache.h"

#include <demostore.h>
#include <filter.h>
#include <runloader.h>
#include <store.h>

#include <QTemporaryDir>

#include <memory>

namespace wattprint::testsupport {

class DemoRuns
{
public:
    // Copies the demo store once (from initTestCase).
    bool build(const DemoOptions &options, QString *error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        if (!copyDemoStore(options, path, error))
            return false;
        m_store = std::make_unique<Store>(path);
        return m_store->open(error);
    }

    // The runs of `filter`.
    bool load(const Filter &filter, RunColumns *out, QString *error) const
    {
        return RunLoader(m_store.get()).load(filter, out, nullptr, error);
    }

    void close() { m_store.reset(); }
    Store *store() const { return m_store.get(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

} // namespace wattprint::testsupport
