#include "demoseed.h"

#include "clock.h"
#include "retention.h"
#include "store.h"

#include <QJsonArray>

namespace bc::sandbox {

namespace {

constexpr std::uint64_t seedValue = 20261128;
const QString adminId = QStringLiteral("5f3c2b1a-7d4e-4a8b-9c6d-0a1b2c3d4e01");
const QString contributorId = QStringLiteral("5f3c2b1a-7d4e-4a8b-9c6d-0a1b2c3d4e02");
const QString viewerId = QStringLiteral("5f3c2b1a-7d4e-4a8b-9c6d-0a1b2c3d4e03");
const QString supportId = QStringLiteral("5f3c2b1a-7d4e-4a8b-9c6d-0a1b2c3d4e04");
const QString adaId = QStringLiteral("5f3c2b1a-7d4e-4a8b-9c6d-0a1b2c3d4e05");
const QString graceId = QStringLiteral("5f3c2b1a-7d4e-4a8b-9c6d-0a1b2c3d4e06");
const QString platformId = QStringLiteral("platform");
const QString acmeOrg = QStringLiteral("01hq7acmeretail0000000000a");
const QString globexOrg = QStringLiteral("01hq7globex000000000000000b");

struct EnvSpec
{
    const char *name;
    const char *title;
    const char *type;
    const char *parent;
    const char *status;
};

// preview-cart was paused by the service after two weeks without a deployment: it takes no
// backup until resumed.
const EnvSpec envSpecs[] = {
    {"main", "Main", "production", nullptr, "active"},
    {"staging", "Staging", "staging", "main", "active"},
    {"develop", "Develop", "development", "staging", "active"},
    {"feature-login", "Feature: login", "development", "develop", "active"},
    {"legacy-ui", "Legacy UI", "development", "main", "inactive"},
    {"preview-cart", "Preview: cart", "development", "develop", "paused"},
};
constexpr int pausedForDays = 14;

QJsonObject retention()
{
    const auto typeConfig = [](int maxBackups, int manual, const QJsonArray &schedule) {
        return QJsonObject{{QStringLiteral("max_backups"), maxBackups},
                           {QStringLiteral("default_config"),
                            QJsonObject{{QStringLiteral("manual_count"), manual},
                                        {QStringLiteral("schedule"), schedule}}}};
    };
    const auto entry = [](const char *interval, int count) {
        return QJsonObject{{QStringLiteral("interval"), QLatin1String(interval)},
                           {QStringLiteral("count"), count}};
    };
    return QJsonObject{
        {QStringLiteral("production"),
         typeConfig(26, 3, QJsonArray{entry("1d", 7), entry("1w", 4), entry("1M", 12)})},
        {QStringLiteral("staging"), typeConfig(8, 3, QJsonArray{entry("1d", 3)})},
        {QStringLiteral("development"), typeConfig(2, 2, QJsonArray{})}};
}

} // namespace

DemoSeed::DemoSeed(Store &store, qint64 now)
    : m_store(store)
    , m_now(now)
    , m_ids(seedValue)
{ }

QJsonObject DemoSeed::userRef(const QString &id) const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("display_name"), m_names.value(id)}};
}

void DemoSeed::users()
{
    struct UserSpec
    {
        QString id;
        const char *username;
        const char *first;
        const char *last;
        const char *token;
        bool support;
    };
    const UserSpec specs[] = {
        {adminId, "sandbox-admin", "Alex", "Admin", "sandbox-admin", false},
        {contributorId, "sandbox-contributor", "Casey", "Contributor", "sandbox-contributor",
         false},
        {viewerId, "sandbox-viewer", "Vic", "Viewer", "sandbox-viewer", false},
        {supportId, "sandbox-support", "Sam", "Support", "sandbox-support", true},
        {adaId, "ada", "Ada", "Lovelace", "", false},
        {graceId, "grace", "Grace", "Hopper", "", false},
    };
    const qint64 created = m_now - 400 * Clock::day;
    for (const UserSpec &spec : specs) {
        const QString first = QLatin1String(spec.first);
        const QString last = QLatin1String(spec.last);
        m_names.insert(spec.id, first + QLatin1Char(' ') + last);
        m_store.insertUser(
            QJsonObject{{QStringLiteral("id"), spec.id},
                        {QStringLiteral("username"), QLatin1String(spec.username)},
                        {QStringLiteral("email"),
                         QString(QLatin1String(spec.username) + QStringLiteral("@example.com"))},
                        {QStringLiteral("first_name"), first},
                        {QStringLiteral("last_name"), last},
                        {QStringLiteral("display_name"), QString(first + QLatin1Char(' ') + last)},
                        {QStringLiteral("support_staff"), spec.support},
                        {QStringLiteral("created_at"), double(created)},
                        {QStringLiteral("updated_at"), double(created)}},
            QLatin1String(spec.token), spec.support);
    }
    m_names.insert(platformId, QStringLiteral("Platform.sh"));
}

