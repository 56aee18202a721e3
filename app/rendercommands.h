#pragma once

#include <QStringList>

namespace wattprint {

// `wattprint render`, `wattprint screenshot` and `wattprint report`: views and the main window laid out offscreen
// and written to files, for scripts, documentation and tests. Need a QApplication (offscreen).
class RenderCommands
{
public:
    static bool handles(const QString &command);
    static int run(const QString &command, const QStringList &args);
    static int render(const QStringList &args);
    static int screenshot(const QStringList &args);
    static int report(const QStringList &args);
};

} // namespace wattprint
