#include "rendercommands.h"

#include "languagemanager.h"
#include "mainwindow.h"
#include "preferences.h"
#include "reportbuilder.h"
#include "viewhost.h"

#include <filterstate.h>
#include <pagerenderer.h>
#include <runtablemodel.h>
#include <store.h>
#include <units.h>
#include <viewpanel.h>
#include <viewregistry.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QImageWriter>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace wattprint {

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "wattprint: " << message << Qt::endl;
    return 1;
}

// Spins the event loop until `done` holds or the time is up.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

bool parseSize(const QString &text, QSize *size)
{
    const QStringList parts = text.toLower().split(QLatin1Char('x'));
    bool ok1 = false, ok2 = false;
    if (parts.size() == 2) {
        const int w = parts.at(0).toInt(&ok1);
        const int h = parts.at(1).toInt(&ok2);
        if (ok1 && ok2 && w >= 200 && h >= 150 && w <= 10000 && h <= 10000) {
            *size = QSize(w, h);
            return true;
        }
    }
    return false;
}

QCommandLineOption languageOption()
{
    return {QStringLiteral("lang"),
            QCoreApplication::translate("RenderCommands", "Language: %1 (default: the one in Preferences).")
                .arg(Preferences::availableLanguages().join(QLatin1Char('|'))),
            QCoreApplication::translate("RenderCommands", "LANG")};
}

// Puts the texts in --lang, else in the language saved in Preferences (the system's when none is
// saved). False for a language there is no catalogue of.
bool applyLanguage(const QCommandLineParser &parser, LanguageManager *languages)
{
    QString language = Preferences().language();
    if (parser.isSet(QStringLiteral("lang"))) {
        language = parser.value(QStringLiteral("lang")).toLower();
        if (!Preferences::availableLanguages().contains(language))
            return false;
    }
    languages->apply(language);
    return true;
}

int failLanguage(const QCommandLineParser &parser)
{
    return fail(
        QCoreApplication::translate("RenderCommands", "--lang must be one of %1, not '%2'")
            .arg(Preferences::availableLanguages().join(QStringLiteral(", ")), parser.value(QStringLiteral("lang"))));
}

QtMessageHandler previousHandler = nullptr;

// The offscreen platform warns once per top-level window it cannot size-hint; a report lays
// out a dozen views off screen, and those lines would bury the ones that matter.
void quietOffscreenHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("propagateSizeHints")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

bool RenderCommands::handles(const QString &command)
{
    return command == QLatin1String("render") || command == QLatin1String("screenshot")
        || command == QLatin1String("report");
}

int RenderCommands::run(const QString &command, const QStringList &args)
{
    if (command == QLatin1String("report"))
        return report(args);
    return command == QLatin1String("render") ? render(args) : screenshot(args);
}

