#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

class QPainter;
class QPrinter;

namespace wattprint {

class ViewPanel;
struct ViewEnvironment;

// A view's page (docs/architecture.md "The view contract"): title and question above, the
// synthetic-data strip, the view's chart, its finding and a footer naming the data source, the
// filter and the date below. Export, copy, print, the report and the render command all draw
// pages through it, so a page looks the same wherever it goes.
class PageRenderer
{
    Q_DECLARE_TR_FUNCTIONS(wattprint::PageRenderer)
public:
    explicit PageRenderer(ViewPanel *view);

    // A4 landscape in px at 96 DPI (1 px = 1/96 in).
    static QSize defaultPageSize() { return {1123, 794}; }
    // "Data: ... | Filter: ... | 2024-05-01 | Wattprint 1.0" for the environment in force.
    static QString footerText(const ViewEnvironment &environment);

    // The whole page in `rect`, in px at 96 DPI: the fonts are sized in those units, so scale
    // the painter for devices of another resolution (printTo does). `vector` is true for
    // PDF/SVG/print and passed on to ViewPanel::renderChart.
    void renderPage(QPainter *painter, const QRectF &rect, bool vector) const;
    // The page as an image of sizePx * dpi / 96 pixels (device pixel ratio dpi / 96) that
    // records its dpi; an empty sizePx is defaultPageSize().
    QImage renderImage(QSize sizePx, int dpi = 96) const;
    // Format from the suffix: .png (at dpi), .svg, .pdf, written through QSaveFile. `sizePx` is
    // the page in px at 96 DPI (empty: defaultPageSize()); a PNG has sizePx * dpi / 96 pixels,
    // SVG and PDF use it as their page size. On failure `error` says why.
    bool exportToFile(const QString &path, QString *error = nullptr, int dpi = 150, QSize sizePx = {}) const;
    // The page on the printer's paint rect, scaled from 96-DPI px.
    void printTo(QPrinter *printer) const;

private:
    ViewPanel *m_view;
};

} // namespace wattprint