void DemoSeed::demo()
{
    users();
    const ProjectSpec projects[] = {
        {QStringLiteral("acmeshopeu0001"), QStringLiteral("Acme Shop"),
         QStringLiteral("eu.platform.sh"), QStringLiteral("Europe (legacy)"), acmeOrg, adaId,
         QStringLiteral("standard"), true},
        {QStringLiteral("acmeblogeu3002"), QStringLiteral("Acme Blog"),
         QStringLiteral("eu-3.platform.sh"), QStringLiteral("Europe (Ireland)"), acmeOrg, adaId,
         QStringLiteral("development"), false},
        {QStringLiteral("globexapius003"), QStringLiteral("Globex API"),
         QStringLiteral("us.platform.sh"), QStringLiteral("United States (legacy)"), globexOrg,
         graceId, QStringLiteral("medium"), true},
        {QStringLiteral("globexcrmus204"), QStringLiteral("Globex CRM"),
         QStringLiteral("us-2.platform.sh"), QStringLiteral("United States (Virginia)"), globexOrg,
         graceId, QStringLiteral("large"), true},
    };
    for (const ProjectSpec &spec : projects) {
        project(spec);
    }
}

void DemoSeed::fleet(int projects)
{
    if (m_names.isEmpty()) {
        users();
    }
    const QStringList regions{QStringLiteral("eu-3.platform.sh"),
                              QStringLiteral("us-2.platform.sh"), QStringLiteral("eu.platform.sh"),
                              QStringLiteral("us.platform.sh"), QStringLiteral("de-2.platform.sh")};
    for (int i = 0; i < projects; ++i) {
        const QString id = QStringLiteral("fleet%1").arg(i, 8, 10, QLatin1Char('0'));
        project({id, QStringLiteral("Fleet project %1").arg(i + 1), regions[i % regions.size()],
                 regions[i % regions.size()], i % 2 ? acmeOrg : globexOrg, i % 2 ? adaId : graceId,
                 QStringLiteral("standard"), i % 3 != 0});
    }
}

void DemoSeed::project(const ProjectSpec &spec)
{
    const qint64 created = m_now - 400 * Clock::day;
    m_store.putProject(QJsonObject{
        {QStringLiteral("id"), spec.id},
        {QStringLiteral("title"), spec.title},
        {QStringLiteral("region"), spec.region},
        {QStringLiteral("region_label"), spec.regionLabel},
        {QStringLiteral("organization"), spec.organization},
        {QStringLiteral("owner"), spec.owner},
        {QStringLiteral("default_branch"), QStringLiteral("main")},
        {QStringLiteral("timezone"), QStringLiteral("Europe/Paris")},
        {QStringLiteral("plan"), spec.plan},
        {QStringLiteral("data_retention"), spec.retention ? QJsonValue(retention()) : QJsonValue()},
        {QStringLiteral("created_at"), double(created)},
        {QStringLiteral("updated_at"), double(created)}});
    const QStringList all{QStringLiteral("production:admin"), QStringLiteral("staging:admin"),
                          QStringLiteral("development:admin")};
    m_store.grant(spec.id, adminId, {QStringLiteral("admin"), all, created});
    m_store.grant(spec.id, supportId, {QStringLiteral("admin"), all, created});
    m_store.grant(spec.id, spec.owner, {QStringLiteral("admin"), all, created});
    m_store.grant(spec.id, contributorId,
                  {QStringLiteral("contributor"),
                   {QStringLiteral("production:viewer"), QStringLiteral("staging:contributor"),
                    QStringLiteral("development:contributor")},
                   created});
    m_store.grant(spec.id, viewerId,
                  {QStringLiteral("viewer"),
                   {QStringLiteral("production:viewer"), QStringLiteral("staging:viewer"),
                    QStringLiteral("development:viewer")},
                   created});
    m_commits.clear();
    environments(spec);
    automatedHistory(spec);
    manualHistory(spec);
    otherHistory(spec);
    lastBackups(spec);
    m_store.putNewActivities(m_activities);
    m_activities.clear();
}

