#include "anomalydotlayer.h"

#include <vectorstate.h>

#include <QElapsedTimer>
#include <QPainter>

#include <algorithm>
#include <cmath>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace wattprint {

namespace {

// One dot as a list of covered pixels: offset from the centre pixel and premultiplied colour.
struct Sprite
{
    struct Pixel
    {
        int dx, dy;
        quint32 argb; // premultiplied
    };
    std::vector<Pixel> pixels;
    int half = 0; // every pixel lies within [-half, half] of the centre on both axes
    // The same dot as rows: from the first to the last covered pixel of each row, the pixels in
    // between (transparent ones leave what is under them as it is) for blending four at a time.
    struct Row
    {
        int dy, dx, count;
        std::size_t first; // into colours
    };
    std::vector<Row> rows;
    std::vector<quint32> colours;
};

Sprite makeSprite(const AnomalyDotLayer::Style &style, double ratio)
{
    const double r = std::max(0.5, style.radius * ratio);
    const double pen = style.outline.alpha() > 0 ? std::max(1.0, 0.9 * ratio) : 0.0;
    const int half = int(std::ceil(r + pen)) + 1;
    QImage img(2 * half + 1, 2 * half + 1, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    {
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(pen > 0 ? QPen(style.outline, pen) : QPen(Qt::NoPen));
        p.setBrush(style.fill);
        p.drawEllipse(QPointF(half + 0.5, half + 0.5), r, r);
    }
    Sprite s;
    s.half = half;
    for (int y = 0; y < img.height(); ++y) {
        const auto *line = reinterpret_cast<const quint32 *>(img.constScanLine(y));
        int first = -1, last = -1;
        for (int x = 0; x < img.width(); ++x) {
            if (qAlpha(line[x]) > 0) {
                s.pixels.push_back({x - half, y - half, line[x]});
                if (first < 0)
                    first = x;
                last = x;
            }
        }
        if (first >= 0) {
            s.rows.push_back({y - half, first - half, last - first + 1, s.colours.size()});
            // A transparent pixel must be 0 to leave what is under it unchanged (premultiplied).
            for (int x = first; x <= last; ++x)
                s.colours.push_back(qAlpha(line[x]) > 0 ? line[x] : 0u);
        }
    }
    return s;
}

// Premultiplied source-over: per channel c * inv / 255, rounded, plus the source. Two channels
// at a time in the halves of a 32-bit word (each product with its +128 stays below 2^16, so no
// carry crosses into the other half); the same rounding as one channel at a time.
inline quint32 blend(quint32 dst, quint32 src)
{
    const quint32 inv = 255 - (src >> 24);
    if (inv == 0)
        return src;
    auto mul2 = [inv](quint32 pair) {
        const quint32 t = pair * inv + 0x00800080u;
        return ((t + ((t >> 8) & 0x00ff00ffu)) >> 8) & 0x00ff00ffu;
    };
    const quint32 rb = mul2(dst & 0x00ff00ffu);
    const quint32 ag = mul2((dst >> 8) & 0x00ff00ffu);
    return src + (rb | (ag << 8));
}

#if defined(__SSE2__)
// blend() on four neighbouring pixels: the channels as 16-bit lanes, the same arithmetic (every
// intermediate fits in 16 bits), so the result is the same bit for bit.
inline void blend4(quint32 *dst, const quint32 *src)
{
    const __m128i zero = _mm_setzero_si128();
    const __m128i s = _mm_loadu_si128(reinterpret_cast<const __m128i *>(src));
    const __m128i d = _mm_loadu_si128(reinterpret_cast<const __m128i *>(dst));
    // 255 - alpha of each source pixel, in all four lanes of that pixel.
    const __m128i ones = _mm_set1_epi16(255);
    __m128i slo = _mm_unpacklo_epi8(s, zero);
    __m128i shi = _mm_unpackhi_epi8(s, zero);
    const __m128i ilo = _mm_sub_epi16(ones, _mm_shufflehi_epi16(_mm_shufflelo_epi16(slo, 0xff), 0xff));
    const __m128i ihi = _mm_sub_epi16(ones, _mm_shufflehi_epi16(_mm_shufflelo_epi16(shi, 0xff), 0xff));
    const __m128i half = _mm_set1_epi16(128);
    auto mul = [&](__m128i c, __m128i inv) {
        const __m128i t = _mm_add_epi16(_mm_mullo_epi16(c, inv), half);
        return _mm_srli_epi16(_mm_add_epi16(t, _mm_srli_epi16(t, 8)), 8);
    };
    const __m128i lo = mul(_mm_unpacklo_epi8(d, zero), ilo);
    const __m128i hi = mul(_mm_unpackhi_epi8(d, zero), ihi);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(dst), _mm_add_epi8(s, _mm_packus_epi16(lo, hi)));
}
#endif

bool rowBlending = true;

} // namespace