int RenderCommands::render(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("RenderCommands", "Renders one view to PNG, SVG or PDF without a display."));
    parser.addHelpOption();
    parser.addOption(languageOption());
    parser.addOption({QStringLiteral("db"), QCoreApplication::translate("RenderCommands", "SQLite database file."),
                      QCoreApplication::translate("RenderCommands", "PATH")});
    parser.addOption({QStringLiteral("view"), QCoreApplication::translate("RenderCommands", "View id (see --list)."),
                      QCoreApplication::translate("RenderCommands", "ID")});
    parser.addOption({QStringLiteral("out"),
                      QCoreApplication::translate("RenderCommands", "Output file: .png, .svg or .pdf."),
                      QCoreApplication::translate("RenderCommands", "FILE")});
    parser.addOption({QStringLiteral("width"),
                      QCoreApplication::translate("RenderCommands", "Width in pixels (default 1200)."),
                      QCoreApplication::translate("RenderCommands", "W"), QStringLiteral("1200")});
    parser.addOption({QStringLiteral("height"),
                      QCoreApplication::translate("RenderCommands", "Height in pixels (default 800)."),
                      QCoreApplication::translate("RenderCommands", "H"), QStringLiteral("800")});
    parser.addOption({QStringLiteral("dpi"),
                      QCoreApplication::translate("RenderCommands", "PNG resolution (default 96)."),
                      QCoreApplication::translate("RenderCommands", "DPI"), QStringLiteral("96")});
    parser.addOption({QStringLiteral("filter"),
                      QCoreApplication::translate("RenderCommands", "Filter, e.g. dataset=529_pollen,device=cpu."),
                      QCoreApplication::translate("RenderCommands", "FILTER")});
    parser.addOption(
        {QStringLiteral("list"), QCoreApplication::translate("RenderCommands", "Print the view ids, one per line.")});
    if (!parser.parse(args))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    LanguageManager languages;
    if (!applyLanguage(parser, &languages))
        return failLanguage(parser);
    if (parser.isSet(QStringLiteral("list"))) {
        QTextStream out(stdout);
        for (const QString &id : ViewRegistry::ids())
            out << id << Qt::endl;
        return 0;
    }
    for (const char *required : {"db", "view", "out"}) {
        if (!parser.isSet(QLatin1String(required)))
            return fail(
                QCoreApplication::translate("RenderCommands", "render needs --%1").arg(QLatin1String(required)));
    }
    const QString id = parser.value(QStringLiteral("view"));
    if (!ViewRegistry::ids().contains(id))
        return fail(
            QCoreApplication::translate("RenderCommands", "unknown view '%1' (see wattprint render --list)").arg(id));
    const QString out = parser.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf"))
        return fail(QCoreApplication::translate("RenderCommands", "--out must end in .png, .svg or .pdf"));
    bool okW = false, okH = false, okD = false;
    const int width = parser.value(QStringLiteral("width")).toInt(&okW);
    const int height = parser.value(QStringLiteral("height")).toInt(&okH);
    const int dpi = parser.value(QStringLiteral("dpi")).toInt(&okD);
    if (!okW || !okH || width < 200 || height < 150 || width > 10000 || height > 10000)
        return fail(QCoreApplication::translate(
            "RenderCommands", "--width and --height must be whole numbers from 200x150 to 10000x10000"));
    if (!okD || dpi < 48 || dpi > 1200)
        return fail(QCoreApplication::translate("RenderCommands", "--dpi must be a whole number from 48 to 1200"));
    Filter filter;
    if (parser.isSet(QStringLiteral("filter"))) {
        QString error;
        const auto parsed = Filter::parse(parser.value(QStringLiteral("filter")), &error);
        if (!parsed)
            return fail(QCoreApplication::translate("RenderCommands", "--filter: %1").arg(error));
        filter = *parsed;
    }
    const QString dbPath = parser.value(QStringLiteral("db"));
    if (!StoreLocation::looksLikeServer(dbPath) && !QFileInfo::exists(dbPath))
        return fail(QCoreApplication::translate("RenderCommands", "%1 does not exist").arg(dbPath));
    Store store(dbPath);
    QString error;
    if (!store.open(&error))
        return fail(error);

    FilterState filterState;
    filterState.setFilter(filter);
    AnalysisService service;
    ViewHost host(&service, &filterState);
    host.setStore(store);
    host.updateDataSource(1);
    RunTableModel runModel;
    runModel.setDatabase(store.database());
    runModel.setFilter(filter);
    runModel.setEnergyUnit(units::energyUnit());
    host.setRunModel(&runModel);

    QString failure;
    QObject::connect(&service, &AnalysisService::failed,
                     [&failure, id](const QString &requester, quint64, const QString &message) {
                         if (requester == id)
                             failure = message;
                     });
    std::unique_ptr<ViewPanel> view(host.createView(id));
    view->resize(width, height);
    view->show();
    view->refresh();
    if (!waitFor([&] { return view->isReady() || !failure.isEmpty(); }, 180000))
        return fail(QCoreApplication::translate("RenderCommands", "the view did not finish within 3 minutes"));
    if (!failure.isEmpty() && !view->isReady())
        return fail(failure);
    if (!PageRenderer(view.get()).exportToFile(out, &error, dpi, QSize(width, height)))
        return fail(error);
    return 0;
}

