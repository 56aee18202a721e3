#include "reportbuilder.h"

#include "viewhost.h"

#include <analysisservice.h>
#include <filterstate.h>
#include <pagerenderer.h>
#include <reporttotals.h>
#include <store.h>
#include <storesummary.h>
#include <viewpanel.h>
#include <viewregistry.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>

namespace wattprint {

namespace {

const QString TotalsRequester = QStringLiteral("report-totals");

} // namespace

ReportBuilder::ReportBuilder(QObject *parent)
    : QObject(parent)
{}

ReportBuilder::~ReportBuilder()
{
    clear();
}

void ReportBuilder::clear()
{
    qDeleteAll(m_views); // before their host and service
    m_views.clear();
    m_host.reset();
    m_service.reset();
    m_filterState.reset();
    m_content = ReportContent();
    m_totalsReady = false;
    m_failedViews.clear();
}

void ReportBuilder::start(const ReportRequest &request)
{
    if (m_running) {
        emit finished(false, tr("A report is already being made"));
        return;
    }
    clear();
    m_request = request;
    m_timer.start();
    m_running = true;

    QStringList ids = request.viewIds;
    if (ids.isEmpty())
        ids = ViewRegistry::chartIds();
    for (const QString &id : std::as_const(ids)) {
        if (!ViewRegistry::ids().contains(id)) {
            fail(tr("unknown view '%1' (known: %2)").arg(id, ViewRegistry::ids().join(QStringLiteral(", "))));
            return;
        }
    }
    if (!StoreLocation::looksLikeServer(request.dbPath) && !QFileInfo::exists(request.dbPath)) {
        fail(tr("%1 does not exist").arg(request.dbPath));
        return;
    }
    m_service = std::make_unique<AnalysisService>();
    m_filterState = std::make_unique<FilterState>();
    m_filterState->setFilter(request.filter);
    // A report does not select: the host's views get no way to change the filter.
    m_host = std::make_unique<ViewHost>(m_service.get(), m_filterState.get());
    QString error;
    {
        Store store(request.dbPath);
        if (!store.open(&error)) {
            fail(error);
            return;
        }
        m_host->setStore(store);
        m_content.source = m_host->sourceDescription();
        m_content.synthetic = m_host->isSynthetic();
        const StoreSummary summary = StoreSummary::compute(&store);
        const bool onlyButterE = std::all_of(summary.bySource.begin(), summary.bySource.end(),
                                             [](const SourceSummary &e) { return e.source == u"butter-e"; });
        if (!onlyButterE) {
            for (const SourceSummary &e : summary.bySource)
                m_content.sources.append(e.describe());
        }
    }
    try {
        request.factors.validate();
    } catch (const std::exception &e) {
        fail(QString::fromUtf8(e.what()));
        return;
    }
    m_content.filterDescription = request.filter.describe();
    m_content.generated = QDateTime::currentDateTime();

    m_host->updateDataSource(1);

    connect(m_service.get(), &AnalysisService::resultReady, this,
            [this](const QString &requester, quint64, const QVariant &result) {
                if (requester != TotalsRequester || !m_running)
                    return;
                m_content.totals = result.value<ReportTotals>();
                try {
                    m_content.carbon = carbonFor(m_content.totals.joules, m_request.factors);
                } catch (const std::exception &e) {
                    fail(QString::fromUtf8(e.what()));
                    return;
                }
                m_totalsReady = true;
                partReady();
            });
    connect(m_service.get(), &AnalysisService::failed, this,
            [this](const QString &requester, quint64, const QString &message) {
                // A view that fails keeps its page, with its message; only the totals are vital.
                if (m_running && requester == TotalsRequester)
                    fail(message);
            });

    for (const QString &id : std::as_const(ids)) {
        ViewPanel *view = m_host->createView(id);
        // Laid out and "visible" (so it computes) without ever reaching the screen.
        view->setAttribute(Qt::WA_DontShowOnScreen);
        if (request.viewStates.contains(id))
            view->restoreState(request.viewStates.value(id));
        m_views.append(view);
        connect(view, &ViewPanel::readyChanged, this, [this](bool ready) {
            if (ready)
                partReady();
        });
        connect(view, &ViewPanel::failed, this, [this, view] {
            m_failedViews.insert(view);
            partReady();
        });
    }
    m_service->request(TotalsRequester,
                       [](const RunColumns &runs, JobContext &) { return QVariant::fromValue(reportTotals(runs)); });
    for (ViewPanel *view : std::as_const(m_views)) {
        // Laid out at the page's size, so the chart on screen is the chart on the page.
        view->resize(PageRenderer::defaultPageSize());
        view->show();
        view->refresh();
    }
    emit progress(0, int(m_views.size()) + 1);
}

void ReportBuilder::partReady()
{
    if (!m_running)
        return;
    int done = m_totalsReady ? 1 : 0;
    for (ViewPanel *view : std::as_const(m_views))
        done += view->isReady() || m_failedViews.contains(view) ? 1 : 0;
    emit progress(done, int(m_views.size()) + 1);
    if (done == int(m_views.size()) + 1)
        finish();
}

void ReportBuilder::finish()
{
    m_content.views = m_views;
    QString error;
    const bool ok = ReportWriter::write(m_request.outPath, m_content, &error);
    m_running = false;
    emit finished(ok, error);
}

void ReportBuilder::fail(const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_service)
        m_service->cancelAll();
    emit finished(false, message);
}

void ReportBuilder::cancel()
{
    fail(tr("The report was cancelled"));
}

bool ReportBuilder::build(const ReportRequest &request, QString *error, qint64 *milliseconds)
{
    ReportBuilder builder;
    QEventLoop loop;
    bool ok = false;
    QString message;
    // finished() may come from start() itself (bad input): only wait if it did not.
    bool ended = false;
    connect(&builder, &ReportBuilder::finished, &loop, [&](bool success, const QString &text) {
        ok = success;
        message = text;
        ended = true;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    // A view that never answers must not hang a command line for ever.
    QTimer::singleShot(std::chrono::minutes(10), &builder, &ReportBuilder::cancel);
    builder.start(request);
    if (!ended)
        loop.exec();
    if (milliseconds)
        *milliseconds = timer.elapsed();
    if (!ok && error)
        *error = message;
    return ok;
}

} // namespace wattprint
