#include "cli.h"

#include "client/language.h"
#include "command.h"
#include "commandregistry.h"
#include "commandrunner.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <memory>

namespace bc::cli {

bool isCommand(const QStringList &arguments)
{
    const QString name = arguments.value(1);
    if (name == QLatin1String("help"))
        return true;
    QObject owner;
    return CommandRegistry::find(CommandRegistry::createAll(&owner), name) != nullptr;
}

int run(int argc, char **argv)
{
    // The same settings as the window, so both see the same accounts; main() may have set them.
    if (QCoreApplication::organizationName().isEmpty())
        QCoreApplication::setOrganizationName(QStringLiteral("BackupConsole"));
    if (QCoreApplication::applicationName().isEmpty())
        QCoreApplication::setApplicationName(QStringLiteral("BackupConsole"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(BC_VERSION));
    // stderr is for the person: keep the libraries' debug chatter out of it unless
    // QT_LOGGING_RULES asks for it (the variable wins over these rules).
    QLoggingCategory::setFilterRules(
        QStringLiteral("bc.*.debug=false\nbc.*.info=false\nbc.*.warning=false"));
    // The window's language preference, before the first translated line.
    Language::apply(Language::stored());

    CommandRunner runner;
    QObject::connect(&runner, &CommandRunner::finished, &app, &QCoreApplication::exit);
    QTimer::singleShot(0, &runner, [&runner] { runner.start(QCoreApplication::arguments()); });
    return QCoreApplication::exec();
}

} // namespace bc::cli
