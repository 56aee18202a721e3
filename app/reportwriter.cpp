#include "reportwriter.h"

#include <energymodel.h>
#include <pagerenderer.h>
#include <units.h>
#include <viewpanel.h>

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace wattprint {

namespace {

constexpr qreal Margin = 48; // px at 96 DPI
constexpr qreal PageNumberBand = 18;
constexpr int Dpi = 300; // for the image layers some charts embed

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

QString documentStyle()
{
    return QStringLiteral("<style>"
                          "body { color: #202020; }"
                          "h1 { font-size: 26px; color: #123f4a; margin-bottom: 4px; }"
                          "h2 { font-size: 17px; color: #123f4a; margin-top: 14px; margin-bottom: 4px; }"
                          "p { margin-top: 3px; margin-bottom: 3px; }"
                          "td, th { padding: 3px 8px 3px 0px; }"
                          "th { text-align: left; color: #404040; }"
                          ".demo { background-color: #fff4ce; color: #5c4400; font-weight: bold; }"
                          ".small { color: #555555; font-size: 11px; }"
                          ".num { text-align: right; }"
                          "</style>");
}

void paintHtml(QPainter *painter, const QRectF &rect, const QString &html, int basePx = 13)
{
    QTextDocument doc;
    QFont font = painter->font();
    font.setPixelSize(basePx);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setTextWidth(rect.width());
    doc.setHtml(documentStyle() + html);
    painter->save();
    painter->translate(rect.topLeft());
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, 0, rect.width(), rect.height());
    context.palette.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    painter->setClipRect(context.clip);
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

void paintPageNumber(QPainter *painter, const QRectF &page, int number, int count)
{
    painter->save();
    QFont font = painter->font();
    font.setPixelSize(10);
    painter->setFont(font);
    painter->setPen(QColor(0x55, 0x55, 0x55));
    const QRectF band(page.left() + Margin / 2, page.bottom() - PageNumberBand, page.width() - Margin,
                      PageNumberBand - 4);
    painter->drawText(band, Qt::AlignRight | Qt::AlignVCenter,
                      ReportWriter::tr("Page %1 of %2").arg(number).arg(count));
    painter->drawText(band, Qt::AlignLeft | Qt::AlignVCenter, ReportWriter::tr("Wattprint report"));
    painter->restore();
}

// Totals stay in kWh and kg CO2e whatever their size and the energy-unit preference, so reports
// compare at a glance.
QString energyText(double joules)
{
    return units::energy(joules, units::EnergyUnit::KilowattHour);
}

// CO2e where the intensity counts every gas, CO2 where it counts CO2 only (units::gasName).
QString massText(double grams, const QString &intensityUnit)
{
    return intensityUnit.contains(QLatin1String("CO2e")) || intensityUnit.isEmpty()
        ? ReportWriter::tr("%1 kg CO2e").arg(units::threeDigits(grams / 1000))
        : ReportWriter::tr("%1 kg CO2").arg(units::threeDigits(grams / 1000));
}

QString dateOf(std::int64_t ns)
{
    return QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC).date().toString(Qt::ISODate);
}

} // namespace

QString ReportWriter::citation()
{
    return tr("BUTTER-E: Tripp, Perr-Sauer et al., \"Measuring the Energy Consumption and Efficiency of Deep "
              "Neural Networks\", National Renewable Energy Laboratory, Open Energy Data Initiative submission "
              "5991, doi:10.25984/2329316, licensed CC-BY-4.0.");
}