void DemoSeed::lastBackups(const ProjectSpec &spec)
{
    for (QJsonObject env : m_store.environments(spec.id)) {
        const QList<QJsonObject> backups
            = m_store.backups(spec.id, env.value(QStringLiteral("name")).toString());
        if (!backups.isEmpty()) { // newest first
            env.insert(QStringLiteral("last_backup_at"),
                       backups.first().value(QStringLiteral("created_at")));
            m_store.putEnvironment(spec.id, env);
        }
    }
}

void DemoSeed::environments(const ProjectSpec &spec)
{
    int order = 0;
    for (const EnvSpec &env : envSpecs) {
        const QString name = QLatin1String(env.name);
        const qint64 created = m_now - (300 - 40 * order++) * Clock::day;
        const QString commit = m_ids.commitId();
        m_commits.insert(name, commit);
        m_store.putEnvironment(
            spec.id,
            QJsonObject{
                {QStringLiteral("name"), name},
                {QStringLiteral("machine_name"),
                 QString(name + QLatin1Char('-') + spec.id.left(6))},
                {QStringLiteral("title"), QLatin1String(env.title)},
                {QStringLiteral("type"), QLatin1String(env.type)},
                {QStringLiteral("parent"),
                 env.parent ? QJsonValue(QLatin1String(env.parent)) : QJsonValue()},
                {QStringLiteral("status"), QLatin1String(env.status)},
                {QStringLiteral("is_main"), name == QLatin1String("main")},
                {QStringLiteral("head_commit"), commit},
                {QStringLiteral("created_at"), double(created)},
                {QStringLiteral("updated_at"), double(m_now - Clock::day)},
                {QStringLiteral("last_backup_at"), QJsonValue::Null},
                {QStringLiteral("values"),
                 QJsonObject{{QStringLiteral("site_title"),
                              QString(spec.title + QLatin1Char(' ') + QLatin1String(env.title))},
                             {QStringLiteral("orders"), m_ids.between(100, 9000)},
                             {QStringLiteral("theme"), QStringLiteral("classic")}}}});
        if (env.parent) {
            saveActivity(spec.id,
                         activity(QStringLiteral("environment.branch"), name, created, 40,
                                  QStringLiteral("success"),
                                  QStringLiteral("%1 branched %2 from %3")
                                      .arg(m_names.value(adminId), QLatin1String(env.title),
                                           QLatin1String(env.parent)),
                                  QJsonObject{{QStringLiteral("user"), userRef(adminId)}}),
                         {QStringLiteral("Creating environment %1").arg(name),
                          QStringLiteral("Environment ready")});
        }
    }
}

DemoSeed::BackupDraft DemoSeed::backupDraft(const QString &env, qint64 at, bool safe,
                                            bool automated)
{
    // The identifiers in the order backup() always drew them: size, id, orders.
    BackupDraft draft;
    draft.env = env;
    draft.at = at;
    draft.safe = safe;
    draft.automated = automated;
    draft.size = 150'000'000 + m_ids.between(0, 90'000'000);
    draft.id = m_ids.backupId();
    draft.orders = m_ids.between(100, 9000);
    return draft;
}

QJsonObject DemoSeed::backup(const QString &env, qint64 at, bool safe, bool automated)
{
    return backup(backupDraft(env, at, safe, automated));
}

