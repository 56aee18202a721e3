#include "radaranalysis.h"

#include "architecture.h"
#include "configurations.h"
#include "descriptive.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace wattprint {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
// "Pays for speed with energy" needs its energy score this far above its run-time score.
constexpr double MinSpeedGap = 0.15;

// The shape's place in the sweep's order (the shape palette's), or -1.
int sweepIndex(const QString &shape)
{
    static const QStringList names = shapeNames();
    return int(names.indexOf(shape));
}

// Total overhead / total energy of one group's runs summed in long double: energies near the double
// limit overflow the double sums (inf / inf is NaN), but the share is still defined.
double overheadShareLong(const RunColumns &c, const std::vector<std::int32_t> &code, std::size_t group)
{
    long double energy = 0, overhead = 0;
    for (std::size_t i = 0; i < c.rowCount(); ++i) {
        if (code[i] == std::int32_t(group) && std::isfinite(c.energy[i]) && std::isfinite(c.energyOverhead[i])) {
            energy += c.energy[i];
            overhead += c.energyOverhead[i];
        }
    }
    return energy > 0 ? double(overhead / energy) : NaN;
}

} // namespace

RadarResult computeRadar(const RunColumns &columns, RadarGrouping grouping, const std::function<bool()> &cancelled)
{
    auto stop = [&] { return cancelled && cancelled(); };
    columns.checkConsistent();
    RadarResult r;
    r.grouping = grouping;
    const std::size_t n = columns.rowCount();
    r.totalRuns = n;
    if (n == 0)
        return r;
    const bool byShape = grouping == RadarGrouping::Shape;
    const QStringList &names = byShape ? columns.shapeNames : columns.datasetNames;
    const std::vector<std::int32_t> &code = byShape ? columns.shape : columns.dataset;
    const std::size_t groups = std::size_t(names.size());

    // Per group: the runs' values, energy totals.
    std::vector<std::array<std::vector<double>, 4>> values(groups);
    std::vector<double> overhead(groups, 0), energy(groups, 0);
    std::vector<std::size_t> runs(groups, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const std::int32_t g = code[i];
        if (g < 0 || std::size_t(g) >= groups)
            continue;
        auto &v = values[std::size_t(g)];
        ++runs[std::size_t(g)];
        const double metrics[4] = {columns.energy[i], columns.runTime[i], columns.power[i], columns.energyPerDatum[i]};
        for (int m = 0; m < 4; ++m) {
            if (std::isfinite(metrics[m]))
                v[std::size_t(m)].push_back(metrics[m]);
        }
        if (std::isfinite(columns.energy[i]) && std::isfinite(columns.energyOverhead[i])) {
            energy[std::size_t(g)] += columns.energy[i];
            overhead[std::size_t(g)] += columns.energyOverhead[i];
        }
    }
    if (stop())
        return r;
    // Variability from the configurations with repeated runs.
    const std::shared_ptr<const ConfigurationTable> sharedTable = sharedConfigurations(columns);
    const ConfigurationTable &table = *sharedTable;
    std::vector<std::vector<double>> variability(groups);
    for (const ConfigurationStats &c : table.configurations) {
        const std::int32_t g = byShape ? c.shape : c.dataset;
        if (c.n >= 2 && std::isfinite(c.energyIqrOverMedian) && g >= 0 && std::size_t(g) < groups)
            variability[std::size_t(g)].push_back(c.energyIqrOverMedian);
    }
    if (stop())
        return r;

    std::vector<std::size_t> order(groups);
    std::iota(order.begin(), order.end(), std::size_t(0));
    if (byShape) {
        // The sweep's order, shapes outside it after, by name.
        std::sort(order.begin(), order.end(), [&names](std::size_t a, std::size_t b) {
            const int ia = sweepIndex(names[qsizetype(a)]);
            const int ib = sweepIndex(names[qsizetype(b)]);
            if ((ia < 0) != (ib < 0))
                return ia >= 0;
            if (ia != ib)
                return ia < ib;
            return names[qsizetype(a)] < names[qsizetype(b)];
        });
    } else {
        std::sort(order.begin(), order.end(),
                  [&names](std::size_t a, std::size_t b) { return names[qsizetype(a)] < names[qsizetype(b)]; });
    }
    for (std::size_t g : order) {
        if (runs[g] == 0)
            continue;
        RadarSeries s;
        s.name = names[qsizetype(g)];
        s.colourKey = byShape ? sweepIndex(s.name) : int(r.series.size());
        s.runs = runs[g];
        for (int m = 0; m < 4; ++m)
            s.raw[std::size_t(m)] = values[g][std::size_t(m)].empty() ? NaN : stats::median(values[g][std::size_t(m)]);
        s.repeatedConfigurations = variability[g].size();
        s.raw[std::size_t(RadarMetric::Variability)] = variability[g].empty() ? NaN : stats::median(variability[g]);
        s.raw[std::size_t(RadarMetric::OverheadShare)] = std::isfinite(energy[g]) && std::isfinite(overhead[g])
            ? (energy[g] > 0 ? overhead[g] / energy[g] : NaN)
            : overheadShareLong(columns, code, g);
        r.series.push_back(std::move(s));
    }
    normaliseRadar(r, RadarNormalisation::MedianRatio);
    return r;
}

