#include "consoleapp.h"

#include "client/accountstore.h"
#include "client/tokenstore.h"
#include "logging.h"
#include "sandboxlauncher.h"
#include "ui/common/resources.h"
#include "ui/mainwindow/consoleshell.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QTimer>

namespace bc::app {

int ConsoleApp::exec(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("BackupConsole"));
    QApplication::setApplicationVersion(QStringLiteral(BC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(BC_APP_ID));
    ui::initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Backups of Platform.sh and Upsun environments. Run `backup-console help` for the "
        "command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main",
                                    "Explore the local sandbox with demo data (nothing is "
                                    "saved, no account needed)."));
    const QCommandLineOption timeScale(
        QStringLiteral("sandbox-time-scale"),
        QCoreApplication::translate("main", "How fast sandbox activities run (1 = real time)."),
        QStringLiteral("factor"), QStringLiteral("1"));
    parser.addOptions({sandbox, timeScale});
    parser.process(app);

    QNetworkAccessManager network;
    AccountStore accounts;
    TokenStore tokens;
    SandboxLauncher launcher(
        parser.value(timeScale).toDouble() > 0 ? parser.value(timeScale).toDouble() : 1.0);
    ui::ConsoleShell shell(&accounts, &tokens, &network);
    shell.setSandboxStarter([&launcher](const ui::ConsoleShell::SandboxReady &ready) {
        QString error;
        const QUrl url = launcher.start(&error);
        ready(url, error);
    });
    QTimer::singleShot(0, &shell,
                       [&shell, &parser, &sandbox] { shell.start(parser.isSet(sandbox)); });
    const int code = QApplication::exec();
    shell.saveState();
    return code;
}

} // namespace bc::app