int RenderCommands::screenshot(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("RenderCommands", "Lays out the main window offscreen and writes it as PNG."));
    parser.addHelpOption();
    parser.addOption(languageOption());
    parser.addOption({QStringLiteral("db"), QCoreApplication::translate("RenderCommands", "SQLite database file."),
                      QCoreApplication::translate("RenderCommands", "PATH")});
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("RenderCommands", "Output PNG file."),
                      QCoreApplication::translate("RenderCommands", "FILE")});
    parser.addOption({QStringLiteral("layout"), QCoreApplication::translate("RenderCommands", "Named layout to apply."),
                      QCoreApplication::translate("RenderCommands", "NAME")});
    parser.addOption({QStringLiteral("size"),
                      QCoreApplication::translate("RenderCommands", "Window size (default 1600x1000)."),
                      QCoreApplication::translate("RenderCommands", "WxH"), QStringLiteral("1600x1000")});
    if (!parser.parse(args))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    LanguageManager languages;
    if (!applyLanguage(parser, &languages))
        return failLanguage(parser);
    if (!parser.isSet(QStringLiteral("db")) || !parser.isSet(QStringLiteral("out")))
        return fail(QCoreApplication::translate("RenderCommands", "screenshot needs --db and --out"));
    QSize size;
    if (!parseSize(parser.value(QStringLiteral("size")), &size))
        return fail(QCoreApplication::translate("RenderCommands", "--size must look like 1600x1000"));
    const QString dbPath = parser.value(QStringLiteral("db"));
    if (!StoreLocation::looksLikeServer(dbPath) && !QFileInfo::exists(dbPath))
        return fail(QCoreApplication::translate("RenderCommands", "%1 does not exist").arg(dbPath));
    const QString out = parser.value(QStringLiteral("out"));
    if (QFileInfo(out).suffix().toLower() != QLatin1String("png"))
        return fail(QCoreApplication::translate("RenderCommands", "--out must end in .png"));

    MainWindow window(dbPath, MainWindow::Headless);
    if (!window.store())
        return fail(QCoreApplication::translate("RenderCommands", "cannot open %1").arg(dbPath));
    // The picture is the screen: the default layout is the one a screen of that size gets.
    window.fitTo(QRect(QPoint(0, 0), size));
    if (parser.isSet(QStringLiteral("layout"))) {
        QString error;
        if (!window.applyNamedLayout(parser.value(QStringLiteral("layout")), &error))
            return fail(error);
        window.resize(size);
    }
    window.show();
    if (!waitFor([&window] { return window.allVisibleViewsReady(); }, 180000))
        return fail(QCoreApplication::translate("RenderCommands", "the views did not finish within 3 minutes"));
    QCoreApplication::processEvents();
    if (window.size() != size)
        QTextStream(stderr) << "wattprint: "
                            << QCoreApplication::translate("RenderCommands",
                                                           "the window cannot be smaller than %1x%2; the picture is "
                                                           "that size")
                                   .arg(window.width())
                                   .arg(window.height())
                            << Qt::endl;
    const QImage image = window.grab().toImage();
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("RenderCommands", "cannot write %1: %2").arg(out, file.errorString()));
    QImageWriter writer(&file, "png");
    if (!writer.write(image) || !file.commit())
        return fail(
            QCoreApplication::translate("RenderCommands", "cannot write %1: %2").arg(out, writer.errorString()));
    return 0;
}

