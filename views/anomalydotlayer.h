#pragma once

#include <qcustomplot.h>

#include <QColor>
#include <QImage>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace wattprint {

// A scatter of many points (every run of the sweep, up to a million) drawn as one image: points
// are stamped into a cached raster at the device's resolution, so a replot that changes nothing
// costs one drawImage, and a PDF or SVG gets one embedded image instead of 63k vector circles.
// Each point has a category (its style: colour, outline, radius); categories are drawn in order,
// so later ones sit on top. A category with more than densityThreshold() points is drawn as a
// density (each pixel shaded by how many points fall on it) instead of overlapping dots.
// Keys must be sorted ascending (hit tests search them).
class AnomalyDotLayer : public QCPLayerable
{
public:
    struct Style
    {
        QColor fill;
        QColor outline = Qt::transparent;
        double radius = 1.6; // px at 96 DPI
        bool visible = true;
    };

    AnomalyDotLayer(QCPAxis *keyAxis, QCPAxis *valueAxis);

    // keys ascending; values in plot coordinates; the spans must outlive the layer's use
    // (`owner` keeps them alive). Categories may be set later (all 0 until then).
    void setData(std::shared_ptr<const void> owner, std::span<const double> keys, std::span<const double> values);
    void setCategories(std::vector<std::uint8_t> categories);
    void setStyles(std::vector<Style> styles);
    void clear();
    std::size_t pointCount() const { return m_keys.size(); }
    const std::vector<std::uint8_t> &categories() const { return m_categories; }

    static std::size_t densityThreshold() { return 150000; }
    // Device pixels per px used when drawing into PDF/SVG/print.
    static constexpr double VectorResolution = 2.0;

    // The point nearest to `pos` (widget px) within maxPx of its edge, among visible
    // categories; later categories win ties.
    std::optional<std::size_t> pointAt(const QPointF &pos, double maxPx = 6) const;
    // Visible points whose centres lie in the pixel rectangle.
    std::vector<std::size_t> pointsIn(const QRectF &pixelRect) const;
    // How long the last cache rebuild took (ms), for benchmarks.
    double lastRenderMs() const { return m_lastRenderMs; }
    // Dots wholly inside the image are blended a row at a time (four pixels at once with SSE2);
    // off, every dot goes pixel by pixel, the reference the tests hold the rows to. GUI thread
    // only, as all drawing.
    static void setRowBlending(bool on);

protected:
    QRect clipRect() const override;
    void applyDefaultAntialiasingHint(QCPPainter *painter) const override;
    void draw(QCPPainter *painter) override;

private:
    void render(const QRect &rect, double ratio);
    std::pair<std::size_t, std::size_t> keyRange(double pxLo, double pxHi) const;

    QPointer<QCPAxis> m_keyAxis;
    QPointer<QCPAxis> m_valueAxis;
    std::shared_ptr<const void> m_owner;
    std::span<const double> m_keys;
    std::span<const double> m_values;
    std::vector<std::uint8_t> m_categories;
    std::vector<Style> m_styles;

    // Cache: valid while what it was drawn from is unchanged.
    QImage m_cache;
    struct CacheKey
    {
        QRect rect;
        double ratio = 0;
        QCPRange keyRange, valueRange;
        int keyScale = 0, valueScale = 0;
        quint64 version = 0;
        bool operator==(const CacheKey &) const = default;
    };
    CacheKey m_cacheKey;
    quint64 m_version = 1;
    double m_lastRenderMs = 0;
};

} // namespace wattprint
