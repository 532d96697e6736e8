#include "autobackups.h"

#include "backupapi.h"
#include "database.h"
#include "scheduler.h"

#include <QJsonArray>

namespace bc::sandbox {

namespace {
const QString platformUser = QStringLiteral("platform");
} // namespace

AutoBackups::AutoBackups(const ApiContext &context, std::chrono::milliseconds interval,
                         QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &AutoBackups::runOnce);
    m_timer.start();
}

int AutoBackups::runOnce()
{
    int started = 0;
    for (const QString &project : m_ctx.store.projectIds()) {
        for (const QJsonObject &environment : m_ctx.store.environments(project)) {
            if (environment.value(QStringLiteral("type")).toString() == QLatin1String("production")
                && environment.value(QStringLiteral("status")).toString() == QLatin1String("active")
                && start(project, environment)) {
                ++started;
            }
        }
    }
    if (started > 0) {
        m_ctx.scheduler.wake();
    }
    return started;
}

bool AutoBackups::start(const QString &project, const QJsonObject &environment)
{
    const QString name = environment.value(QStringLiteral("name")).toString();
    // As the service does: a schedule slot that finds the environment busy is skipped.
    if (m_ctx.store.isBusy(project, name)) {
        return false;
    }
    const QString title = environment.value(QStringLiteral("title")).toString();
    const QString text = QStringLiteral("Platform.sh created an automated backup of %1").arg(title);
    const QJsonObject activity{
        {QStringLiteral("type"), QStringLiteral("environment.backup")},
        {QStringLiteral("environments"), QJsonArray{name}},
        {QStringLiteral("environment_type"), QStringLiteral("production")},
        {QStringLiteral("description"), text.toHtmlEscaped()},
        {QStringLiteral("text"), text},
        {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("safe"), false}}},
        {QStringLiteral("payload"),
         QJsonObject{{QStringLiteral("user"), BackupApi::userRef(m_ctx.store, platformUser)},
                     {QStringLiteral("environment"),
                      QJsonObject{{QStringLiteral("id"), name}, {QStringLiteral("title"), title}}},
                     {QStringLiteral("backup_name"), QJsonValue::Null},
                     {QStringLiteral("safe"), false},
                     {QStringLiteral("automated"), true}}}};
    Transaction transaction(m_ctx.db);
    m_ctx.scheduler.create(project, activity);
    return transaction.commit();
}

} // namespace bc::sandbox
