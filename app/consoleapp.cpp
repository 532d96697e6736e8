#include "consoleapp.h"

#include "client/accountstore.h"
#include "client/language.h"
#include "client/settingsfile.h"
#include "client/tokenstore.h"
#include "logging.h"
#include "sandboxlauncher.h"
#include "singleinstance.h"
#include "ui/common/resources.h"
#include "ui/mainwindow/consoleshell.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QTimer>

namespace bc::app {

namespace {

// The window's options. Built after the language is in place, so --help speaks it.
struct ConsoleOptions
{
    QCommandLineOption sandbox{
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main",
                                    "Explore the local sandbox with demo data (nothing is "
                                    "saved, no account needed).")};
    QCommandLineOption timeScale{
        QStringLiteral("sandbox-time-scale"),
        QCoreApplication::translate("main", "How fast sandbox activities run (1 = real time)."),
        QStringLiteral("factor"), QStringLiteral("1")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main",
            "Backups of Platform.sh and Upsun environments. Run `backup-console help` for the "
            "command line."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({sandbox, timeScale});
    }
};

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// --help and --version print and exit: no display needed, so no QApplication.
bool wantsTextOnly(const QStringList &arguments)
{
    QCommandLineParser parser;
    ConsoleOptions().addTo(parser);
    parser.parse(arguments);
    return parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))
        || parser.isSet(QStringLiteral("version"));
}

int printText(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(BC_VERSION));
    Language::apply(Language::stored());
    QCommandLineParser parser;
    ConsoleOptions().addTo(parser);
    parser.process(app); // prints and exits
    return 0;
}

// What a later launch asked for: the sandbox, or only to see the window.
void handleHandOver(ui::ConsoleShell &shell, const QStringList &arguments)
{
    QCommandLineParser parser;
    const ConsoleOptions options;
    options.addTo(parser);
    if (!parser.parse(arguments))
        qCInfo(bcApp) << "ignoring in the hand-over:" << parser.errorText();
    if (!parser.positionalArguments().isEmpty())
        qCInfo(bcApp) << "ignoring in the hand-over:" << parser.positionalArguments();
    if (parser.isSet(options.sandbox))
        shell.startSandbox();
    shell.activateWindow();
}

} // namespace

int ConsoleApp::exec(int argc, char **argv)
{
    if (wantsTextOnly(argumentsOf(argc, argv)))
        return printText(argc, argv);

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("BackupConsole"));
    QApplication::setApplicationVersion(QStringLiteral(BC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(BC_APP_ID));
    Language::apply(Language::stored());
    QCommandLineParser parser;
    const ConsoleOptions options;
    options.addTo(parser);
    parser.process(app);

    SingleInstance instance;
    if (instance.handOver(QCoreApplication::arguments())) {
        qCInfo(bcApp) << "handed over to the console already running";
        return 0;
    }
    if (!instance.listen())
        qCWarning(bcApp) << "later launches will open windows of their own";

    // Before anything writes it: a settings file that cannot be read is kept aside and named.
    const std::optional<ApiError> settingsProblem = SettingsFile::check();
    if (settingsProblem)
        qCWarning(bcApp) << settingsProblem->describe();
    ui::initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    QNetworkAccessManager network;
    AccountStore accounts;
    TokenStore tokens;
    const double timeScale = parser.value(options.timeScale).toDouble();
    SandboxLauncher launcher(timeScale > 0 ? timeScale : 1.0);
    ui::ConsoleShell shell(&accounts, &tokens, &network);
    shell.setSandboxStarter([&launcher](const ui::ConsoleShell::SandboxReady &ready) {
        launcher.start([ready](const QUrl &url, const QString &error) { ready(url, error); });
    });
    QObject::connect(&instance, &SingleInstance::argumentsReceived, &shell,
                     [&shell](const QStringList &arguments) { handleHandOver(shell, arguments); });
    QTimer::singleShot(0, &shell,
                       [&shell, &parser, &options] { shell.start(parser.isSet(options.sandbox)); });
    if (settingsProblem)
        QTimer::singleShot(0, &shell, [&shell, problem = *settingsProblem] {
            shell.reportError(QCoreApplication::translate("main", "Reading the settings"), problem);
        });
    const int code = QApplication::exec();
    shell.saveState();
    return code;
}

} // namespace bc::app
