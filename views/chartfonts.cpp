#include "chartfonts.h"

namespace wattprint {

QFont pixelFont(const QFont &base, int px, bool bold)
{
    QFont f = base;
    f.setPixelSize(px);
    f.setBold(bold);
    return f;
}

} // namespace wattprint
