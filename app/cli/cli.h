#pragma once

#include <QStringList>

namespace bc::cli {

// True when the first argument after the program is a command of the command line (or "help"):
// then main() runs run() instead of the window.
bool isCommand(const QStringList &arguments);

// Runs the command line without a display: creates its own QCoreApplication, runs the command
// from its event loop and returns the exit code (0 success, 1 refused or failed, 2 usage,
// 3 authentication, 4 not found).
int run(int argc, char **argv);

} // namespace bc::cli
