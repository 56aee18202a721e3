#pragma once

#include <QImage>
#include <QRgb>

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace wattprint {

// The line rasteriser of the parallel-coordinates chart: polylines across the axes are added
// into a float accumulation buffer (a count per pixel, and colour sums when lines have colours),
// then turned into an image. No QPainter per line: each segment between two axes is walked along
// its longer direction, one sample per pixel split over the two nearest pixels (anti-aliasing).
// With many lines the segments of each axis pair are first binned by their two end rows, and
// each occupied bin is drawn once with its count as weight, so a million lines cost about as
// much as the bins they fill. Weights may be negative: a brush step takes away the lines that
// left the brush instead of drawing the rest again.
class ParallelRaster
{
public:
    struct Lines
    {
        // y of every line on every axis (device px from the top of the raster; NaN: no value,
        // segments touching it are left out), axis by axis in left-to-right order.
        std::vector<std::span<const float>> ys;
        std::vector<int> axisX;                // device px from the left of the raster, ascending
        std::span<const std::uint16_t> colour; // palette index per line; empty: palette[0]
    };

    ParallelRaster(int width, int height, bool withColour);

    int width() const { return m_w; }
    int height() const { return m_h; }
    // Adds every line times its weight (empty `weights`: 1 each): +1 adds a line, -1 takes one
    // added before away again. `dense` picks the binned path; keep it (and `bins`) the same for
    // lines that are to cancel. Axis pairs are drawn in parallel. `bins`: bins per axis on the
    // binned path (fewer: faster, line ends snapped to a coarser grid). Returns false when
    // `cancel` was set (the buffer is then incomplete).
    bool add(const Lines &lines, std::span<const std::int8_t> weights, bool dense, const std::vector<QRgb> &palette,
             const std::atomic_bool *cancel = nullptr, int bins = binRows());
    void clear();

    // A brush step on the binned path: only the lines that entered (+1) or left (-1) the
    // highlight, each with its bin on every axis copied out of binKeys(), so the axis pairs read
    // one small array instead of gathering the lines from every full column.
    struct Changed
    {
        std::size_t axes = 0;
        std::vector<std::uint16_t> keys;   // `axes` bins per line, side by side (NoBin: no value)
        std::vector<std::int8_t> weights;  // per line
        std::vector<std::uint16_t> colour; // per line (empty: palette[0])
    };
    static constexpr std::uint16_t NoBin = 0xffff;
    // Every line's bin on every axis, line by line with the axes side by side, exactly as add()
    // snaps the line ends on its binned path with `bins` bins per axis.
    std::vector<std::uint16_t> binKeys(const Lines &lines, int bins = binRows()) const;
    // add() on the binned path for the lines in `changed` (same result, same bins).
    bool addChanged(const Changed &changed, const std::vector<int> &axisX, const std::vector<QRgb> &palette,
                    const std::atomic_bool *cancel = nullptr, int bins = binRows());

    enum class Tone {
        Density, // a perceptual colour map (magma) of the log count, light = few, dark = many
        Colour,  // the mean colour of the lines on the pixel, opacity by log count
        Context, // light grey, opacity by log count: the dimmed rest behind a brush
    };
    QImage toImage(Tone tone, double devicePixelRatio) const;
    float maxCount() const;

    static std::size_t denseThreshold() { return 5000; }
    // Bins per axis in the binned path (rows are grouped when the raster is taller).
    static int binRows() { return 320; }
    // For the highlight of very many lines: about 1.7 px at a 330 px tall plot, and faster.
    static int fastBinRows() { return 192; }
    // t in [0, 1]: the matplotlib colour maps, interpolated from 17 stops.
    static QRgb magma(double t);
    static QRgb viridis(double t);
    // The Density tone's colour for a log-scaled count share t in [0, 1] (what a colour bar shows).
    static QRgb densityColour(double t);

private:
    template<bool Colour>
    void segment(int xa, int xb, float ya, float yb, float w, float r, float g, float b);
    template<bool Colour>
    bool addSparse(const Lines &lines, std::span<const std::int8_t> weights, std::size_t pair,
                   const std::vector<QRgb> &palette, const std::atomic_bool *cancel);
    template<bool Colour>
    bool addDense(const Lines &lines, std::span<const std::int8_t> weights, std::span<const std::uint32_t> changed,
                  std::size_t pair, const std::vector<QRgb> &palette, const std::atomic_bool *cancel, int bins);
    template<bool Colour>
    void drawBins(int xa, int xb, int q, const float *bn, const float *br, const float *bg, const float *bb);
    template<bool Colour>
    void addChangedPair(const Changed &changed, std::size_t pair, const std::vector<int> &axisX,
                        const std::vector<QRgb> &palette, int bins);
    int binCount(int bins) const { return std::clamp(bins, 2, m_h); }
    std::size_t channels() const { return m_colour ? 4 : 1; }

    int m_w = 0;
    int m_h = 0;
    bool m_colour = false;
    // (h + 2) rows: one spare row above and below, so a sample split over two rows at the edge
    // needs no bounds check. Per pixel the line count, then (with colour) the r, g, b sums
    // (0..1 per channel, times weight), side by side: one cache line per update.
    std::vector<float> m_acc;
};

} // namespace wattprint
