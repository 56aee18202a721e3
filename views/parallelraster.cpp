#include "parallelraster.h"

#include <vectorstate.h>

#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>

namespace wattprint {

namespace {

// The inner parallel loops (axis pairs, image bands) run on a pool of their own: the layers are
// computed in jobs on the global pool, and a job waiting there for tasks queued behind it on the
// same, full pool would never finish.
Q_GLOBAL_STATIC(QThreadPool, s_innerPool)

QThreadPool *innerPool()
{
    QThreadPool *pool = s_innerPool();
    static const bool configured = [pool] {
        pool->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        return true;
    }();
    Q_UNUSED(configured)
    return pool;
}

constexpr QRgb MagmaStops[17] = {0x000004, 0x0a0822, 0x1d1147, 0x36106b, 0x51127c, 0x6a1c81,
                                 0x832681, 0x9c2e7f, 0xb73779, 0xd0416f, 0xe75263, 0xf56b5c,
                                 0xfc8961, 0xfea772, 0xfec488, 0xfde2a3, 0xfcfdbf};
constexpr QRgb ViridisStops[17] = {0x440154, 0x48186a, 0x472d7b, 0x424086, 0x3b528b, 0x33638d,
                                   0x2c728e, 0x26828e, 0x21918c, 0x1fa088, 0x28ae80, 0x3fbc73,
                                   0x5ec962, 0x84d44b, 0xaddc30, 0xd8e219, 0xfde725};

QRgb interpolate(const QRgb (&stops)[17], double t)
{
    t = std::clamp(std::isfinite(t) ? t : 0.0, 0.0, 1.0) * 16.0;
    const int i = std::min(15, int(t));
    const double f = t - i;
    const QRgb a = stops[i];
    const QRgb b = stops[i + 1];
    auto mix = [f](int x, int y) { return int(std::lround(x + (y - x) * f)); };
    return qRgb(mix(qRed(a), qRed(b)), mix(qGreen(a), qGreen(b)), mix(qBlue(a), qBlue(b)));
}

// The bin of a line end at y px (toBin = bins / height): the same for add() and binKeys().
inline int binOf(float y, float toBin, int q)
{
    return std::clamp(int(y * toBin), 0, q - 1);
}

// The palette as 0..1 channels (one grey entry when empty).
struct PaletteChannels
{
    std::vector<float> r, g, b;
    explicit PaletteChannels(const std::vector<QRgb> &palette)
    {
        for (QRgb c : palette) {
            r.push_back(float(qRed(c)) / 255.f);
            g.push_back(float(qGreen(c)) / 255.f);
            b.push_back(float(qBlue(c)) / 255.f);
        }
        if (r.empty()) {
            r = {0.5f};
            g = {0.5f};
            b = {0.5f};
        }
    }
};

} // namespace

QRgb ParallelRaster::magma(double t)
{
    return interpolate(MagmaStops, t);
}

QRgb ParallelRaster::viridis(double t)
{
    return interpolate(ViridisStops, t);
}

QRgb ParallelRaster::densityColour(double t)
{
    // Light orange for a few lines to near-black purple for many; magma's palest end would
    // vanish on the white page.
    return magma(0.80 - 0.72 * std::clamp(t, 0.0, 1.0));
}

ParallelRaster::ParallelRaster(int width, int height, bool withColour)
    : m_w(std::max(2, width))
    , m_h(std::max(1, height))
    , m_colour(withColour)
{
    m_acc.assign(std::size_t(m_w) * std::size_t(m_h + 2) * channels(), 0.f);
}

void ParallelRaster::clear()
{
    std::fill(m_acc.begin(), m_acc.end(), 0.f);
}

float ParallelRaster::maxCount() const
{
    const std::size_t c = channels();
    float top = 0.f;
    const float *a = m_acc.data() + std::size_t(m_w) * c;
    const std::size_t n = std::size_t(m_w) * std::size_t(m_h);
    for (std::size_t i = 0; i < n; ++i)
        top = std::max(top, a[i * c]);
    return top;
}

// One segment from (xa, ya) to (xb, yb) over the columns xa .. xb-1 (the next pair starts at
// xb), `w` lines with colour sums r, g, b. Walked along its longer direction, one sample per
// pixel split between the two nearest pixels across it.
template<bool Colour>
void ParallelRaster::segment(int xa, int xb, float ya, float yb, float w, float r, float g, float b)
{
    const int columns = std::min(xb, m_w) - xa;
    if (columns <= 0 || xa < 0)
        return;
    const std::size_t stride = std::size_t(m_w);
    constexpr std::ptrdiff_t C = Colour ? 4 : 1;
    // Row -1 is valid (the spare row).
    float *acc = m_acc.data() + stride * std::size_t(C);
    auto put = [&](std::ptrdiff_t i, float cover) {
        float *p = acc + i * C;
        p[0] += w * cover;
        if constexpr (Colour) {
            p[1] += r * cover;
            p[2] += g * cover;
            p[3] += b * cover;
        }
    };
    const float dx = float(xb - xa);
    const float dy = yb - ya;
    if (std::abs(dy) <= dx) {
        const float step = dy / dx;
        float y = ya - 0.5f; // pixel centres at row + 0.5
        const float top = float(m_h) - 1.f;
        for (int c = 0; c < columns; ++c, y += step) {
            const float yy = std::clamp(y, -1.f, top);
            const int row = int(yy + 1.f) - 1; // floor: yy + 1 is not negative
            const float f = yy - float(row);
            const std::ptrdiff_t i = std::ptrdiff_t(row) * std::ptrdiff_t(stride) + xa + c;
            put(i, 1.f - f);
            put(i + std::ptrdiff_t(stride), f);
        }
        return;
    }
    // Steep: one sample per row.
    const float perRow = dx / dy; // columns per row, signed
    const int r0 = std::max(0, int(std::floor(std::min(ya, yb))));
    const int r1 = std::min(m_h - 1, int(std::floor(std::max(ya, yb))));
    const int last = xa + columns - 1;
    for (int row = r0; row <= r1; ++row) {
        const float x = (float(row) + 0.5f - ya) * perRow - 0.5f; // from xa
        // floor where it matters: anything below 0 is clamped to xa anyway.
        int x0 = x < 0.f ? xa - 1 : xa + int(x);
        float f = x - float(x0 - xa);
        if (x0 < xa) {
            x0 = xa;
            f = 0.f;
        } else if (x0 >= last) {
            x0 = last;
            f = 0.f;
        }
        const std::ptrdiff_t i = std::ptrdiff_t(row) * std::ptrdiff_t(stride) + x0;
        put(i, 1.f - f);
        if (f > 0.f)
            put(i + 1, f);
    }
}

template<bool Colour>
bool ParallelRaster::addSparse(const Lines &lines, std::span<const std::int8_t> weights, std::size_t a,
                               const std::vector<QRgb> &palette, const std::atomic_bool *cancel)
{
    const std::size_t rows = lines.ys.front().size();
    const float *ya = lines.ys[a].data();
    const float *yb = lines.ys[a + 1].data();
    for (std::size_t i = 0; i < rows; ++i) {
        const float w = weights.empty() ? 1.f : float(weights[i]);
        if (w == 0.f)
            continue;
        if ((i & 4095) == 0 && cancel && cancel->load(std::memory_order_relaxed))
            return false;
        if (std::isnan(ya[i]) || std::isnan(yb[i]))
            continue;
        float r = 0, g = 0, b = 0;
        if constexpr (Colour) {
            const std::size_t c = lines.colour.empty() ? 0 : lines.colour[i];
            const QRgb rgb = c < palette.size() ? palette[c] : 0xff808080;
            r = w * float(qRed(rgb)) / 255.f;
            g = w * float(qGreen(rgb)) / 255.f;
            b = w * float(qBlue(rgb)) / 255.f;
        }
        segment<Colour>(lines.axisX[a], lines.axisX[a + 1], ya[i], yb[i], w, r, g, b);
    }
    return true;
}

template<bool Colour>
void ParallelRaster::drawBins(int xa, int xb, int q, const float *bn, const float *br, const float *bg, const float *bb)
{
    const float toRow = float(m_h) / float(q);
    for (int qa = 0; qa < q; ++qa) {
        const std::size_t base = std::size_t(qa) * std::size_t(q);
        const float y0 = (float(qa) + 0.5f) * toRow;
        for (int qb = 0; qb < q; ++qb) {
            const std::size_t k = base + std::size_t(qb);
            const float count = bn[k];
            if constexpr (Colour) {
                // Lines of different colours that cancel in count still change the colour sums.
                if (count == 0.f && br[k] == 0.f && bg[k] == 0.f && bb[k] == 0.f)
                    continue;
                segment<true>(xa, xb, y0, (float(qb) + 0.5f) * toRow, count, br[k], bg[k], bb[k]);
            } else {
                if (count == 0.f)
                    continue;
                segment<false>(xa, xb, y0, (float(qb) + 0.5f) * toRow, count, 0, 0, 0);
            }
        }
    }
}

template<bool Colour>
bool ParallelRaster::addDense(const Lines &lines, std::span<const std::int8_t> weights,
                              std::span<const std::uint32_t> changed, std::size_t a, const std::vector<QRgb> &palette,
                              const std::atomic_bool *cancel, int binCount)
{
    const std::size_t rows = lines.ys.front().size();
    const int q = this->binCount(binCount);
    const float toBin = float(q) / float(m_h);
    const std::size_t bins = std::size_t(q) * std::size_t(q);
    std::vector<float> bn(bins, 0.f);
    std::vector<float> br(Colour ? bins : 0), bg(Colour ? bins : 0), bb(Colour ? bins : 0);
    const PaletteChannels pc(Colour ? palette : std::vector<QRgb>());
    const std::size_t paletteSize = pc.r.size();
    const float *ya = lines.ys[a].data();
    const float *yb = lines.ys[a + 1].data();
    const std::int8_t *wt = weights.empty() ? nullptr : weights.data();
    const std::uint16_t *colour = lines.colour.empty() ? nullptr : lines.colour.data();
    auto bin = [&](std::size_t i, float w) {
        const float u = ya[i];
        const float v = yb[i];
        if (u != u || v != v) // NaN: no value on one of the axes
            return;
        const std::size_t key = std::size_t(binOf(u, toBin, q)) * std::size_t(q) + std::size_t(binOf(v, toBin, q));
        bn[key] += w;
        if constexpr (Colour) {
            std::size_t c = colour ? colour[i] : 0;
            if (c >= paletteSize)
                c = 0;
            br[key] += w * pc.r[c];
            bg[key] += w * pc.g[c];
            bb[key] += w * pc.b[c];
        }
    };
    if (!changed.empty()) {
        for (std::uint32_t i : changed)
            bin(i, float(wt[i]));
    } else if (wt) {
        for (std::size_t i = 0; i < rows; ++i) {
            if (wt[i])
                bin(i, float(wt[i]));
        }
    } else {
        for (std::size_t i = 0; i < rows; ++i)
            bin(i, 1.f);
    }
    if (cancel && cancel->load(std::memory_order_relaxed))
        return false;
    drawBins<Colour>(lines.axisX[a], lines.axisX[a + 1], q, bn.data(), br.data(), bg.data(), bb.data());
    return true;
}

std::vector<std::uint16_t> ParallelRaster::binKeys(const Lines &lines, int bins) const
{
    const std::size_t axes = lines.ys.size();
    const std::size_t rows = axes ? lines.ys.front().size() : 0;
    const int q = binCount(bins);
    const float toBin = float(q) / float(m_h);
    std::vector<std::uint16_t> keys(rows * axes);
    for (std::size_t a = 0; a < axes; ++a) {
        if (lines.ys[a].size() != rows)
            return {};
        const float *y = lines.ys[a].data();
        std::uint16_t *k = keys.data() + a;
        for (std::size_t i = 0; i < rows; ++i, k += axes)
            *k = y[i] != y[i] ? NoBin : std::uint16_t(binOf(y[i], toBin, q));
    }
    return keys;
}

template<bool Colour>
void ParallelRaster::addChangedPair(const Changed &changed, std::size_t a, const std::vector<int> &axisX,
                                    const std::vector<QRgb> &palette, int binCount)
{
    const int q = this->binCount(binCount);
    const std::size_t bins = std::size_t(q) * std::size_t(q);
    std::vector<float> bn(bins, 0.f);
    std::vector<float> br(Colour ? bins : 0), bg(Colour ? bins : 0), bb(Colour ? bins : 0);
    const PaletteChannels pc(Colour ? palette : std::vector<QRgb>());
    const std::size_t paletteSize = pc.r.size();
    const std::size_t n = changed.weights.size();
    const std::size_t axes = changed.axes;
    const std::uint16_t *k = changed.keys.data() + a;
    const std::uint16_t *colour = changed.colour.size() == n ? changed.colour.data() : nullptr;
    for (std::size_t i = 0; i < n; ++i, k += axes) {
        if (k[0] == NoBin || k[1] == NoBin)
            continue;
        const std::size_t key = std::size_t(k[0]) * std::size_t(q) + std::size_t(k[1]);
        const float w = float(changed.weights[i]);
        bn[key] += w;
        if constexpr (Colour) {
            std::size_t c = colour ? colour[i] : 0;
            if (c >= paletteSize)
                c = 0;
            br[key] += w * pc.r[c];
            bg[key] += w * pc.g[c];
            bb[key] += w * pc.b[c];
        }
    }
    drawBins<Colour>(axisX[a], axisX[a + 1], q, bn.data(), br.data(), bg.data(), bb.data());
}

bool ParallelRaster::addChanged(const Changed &changed, const std::vector<int> &axisX, const std::vector<QRgb> &palette,
                                const std::atomic_bool *cancel, int bins)
{
    const std::size_t n = changed.weights.size();
    if (changed.axes < 2 || axisX.size() != changed.axes || changed.keys.size() != n * changed.axes)
        return true;
    if (cancel && cancel->load(std::memory_order_relaxed))
        return false;
    std::vector<std::size_t> pairs(changed.axes - 1);
    for (std::size_t a = 0; a < pairs.size(); ++a)
        pairs[a] = a;
    auto work = [&](std::size_t a) {
        clearUpperVectorState();
        if (m_colour)
            addChangedPair<true>(changed, a, axisX, palette, bins);
        else
            addChangedPair<false>(changed, a, axisX, palette, bins);
    };
    if (n * pairs.size() < 20000) {
        for (std::size_t a : pairs)
            work(a);
    } else {
        QtConcurrent::blockingMap(innerPool(), pairs, work);
    }
    return !(cancel && cancel->load(std::memory_order_relaxed));
}

bool ParallelRaster::add(const Lines &lines, std::span<const std::int8_t> weights, bool dense,
                         const std::vector<QRgb> &palette, const std::atomic_bool *cancel, int bins)
{
    if (lines.ys.size() < 2 || lines.axisX.size() != lines.ys.size())
        return true;
    const std::size_t rows = lines.ys.front().size();
    for (const auto &ys : lines.ys) {
        if (ys.size() != rows)
            return true;
    }
    if (!weights.empty() && weights.size() != rows)
        return true;
    if (!lines.colour.empty() && lines.colour.size() != rows)
        return true;
    // Each axis pair writes only its own columns, so pairs run in parallel without locks.
    std::vector<std::size_t> pairs(lines.ys.size() - 1);
    for (std::size_t a = 0; a < pairs.size(); ++a)
        pairs[a] = a;
    // Few lines with a weight (a brush step): find them once, not once per pair.
    std::vector<std::uint32_t> changed;
    if (dense && !weights.empty() && rows < std::size_t(UINT32_MAX)) {
        const std::int8_t *w = weights.data();
        std::size_t nonzero = 0;
        for (std::size_t i = 0; i < rows; ++i)
            nonzero += w[i] != 0;
        if (nonzero < rows / 4) {
            changed.reserve(nonzero);
            for (std::size_t i = 0; i < rows; ++i) {
                if (w[i])
                    changed.push_back(std::uint32_t(i));
            }
        }
    }
    std::atomic_bool stopped = false;
    auto work = [&](std::size_t a) {
        clearUpperVectorState();
        bool ok = true;
        if (m_colour)
            ok = dense ? addDense<true>(lines, weights, changed, a, palette, cancel, bins)
                       : addSparse<true>(lines, weights, a, palette, cancel);
        else
            ok = dense ? addDense<false>(lines, weights, changed, a, palette, cancel, bins)
                       : addSparse<false>(lines, weights, a, palette, cancel);
        if (!ok)
            stopped = true;
    };
    if (rows * pairs.size() < 20000) {
        for (std::size_t a : pairs)
            work(a);
    } else {
        QtConcurrent::blockingMap(innerPool(), pairs, work);
    }
    return !stopped;
}

namespace {

// One band of rows of toImage(): the tone is a template argument so the pixel loop has no switch.
template<ParallelRaster::Tone ToneT>
void toneRows(const float *acc, std::size_t c, bool colour, int w, int y0, int y1, uchar *bits, qsizetype bytesPerLine,
              float scale, const QRgb *table, int steps, const std::vector<float> &logTable)
{
    const int logSteps = int(logTable.size()) - 1;
    for (int y = y0; y < y1; ++y) {
        auto *line = reinterpret_cast<QRgb *>(bits + qsizetype(y) * bytesPerLine);
        const float *px = acc + std::size_t(y + 1) * std::size_t(w) * c;
        for (int x = 0; x < w; ++x) {
            const float n = px[std::size_t(x) * c];
            if (n <= 1e-3f) { // a line added and taken away again leaves float dust
                line[x] = 0;
                continue;
            }
            const float scaled = n * 8.f;
            const float l = scaled < float(logSteps) ? logTable[std::size_t(scaled)] : std::log1p(n);
            const float t = std::min(1.f, l * scale);
            const float coverage = std::min(1.f, n);
            float alpha = 0;
            QRgb rgb = 0;
            if constexpr (ToneT == ParallelRaster::Tone::Density) {
                rgb = table[int(t * float(steps - 1))];
                alpha = coverage * (0.55f + 0.45f * t);
            } else if constexpr (ToneT == ParallelRaster::Tone::Context) {
                rgb = table[0];
                alpha = coverage * (0.10f + 0.32f * t);
            } else {
                const float *p = px + std::size_t(x) * c;
                const float inv = 255.f / n;
                rgb = colour
                    ? qRgb(std::clamp(int(p[1] * inv + 0.5f), 0, 255), std::clamp(int(p[2] * inv + 0.5f), 0, 255),
                           std::clamp(int(p[3] * inv + 0.5f), 0, 255))
                    : qRgb(0x40, 0x40, 0x40);
                alpha = coverage * (0.40f + 0.60f * t);
            }
            const int a = std::clamp(int(alpha * 255.f + 0.5f), 0, 255);
            line[x] = qRgba((qRed(rgb) * a + 127) / 255, (qGreen(rgb) * a + 127) / 255, (qBlue(rgb) * a + 127) / 255,
                            a);
        }
    }
}

} // namespace

QImage ParallelRaster::toImage(Tone tone, double devicePixelRatio) const
{
    QImage image(m_w, m_h, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    clearUpperVectorState();
    // log1p by table for counts up to 1024 in steps of 1/8 (the common case), exact above.
    constexpr int LogSteps = 8 * 1024;
    static const std::vector<float> logTable = [] {
        std::vector<float> t(LogSteps + 1);
        for (int k = 0; k <= LogSteps; ++k)
            t[std::size_t(k)] = std::log1p(float(k) / 8.f);
        return t;
    }();
    // The tone per log-count step: the colour map is read 1024 times, not per pixel.
    constexpr int Steps = 1024;
    QRgb table[Steps];
    for (int k = 0; k < Steps; ++k) {
        const double t = double(k) / (Steps - 1);
        table[k] = tone == Tone::Density ? densityColour(t) : qRgb(0x80, 0x80, 0x80);
    }
    const std::size_t c = channels();
    uchar *bits = image.bits(); // detached once here, not from the bands' threads
    const qsizetype bytesPerLine = image.bytesPerLine();
    // Rows in a few bands on the pool: first each band's largest count (the scale), then the tone.
    std::vector<std::pair<int, int>> bands;
    if (std::size_t(m_w) * std::size_t(m_h) < 60000) {
        bands.emplace_back(0, m_h);
    } else {
        const int band = std::max(16, m_h / 4 + 1);
        for (int y = 0; y < m_h; y += band)
            bands.emplace_back(y, std::min(m_h, y + band));
    }
    std::vector<float> bandTop(bands.size(), 0.f);
    auto topOf = [&](std::size_t k) {
        clearUpperVectorState();
        const float *a = m_acc.data() + std::size_t(bands[k].first + 1) * std::size_t(m_w) * c;
        const std::size_t n = std::size_t(bands[k].second - bands[k].first) * std::size_t(m_w);
        float top = 0.f;
        for (std::size_t i = 0; i < n; ++i)
            top = std::max(top, a[i * c]);
        bandTop[k] = top;
    };
    std::vector<std::size_t> bandIndex(bands.size());
    for (std::size_t k = 0; k < bands.size(); ++k)
        bandIndex[k] = k;
    if (bands.size() == 1)
        topOf(0);
    else
        QtConcurrent::blockingMap(innerPool(), bandIndex, topOf);
    const float top = *std::max_element(bandTop.begin(), bandTop.end());
    const float scale = top > 0 ? 1.f / std::log1p(std::max(top, 1.f)) : 0.f;
    auto rowsOf = [&](std::pair<int, int> range) {
        clearUpperVectorState();
        switch (tone) {
        case Tone::Density:
            toneRows<Tone::Density>(m_acc.data(), c, m_colour, m_w, range.first, range.second, bits, bytesPerLine,
                                    scale, table, Steps, logTable);
            break;
        case Tone::Context:
            toneRows<Tone::Context>(m_acc.data(), c, m_colour, m_w, range.first, range.second, bits, bytesPerLine,
                                    scale, table, Steps, logTable);
            break;
        case Tone::Colour:
            toneRows<Tone::Colour>(m_acc.data(), c, m_colour, m_w, range.first, range.second, bits, bytesPerLine, scale,
                                   table, Steps, logTable);
            break;
        }
    };
    if (bands.size() == 1)
        rowsOf(bands.front());
    else
        QtConcurrent::blockingMap(innerPool(), bands, rowsOf);
    return image;
}

} // namespace wattprint