void AnomalyDotLayer::setRowBlending(bool on)
{
    rowBlending = on;
}

AnomalyDotLayer::AnomalyDotLayer(QCPAxis *keyAxis, QCPAxis *valueAxis)
    : QCPLayerable(keyAxis->parentPlot())
    , m_keyAxis(keyAxis)
    , m_valueAxis(valueAxis)
{
    setAntialiased(false);
}

void AnomalyDotLayer::setData(std::shared_ptr<const void> owner, std::span<const double> keys,
                              std::span<const double> values)
{
    m_owner = std::move(owner);
    m_keys = keys;
    m_values = values.subspan(0, std::min(values.size(), keys.size()));
    m_categories.assign(m_keys.size(), 0);
    ++m_version;
}

void AnomalyDotLayer::setCategories(std::vector<std::uint8_t> categories)
{
    categories.resize(m_keys.size(), 0);
    m_categories = std::move(categories);
    ++m_version;
}

void AnomalyDotLayer::setStyles(std::vector<Style> styles)
{
    m_styles = std::move(styles);
    ++m_version;
}

void AnomalyDotLayer::clear()
{
    m_keys = {};
    m_values = {};
    m_categories.clear();
    m_owner.reset();
    m_cache = QImage();
    ++m_version;
}

QRect AnomalyDotLayer::clipRect() const
{
    if (m_keyAxis && m_keyAxis->axisRect())
        return m_keyAxis->axisRect()->rect();
    return {};
}

void AnomalyDotLayer::applyDefaultAntialiasingHint(QCPPainter *painter) const
{
    applyAntialiasingHint(painter, false, QCP::aeScatters);
}

void AnomalyDotLayer::draw(QCPPainter *painter)
{
    if (!m_keyAxis || !m_valueAxis || m_keys.empty())
        return;
    const QRect rect = clipRect();
    if (rect.isEmpty())
        return;
    double ratio = VectorResolution;
    if (!painter->modes().testFlag(QCPPainter::pmVectorized)) {
        const QTransform t = painter->worldTransform();
        const double worldScale = std::sqrt(std::abs(t.m11() * t.m22() - t.m12() * t.m21()));
        ratio = std::clamp(painter->device()->devicePixelRatioF() * worldScale, 1.0, 8.0);
    }
    const CacheKey key{rect,
                       ratio,
                       m_keyAxis->range(),
                       m_valueAxis->range(),
                       int(m_keyAxis->scaleType()),
                       int(m_valueAxis->scaleType()),
                       m_version};
    if (!(key == m_cacheKey) || m_cache.isNull()) {
        QElapsedTimer timer;
        timer.start();
        render(rect, ratio);
        m_cacheKey = key;
        m_lastRenderMs = double(timer.nsecsElapsed()) / 1e6;
    }
    painter->drawImage(QRectF(rect), m_cache);
}