void ReportWriter::paintCover(QPainter *painter, const QRectF &rect, const ReportContent &c)
{
    const ReportTotals &t = c.totals;
    const CarbonResult &r = c.carbon;
    const CarbonFactors &f = r.factors;
    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Wattprint report")));
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("Where the energy of neural-network training goes")));
    if (c.synthetic) {
        html += QStringLiteral("<p class=\"demo\">&nbsp;%1&nbsp;</p>")
                    .arg(esc(tr("Synthetic demo data: made up, modelled on BUTTER-E, not measured. Do not quote "
                                "these figures.")));
    }
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Data")));
    html += QStringLiteral("<table>");
    auto row = [&html](const QString &key, const QString &value) {
        html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(key), esc(value));
    };
    row(tr("Source"), c.source);
    if (!c.sources.isEmpty())
        row(tr("Sources"), c.sources.join(QStringLiteral("; ")));
    row(tr("Citation"),
        c.synthetic ? tr("none: the data is synthetic; its design follows %1").arg(citation()) : citation());
    row(tr("Filter in force"), c.filterDescription);
    row(tr("Runs"),
        tr("%1 (%2 on CPU nodes, %3 on GPU nodes)")
            .arg(QLocale().toString(qulonglong(t.runs)), QLocale().toString(qulonglong(t.cpuRuns)),
                 QLocale().toString(qulonglong(t.gpuRuns))));
    row(tr("Configurations"),
        tr("%1 (dataset, shape, size, depth and device)").arg(QLocale().toString(qulonglong(t.configurations))));
    if (t.runs > 0)
        row(tr("Runs started"), tr("%1 to %2 (UTC)").arg(dateOf(t.firstStartNs), dateOf(t.lastStartNs)));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Totals")));
    html += QStringLiteral("<table>");
    row(tr("Energy at the nodes"), tr("%1 (%2 J)").arg(energyText(r.joules), QLocale().toString(r.joules, 'f', 0)));
    row(tr("Energy at the facility"),
        tr("%1 (node energy x PUE %2)").arg(energyText(r.facilityKwh * kJoulesPerKwh), number(f.pue, 2)));
    row(tr("Carbon"), massText(r.co2eGrams, f.intensityUnit));
    row(tr("Cost"),
        !r.cost ? tr("not computed: no electricity price is set (Preferences)")
            : f.priceIsDefault
            ? tr("%1 %2 at the default price (see Price below)").arg(number(*r.cost, 2), f.currency)
            : tr("%1 %2").arg(number(*r.cost, 2), f.currency.isEmpty() ? tr("(currency not set)") : f.currency));
    if (t.runs > 0)
        row(tr("Of which fixed overhead"),
            tr("%1, %2% of the energy")
                .arg(energyText(t.overheadJoules), number(t.joules > 0 ? 100 * t.overheadJoules / t.joules : 0, 1)));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Assumptions")));
    html += QStringLiteral("<table>");
    row(tr("Grid intensity"),
        tr("%1 %2 (%3; %4)")
            .arg(number(f.gramsPerKwh, 1), f.intensityUnit,
                 f.region == QLatin1String("custom")         ? tr("your own value")
                     : findRegionPreset(f.region) != nullptr ? findRegionPreset(f.region)->name
                                                             : f.region,
                 f.intensitySource.isEmpty() ? tr("no source given") : f.intensitySource));
    row(tr("PUE"),
        tr("%1 (%2)").arg(number(f.pue, 2),
                          f.pueSource.isEmpty() ? tr("1.0: no facility overhead assumed") : f.pueSource));
    row(tr("Price"),
        !f.pricePerKwh ? tr("not set")
            : f.priceIsDefault
            //: %1 price, %2 currency, %3 source of the default price
            ? tr("%1 %2 per kWh (default, as no own price is set: %3)")
                  .arg(number(*f.pricePerKwh, 4), f.currency, f.priceSource)
            : tr("%1 %2 per kWh (your own value)").arg(number(*f.pricePerKwh, 4), f.currency));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p class=\"small\">%1</p>")
                .arg(esc(
                    tr("Generated %1 by Wattprint %2. The method page at the end gives the formulas and every "
                       "factor's source.")
                        .arg(QLocale().toString(c.generated, QLocale::LongFormat), QStringLiteral(WATTPRINT_VERSION))));
    paintHtml(painter, rect, html, 13);
}

void ReportWriter::paintContents(QPainter *painter, const QRectF &rect, const ReportContent &c)
{
    QString html = QStringLiteral("<h1>%1</h1><table width=\"100%\">").arg(esc(tr("Contents")));
    auto entry = [&html](const QString &title, const QString &detail, int page) {
        html += QStringLiteral(
                    "<tr><td>%1<br/><span class=\"small\">%2</span></td><td class=\"num\" align=\"right\">%3</td></tr>")
                    .arg(esc(title), esc(detail))
                    .arg(page);
    };
    entry(tr("Cover: data, totals and assumptions"), QString(), 1);
    for (int i = 0; i < c.views.size(); ++i)
        entry(c.views.at(i)->title(), c.views.at(i)->nugget(), viewPage(i));
    entry(tr("Method: measurement, overhead and formulas"), QString(), methodPage(int(c.views.size())));
    entry(tr("Conversion factors and their sources"), QString(), factorsPage(int(c.views.size())));
    html += QStringLiteral("</table>");
    paintHtml(painter, rect, html, c.views.size() > 12 ? 11 : 13);
}

