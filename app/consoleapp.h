#pragma once

namespace bc::app {

// The desktop console: parses the GUI flags (--sandbox, --help, --version), hands over to a
// console already running, or builds the window and runs the event loop. --help and --version
// need no display.
struct ConsoleApp
{
    static int exec(int argc, char **argv);
};

} // namespace bc::app
