#pragma once

#include <QFont>

namespace wattprint {

// Chart typography is set in pixels, not points, so a chart reads the same on every screen and in
// every exported PNG, SVG or PDF whatever the device's DPI.

// `base` (the widget's font, keeping its family) at `px` pixels, bold or not.
QFont pixelFont(const QFont &base, int px, bool bold = false);

} // namespace wattprint
