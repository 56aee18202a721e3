#pragma once

// "Not blank" for a rendered chart: enough distinct colours and enough ink (pixels darker than
// the paper), so an empty frame, a white page or a lone label fails.
#include <QImage>
#include <QSet>
#include <QTest>

namespace wattprint::testsupport {

inline void checkNotBlank(const QImage &image, int minColours = 40, double minInk = 0.02)
{
    QVERIFY(!image.isNull());
    QSet<QRgb> colours;
    qint64 ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            colours.insert(p);
            ink += qGray(p) < 235 ? 1 : 0;
        }
    }
    QVERIFY2(colours.size() >= minColours, qPrintable(QStringLiteral("%1 colours").arg(colours.size())));
    const double share = double(ink) / (double(image.width()) * image.height());
    QVERIFY2(share > minInk, qPrintable(QStringLiteral("ink %1").arg(share)));
}

} // namespace wattprint::testsupport
