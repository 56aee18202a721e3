#include "commandline.h"
#include "mainwindow.h"

#include <store.h>

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Wattprint"));
    QCoreApplication::setApplicationName(QStringLiteral("wattprint"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WATTPRINT_VERSION));

    if (wattprint::CommandLine::isCommand(argc, argv)) {
        QCoreApplication app(argc, argv);
        return wattprint::CommandLine::run(app.arguments());
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Wattprint"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QApplication::translate("main", "SQLite database file to open."),
                      QApplication::translate("main", "PATH")});
    parser.process(app);
    const QString db = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                          : wattprint::Store::defaultPath();
    wattprint::MainWindow window(db);
    window.show();
    return app.exec();
}