double radarRingFactor(double largestRatio)
{
    for (double f : {RadarMinRingFactor, 1.5, 2.0, 4.0, 10.0}) {
        if (!(largestRatio > f))
            return f;
    }
    double f = 100;
    while (largestRatio > f && f < 1e300)
        f *= 10;
    return f;
}

std::vector<double> radarRings(double factor)
{
    double middle;
    if (factor <= 1.25)
        middle = 1.1;
    else if (factor <= 1.5)
        middle = 1.2;
    else if (factor <= 2)
        middle = 1.4;
    else if (factor <= 4)
        middle = 2;
    else if (factor <= 10)
        middle = 3;
    else {
        // 10^k: 10^(k/2), or 3 x 10^((k-1)/2) for odd k.
        const int k = int(std::lround(std::log10(factor)));
        middle = k % 2 == 0 ? std::pow(10.0, k / 2) : 3 * std::pow(10.0, (k - 1) / 2);
    }
    return {1 / factor, 1 / middle, 1.0, middle, factor};
}

std::vector<RadarMetric> RadarResult::nearEqualMetrics() const
{
    std::vector<RadarMetric> out;
    for (int m = 0; m < RadarMetricCount; ++m) {
        const double spread = relativeSpread[std::size_t(m)];
        if (std::isfinite(spread) && spread <= RadarNearEqual)
            out.push_back(RadarMetric(m));
    }
    return out;
}