void ReportWriter::paintMethod(QPainter *painter, const QRectF &rect, const ReportContent &c)
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(esc(tr("Method")));
    html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(esc(tr("How energy was measured")),
                     esc(tr("BUTTER-E reads whole-node watt meters on NREL's Eagle system (CPU nodes: 2 x Intel Xeon "
                            "Gold 6154; GPU nodes: the same plus 2 x NVIDIA V100) once a minute. A run's energy is the "
                            "piecewise-constant integral of these samples between its start and end. Whole-node power "
                            "includes the idle draw of processors, memory, GPUs and fans.")));
    html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(
                    esc(tr("Overhead")),
                    esc(tr("Every run pays a fixed cost to start, load data and tear down, estimated by NREL from the "
                           "tiny 505_tecator runs: %1 J on CPU nodes and %2 J on GPU nodes. Non-overhead energy is the "
                           "energy less this overhead.")
                            .arg(QLocale().toString(energyOverheadJoules(Device::Cpu), 'f', 0),
                                 QLocale().toString(energyOverheadJoules(Device::Gpu), 'f', 0))));
    html += QStringLiteral("<h2>%1</h2><table>").arg(esc(tr("Formulas")));
    const QStringList formulas = {
        tr("energy per epoch = non-overhead energy / 3000 epochs"),
        tr("energy per training datum = non-overhead energy / (training batches x 3000 x batch size)"),
        tr("training batches = ceil(0.8 x observations / batch size)"),
        tr("kWh = J / 3,600,000"),
        tr("facility kWh = kWh x PUE"),
        tr("CO2e (g) = facility kWh x grid intensity (g/kWh)"),
        tr("cost = facility kWh x price per kWh"),
        tr("check: 10,000 J at 400 g/kWh = 0.002778 kWh x 400 = 1.11 g CO2e"),
    };
    for (const QString &line : formulas)
        html += QStringLiteral("<tr><td>%1</td></tr>").arg(esc(line));
    html += QStringLiteral("</table>");

    if (c.synthetic) {
        html += QStringLiteral("<p class=\"demo\">&nbsp;%1&nbsp;</p>")
                    .arg(esc(
                        tr("This report was made from synthetic demo data: the method is real, the numbers are not.")));
    }
    paintHtml(painter, rect, html, 12);
}