QJsonObject DemoSeed::backup(const BackupDraft &draft)
{
    const QString &env = draft.env;
    const qint64 at = draft.at;
    const qint64 size = draft.size;
    const QString commit = m_commits.value(env);
    return QJsonObject{
        {QStringLiteral("id"), draft.id},
        {QStringLiteral("environment"), env},
        {QStringLiteral("status"), QStringLiteral("CREATED")},
        {QStringLiteral("safe"), draft.safe},
        {QStringLiteral("automated"), draft.automated},
        {QStringLiteral("index"), QJsonValue::Null},
        {QStringLiteral("restorable"), true},
        {QStringLiteral("commit_id"), commit},
        {QStringLiteral("deployment"), commit.left(12)},
        {QStringLiteral("size_of_volumes"), double(2 * size)},
        {QStringLiteral("size_used"), double(size)},
        {QStringLiteral("created_at"), double(at)},
        {QStringLiteral("updated_at"), double(at)},
        {QStringLiteral("expires_at"), QJsonValue::Null},
        {QStringLiteral("attributes"), QJsonObject{}},
        {QStringLiteral("snapshot"),
         QJsonObject{{QStringLiteral("values"),
                      QJsonObject{{QStringLiteral("site_title"),
                                   QString(env + QStringLiteral(" as backed up"))},
                                  {QStringLiteral("orders"), draft.orders},
                                  {QStringLiteral("theme"), QStringLiteral("classic")}}},
                     {QStringLiteral("head_commit"), commit}}}};
}

QJsonObject DemoSeed::activity(const QString &type, const QString &env, qint64 at, int seconds,
                               const QString &result, const QString &text,
                               const QJsonObject &payload)
{
    const qint64 done = at + qint64(seconds) * Clock::second;
    return QJsonObject{
        {QStringLiteral("id"), m_ids.activityId()},
        {QStringLiteral("type"), type},
        {QStringLiteral("environments"), QJsonArray{env}},
        {QStringLiteral("environment_type"),
         env == QLatin1String("main")          ? QStringLiteral("production")
             : env == QLatin1String("staging") ? QStringLiteral("staging")
                                               : QStringLiteral("development")},
        {QStringLiteral("state"), QStringLiteral("complete")},
        {QStringLiteral("result"), result},
        {QStringLiteral("completion_percent"), result == QLatin1String("success") ? 100 : 60},
        {QStringLiteral("created_at"), double(at)},
        {QStringLiteral("updated_at"), double(done)},
        {QStringLiteral("started_at"), double(at + Clock::second)},
        {QStringLiteral("completed_at"), double(done)},
        {QStringLiteral("cancelled_at"), QJsonValue::Null},
        {QStringLiteral("description"), text.toHtmlEscaped()},
        {QStringLiteral("text"), text},
        {QStringLiteral("parameters"), QJsonObject{}},
        {QStringLiteral("payload"), payload}};
}

void DemoSeed::saveActivity(const QString &project, QJsonObject activity, const QStringList &log)
{
    // Written at the end of the project, many rows to a statement (nothing reads them before).
    m_activities.append({project, std::move(activity), log});
}

void DemoSeed::automatedHistory(const ProjectSpec &spec)
{
    // Which automated backups the schedule still keeps: the newest `count` of each interval.
    const QJsonArray schedule = spec.retention
        ? retention()
              .value(QStringLiteral("production"))
              .toObject()
              .value(QStringLiteral("default_config"))
              .toObject()
              .value(QStringLiteral("schedule"))
              .toArray()
        : QJsonArray{QJsonObject{{QStringLiteral("interval"), QStringLiteral("1d")},
                                 {QStringLiteral("count"), 7}}};
    const QString main = QStringLiteral("main");
    int index = 0;
    qint64 newest = 0;
    for (int day = 180; day >= 1; --day) {
        const qint64 at
            = m_now - day * Clock::day + 3 * Clock::hour + m_ids.between(0, 600) * Clock::second;
        const bool failed = day == 45;
        // Most days' backups are gone by now: their object is made only for the kept ones.
        const BackupDraft draft = backupDraft(main, at, false, true);
        const QString &id = draft.id;
        QJsonObject payload{{QStringLiteral("user"), userRef(platformId)},
                            {QStringLiteral("environment"),
                             QJsonObject{{QStringLiteral("id"), main},
                                         {QStringLiteral("title"), QStringLiteral("Main")}}},
                            {QStringLiteral("backup_name"), failed ? QJsonValue() : QJsonValue(id)},
                            {QStringLiteral("safe"), false},
                            {QStringLiteral("automated"), true}};
        QJsonObject a
            = activity(QStringLiteral("environment.backup"), main, at, 25,
                       failed ? QStringLiteral("failure") : QStringLiteral("success"),
                       QStringLiteral("Platform.sh created an automated backup of Main"), payload);
        a.insert(QStringLiteral("parameters"), QJsonObject{{QStringLiteral("safe"), false}});
        saveActivity(spec.id, a,
                     failed ? QStringList{QStringLiteral("Creating a live backup of main"),
                                          QStringLiteral(
                                              "Backup failed: the storage service did not answer")}
                            : QStringList{QStringLiteral("Creating a live backup of main"),
                                          QStringLiteral("Backup %1 created").arg(id)});
        if (failed) {
            continue;
        }
        for (const QJsonValue &entry : schedule) {
            const qint64 length
                = Retention::intervalLength(entry[QStringLiteral("interval")].toString());
            const int count = entry[QStringLiteral("count")].toInt();
            const int lengthDays = int(length / Clock::day);
            if (day % lengthDays == 0 && day / lengthDays <= count) {
                QJsonObject b = backup(draft);
                b.insert(QStringLiteral("index"), ++index);
                b.insert(QStringLiteral("expires_at"), double(at + (count + 1) * length));
                m_store.putBackup(spec.id, b);
                newest = at;
                break;
            }
        }
    }
    auto env = m_store.environment(spec.id, main);
    env->insert(QStringLiteral("last_backup_at"), double(newest));
    m_store.putEnvironment(spec.id, *env);
}

