#pragma once

#include <QStringList>

namespace wattprint {

// The headless face of the one binary: `wattprint <command> ...`. Prints results on
// stdout (JSON or text), messages on stderr, and returns the process exit code.
class CommandLine
{
public:
    // True when argv asks for a command rather than the GUI: a command, --help or --version, or
    // a first word that is neither an option nor an existing file (run() refuses it, exit 2).
    static bool isCommand(int argc, char **argv);
    // Runs the command in args (args[0] is the program). Needs a Q(Core)Application. Output that
    // cannot be written (stdout on a full disk) makes it fail.
    static int run(const QStringList &args);
    static QStringList commands();
    // The command a mistyped word most likely meant ("sumary" -> "summary"), or empty.
    static QString suggestion(const QString &word);

private:
    static int runCommand(const QStringList &args);
};

} // namespace wattprint
