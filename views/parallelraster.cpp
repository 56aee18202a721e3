#include "parallelraster.h"

#include <vectorstate.h>

#include <algorithm>
#include <cmath>

namespace wattprint {

namespace {

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
    : m_w(std::max(1, width))
    , m_h(std::max(1, height))
    , m_colour(withColour)
{
    const std::size_t n = std::size_t(m_w) * std::size_t(m_h);
    m_n.assign(n, 0.f);
    if (m_colour) {
        m_r.assign(n, 0.f);
        m_g.assign(n, 0.f);
        m_b.assign(n, 0.f);
    }
}

float ParallelRaster::maxCount() const
{
    return m_n.empty() ? 0.f : *std::max_element(m_n.begin(), m_n.end());
}

template<bool Colour>
void ParallelRaster::segment(int xa, int xb, float ya, float yb, float w, float r, float g, float b)
{
    const int columns = std::min(xb, m_w) - xa;
    if (columns <= 0 || xa < 0)
        return;
    const float step = (yb - ya) / float(xb - xa);
    const float half = std::abs(step) * 0.5f;
    const int h = m_h;
    float *n = m_n.data();
    float *rs = Colour ? m_r.data() : nullptr;
    float *gs = Colour ? m_g.data() : nullptr;
    float *bs = Colour ? m_b.data() : nullptr;
    // r, g, b are the colour sums of the `w` lines drawn; a pixel gets its share of them.
    const float rk = r / w;
    const float gk = g / w;
    const float bk = b / w;
    auto put = [&](int x, int row, float weight) {
        if (row < 0 || row >= h)
            return;
        const std::size_t i = std::size_t(row) * std::size_t(m_w) + std::size_t(x);
        n[i] += weight;
        if constexpr (Colour) {
            rs[i] += rk * weight;
            gs[i] += gk * weight;
            bs[i] += bk * weight;
        }
    };
    float y = ya;
    if (half <= 0.5f) {
        // Shallow: one sample per column, shared by the two rows around it.
        for (int c = 0; c < columns; ++c, y += step) {
            const float yy = y - 0.5f;
            const float fl = std::floor(yy);
            const int row = int(fl);
            const float f = yy - fl;
            put(xa + c, row, w * (1.f - f));
            put(xa + c, row + 1, w * f);
        }
    } else {
        // Steep: every row the segment crosses within the column, so it stays unbroken.
        for (int c = 0; c < columns; ++c, y += step) {
            const int r0 = int(std::floor(y - half));
            const int r1 = int(std::floor(y + half));
            for (int row = r0; row <= r1; ++row)
                put(xa + c, row, w);
        }
    }
}

template<bool Colour>
bool ParallelRaster::addSparse(const Lines &lines, std::span<const std::uint8_t> mask,
                               const std::vector<QRgb> &palette, const std::atomic_bool *cancel)
{
    const std::size_t rows = lines.ys.empty() ? 0 : lines.ys.front().size();
    const std::size_t axes = lines.ys.size();
    for (std::size_t i = 0; i < rows; ++i) {
        if (!mask.empty() && !mask[i])
            continue;
        if ((i & 1023) == 0 && cancel && cancel->load(std::memory_order_relaxed))
            return false;
        float r = 0, g = 0, b = 0;
        if constexpr (Colour) {
            const std::size_t c = lines.colour.empty() ? 0 : lines.colour[i];
            const QRgb rgb = c < palette.size() ? palette[c] : 0xff808080;
            r = float(qRed(rgb)) / 255.f;
            g = float(qGreen(rgb)) / 255.f;
            b = float(qBlue(rgb)) / 255.f;
        }
        for (std::size_t a = 0; a + 1 < axes; ++a) {
            const float ya = lines.ys[a][i];
            const float yb = lines.ys[a + 1][i];
            if (std::isnan(ya) || std::isnan(yb))
                continue;
            segment<Colour>(lines.axisX[a], lines.axisX[a + 1], ya, yb, 1.f, r, g, b);
        }
    }
    return true;
}

template<bool Colour>
bool ParallelRaster::addDense(const Lines &lines, std::span<const std::uint8_t> mask, const std::vector<QRgb> &palette,
                              const std::atomic_bool *cancel)
{
    const std::size_t rows = lines.ys.empty() ? 0 : lines.ys.front().size();
    const std::size_t axes = lines.ys.size();
    const int q = std::min(binRows(), m_h);
    const float toBin = float(q) / float(m_h);
    const float toRow = float(m_h) / float(q);
    const std::size_t bins = std::size_t(q) * std::size_t(q);
    std::vector<float> bn(bins, 0.f);
    std::vector<float> br(Colour ? bins : 0), bg(Colour ? bins : 0), bb(Colour ? bins : 0);
    std::vector<float> pr, pg, pb;
    if constexpr (Colour) {
        for (QRgb c : palette) {
            pr.push_back(float(qRed(c)) / 255.f);
            pg.push_back(float(qGreen(c)) / 255.f);
            pb.push_back(float(qBlue(c)) / 255.f);
        }
        if (pr.empty()) {
            pr = {0.5f};
            pg = {0.5f};
            pb = {0.5f};
        }
    }
    const std::size_t paletteSize = pr.size();
    const std::uint8_t *m = mask.empty() ? nullptr : mask.data();
    for (std::size_t a = 0; a + 1 < axes; ++a) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return false;
        const float *ya = lines.ys[a].data();
        const float *yb = lines.ys[a + 1].data();
        for (std::size_t i = 0; i < rows; ++i) {
            if (m && !m[i])
                continue;
            const float u = ya[i];
            const float v = yb[i];
            if (u != u || v != v) // NaN: no value on one of the axes
                continue;
            const int qa = std::clamp(int(u * toBin), 0, q - 1);
            const int qb = std::clamp(int(v * toBin), 0, q - 1);
            const std::size_t key = std::size_t(qa) * std::size_t(q) + std::size_t(qb);
            bn[key] += 1.f;
            if constexpr (Colour) {
                std::size_t c = lines.colour.empty() ? 0 : lines.colour[i];
                if (c >= paletteSize)
                    c = 0;
                br[key] += pr[c];
                bg[key] += pg[c];
                bb[key] += pb[c];
            }
        }
        if (cancel && cancel->load(std::memory_order_relaxed))
            return false;
        for (int qa = 0; qa < q; ++qa) {
            const std::size_t base = std::size_t(qa) * std::size_t(q);
            const float y0 = (float(qa) + 0.5f) * toRow;
            for (int qb = 0; qb < q; ++qb) {
                const float count = bn[base + std::size_t(qb)];
                if (count <= 0.f)
                    continue;
                const float y1 = (float(qb) + 0.5f) * toRow;
                if constexpr (Colour)
                    segment<true>(lines.axisX[a], lines.axisX[a + 1], y0, y1, count, br[base + qb], bg[base + qb],
                                  bb[base + qb]);
                else
                    segment<false>(lines.axisX[a], lines.axisX[a + 1], y0, y1, count, 0, 0, 0);
            }
        }
        std::fill(bn.begin(), bn.end(), 0.f);
        if constexpr (Colour) {
            std::fill(br.begin(), br.end(), 0.f);
            std::fill(bg.begin(), bg.end(), 0.f);
            std::fill(bb.begin(), bb.end(), 0.f);
        }
    }
    return true;
}

bool ParallelRaster::add(const Lines &lines, std::span<const std::uint8_t> mask, std::size_t selected,
                         const std::vector<QRgb> &palette, const std::atomic_bool *cancel)
{
    if (lines.ys.size() < 2 || lines.axisX.size() != lines.ys.size())
        return true;
    const std::size_t rows = lines.ys.front().size();
    for (const auto &ys : lines.ys) {
        if (ys.size() != rows)
            return true;
    }
    if (!mask.empty() && mask.size() != rows)
        return true;
    clearUpperVectorState();
    const bool dense = selected > denseThreshold();
    if (m_colour)
        return dense ? addDense<true>(lines, mask, palette, cancel) : addSparse<true>(lines, mask, palette, cancel);
    return dense ? addDense<false>(lines, mask, palette, cancel) : addSparse<false>(lines, mask, palette, cancel);
}

QImage ParallelRaster::toImage(Tone tone, double devicePixelRatio) const
{
    QImage image(m_w, m_h, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    const float top = maxCount();
    const float scale = top > 0 ? 1.f / std::log1p(std::max(top, 1.f)) : 0.f;
    // A table of the tone per log-count step: the colour map is read 1024 times, not per pixel.
    constexpr int Steps = 1024;
    QRgb table[Steps];
    for (int k = 0; k < Steps; ++k) {
        const double t = double(k) / (Steps - 1);
        table[k] = tone == Tone::Density ? densityColour(t) : qRgb(0x80, 0x80, 0x80);
    }
    for (int y = 0; y < m_h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        const std::size_t base = std::size_t(y) * std::size_t(m_w);
        for (int x = 0; x < m_w; ++x) {
            const float n = m_n[base + std::size_t(x)];
            if (n <= 1e-4f) {
                line[x] = 0;
                continue;
            }
            const float t = std::min(1.f, std::log1p(n) * scale);
            const float coverage = std::min(1.f, n);
            float alpha = 0;
            QRgb rgb = 0;
            switch (tone) {
            case Tone::Density:
                rgb = table[int(t * (Steps - 1))];
                alpha = coverage * (0.55f + 0.45f * t);
                break;
            case Tone::Context:
                rgb = table[0];
                alpha = coverage * (0.10f + 0.32f * t);
                break;
            case Tone::Colour: {
                const std::size_t i = base + std::size_t(x);
                const float inv = 255.f / n;
                rgb = m_colour ? qRgb(std::clamp(int(m_r[i] * inv + 0.5f), 0, 255),
                                      std::clamp(int(m_g[i] * inv + 0.5f), 0, 255),
                                      std::clamp(int(m_b[i] * inv + 0.5f), 0, 255))
                               : qRgb(0x40, 0x40, 0x40);
                alpha = coverage * (0.40f + 0.60f * t);
                break;
            }
            }
            line[x] = qPremultiply(qRgba(qRed(rgb), qGreen(rgb), qBlue(rgb), std::clamp(int(alpha * 255.f + 0.5f), 0, 255)));
        }
    }
    return image;
}

} // namespace wattprint
