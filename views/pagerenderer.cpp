#include "pagerenderer.h"

#include "chartfonts.h"
#include "filterstate.h"
#include "viewpanel.h"

#include <QDate>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>

namespace wattprint {

namespace {

// Page typography in px at 96 DPI; pixel sizes keep the page identical on every device.
constexpr qreal PageMargin = 28;
constexpr int TitlePx = 22;
constexpr int NuggetPx = 16;
constexpr int StripPx = 12;
constexpr int FindingPx = 15;
constexpr int FooterPx = 11;

QFont pageFont(const QFont &base, int px, bool bold = false, bool italic = false)
{
    QFont f = pixelFont(base, px, bold);
    f.setItalic(italic);
    return f;
}

// Draws wrapped text from the top of `area`; returns the height used.
qreal drawWrapped(QPainter *painter, const QRectF &area, const QString &text, int flags = Qt::AlignLeft)
{
    if (text.isEmpty())
        return 0;
    const int f = flags | Qt::TextWordWrap | Qt::AlignTop;
    const QRectF bounds = painter->boundingRect(area, f, text);
    painter->drawText(QRectF(area.left(), area.top(), area.width(), bounds.height()), f, text);
    return bounds.height();
}

qreal wrappedHeight(QPainter *painter, qreal width, const QString &text)
{
    if (text.isEmpty())
        return 0;
    return painter->boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignTop, text).height();
}

} // namespace

PageRenderer::PageRenderer(ViewPanel *view)
    : m_view(view)
{}

QString PageRenderer::footerText(const ViewEnvironment &environment)
{
    QString source = environment.sourceDescription ? environment.sourceDescription() : QString();
    if (source.isEmpty())
        source = tr("unknown source");
    const bool synthetic = environment.isSynthetic && environment.isSynthetic();
    if (synthetic && environment.hasMeasured && environment.hasMeasured())
        source = tr("%1 [synthetic demo beside measured runs]").arg(source);
    else if (synthetic)
        source = tr("%1 [synthetic demo, not measured data]").arg(source);
    const QString filter = environment.filterState ? environment.filterState->filter().describe() : tr("all runs");
    return tr("Data: %1 | Filter: %2 | %3 | Wattprint %4")
        .arg(source, filter, QDate::currentDate().toString(Qt::ISODate), QStringLiteral(WATTPRINT_VERSION));
}

void PageRenderer::renderPage(QPainter *painter, const QRectF &rect, bool vector) const
{
    const ViewEnvironment &environment = m_view->environment();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->fillRect(rect, Qt::white);
    const QFont base = m_view->font();
    const QRectF area = rect.adjusted(PageMargin, PageMargin * 0.8, -PageMargin, -PageMargin * 0.6);
    qreal y = area.top();

    painter->setPen(QColor(0x20, 0x20, 0x20));
    painter->setFont(pageFont(base, TitlePx, true));
    y += drawWrapped(painter, QRectF(area.left(), y, area.width(), area.height()), m_view->title());
    y += 2;
    painter->setPen(QColor(0x30, 0x30, 0x30));
    painter->setFont(pageFont(base, NuggetPx, false, true));
    y += drawWrapped(painter, QRectF(area.left(), y, area.width(), area.height()), m_view->nugget());

    if (environment.isSynthetic && environment.isSynthetic()) {
        y += 6;
        painter->setFont(pageFont(base, StripPx, true));
        const bool mixed = environment.hasMeasured && environment.hasMeasured();
        const QString strip = mixed ? tr("Demo data (synthetic, modelled on BUTTER-E) beside imported runs: the "
                                         "demo's runs are made up, not measured")
                                    : tr("Demo data (synthetic, modelled on BUTTER-E): made up, not measured");
        const qreal h = wrappedHeight(painter, area.width() - 12, strip) + 6;
        const QRectF stripRect(area.left(), y, area.width(), h);
        painter->fillRect(stripRect, QColor(0xff, 0xf4, 0xce));
        painter->setPen(QColor(0xe0, 0xb0, 0x00));
        painter->drawRect(stripRect);
        painter->setPen(QColor(0x5c, 0x44, 0x00));
        drawWrapped(painter, stripRect.adjusted(6, 3, -6, -3), strip);
        y += h;
    }
    y += 8;

    // Bottom up: footer, then the finding, then the chart takes what is left.
    painter->setFont(pageFont(base, FooterPx));
    const QString footer = footerText(environment);
    const qreal footerH = wrappedHeight(painter, area.width(), footer);
    painter->setFont(pageFont(base, FindingPx, true));
    QString findingText = m_view->finding().isEmpty() ? m_view->message() : m_view->finding();
    if (!m_view->qualityNote().isEmpty())
        findingText += QLatin1Char(' ') + m_view->qualityNote();
    if (!m_view->configurationNote().isEmpty())
        findingText += QLatin1Char(' ') + m_view->configurationNote();
    const qreal findingH = wrappedHeight(painter, area.width(), findingText);
    const qreal bottom = area.bottom();
    const qreal footerTop = bottom - footerH;
    const qreal findingTop = footerTop - 10 - findingH;
    const QRectF chartRect(area.left(), y, area.width(), std::max<qreal>(40, findingTop - 8 - y));

    painter->save();
    painter->setClipRect(chartRect);
    m_view->renderChart(painter, chartRect, vector);
    painter->restore();

    painter->setPen(QColor(0x10, 0x10, 0x10));
    painter->setFont(pageFont(base, FindingPx, true));
    drawWrapped(painter, QRectF(area.left(), findingTop, area.width(), findingH + 4), findingText);

    painter->setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 0.8));
    painter->drawLine(QPointF(area.left(), footerTop - 5), QPointF(area.right(), footerTop - 5));
    painter->setPen(QColor(0x55, 0x55, 0x55));
    painter->setFont(pageFont(base, FooterPx));
    drawWrapped(painter, QRectF(area.left(), footerTop, area.width(), footerH + 4), footer);
    painter->restore();
}

