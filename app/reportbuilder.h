#pragma once

#include "reportwriter.h"

#include <carbon.h>
#include <filter.h>

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

namespace wattprint {

class AnalysisService;
class FilterState;
class ViewHost;
class ViewPanel;

struct ReportRequest
{
    QString dbPath;
    QString outPath;
    Filter filter;
    QStringList viewIds;                    // report order; empty = every registered view
    QHash<QString, QJsonObject> viewStates; // a layout's state fragments (optional)
    CarbonFactors factors;                  // the carbon and cost assumptions in force
};

// Makes one report, off screen: its own copy of each view (never shown, so the docked views
// keep their zoom and the user keeps working), its own AnalysisService on the store file and
// the filter, the totals job, then ReportWriter. Used by File > Export report... and by
// `wattprint report`; both write the same document.
class ReportBuilder : public QObject
{
    Q_OBJECT
public:
    explicit ReportBuilder(QObject *parent = nullptr);
    ~ReportBuilder() override;

    // Starts; finished() follows (also for errors found at once). One report at a time.
    void start(const ReportRequest &request);
    void cancel();
    bool isRunning() const { return m_running; }

    // Runs start() to the end in a local event loop: for the command line and tests.
    static bool build(const ReportRequest &request, QString *error, qint64 *milliseconds = nullptr);

signals:
    // `done` of `total` parts are ready (each view, and the totals).
    void progress(int done, int total);
    void finished(bool ok, const QString &error);

private:
    void partReady();
    void fail(const QString &message);
    void finish();
    void clear();

    ReportRequest m_request;
    std::unique_ptr<AnalysisService> m_service;
    std::unique_ptr<FilterState> m_filterState;
    std::unique_ptr<ViewHost> m_host;
    QList<ViewPanel *> m_views;
    QSet<ViewPanel *> m_failedViews;
    ReportContent m_content;
    bool m_totalsReady = false;
    bool m_running = false;
    QElapsedTimer m_timer;
};

} // namespace wattprint
