#include "sandboxserver.h"

#include "accountapi.h"
#include "activityapi.h"
#include "auth.h"
#include "backupapi.h"
#include "clock.h"
#include "database.h"
#include "demoseed.h"
#include "faults.h"
#include "httpfront.h"
#include "restoreapi.h"
#include "router.h"
#include "sandboxapi.h"
#include "sandboxlog.h"
#include "scheduler.h"
#include "store.h"

#include <QTcpServer>

namespace bc::sandbox {

struct Server::Parts
{
    Database db;
    Store store{db};
    Faults faults;
    std::unique_ptr<Auth> auth;
    std::unique_ptr<Scheduler> scheduler;
    std::unique_ptr<Router> api;
    std::unique_ptr<Router> sandbox;
    std::unique_ptr<AccountApi> accountApi;
    std::unique_ptr<BackupApi> backupApi;
    std::unique_ptr<RestoreApi> restoreApi;
    std::unique_ptr<ActivityApi> activityApi;
    std::unique_ptr<SandboxApi> sandboxApi;
    std::unique_ptr<HttpFront> http;
};

Server::Server(ServerOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_parts(std::make_unique<Parts>())
{ }

Server::~Server() = default;

QString Server::seedHelp()
{
    return QStringLiteral("demo|empty|fleet:N");
}

QString Server::openData()
{
    Parts &p = *m_parts;
    QString error = p.db.open(m_options.dataDir);
    if (!error.isEmpty()) {
        return error;
    }
    if (!p.db.isEmpty()) {
        return {};
    }
    const QString seed = m_options.seed;
    Transaction transaction(p.db);
    DemoSeed demo(p.store, Clock::now());
    if (seed == QLatin1String("demo")) {
        demo.demo();
    } else if (seed.startsWith(QLatin1String("fleet:"))) {
        bool ok = false;
        const int projects = seed.mid(6).toInt(&ok);
        if (!ok || projects < 1) {
            return QStringLiteral("--seed fleet:N needs a positive N");
        }
        demo.demo();
        demo.fleet(projects);
    } else if (seed != QLatin1String("empty")) {
        return QStringLiteral("unknown seed: ") + seed;
    }
    if (!transaction.commit()) {
        return QStringLiteral("cannot write the seed");
    }
    qCInfo(lcSandbox) << "seeded" << seed << "into" << m_options.dataDir;
    return {};
}

StartResult Server::start()
{
    Parts &p = *m_parts;
    for (const QString &text : m_options.faults) {
        QString problem;
        const auto rule = FaultRule::parse(text, &problem);
        if (!rule) {
            return {0, problem};
        }
        p.faults.add(*rule);
    }
    if (m_options.timeScale <= 0) {
        return {0, QStringLiteral("the time scale must be positive")};
    }
    const QString error = openData();
    if (!error.isEmpty()) {
        return {0, error};
    }
    p.auth = std::make_unique<Auth>(p.db, p.store, m_options.tokenLifetimeSeconds);
    p.scheduler = std::make_unique<Scheduler>(p.db, p.store, m_options.timeScale);
    p.api = std::make_unique<Router>(*p.auth);
    p.sandbox = std::make_unique<Router>(*p.auth);
    const ApiContext context{p.db, p.store, *p.scheduler};
    p.accountApi = std::make_unique<AccountApi>(context);
    p.backupApi = std::make_unique<BackupApi>(context);
    p.restoreApi = std::make_unique<RestoreApi>(context);
    p.activityApi = std::make_unique<ActivityApi>(context);
    p.sandboxApi = std::make_unique<SandboxApi>(context, p.faults);
    p.accountApi->registerRoutes(*p.api);
    p.backupApi->registerRoutes(*p.api);
    p.restoreApi->registerRoutes(*p.api);
    p.activityApi->registerRoutes(*p.api);
    p.api->add("POST", QStringLiteral("oauth2/token"), Router::Access::Public,
               [auth = p.auth.get()](const ApiRequest &r, const QStringList &) {
                   return auth->exchange(r);
               });
    p.sandboxApi->registerRoutes(*p.sandbox);
    p.sandbox->add("GET", QStringLiteral("__sandbox/tokens"), Router::Access::Public,
                   [auth = p.auth.get()](const ApiRequest &, const QStringList &) {
                       return ApiReply::json(auth->issued());
                   });
    p.http = std::make_unique<HttpFront>(*p.api, *p.sandbox, p.faults, p.store);
    connect(p.scheduler.get(), &Scheduler::environmentResumed, p.http.get(), &HttpFront::release);
    p.scheduler->recover();

    auto *tcp = new QTcpServer(p.http.get());
    if (!tcp->listen(m_options.address, m_options.port)) {
        return {0, tcp->errorString()};
    }
    p.http->bind(tcp);
    m_port = tcp->serverPort();
    return {m_port, {}};
}

QUrl Server::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_options.address.toString());
    url.setPort(m_port);
    return url;
}

} // namespace bc::sandbox
