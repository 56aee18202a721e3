#include "tracequery.h"

#include "store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace wattprint {

TraceQuery::TraceQuery(Store *store)
    : m_store(store)
{}

TraceDetails TraceQuery::details(qint64 runRowId) const
{
    TraceDetails d;
    d.runRowId = runRowId;
    if (!m_store || !m_store->isOpen()) {
        d.error = QStringLiteral("the store is not open");
        return d;
    }
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    // The node's own idle power when its node files were imported; its type from the run or the node.
    q.prepare(QStringLiteral(
        "SELECT r.run_id, r.experiment_id, r.slurm_job_id, r.node, coalesce(r.node_type, n.type), n.idle_power, "
        "r.dataset, r.shape, r.device, r.batch, r.size, r.depth, r.start_ns, r.update_ns, r.end_ns, r.energy, "
        "r.run_time, r.power, r.quality FROM runs r LEFT JOIN nodes n ON n.node = r.node WHERE r.id = ?"));
    q.addBindValue(runRowId);
    if (!q.exec()) {
        d.error = q.lastError().text();
        return d;
    }
    if (!q.next())
        return d;
    d.found = true;
    d.runId = q.value(0).toString();
    d.experimentId = q.value(1).toLongLong();
    d.slurmJobId = q.value(2).toLongLong();
    d.node = q.value(3).toString();
    d.nodeType = q.value(4).toString();
    if (!q.value(5).isNull())
        d.idlePower = q.value(5).toDouble();
    d.dataset = q.value(6).toString();
    d.shape = q.value(7).toString();
    d.device = q.value(8).toString();
    d.batch = q.value(9).toString();
    d.size = q.value(10).toLongLong();
    d.depth = q.value(11).toInt();
    d.startNs = q.value(12).toLongLong();
    d.updateNs = q.value(13).toLongLong();
    if (!q.value(14).isNull())
        d.endNs = q.value(14).toLongLong();
    d.energy = q.value(15).toDouble();
    d.runTime = q.value(16).toDouble();
    d.power = q.value(17).toDouble();
    d.quality = runquality::Mask(q.value(18).toUInt());
    q.finish();

    // The primary key (job, node, time_ns) serves this directly, already in time order.
    QSqlQuery s(m_store->database());
    s.setForwardOnly(true);
    s.prepare(QStringLiteral("SELECT time_ns, watts FROM power_samples WHERE job = ? AND node = ? ORDER BY time_ns"));
    s.addBindValue(d.slurmJobId);
    s.addBindValue(d.node);
    if (!s.exec()) {
        d.error = s.lastError().text();
        return d;
    }
    while (s.next()) {
        d.sampleNs.push_back(s.value(0).toLongLong());
        d.sampleWatts.push_back(s.value(1).toDouble());
    }
    return d;
}

std::optional<double> TraceQuery::integrate(std::span<const qint64> timeNs, std::span<const double> watts,
                                            qint64 fromNs, qint64 toNs)
{
    const std::size_t n = std::min(timeNs.size(), watts.size());
    if (n == 0 || toNs < fromNs || timeNs[0] > fromNs)
        return std::nullopt;
    // How long the last sample holds: the typical spacing (1 minute in BUTTER-E).
    qint64 spacing = 60'000'000'000LL;
    if (n >= 2) {
        std::vector<qint64> gaps;
        gaps.reserve(n - 1);
        for (std::size_t i = 1; i < n; ++i)
            gaps.push_back(timeNs[i] - timeNs[i - 1]);
        std::nth_element(gaps.begin(), gaps.begin() + std::ptrdiff_t(gaps.size() / 2), gaps.end());
        spacing = gaps[gaps.size() / 2];
    }
    if (timeNs[n - 1] + spacing < toNs)
        return std::nullopt;
    double joules = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const qint64 a = std::max(timeNs[i], fromNs);
        const qint64 b = std::min(i + 1 < n ? timeNs[i + 1] : timeNs[i] + spacing, toNs);
        if (b > a)
            joules += watts[i] * double(b - a) * 1e-9;
    }
    return joules;
}

} // namespace wattprint
