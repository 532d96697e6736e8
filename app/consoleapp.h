#pragma once

namespace bc::app {

// The desktop console: parses the GUI flags (--sandbox, --help, --version), builds the window
// and runs the event loop.
struct ConsoleApp
{
    static int exec(int argc, char **argv);
};

} // namespace bc::app