void DemoSeed::manualHistory(const ProjectSpec &spec)
{
    struct Manual
    {
        const char *env;
        int day;
        bool safe;
        bool restorable;
        bool failed;
    };
    const Manual manuals[]
        = {{"staging", 150, true, false, false}, {"main", 60, false, true, false},
           {"develop", 30, true, true, true},    {"main", 20, true, true, false},
           {"staging", 10, true, true, false},   {"develop", 12, false, true, false},
           {"main", 2, false, true, false}};
    for (const Manual &manual : manuals) {
        const QString env = QLatin1String(manual.env);
        const qint64 at = m_now - manual.day * Clock::day + 10 * Clock::hour
            + m_ids.between(0, 3000) * Clock::second;
        QJsonObject b = backup(env, at, manual.safe, false);
        b.insert(QStringLiteral("restorable"), manual.restorable);
        if (!spec.retention) {
            b.insert(QStringLiteral("expires_at"), double(at + 30 * Clock::day));
        }
        const QString id = b.value(QStringLiteral("id")).toString();
        const QString who = m_names.value(spec.owner);
        QJsonObject a = activity(
            QStringLiteral("environment.backup"), env, at, manual.safe ? 45 : 20,
            manual.failed ? QStringLiteral("failure") : QStringLiteral("success"),
            QStringLiteral("%1 created a backup of %2").arg(who, env),
            QJsonObject{
                {QStringLiteral("user"), userRef(spec.owner)},
                {QStringLiteral("environment"),
                 QJsonObject{{QStringLiteral("id"), env}, {QStringLiteral("title"), env}}},
                {QStringLiteral("backup_name"), manual.failed ? QJsonValue() : QJsonValue(id)},
                {QStringLiteral("safe"), manual.safe}});
        a.insert(QStringLiteral("parameters"), QJsonObject{{QStringLiteral("safe"), manual.safe}});
        if (manual.failed) {
            saveActivity(spec.id, a,
                         {QStringLiteral("Creating a consistent backup of %1").arg(env),
                          QStringLiteral("Pausing the environment for a consistent snapshot"),
                          QStringLiteral("Backup failed: a volume could not be frozen")});
            continue;
        }
        saveActivity(
            spec.id, a,
            {QStringLiteral("Creating a %1 backup of %2")
                 .arg(manual.safe ? QStringLiteral("consistent") : QStringLiteral("live"), env),
             QStringLiteral("Backup %1 created").arg(id)});
        m_store.putBackup(spec.id, b);
        if (manual.day == 20) {
            const qint64 restoreAt = at + Clock::day;
            QJsonObject r = activity(
                QStringLiteral("environment.restore"), env, restoreAt, 90,
                QStringLiteral("success"),
                QStringLiteral("%1 restored backup %2 to Main").arg(who, id),
                QJsonObject{{QStringLiteral("user"), userRef(spec.owner)},
                            {QStringLiteral("environment"),
                             QJsonObject{{QStringLiteral("id"), env},
                                         {QStringLiteral("title"), QStringLiteral("Main")}}},
                            {QStringLiteral("source_environment"),
                             QJsonObject{{QStringLiteral("id"), env},
                                         {QStringLiteral("title"), QStringLiteral("Main")}}},
                            {QStringLiteral("branch_from"), QJsonValue()},
                            {QStringLiteral("backup_name"), id}});
            r.insert(QStringLiteral("parameters"),
                     QJsonObject{{QStringLiteral("backup"), id},
                                 {QStringLiteral("source_environment"), env},
                                 {QStringLiteral("environment"), env}});
            saveActivity(spec.id, r,
                         {QStringLiteral("Restoring backup %1 into %2").arg(id, env),
                          QStringLiteral("Restoring the volumes"),
                          QStringLiteral("Redeploying the environment")});
        }
    }
}

