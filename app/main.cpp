#ifdef BC_HAVE_CLI
#include "app/cli/cli.h"
#endif
#ifdef BC_GUI
#include "consoleapp.h"
#endif

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char **argv)
{
    // Shared with the command line, so both see the same accounts.
    QCoreApplication::setOrganizationName(QStringLiteral("BackupConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("BackupConsole"));
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
#ifdef BC_HAVE_CLI
    if (bc::cli::isCommand(arguments))
        return bc::cli::run(argc, argv);
#endif
#ifdef BC_GUI
    return bc::app::ConsoleApp::exec(argc, argv);
#else
    if (arguments.contains(QLatin1String("--version")) || arguments.contains(QLatin1String("-v"))) {
        std::puts("BackupConsole " BC_VERSION);
        return 0;
    }
    const bool help
        = arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"));
    std::fputs("backup-console was built without the window (BC_GUI=OFF): run "
               "`backup-console help` for the command line.\n",
               help ? stdout : stderr);
    return help ? 0 : 2;
#endif
}