void AnomalyDotLayer::render(const QRect &rect, double ratio)
{
    const int w = std::max(1, int(std::lround(rect.width() * ratio)));
    const int h = std::max(1, int(std::lround(rect.height() * ratio)));
    m_cache = QImage(w, h, QImage::Format_ARGB32_Premultiplied);
    m_cache.setDevicePixelRatio(ratio);
    m_cache.fill(Qt::transparent);
    auto *bits = reinterpret_cast<quint32 *>(m_cache.bits());
    const qsizetype stride = m_cache.bytesPerLine() / 4;

    // QImage::fill and Qt's painting can leave the upper vector registers dirty, which slows
    // every SSE instruction below (and libm's log) several times over.
    clearUpperVectorState();
    // Device pixel of each point, computed once. QCustomPlot maps a value (or its log) linearly
    // to pixels, so two reference points give the whole map without a call per point.
    const std::size_t n = m_keys.size();
    const double left = rect.left();
    const double top = rect.top();
    std::vector<std::int32_t> px(n), py(n);
    const bool logValue = m_valueAxis->scaleType() == QCPAxis::stLogarithmic;
    const bool logKey = m_keyAxis->scaleType() == QCPAxis::stLogarithmic;
    struct Map
    {
        double origin, at0, scale;
        bool log;
        double operator()(double v) const { return at0 + ((log ? std::log(v) : v) - origin) * scale; }
    };
    auto makeMap = [ratio](const QCPAxis *axis, bool log, double offset) {
        const QCPRange r = axis->range();
        const double a = log ? std::log(r.lower) : r.lower;
        const double b = log ? std::log(r.upper) : r.upper;
        const double pa = (axis->coordToPixel(r.lower) - offset) * ratio;
        const double pb = (axis->coordToPixel(r.upper) - offset) * ratio;
        return Map{a, pa, b != a ? (pb - pa) / (b - a) : 0.0, log};
    };
    const Map mapKey = makeMap(m_keyAxis, logKey, left);
    const Map mapValue = makeMap(m_valueAxis, logValue, top);
    for (std::size_t i = 0; i < n; ++i) {
        const double k = m_keys[i];
        const double v = m_values[i];
        if (!std::isfinite(v) || !std::isfinite(k) || (logValue && v <= 0) || (logKey && k <= 0)) {
            px[i] = INT32_MIN;
            continue;
        }
        const double x = mapKey(k);
        const double y = mapValue(v);
        if (!(x >= -64 && y >= -64 && x <= w + 64 && y <= h + 64)) {
            px[i] = INT32_MIN;
            continue;
        }
        px[i] = std::int32_t(std::floor(x));
        py[i] = std::int32_t(std::floor(y));
    }

    std::vector<std::size_t> perCategory(m_styles.size(), 0);
    for (std::size_t i = 0; i < n; ++i) {
        if (m_categories[i] < perCategory.size() && px[i] != INT32_MIN)
            ++perCategory[m_categories[i]];
    }
    for (std::size_t c = 0; c < m_styles.size(); ++c) {
        const Style &style = m_styles[c];
        if (!style.visible || perCategory[c] == 0)
            continue;
        if (perCategory[c] > densityThreshold()) {
            // Density: count per pixel, shade by log count so both sparse and crowded regions
            // stay readable, then widen each pixel to about the dot size (a max filter, so
            // neighbouring shades do not build up).
            std::vector<std::uint32_t> counts(std::size_t(w) * std::size_t(h), 0);
            std::uint32_t maxCount = 0;
            for (std::size_t i = 0; i < n; ++i) {
                if (m_categories[i] != c || px[i] < 0 || py[i] < 0 || px[i] >= w || py[i] >= h)
                    continue;
                const std::uint32_t k = ++counts[std::size_t(py[i]) * std::size_t(w) + std::size_t(px[i])];
                maxCount = std::max(maxCount, k);
            }
            // Shade level 1..255 per count through a table (counts above it share the top level).
            const double logMax = std::log1p(double(std::max<std::uint32_t>(maxCount, 2)));
            std::vector<std::uint8_t> levelOf(std::min<std::uint32_t>(maxCount, 65535) + 1, 0);
            for (std::size_t k = 1; k < levelOf.size(); ++k)
                levelOf[k] = std::uint8_t(std::clamp(1.0 + 254.0 * std::log1p(double(k)) / logMax, 1.0, 255.0));
            std::vector<std::uint8_t> level(counts.size(), 0);
            for (std::size_t p = 0; p < counts.size(); ++p) {
                if (counts[p])
                    level[p] = levelOf[std::min<std::size_t>(counts[p], levelOf.size() - 1)];
            }
            const int spread = std::max(0, int(std::lround(style.radius * ratio * 0.6)));
            if (spread > 0) {
                std::vector<std::uint8_t> tmp(level.size(), 0);
                for (int y = 0; y < h; ++y) { // horizontal max
                    const std::uint8_t *row = level.data() + std::size_t(y) * std::size_t(w);
                    std::uint8_t *out = tmp.data() + std::size_t(y) * std::size_t(w);
                    for (int x = 0; x < w; ++x) {
                        if (!row[x])
                            continue;
                        for (int xx = std::max(0, x - spread); xx <= std::min(w - 1, x + spread); ++xx)
                            out[xx] = std::max(out[xx], row[x]);
                    }
                }
                std::fill(level.begin(), level.end(), 0);
                for (int y = 0; y < h; ++y) { // vertical max
                    const std::uint8_t *row = tmp.data() + std::size_t(y) * std::size_t(w);
                    for (int x = 0; x < w; ++x) {
                        if (!row[x])
                            continue;
                        for (int yy = std::max(0, y - spread); yy <= std::min(h - 1, y + spread); ++yy) {
                            std::uint8_t &d = level[std::size_t(yy) * std::size_t(w) + std::size_t(x)];
                            d = std::max(d, row[x]);
                        }
                    }
                }
            }
            quint32 palette[256];
            for (int k = 0; k < 256; ++k) {
                QColor col = style.fill;
                col.setAlphaF(float(0.3 + 0.7 * k / 255.0));
                palette[k] = qPremultiply(col.rgba());
            }
            for (int y = 0; y < h; ++y) {
                const std::uint8_t *row = level.data() + std::size_t(y) * std::size_t(w);
                quint32 *dst = bits + y * stride;
                for (int x = 0; x < w; ++x) {
                    if (row[x])
                        dst[x] = blend(dst[x], palette[row[x]]);
                }
            }
            continue;
        }
        const Sprite sprite = makeSprite(style, ratio);
        for (std::size_t i = 0; i < n; ++i) {
            if (m_categories[i] != c || px[i] == INT32_MIN)
                continue;
            const int cx = px[i], cy = py[i];
            if (rowBlending && cx >= sprite.half && cy >= sprite.half && cx + sprite.half < w && cy + sprite.half < h) {
                quint32 *centre = bits + qsizetype(cy) * stride + cx; // the whole dot is inside
                for (const Sprite::Row &row : sprite.rows) {
                    quint32 *d = centre + qsizetype(row.dy) * stride + row.dx;
                    const quint32 *src = sprite.colours.data() + row.first;
                    int k = 0;
#if defined(__SSE2__)
                    for (; k + 4 <= row.count; k += 4)
                        blend4(d + k, src + k);
#endif
                    for (; k < row.count; ++k)
                        d[k] = blend(d[k], src[k]);
                }
                continue;
            }
            for (const Sprite::Pixel &p : sprite.pixels) {
                const int x = cx + p.dx, y = cy + p.dy;
                if (x < 0 || y < 0 || x >= w || y >= h)
                    continue;
                quint32 &d = bits[y * stride + x];
                d = blend(d, p.argb);
            }
        }
    }
}