void DemoSeed::otherHistory(const ProjectSpec &spec)
{
    const QString who = m_names.value(spec.owner);
    const QJsonObject user{{QStringLiteral("user"), userRef(spec.owner)}};
    for (int day = 171; day >= 1; day -= 9) {
        for (const QString &env : {QStringLiteral("develop"), QStringLiteral("staging")}) {
            const qint64 at = m_now - day * Clock::day + 14 * Clock::hour
                + m_ids.between(0, 3600) * Clock::second;
            const int commits = m_ids.between(1, 6);
            saveActivity(
                spec.id,
                activity(
                    QStringLiteral("environment.push"), env, at, 120, QStringLiteral("success"),
                    QStringLiteral("%1 pushed %2 commits to %3").arg(who).arg(commits).arg(env),
                    user),
                {QStringLiteral("Building application"), QStringLiteral("Deploying"),
                 QStringLiteral("Environment redeployed")});
        }
    }
    for (int day = 90; day >= 1; day -= 3) {
        const qint64 at = m_now - day * Clock::day + 2 * Clock::hour;
        saveActivity(
            spec.id,
            activity(QStringLiteral("environment.cron"), QStringLiteral("main"), at, 30,
                     QStringLiteral("success"), QStringLiteral("Cron job cleanup ran on Main"),
                     QJsonObject{{QStringLiteral("user"), userRef(platformId)}}),
            {QStringLiteral("Running cron job cleanup"), QStringLiteral("Cron job finished")});
    }
    saveActivity(spec.id,
                 activity(QStringLiteral("environment.redeploy"), QStringLiteral("main"),
                          m_now - 12 * Clock::day, 60, QStringLiteral("success"),
                          QStringLiteral("%1 redeployed Main").arg(who), user),
                 {QStringLiteral("Redeploying environment main")});
    saveActivity(spec.id,
                 activity(QStringLiteral("environment.deactivate"), QStringLiteral("legacy-ui"),
                          m_now - 50 * Clock::day, 30, QStringLiteral("success"),
                          QStringLiteral("%1 deactivated Legacy UI").arg(who), user),
                 {QStringLiteral("Deactivating environment legacy-ui")});
    const qint64 pausedAt = m_now - pausedForDays * Clock::day;
    QJsonObject paused
        = activity(QStringLiteral("environment.pause"), QStringLiteral("preview-cart"), pausedAt,
                   20, QStringLiteral("success"),
                   QStringLiteral("Platform.sh paused Preview: cart after %1 days of inactivity")
                       .arg(pausedForDays),
                   QJsonObject{{QStringLiteral("user"), userRef(platformId)}});
    saveActivity(
        spec.id, paused,
        {QStringLiteral("Pausing environment preview-cart"), QStringLiteral("Environment paused")});
    const qint64 cancelledAt = m_now - 5 * Clock::day;
    QJsonObject cancelled = activity(
        QStringLiteral("environment.backup"), QStringLiteral("staging"), cancelledAt, 8,
        QStringLiteral("failure"), QStringLiteral("%1 created a backup of staging").arg(who), user);
    cancelled.insert(QStringLiteral("state"), QStringLiteral("cancelled"));
    cancelled.insert(QStringLiteral("completion_percent"), 10);
    cancelled.insert(QStringLiteral("cancelled_at"), double(cancelledAt + 8 * Clock::second));
    saveActivity(spec.id, cancelled,
                 {QStringLiteral("Creating a consistent backup of staging"),
                  QStringLiteral("The activity was cancelled.")});
}

} // namespace bc::sandbox