bool PageRenderer::exportToFile(const QString &path, QString *error, int dpi, QSize sizePx) const
{
    const QSize page = sizePx.isEmpty() ? defaultPageSize() : sizePx;
    const QString suffix = QFileInfo(path).suffix().toLower();
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf"))
        return fail(tr("Cannot export to '%1': use a .png, .svg or .pdf file name.").arg(path));
    if (dpi < 24 || dpi > 2400)
        return fail(tr("A resolution of %1 DPI is out of range (24 to 2400).").arg(dpi));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write '%1': %2").arg(path, file.errorString()));

    if (suffix == QLatin1String("png")) {
        const QImage image = renderImage(page, dpi);
        if (!image.save(&file, "PNG"))
            return fail(tr("Cannot write '%1': the PNG encoder failed").arg(path));
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(page);
        generator.setViewBox(QRect(QPoint(), page));
        generator.setResolution(96);
        generator.setTitle(m_view->title());
        generator.setDescription(m_view->nugget());
        QPainter painter;
        if (!painter.begin(&generator))
            return fail(tr("Cannot write '%1': the SVG generator failed").arg(path));
        renderPage(&painter, QRectF(QPointF(), page), true);
        painter.end();
    } else {
        QPdfWriter writer(&file);
        writer.setResolution(96);
        writer.setCreator(QStringLiteral("Wattprint %1").arg(QStringLiteral(WATTPRINT_VERSION)));
        writer.setTitle(m_view->title());
        writer.setPageLayout(
            QPageLayout(QPageSize(QSizeF(page) * 72.0 / 96.0, QPageSize::Point, QString(), QPageSize::ExactMatch),
                        QPageLayout::Portrait, QMarginsF()));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(tr("Cannot write '%1': the PDF writer failed").arg(path));
        renderPage(&painter, QRectF(QPointF(), page), true);
        painter.end();
    }
    if (!file.commit())
        return fail(tr("Cannot write '%1': %2").arg(path, file.errorString()));
    return true;
}

QImage PageRenderer::renderImage(QSize sizePx, int dpi) const
{
    const QSize page = sizePx.isEmpty() ? defaultPageSize() : sizePx;
    const qreal ratio = std::clamp(dpi, 24, 2400) / 96.0;
    QImage image(QSize(qRound(page.width() * ratio), qRound(page.height() * ratio)),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderPage(&painter, QRectF(QPointF(), page), false);
    painter.end();
    // Recorded only now: the page was laid out in 96-DPI px; the file says how dense it is.
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

void PageRenderer::printTo(QPrinter *printer) const
{
    QPainter painter;
    if (!painter.begin(printer))
        return;
    const QRect paint = printer->pageLayout().paintRectPixels(printer->resolution());
    const qreal scale = printer->resolution() / 96.0;
    painter.scale(scale, scale);
    renderPage(&painter, QRectF(0, 0, paint.width() / scale, paint.height() / scale), true);
    painter.end();
}

} // namespace wattprint
