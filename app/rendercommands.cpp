#include "rendercommands.h"

#include "mainwindow.h"
#include "storeloader.h"

#include <filterstate.h>
#include <runtablemodel.h>
#include <store.h>
#include <viewpanel.h>
#include <viewregistry.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QImageWriter>
#include <QSaveFile>
#include <QTextStream>

namespace wattprint {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RenderCommands", text);
}

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

} // namespace

bool RenderCommands::handles(const QString &command)
{
    return command == QLatin1String("render") || command == QLatin1String("screenshot");
}

int RenderCommands::run(const QString &command, const QStringList &args)
{
    return command == QLatin1String("render") ? render(args) : screenshot(args);
}

int RenderCommands::render(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Renders one view to PNG, SVG or PDF without a display."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), tr("SQLite database file."), tr("PATH")});
    parser.addOption({QStringLiteral("view"), tr("View id (see --list)."), tr("ID")});
    parser.addOption({QStringLiteral("out"), tr("Output file: .png, .svg or .pdf."), tr("FILE")});
    parser.addOption({QStringLiteral("width"), tr("Width in pixels (default 1200)."), tr("W"), QStringLiteral("1200")});
    parser.addOption({QStringLiteral("height"), tr("Height in pixels (default 800)."), tr("H"), QStringLiteral("800")});
    parser.addOption({QStringLiteral("dpi"), tr("PNG resolution (default 96)."), tr("DPI"), QStringLiteral("96")});
    parser.addOption({QStringLiteral("filter"), tr("Filter, e.g. dataset=529_pollen,device=cpu."), tr("FILTER")});
    parser.addOption({QStringLiteral("list"), tr("Print the view ids, one per line.")});
    if (!parser.parse(args))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.isSet(QStringLiteral("list"))) {
        QTextStream out(stdout);
        for (const QString &id : ViewRegistry::ids())
            out << id << Qt::endl;
        return 0;
    }
    for (const char *required : {"db", "view", "out"}) {
        if (!parser.isSet(QLatin1String(required)))
            return fail(tr("render needs --%1").arg(QLatin1String(required)));
    }
    const QString id = parser.value(QStringLiteral("view"));
    if (!ViewRegistry::ids().contains(id))
        return fail(tr("unknown view '%1' (see wattprint render --list)").arg(id));
    const QString out = parser.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf"))
        return fail(tr("--out must end in .png, .svg or .pdf"));
    bool okW = false, okH = false, okD = false;
    const int width = parser.value(QStringLiteral("width")).toInt(&okW);
    const int height = parser.value(QStringLiteral("height")).toInt(&okH);
    const int dpi = parser.value(QStringLiteral("dpi")).toInt(&okD);
    if (!okW || !okH || width < 200 || height < 150 || width > 10000 || height > 10000)
        return fail(tr("--width and --height must be whole numbers from 200x150 to 10000x10000"));
    if (!okD || dpi < 48 || dpi > 1200)
        return fail(tr("--dpi must be a whole number from 48 to 1200"));
    Filter filter;
    if (parser.isSet(QStringLiteral("filter"))) {
        QString error;
        const auto parsed = Filter::parse(parser.value(QStringLiteral("filter")), &error);
        if (!parsed)
            return fail(tr("--filter: %1").arg(error));
        filter = *parsed;
    }
    const QString dbPath = parser.value(QStringLiteral("db"));
    if (!QFileInfo::exists(dbPath))
        return fail(tr("%1 does not exist").arg(dbPath));
    Store store(dbPath);
    QString error;
    if (!store.open(&error))
        return fail(error);

    FilterState filterState;
    filterState.setFilter(filter);
    AnalysisService service;
    service.setDataSource(1, StoreLoader::make(dbPath, filter));
    RunTableModel runModel;
    runModel.setDatabase(store.database());
    runModel.setFilter(filter);
    const QString source = store.sourceDescription();
    const bool synthetic = store.hasSyntheticData();
    ViewEnvironment env;
    env.service = &service;
    env.filterState = &filterState;
    env.runModel = &runModel;
    env.applyFilter = [&filterState](const Filter &f, const QString &) { filterState.setFilter(f); };
    env.sourceDescription = [source] { return source; };
    env.isSynthetic = [synthetic] { return synthetic; };

    std::unique_ptr<ViewPanel> view(ViewRegistry::create(id));
    QString failure;
    QObject::connect(&service, &AnalysisService::failed, [&failure, id](const QString &requester, quint64,
                                                                         const QString &message) {
        if (requester == id)
            failure = message;
    });
    view->setEnvironment(env);
    StoreLoader::connectViews({view.get()}, dbPath);
    view->resize(width, height);
    view->show();
    view->refresh();
    if (!waitFor([&] { return view->isReady() || !failure.isEmpty(); }, 180000))
        return fail(tr("the view did not finish within 3 minutes"));
    if (!failure.isEmpty() && !view->isReady())
        return fail(failure);
    if (!view->exportToFile(out, &error, dpi, QSize(width, height)))
        return fail(error);
    return 0;
}

int RenderCommands::screenshot(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lays out the main window offscreen and writes it as PNG."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), tr("SQLite database file."), tr("PATH")});
    parser.addOption({QStringLiteral("out"), tr("Output PNG file."), tr("FILE")});
    parser.addOption({QStringLiteral("layout"), tr("Named layout to apply."), tr("NAME")});
    parser.addOption({QStringLiteral("size"), tr("Window size (default 1600x1000)."), tr("WxH"),
                      QStringLiteral("1600x1000")});
    if (!parser.parse(args))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.isSet(QStringLiteral("db")) || !parser.isSet(QStringLiteral("out")))
        return fail(tr("screenshot needs --db and --out"));
    QSize size;
    if (!parseSize(parser.value(QStringLiteral("size")), &size))
        return fail(tr("--size must look like 1600x1000"));
    const QString dbPath = parser.value(QStringLiteral("db"));
    if (!QFileInfo::exists(dbPath))
        return fail(tr("%1 does not exist").arg(dbPath));
    const QString out = parser.value(QStringLiteral("out"));
    if (QFileInfo(out).suffix().toLower() != QLatin1String("png"))
        return fail(tr("--out must end in .png"));

    MainWindow window(dbPath, MainWindow::Headless);
    if (!window.store())
        return fail(tr("cannot open %1").arg(dbPath));
    if (parser.isSet(QStringLiteral("layout"))) {
        QString error;
        if (!window.applyNamedLayout(parser.value(QStringLiteral("layout")), &error))
            return fail(error);
    }
    window.resize(size);
    window.show();
    if (!waitFor([&window] { return window.allVisibleViewsReady(); }, 180000))
        return fail(tr("the views did not finish within 3 minutes"));
    QCoreApplication::processEvents();
    const QImage image = window.grab().toImage();
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("cannot write %1: %2").arg(out, file.errorString()));
    QImageWriter writer(&file, "png");
    if (!writer.write(image) || !file.commit())
        return fail(tr("cannot write %1: %2").arg(out, writer.errorString()));
    return 0;
}

} // namespace wattprint
