#include "commandline.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "preferences.h"
#include "rendercommands.h"

#include <store.h>
#include <units.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Wattprint"));
    QCoreApplication::setApplicationName(QStringLiteral("wattprint"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WATTPRINT_VERSION));

    if (wattprint::CommandLine::isCommand(argc, argv)) {
        // Figures the commands write (rendered views, reports, summaries) in the user's energy unit.
        auto run = [](const QStringList &arguments) {
            wattprint::units::setEnergyUnit(wattprint::Preferences().energyUnit());
            return wattprint::CommandLine::run(arguments);
        };
        if (wattprint::RenderCommands::handles(QString::fromLocal8Bit(argv[1]))) {
            // Views are widgets: they need a QApplication, but never a display.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            return run(app.arguments());
        }
        QCoreApplication app(argc, argv);
        // The other commands speak English (for scripts), with its plural forms ("1 run").
        wattprint::LanguageManager languages;
        languages.apply(QStringLiteral("en"));
        return run(app.arguments());
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Wattprint"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/wattprint.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.wattprint.Wattprint"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QApplication::translate("main", "SQLite database file to open."),
                      QApplication::translate("main", "PATH")});
    // The desktop entry passes a file opened from a file manager as a plain argument.
    parser.addPositionalArgument(QStringLiteral("database"),
                                 QApplication::translate("main", "SQLite database file to open, as with --db."));
    parser.process(app);
    const QStringList files = parser.positionalArguments();
    const QString db = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
        : !files.isEmpty()                                ? files.first()
                                                          : wattprint::Store::defaultPath();
    wattprint::MainWindow window(db);
    window.show();
    return app.exec();
}