std::pair<std::size_t, std::size_t> AnomalyDotLayer::keyRange(double pxLo, double pxHi) const
{
    double a = m_keyAxis->pixelToCoord(pxLo);
    double b = m_keyAxis->pixelToCoord(pxHi);
    if (a > b)
        std::swap(a, b);
    const auto lo = std::lower_bound(m_keys.begin(), m_keys.end(), a);
    const auto hi = std::upper_bound(lo, m_keys.end(), b);
    return {std::size_t(lo - m_keys.begin()), std::size_t(hi - m_keys.begin())};
}

std::optional<std::size_t> AnomalyDotLayer::pointAt(const QPointF &pos, double maxPx) const
{
    if (!m_keyAxis || !m_valueAxis || m_keys.empty())
        return std::nullopt;
    double maxRadius = 0;
    for (const Style &s : m_styles)
        maxRadius = std::max(maxRadius, s.radius);
    const auto [lo, hi] = keyRange(pos.x() - maxPx - maxRadius, pos.x() + maxPx + maxRadius);
    const bool logValue = m_valueAxis->scaleType() == QCPAxis::stLogarithmic;
    std::optional<std::size_t> best;
    double bestDistance = 0;
    for (std::size_t i = lo; i < hi; ++i) {
        const std::uint8_t c = m_categories[i];
        if (c >= m_styles.size() || !m_styles[c].visible)
            continue;
        const double v = m_values[i];
        if (!std::isfinite(v) || (logValue && v <= 0))
            continue;
        const double dx = m_keyAxis->coordToPixel(m_keys[i]) - pos.x();
        const double dy = m_valueAxis->coordToPixel(v) - pos.y();
        const double d = std::max(0.0, std::hypot(dx, dy) - m_styles[c].radius);
        if (d > maxPx)
            continue;
        if (!best || d < bestDistance - 1e-9 || (std::abs(d - bestDistance) <= 1e-9 && c > m_categories[*best])) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

std::vector<std::size_t> AnomalyDotLayer::pointsIn(const QRectF &pixelRect) const
{
    std::vector<std::size_t> out;
    if (!m_keyAxis || !m_valueAxis || m_keys.empty())
        return out;
    const QRectF r = pixelRect.normalized();
    const auto [lo, hi] = keyRange(r.left(), r.right());
    const bool logValue = m_valueAxis->scaleType() == QCPAxis::stLogarithmic;
    for (std::size_t i = lo; i < hi; ++i) {
        const std::uint8_t c = m_categories[i];
        if (c >= m_styles.size() || !m_styles[c].visible)
            continue;
        const double v = m_values[i];
        if (!std::isfinite(v) || (logValue && v <= 0))
            continue;
        const double y = m_valueAxis->coordToPixel(v);
        if (y >= r.top() && y <= r.bottom())
            out.push_back(i);
    }
    return out;
}

} // namespace wattprint