int RenderCommands::report(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "RenderCommands",
        "Writes the PDF report: cover page with totals and assumptions, one page per view, method page."));
    parser.addHelpOption();
    parser.addOption(languageOption());
    parser.addOption({QStringLiteral("db"), QCoreApplication::translate("RenderCommands", "SQLite database file."),
                      QCoreApplication::translate("RenderCommands", "PATH")});
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("RenderCommands", "Output PDF file."),
                      QCoreApplication::translate("RenderCommands", "FILE")});
    parser.addOption({QStringLiteral("layout"),
                      QCoreApplication::translate("RenderCommands", "Named layout: its open views and their settings."),
                      QCoreApplication::translate("RenderCommands", "NAME")});
    parser.addOption({QStringLiteral("views"),
                      QCoreApplication::translate("RenderCommands",
                                                  "Comma-separated view ids (default: every view but the runs table)."),
                      QCoreApplication::translate("RenderCommands", "IDS")});
    parser.addOption({QStringLiteral("filter"),
                      QCoreApplication::translate("RenderCommands", "Filter, e.g. dataset=529_pollen,device=cpu."),
                      QCoreApplication::translate("RenderCommands", "FILTER")});
    parser.addOption({QStringLiteral("region"),
                      QCoreApplication::translate("RenderCommands", "Grid preset (default: the one in Preferences)."),
                      QCoreApplication::translate("RenderCommands", "NAME")});
    parser.addOption(
        {QStringLiteral("intensity"),
         QCoreApplication::translate("RenderCommands", "Grid carbon intensity in g CO2e per kWh instead of a preset."),
         QCoreApplication::translate("RenderCommands", "G_PER_KWH")});
    parser.addOption({QStringLiteral("pue"),
                      QCoreApplication::translate("RenderCommands", "Power usage effectiveness (>= 1)."),
                      QCoreApplication::translate("RenderCommands", "P")});
    parser.addOption({QStringLiteral("price"),
                      QCoreApplication::translate("RenderCommands", "Electricity price per kWh."),
                      QCoreApplication::translate("RenderCommands", "PER_KWH")});
    parser.addOption({QStringLiteral("currency"),
                      QCoreApplication::translate("RenderCommands", "Label of the price's currency."),
                      QCoreApplication::translate("RenderCommands", "C")});
    if (!parser.parse(args))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    LanguageManager languages;
    if (!applyLanguage(parser, &languages))
        return failLanguage(parser);
    if (!parser.isSet(QStringLiteral("db")) || !parser.isSet(QStringLiteral("out")))
        return fail(QCoreApplication::translate("RenderCommands", "report needs --db and --out"));
    const QString dbPath = parser.value(QStringLiteral("db"));
    if (!StoreLocation::looksLikeServer(dbPath) && !QFileInfo::exists(dbPath))
        return fail(QCoreApplication::translate("RenderCommands", "%1 does not exist").arg(dbPath));
    const QString out = parser.value(QStringLiteral("out"));
    if (QFileInfo(out).suffix().toLower() != QLatin1String("pdf"))
        return fail(QCoreApplication::translate("RenderCommands", "--out must end in .pdf"));

    ReportRequest request;
    std::unique_ptr<MainWindow> window;
    if (parser.isSet(QStringLiteral("layout"))) {
        // The layout decides which docks are open and how each view is set up.
        window = std::make_unique<MainWindow>(dbPath, MainWindow::Headless);
        if (!window->store())
            return fail(QCoreApplication::translate("RenderCommands", "cannot open %1").arg(dbPath));
        QString error;
        if (!window->applyNamedLayout(parser.value(QStringLiteral("layout")), &error))
            return fail(error);
        request = window->reportRequest(out);
    } else {
        request.dbPath = dbPath;
        request.outPath = out;
    }
    if (parser.isSet(QStringLiteral("views"))) {
        request.viewIds.clear();
        for (const QString &id : parser.value(QStringLiteral("views")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            request.viewIds.append(id.trimmed());
        if (request.viewIds.isEmpty())
            return fail(
                QCoreApplication::translate("RenderCommands", "--views names no view (see wattprint render --list)"));
    }
    if (parser.isSet(QStringLiteral("filter"))) {
        QString error;
        const auto parsed = Filter::parse(parser.value(QStringLiteral("filter")), &error);
        if (!parsed)
            return fail(QCoreApplication::translate("RenderCommands", "--filter: %1").arg(error));
        request.filter = *parsed;
    }

    const Preferences preferences;
    auto number = [&parser](const char *name, std::optional<double> fallback, bool *ok) -> std::optional<double> {
        *ok = true;
        if (!parser.isSet(QLatin1String(name)))
            return fallback;
        const double v = parser.value(QLatin1String(name)).toDouble(ok);
        return *ok ? std::optional<double>(v) : std::nullopt;
    };
    bool ok = true;
    std::optional<QString> region;
    std::optional<double> intensity;
    if (parser.isSet(QStringLiteral("intensity")) && parser.isSet(QStringLiteral("region")))
        return fail(QCoreApplication::translate("RenderCommands", "give --region or --intensity, not both"));
    if (parser.isSet(QStringLiteral("intensity"))) {
        intensity = number("intensity", std::nullopt, &ok);
        if (!ok)
            return fail(QCoreApplication::translate("RenderCommands", "--intensity must be a number"));
    } else if (parser.isSet(QStringLiteral("region"))) {
        region = parser.value(QStringLiteral("region"));
    } else if (preferences.customIntensity()) {
        intensity = preferences.customIntensity();
    } else {
        region = preferences.region();
    }
    const std::optional<double> pue = number("pue", preferences.pue(), &ok);
    if (!ok)
        return fail(QCoreApplication::translate("RenderCommands", "--pue must be a number"));
    const std::optional<double> price = number("price", preferences.pricePerKwh(), &ok);
    if (!ok)
        return fail(QCoreApplication::translate("RenderCommands", "--price must be a number"));
    const QString currency = parser.isSet(QStringLiteral("currency")) ? parser.value(QStringLiteral("currency"))
                                                                      : preferences.currency();
    try {
        request.factors = resolveCarbonFactors(region, intensity, pue, price, currency);
    } catch (const std::exception &e) {
        return fail(QString::fromUtf8(e.what()));
    }

    QString error;
    qint64 ms = 0;
    previousHandler = qInstallMessageHandler(quietOffscreenHandler);
    const bool built = ReportBuilder::build(request, &error, &ms);
    qInstallMessageHandler(previousHandler);
    if (!built)
        return fail(error);
    const int views = int((request.viewIds.isEmpty() ? ViewRegistry::chartIds() : request.viewIds).size());
    QTextStream(stdout) << QCoreApplication::translate("RenderCommands", "Wrote %1: %2 pages, %3 MB, in %4 s")
                               .arg(out)
                               .arg(ReportWriter::pageCount(views))
                               .arg(QLocale().toString(QFileInfo(out).size() / 1048576.0, 'f', 2),
                                    QLocale().toString(ms / 1000.0, 'f', 1))
                        << Qt::endl;
    return 0;
}

} // namespace wattprint