void normaliseRadar(RadarResult &r, RadarNormalisation normalisation)
{
    r.normalisation = normalisation;
    const std::size_t k = r.series.size();
    // Medians and ratios first: every scale reports them, and MedianRatio's rings come from the
    // largest ratio on any axis (one scale for all six, so a small spread looks small next to a
    // large one).
    double largest = 1;
    for (int m = 0; m < RadarMetricCount; ++m) {
        const auto mi = std::size_t(m);
        std::vector<double> values;
        bool allPositive = true;
        for (const RadarSeries &s : r.series) {
            if (std::isfinite(s.raw[mi])) {
                values.push_back(s.raw[mi]);
                allPositive = allPositive && s.raw[mi] > 0;
            }
        }
        const double med = values.empty() ? NaN : stats::median(values);
        r.median[mi] = med;
        r.relativeSpread[mi] = NaN;
        if (values.size() >= 2 && allPositive) {
            const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
            r.relativeSpread[mi] = *hi / *lo - 1;
        }
        for (RadarSeries &s : r.series) {
            const double v = s.raw[mi];
            s.ratio[mi] = std::isfinite(v) && v >= 0 && med > 0 ? v / med : NaN;
            if (s.ratio[mi] > 0)
                largest = std::max({largest, s.ratio[mi], 1 / s.ratio[mi]});
        }
    }
    r.ringFactor = radarRingFactor(largest);
    const double logFactor = std::log(r.ringFactor);
    for (int m = 0; m < RadarMetricCount; ++m) {
        const auto mi = std::size_t(m);
        std::vector<std::size_t> have;
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        for (std::size_t s = 0; s < k; ++s) {
            const double v = r.series[s].raw[mi];
            r.series[s].score[mi] = NaN;
            if (!std::isfinite(v))
                continue;
            have.push_back(s);
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        r.min[mi] = have.empty() ? NaN : lo;
        r.max[mi] = have.empty() ? NaN : hi;
        if (have.empty())
            continue;
        if (normalisation == RadarNormalisation::MedianRatio) {
            for (std::size_t s : have) {
                const double ratio = r.series[s].ratio[mi];
                if (std::isnan(ratio))
                    continue;
                // ln(0) = -inf lands on the centre.
                r.series[s].score[mi] = 0.5 + 0.5 * std::clamp(std::log(ratio) / logFactor, -1.0, 1.0);
            }
        } else if (normalisation == RadarNormalisation::MinMax) {
            for (std::size_t s : have)
                r.series[s].score[mi] = hi > lo ? (r.series[s].raw[mi] - lo) / (hi - lo) : 0.5;
        } else {
            // Average ranks (ties share the mean of their positions), scaled to 0..1.
            std::vector<std::size_t> sorted = have;
            std::sort(sorted.begin(), sorted.end(),
                      [&r, mi](std::size_t a, std::size_t b) { return r.series[a].raw[mi] < r.series[b].raw[mi]; });
            const std::size_t h = sorted.size();
            for (std::size_t i = 0; i < h;) {
                std::size_t j = i;
                while (j + 1 < h && r.series[sorted[j + 1]].raw[mi] == r.series[sorted[i]].raw[mi])
                    ++j;
                const double rank = (double(i) + double(j)) / 2; // 0-based mean position
                for (std::size_t t = i; t <= j; ++t)
                    r.series[sorted[t]].score[mi] = h > 1 ? rank / double(h - 1) : 0.5;
                i = j + 1;
            }
        }
    }
    r.balanced = -1;
    r.paysForSpeed = -1;
    double bestSpread = std::numeric_limits<double>::infinity();
    double bestGap = 0;
    for (std::size_t s = 0; s < k; ++s) {
        RadarSeries &series = r.series[s];
        std::vector<double> finite;
        for (double v : series.score) {
            if (std::isfinite(v))
                finite.push_back(v);
        }
        series.spread = finite.size() >= 2 ? stats::standardDeviation(finite, 0) : NaN;
        if (k >= 2 && std::isfinite(series.spread) && series.spread < bestSpread - 1e-12) {
            bestSpread = series.spread;
            r.balanced = int(s);
        }
        // Median ratios: how many times its energy ratio is its run-time ratio, on the log scale.
        const bool ratios = normalisation == RadarNormalisation::MedianRatio;
        const double gap = ratios
            ? std::log(series.ratio[std::size_t(RadarMetric::Energy)] / series.ratio[std::size_t(RadarMetric::RunTime)])
            : (series.score[std::size_t(RadarMetric::Energy)] - series.score[std::size_t(RadarMetric::RunTime)]);
        const double threshold = ratios ? std::log(RadarMinSpeedRatio) : MinSpeedGap;
        const double tolerance = ratios ? 1e-12 : 0; // 1.1 / 1.0 computed, against ln(1.1)
        if (k >= 2 && std::isfinite(gap) && gap >= threshold - tolerance && gap > bestGap + 1e-12) {
            bestGap = gap;
            r.paysForSpeed = int(s);
        }
    }
}

} // namespace wattprint
