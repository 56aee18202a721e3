#pragma once

#include <QStringList>

namespace wattprint {

// The headless face of the one binary: `wattprint <command> ...`. Prints results on
// stdout (JSON or text), messages on stderr, and returns the process exit code.
class CommandLine
{
public:
    // True when argv asks for a command rather than the GUI.
    static bool isCommand(int argc, char **argv);
    // Runs the command in args (args[0] is the program). Needs a Q(Core)Application.
    static int run(const QStringList &args);
    static QStringList commands();
};

} // namespace wattprint
