#include "sandboxserver.h"

#include "accountapi.h"
#include "activityapi.h"
#include "auth.h"
#include "autobackups.h"
#include "backupapi.h"
#include "clock.h"
#include "database.h"
#include "demoseed.h"
#include "faults.h"
#include "httpfront.h"
#include "lifecycleapi.h"
#include "restoreapi.h"
#include "router.h"
#include "sandboxapi.h"
#include "sandboxlog.h"
#include "scheduler.h"
#include "store.h"

#include <QElapsedTimer>
#include <QTcpServer>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace bc::sandbox {

namespace {

constexpr int defaultCacheKiB = 2000; // SQLite's own default

// While the seed runs, SQLite's cache grows the heap and the seed's JSON comes and goes at its
// top: glibc then gives memory back and takes it again thousands of times a second (brk, and
// a TLB flush on every core each time), which cost more than the seed itself. Trim once, after.
class KeepHeap final
{
public:
    KeepHeap()
    {
#ifdef __GLIBC__
        mallopt(M_TRIM_THRESHOLD, 1024 * 1024 * 1024);
#endif
    }
    ~KeepHeap()
    {
#ifdef __GLIBC__
        mallopt(M_TRIM_THRESHOLD, 128 * 1024);
        malloc_trim(0);
#endif
    }
    KeepHeap(const KeepHeap &) = delete;
    KeepHeap &operator=(const KeepHeap &) = delete;
};

// The seed's transaction in bulk-load mode (Database::beginBulkLoad); WAL again once it is
// committed or rolled back (declared before the Transaction, so it ends after it).
class BulkLoad final
{
public:
    explicit BulkLoad(Database &db)
        : m_db(db)
        , m_on(db.beginBulkLoad())
    { }
    ~BulkLoad()
    {
        if (m_on && !m_db.endBulkLoad())
            qCWarning(lcSandbox) << "the database stays in rollback-journal mode";
    }
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

private:
    Database &m_db;
    bool m_on;
};

} // namespace

struct Server::Parts
{
    Database db;
    Store store{db};
    Faults faults;
    std::unique_ptr<Auth> auth;
    std::unique_ptr<Scheduler> scheduler;
    std::unique_ptr<AutoBackups> autoBackups;
    std::unique_ptr<Router> api;
    std::unique_ptr<Router> sandbox;
    std::unique_ptr<AccountApi> accountApi;
    std::unique_ptr<BackupApi> backupApi;
    std::unique_ptr<RestoreApi> restoreApi;
    std::unique_ptr<ActivityApi> activityApi;
    std::unique_ptr<LifecycleApi> lifecycleApi;
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

bool Server::parseLatency(const QString &text, ServerOptions &options)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() > 2) {
        return false;
    }
    bool msOk = false;
    bool jitterOk = true;
    const int ms = parts[0].toInt(&msOk);
    const int jitter = parts.size() == 2 ? parts[1].toInt(&jitterOk) : 0;
    if (!msOk || !jitterOk || ms < 0 || jitter < 0 || jitter > ms) {
        return false;
    }
    options.latencyMs = ms;
    options.latencyJitterMs = jitter;
    return true;
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
    QElapsedTimer timer;
    timer.start();
    const KeepHeap keepHeap;
    p.db.setCacheKiB(1024 * 1024); // an upper bound: pages are allocated as the seed needs them
    const BulkLoad bulkLoad(p.db);
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
    p.db.setCacheKiB(defaultCacheKiB);
    qCInfo(lcSandbox) << "seeded" << seed << "into" << m_options.dataDir << "in" << timer.elapsed()
                      << "ms";
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
    if (m_options.autoBackupMs < 0) {
        return {0, QStringLiteral("the automated backup interval must be positive")};
    }
    if (m_options.latencyMs < 0 || m_options.latencyJitterMs < 0
        || m_options.latencyJitterMs > m_options.latencyMs) {
        return {0, QStringLiteral("the latency must be positive and at least its jitter")};
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
    p.lifecycleApi = std::make_unique<LifecycleApi>(context);
    p.sandboxApi = std::make_unique<SandboxApi>(context, p.faults);
    p.accountApi->registerRoutes(*p.api);
    p.backupApi->registerRoutes(*p.api);
    p.restoreApi->registerRoutes(*p.api);
    p.activityApi->registerRoutes(*p.api);
    p.lifecycleApi->registerRoutes(*p.api);
    p.api->add("POST", QStringLiteral("oauth2/token"), Router::Access::Public,
               [auth = p.auth.get()](const ApiRequest &r, const QStringList &) {
                   return auth->exchange(r);
               });
    p.sandboxApi->registerRoutes(*p.sandbox);
    p.sandbox->add("GET", QStringLiteral("__sandbox/tokens"), Router::Access::Public,
                   [auth = p.auth.get()](const ApiRequest &, const QStringList &) {
                       return ApiReply::json(auth->issued());
                   });
    p.http = std::make_unique<HttpFront>(*p.api, *p.sandbox, p.faults, p.store,
                                         m_options.regionalLinks);
    p.http->setLatency(m_options.latencyMs, m_options.latencyJitterMs);
    connect(p.scheduler.get(), &Scheduler::environmentResumed, p.http.get(), &HttpFront::release);
    p.scheduler->recover();
    if (m_options.autoBackupMs > 0) {
        p.autoBackups = std::make_unique<AutoBackups>(
            context, std::chrono::milliseconds(m_options.autoBackupMs));
    }

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