void ReportWriter::paintFactors(QPainter *painter, const QRectF &rect, const ReportContent &c)
{
    const CarbonFactors &f = c.carbon.factors;
    QString html = QStringLiteral("<h1>%1</h1>").arg(esc(tr("Conversion factors")));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Every factor Wattprint offers, with its source and the year it describes. "
                            "The one marked \"in force\" made this report's figures.")));
    html += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                .arg(esc(tr("Factor")), esc(tr("Value")), esc(tr("Year")), esc(tr("Source")));
    // The world average, the special presets and the country in force; the other countries in one
    // row (all ~215 would not fit a page; `wattprint carbon --list-regions` prints them).
    int otherCountries = 0;
    double lowest = 0, highest = 0;
    int firstYear = 0, lastYear = 0;
    for (const RegionPreset &p : regionPresets()) {
        const bool inForce = p.id == f.region;
        if (p.country && !inForce) {
            lowest = otherCountries == 0 ? p.gramsPerKwh : std::min(lowest, p.gramsPerKwh);
            highest = otherCountries == 0 ? p.gramsPerKwh : std::max(highest, p.gramsPerKwh);
            firstYear = otherCountries == 0 ? p.year : std::min(firstYear, p.year);
            lastYear = otherCountries == 0 ? p.year : std::max(lastYear, p.year);
            ++otherCountries;
            continue;
        }
        html += QStringLiteral("<tr><td>%1%2</td><td>%3 %4</td><td>%5</td><td class=\"small\">%6</td></tr>")
                    .arg(esc(p.name), inForce ? esc(tr(" (in force)")) : QString(), number(p.gramsPerKwh, 1),
                         esc(p.unit))
                    .arg(p.year)
                    .arg(esc(p.source));
        if (p.pue) {
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"small\">%4</td></tr>")
                        .arg(esc(tr("PUE with %1").arg(p.name)), number(*p.pue, 2))
                        .arg(p.year)
                        .arg(esc(p.pueSource));
        }
    }
    if (otherCountries > 0) {
        //: %1 number of countries, e.g. "212 other countries"
        html += QStringLiteral("<tr><td>%1</td><td>%2 to %3 %4</td><td>%5</td><td class=\"small\">%6</td></tr>")
                    .arg(esc(tr("%1 other countries").arg(otherCountries)), number(lowest, 1), number(highest, 1),
                         esc(QStringLiteral("gCO2e/kWh")),
                         firstYear == lastYear ? QString::number(firstYear)
                                               : tr("%1 to %2").arg(firstYear).arg(lastYear),
                         esc(tr("CodeCarbon global_energy_mix.json (Our World in Data / Ember), one figure per "
                                "country; wattprint carbon --list-regions lists them")));
    }
    if (f.region == QLatin1String("custom")) {
        html += QStringLiteral("<tr><td>%1</td><td>%2 %3</td><td></td><td class=\"small\">%4</td></tr>")
                    .arg(esc(tr("Your own intensity (in force)")), number(f.gramsPerKwh, 1), esc(f.intensityUnit),
                         esc(tr("set in Preferences")));
    }
    if (f.pricePerKwh) {
        html += QStringLiteral("<tr><td>%1</td><td>%2 %3</td><td>%4</td><td class=\"small\">%5</td></tr>")
                    .arg(esc(f.priceIsDefault ? tr("Electricity price, default (in force)")
                                              : tr("Your own electricity price (in force)")),
                         number(*f.pricePerKwh, 4), esc(tr("%1 per kWh").arg(f.currency)),
                         f.priceYear > 0 ? QString::number(f.priceYear) : QString(),
                         esc(f.priceIsDefault ? f.priceSource : tr("your own value")));
    }
    for (const Equivalent &e : c.carbon.equivalents) {
        //: Unit of an equivalent's factor, e.g. "gCO2 per smartphone charge"
        html += QStringLiteral("<tr><td>%1</td><td>%2 %3</td><td>%4</td><td class=\"small\">%5</td></tr>")
                    .arg(esc(e.label), number(e.gramsPerUnit, 1), esc(tr("%1 per %2").arg(e.gramsUnit, e.perUnit)),
                         e.year > 0 ? QString::number(e.year) : QString(), esc(e.source));
    }
    html += QStringLiteral("</table>");
    paintHtml(painter, rect, html, 11);
}

bool ReportWriter::write(const QString &path, const ReportContent &content, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    const int viewCount = int(content.views.size());
    const int pages = pageCount(viewCount);
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(Dpi);
        pdf.setTitle(tr("Wattprint report"));
        pdf.setCreator(QStringLiteral("Wattprint %1").arg(QStringLiteral(WATTPRINT_VERSION)));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            file.cancelWriting();
            if (error)
                *error = tr("%1: cannot start the PDF").arg(path);
            return false;
        }
        // Every part draws in px at 96 DPI, as the views do.
        const qreal scale = Dpi / 96.0;
        painter.scale(scale, scale);
        const QRectF page(0, 0, pdf.width() / scale, pdf.height() / scale);
        const QRectF body = page.adjusted(Margin, Margin * 0.8, -Margin, -Margin * 0.6 - PageNumberBand);
        int number = 1;

        paintCover(&painter, body, content);
        paintPageNumber(&painter, page, number++, pages);
        pdf.newPage();
        paintContents(&painter, body, content);
        paintPageNumber(&painter, page, number++, pages);
        for (ViewPanel *view : content.views) {
            pdf.newPage();
            PageRenderer(view).renderPage(&painter, page.adjusted(0, 0, 0, -PageNumberBand + 6), true);
            paintPageNumber(&painter, page, number++, pages);
        }
        pdf.newPage();
        paintMethod(&painter, body, content);
        paintPageNumber(&painter, page, number++, pages);
        pdf.newPage();
        paintFactors(&painter, body, content);
        paintPageNumber(&painter, page, number++, pages);
        painter.end();
    }
    if (!file.commit()) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace wattprint
