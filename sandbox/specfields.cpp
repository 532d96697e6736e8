#include "specfields.h"

#include "clock.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace bc::sandbox {

namespace {

QString str(const QJsonObject &object, const char *field)
{
    return object.value(QLatin1String(field)).toString();
}

// "eu-3.platform.sh" → "eu-3.platformsh.site", the host of the environments' default URLs.
QString siteDomain(const QString &region)
{
    QString domain = region;
    return domain.replace(QLatin1String(".platform.sh"), QLatin1String(".platformsh.site"));
}

QJsonValue orDefault(const QJsonObject &object, const QString &field, const QJsonValue &fallback)
{
    return object.contains(field) ? object.value(field) : fallback;
}

} // namespace

int SpecFields::environmentQuota(const QJsonObject &project)
{
    return project.value(QStringLiteral("environment_quota")).toInt(defaultEnvironmentQuota);
}

QJsonObject SpecFields::project(const QJsonObject &project)
{
    const QString id = str(project, "id");
    const QString region = str(project, "region");
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("attributes"), QJsonObject{}},
        {QStringLiteral("title"), project.value(QStringLiteral("title"))},
        {QStringLiteral("description"), QString()},
        {QStringLiteral("owner"), project.value(QStringLiteral("owner"))},
        {QStringLiteral("namespace"), QStringLiteral("platformsh")},
        {QStringLiteral("organization"), project.value(QStringLiteral("organization"))},
        {QStringLiteral("default_branch"), project.value(QStringLiteral("default_branch"))},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("code"), QStringLiteral("provisioned")},
                     {QStringLiteral("message"), QStringLiteral("ok")}}},
        {QStringLiteral("timezone"), project.value(QStringLiteral("timezone"))},
        {QStringLiteral("region"), region},
        {QStringLiteral("repository"),
         QJsonObject{{QStringLiteral("url"), QStringLiteral("%1@git.%2:%1.git").arg(id, region)},
                     {QStringLiteral("client_ssh_key"), QJsonValue::Null}}},
        {QStringLiteral("default_domain"), QJsonValue::Null},
        {QStringLiteral("subscription"),
         QJsonObject{
             {QStringLiteral("license_uri"),
              QString(QStringLiteral("https://accounts.platform.sh/api/v1/licenses/") + id)},
             {QStringLiteral("plan"), project.value(QStringLiteral("plan"))},
             {QStringLiteral("environments"), environmentQuota(project)},
             {QStringLiteral("storage"), 5120},
             {QStringLiteral("included_users"), 1},
             {QStringLiteral("subscription_management_uri"),
              QStringLiteral("https://console.platform.sh/-/users/~/projects/%1/edit").arg(id)},
             {QStringLiteral("restricted"), false},
             {QStringLiteral("suspended"), false},
             {QStringLiteral("user_licenses"), 1}}},
        {QStringLiteral("maintenance"), QJsonValue::Null}};
}

QJsonObject SpecFields::environment(const QJsonObject &project, const QJsonObject &environment)
{
    QJsonObject result = environment;
    result.remove(QStringLiteral("values"));
    result.remove(QStringLiteral("site_held"));
    const QString status = str(environment, "status");
    const QString type = str(environment, "type");
    const QString parent = str(environment, "parent");
    const bool deployed = status != QLatin1String("inactive");
    const QString crons = status == QLatin1String("paused") ? QStringLiteral("paused")
        : deployed                                          ? QStringLiteral("sleeping")
                                                            : QStringLiteral("paused");
    const QJsonValue updated = environment.value(QStringLiteral("updated_at"));
    result.insert(QStringLiteral("attributes"), QJsonObject{});
    result.insert(QStringLiteral("default_domain"), QJsonValue::Null);
    result.insert(QStringLiteral("has_domains"), false);
    result.insert(QStringLiteral("clone_parent_on_create"), true);
    result.insert(QStringLiteral("deployment_target"), QStringLiteral("local"));
    result.insert(QStringLiteral("is_pr"), false);
    result.insert(QStringLiteral("has_remote"), false);
    result.insert(QStringLiteral("http_access"),
                  QJsonObject{{QStringLiteral("is_enabled"), true},
                              {QStringLiteral("addresses"), QJsonArray{}},
                              {QStringLiteral("basic_auth"), QJsonObject{}}});
    result.insert(QStringLiteral("enable_smtp"), type == QLatin1String("production"));
    result.insert(QStringLiteral("restrict_robots"), type != QLatin1String("production"));
    result.insert(QStringLiteral("edge_hostname"),
                  QStringLiteral("%1-%2.%3")
                      .arg(str(environment, "machine_name"), str(project, "id"),
                           siteDomain(str(project, "region"))));
    result.insert(
        QStringLiteral("deployment_state"),
        deployed ? QJsonValue(QJsonObject{
            {QStringLiteral("last_state_update_successful"), true},
            {QStringLiteral("last_deployment_successful"), true},
            {QStringLiteral("last_deployment_failure_reason"), QJsonValue::Null},
            {QStringLiteral("last_deployment_commands"),
             QJsonArray{QJsonObject{{QStringLiteral("app"), QStringLiteral("app")},
                                    {QStringLiteral("type"), QStringLiteral("deploy")},
                                    {QStringLiteral("exit_code"), 0}}}},
            {QStringLiteral("last_deployment_at"), environment.value(QStringLiteral("created_at"))},
            {QStringLiteral("last_autoscale_up_at"), QJsonValue::Null},
            {QStringLiteral("last_autoscale_down_at"), QJsonValue::Null},
            {QStringLiteral("last_maintenance_at"), QJsonValue::Null},
            {QStringLiteral("crons"),
             QJsonObject{{QStringLiteral("enabled"), true}, {QStringLiteral("status"), crons}}}})
                 : QJsonValue(QJsonValue::Null));
    result.insert(QStringLiteral("sizing"), QJsonValue::Null);
    result.insert(QStringLiteral("resources_overrides"), QJsonObject{});
    result.insert(QStringLiteral("max_instance_count"), QJsonValue::Null);
    result.insert(QStringLiteral("last_active_at"),
                  orDefault(environment, QStringLiteral("last_active_at"), updated));
    result.insert(QStringLiteral("has_staged_activities"), false);
    result.insert(QStringLiteral("can_rolling_deploy"), false);
    result.insert(QStringLiteral("supports_rolling_deployments"), false);
    result.insert(QStringLiteral("has_code"), true);
    result.insert(QStringLiteral("merge_info"),
                  QJsonObject{{QStringLiteral("commits_ahead"), 0},
                              {QStringLiteral("commits_behind"), 0},
                              {QStringLiteral("parent_ref"),
                               parent.isEmpty()
                                   ? QJsonValue(QJsonValue::Null)
                                   : QJsonValue(QString(QStringLiteral("refs/heads/") + parent))}});
    result.insert(QStringLiteral("has_deployment"), deployed);
    result.insert(QStringLiteral("supports_restrict_robots"), true);
    return result;
}

QJsonObject SpecFields::activity(const QJsonObject &activity, const QString &log)
{
    QJsonObject result = activity;
    const QString state = str(activity, "state");
    const QString type = str(activity, "type");
    const bool failed
        = activity.value(QStringLiteral("result")).toString() == QLatin1String("failure");
    const auto micros = [&activity](const char *field) {
        return qint64(activity.value(QLatin1String(field)).toDouble());
    };
    const qint64 now = Clock::now();
    const qint64 created = micros("created_at");
    const bool started = activity.value(QStringLiteral("started_at")).isDouble();
    const bool finished = activity.value(QStringLiteral("completed_at")).isDouble();
    const qint64 end = finished ? micros("completed_at") : now;
    // Seconds waited before the run and spent running, as the real service reports them.
    QJsonObject timings{
        {QStringLiteral("wait"),
         double((started ? micros("started_at") : end) - created) / double(Clock::second)}};
    if (started) {
        timings.insert(QStringLiteral("execute"),
                       double(end - micros("started_at")) / double(Clock::second));
    }
    result.insert(QStringLiteral("timings"), timings);
    result.insert(QStringLiteral("log"), log);
    result.insert(QStringLiteral("failure_reason"),
                  orDefault(activity, QStringLiteral("failure_reason"),
                            failed && state == QLatin1String("complete")
                                ? QJsonValue(QStringLiteral("error"))
                                : QJsonValue(QJsonValue::Null)));
    QJsonArray commands;
    if (finished
        && (type == QLatin1String("environment.push")
            || type == QLatin1String("environment.redeploy")
            || type == QLatin1String("environment.branch")
            || type == QLatin1String("environment.restore"))) {
        commands.append(QJsonObject{{QStringLiteral("app"), QStringLiteral("app")},
                                    {QStringLiteral("type"), QStringLiteral("deploy")},
                                    {QStringLiteral("exit_code"), failed ? 1 : 0}});
    }
    result.insert(QStringLiteral("commands"),
                  orDefault(activity, QStringLiteral("commands"), commands));
    result.insert(QStringLiteral("expires_at"),
                  double(created + activityLifetimeDays * Clock::day));
    if (!result.contains(QStringLiteral("parameters"))) {
        result.insert(QStringLiteral("parameters"), QJsonObject{});
    }
    return result;
}

QJsonObject SpecFields::user(const QJsonObject &user)
{
    QJsonObject result = user;
    const QByteArray email = str(user, "email").trimmed().toLower().toUtf8();
    result.insert(QStringLiteral("uuid"), user.value(QStringLiteral("id")));
    result.insert(QStringLiteral("deactivated"), false);
    result.insert(QStringLiteral("namespace"), QStringLiteral("platformsh"));
    result.insert(QStringLiteral("email_verified"), true);
    result.insert(QStringLiteral("mail"), user.value(QStringLiteral("email")));
    result.insert(QStringLiteral("picture"),
                  QString(QStringLiteral("https://www.gravatar.com/avatar/")
                          + QString::fromLatin1(
                              QCryptographicHash::hash(email, QCryptographicHash::Md5).toHex())));
    result.insert(QStringLiteral("company"), QStringLiteral("Example Ltd"));
    result.insert(QStringLiteral("website"), QStringLiteral("https://example.com"));
    result.insert(QStringLiteral("country"), QStringLiteral("FR"));
    return result;
}

QJsonObject SpecFields::settings(const QJsonObject &project)
{
    const QJsonValue retention = project.value(QStringLiteral("data_retention"));
    const QJsonObject stored = project.value(QStringLiteral("settings")).toObject();
    QJsonObject result{
        {QStringLiteral("initialize"), QJsonObject{}},
        {QStringLiteral("product_name"), QStringLiteral("Platform.sh")},
        {QStringLiteral("product_code"), QStringLiteral("platformsh")},
        {QStringLiteral("ui_uri_template"),
         QStringLiteral("https://console.platform.sh/projects/{project}")},
        {QStringLiteral("variables_prefix"), QStringLiteral("PLATFORM_")},
        {QStringLiteral("bot_email"), QStringLiteral("bot@platform.sh")},
        {QStringLiteral("application_config_file"), QStringLiteral(".platform.app.yaml")},
        {QStringLiteral("project_config_dir"), QStringLiteral(".platform")},
        {QStringLiteral("use_drupal_defaults"), false},
        {QStringLiteral("use_legacy_subdomains"), false},
        {QStringLiteral("development_service_size"), QStringLiteral("S")},
        {QStringLiteral("development_application_size"), QStringLiteral("S")},
        {QStringLiteral("enable_certificate_provisioning"), true},
        {QStringLiteral("certificate_style"), QStringLiteral("ecdsa")},
        {QStringLiteral("certificate_renewal_activity"), true},
        {QStringLiteral("development_domain_template"), QJsonValue::Null},
        {QStringLiteral("enable_state_api_deployments"), true},
        {QStringLiteral("temporary_disk_size"), QJsonValue::Null},
        {QStringLiteral("local_disk_size"), QJsonValue::Null},
        {QStringLiteral("cron_minimum_interval"), 5},
        {QStringLiteral("cron_maximum_jitter"), 20},
        {QStringLiteral("cron_production_expiry_interval"), 86400},
        {QStringLiteral("cron_non_production_expiry_interval"), 86400},
        {QStringLiteral("concurrency_limits"), QJsonObject{}},
        {QStringLiteral("flexible_build_cache"), false},
        {QStringLiteral("strict_configuration"), true},
        {QStringLiteral("has_sleepy_crons"), true},
        {QStringLiteral("crons_in_git"), true},
        {QStringLiteral("custom_error_template"), QJsonValue::Null},
        {QStringLiteral("app_error_page_template"), QJsonValue::Null},
        {QStringLiteral("environment_name_strategy"), QStringLiteral("hash")},
        {QStringLiteral("data_retention"), retention.isObject() ? retention : QJsonValue::Null},
        {QStringLiteral("enable_codesource_integration_push"), true},
        {QStringLiteral("enforce_mfa"), false},
        {QStringLiteral("systemd"), true},
        {QStringLiteral("router_gen2"), false},
        {QStringLiteral("build_resources"),
         QJsonObject{{QStringLiteral("cpu"), 1.0}, {QStringLiteral("memory"), 2048}}},
        {QStringLiteral("outbound_restrictions_default_policy"), QStringLiteral("allow")},
        {QStringLiteral("self_upgrade"), true},
        {QStringLiteral("self_upgrade_latest_major"), false},
        {QStringLiteral("additional_hosts"), QJsonObject{}},
        {QStringLiteral("max_allowed_routes"), 50000},
        {QStringLiteral("max_allowed_redirects_paths"), 50000},
        {QStringLiteral("enable_incremental_backups"), false},
        {QStringLiteral("sizing_api_enabled"), false},
        {QStringLiteral("enable_cache_grace_period"), true},
        {QStringLiteral("enable_zero_downtime_deployments"), false},
        {QStringLiteral("enable_admin_agent"), true},
        {QStringLiteral("certifier_url"), QStringLiteral("https://ssh.api.platform.sh")},
        {QStringLiteral("centralized_permissions"), true},
        {QStringLiteral("glue_server_max_request_size"), 10},
        {QStringLiteral("persistent_endpoints_ssh"), false},
        {QStringLiteral("persistent_endpoints_ssl_certificates"), false},
        {QStringLiteral("enable_disk_health_monitoring"), true},
        {QStringLiteral("enable_paused_environments"), true},
        {QStringLiteral("enable_unified_configuration"), true},
        {QStringLiteral("enable_explicit_empty_routes"), false},
        {QStringLiteral("enable_routes_tracing"), false},
        {QStringLiteral("image_deployment_validation"), true},
        {QStringLiteral("support_generic_images"), true},
        {QStringLiteral("enable_github_app_token_exchange"), false},
        {QStringLiteral("continuous_profiling"),
         QJsonObject{{QStringLiteral("supported_runtimes"),
                      QJsonArray{QStringLiteral("php"), QStringLiteral("python"),
                                 QStringLiteral("golang")}}}},
        {QStringLiteral("disable_agent_error_reporter"), false},
        {QStringLiteral("requires_domain_ownership"), false},
        {QStringLiteral("enable_guaranteed_resources"), false},
        {QStringLiteral("git_server"),
         QJsonObject{{QStringLiteral("push_size_hard_limit"), 2147483648.0}}},
        {QStringLiteral("activity_logs_max_size"), 5242880},
        {QStringLiteral("allow_manual_deployments"), false},
        {QStringLiteral("allow_rolling_deployments"), false},
        {QStringLiteral("maintenance_window"), QJsonValue::Null},
        {QStringLiteral("allow_activity_reschedule"), false},
        {QStringLiteral("allow_burst"), false},
        {QStringLiteral("router_resources"),
         QJsonObject{{QStringLiteral("baseline_cpu"), 0.25},
                     {QStringLiteral("baseline_memory"), 64},
                     {QStringLiteral("max_cpu"), 1.0},
                     {QStringLiteral("max_memory"), 512}}},
        {QStringLiteral("allow_scaling_to_zero"), false},
        {QStringLiteral("save_applications_vendors"), false},
        {QStringLiteral("locations_script_default"), false},
        {QStringLiteral("support_oci_images"), false}};
    // What a PATCH changed (ProjectSettingsPatch: initialize, build_resources, maintenance_window).
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        result.insert(it.key(), it.value());
    }
    return result;
}

QJsonObject SpecFields::capabilities(const QJsonObject &project)
{
    const auto enabled = [](bool on) {
        return QJsonObject{{QStringLiteral("enabled"), on}};
    };
    const bool paid = str(project, "plan") != QLatin1String("development");
    return QJsonObject{
        {QStringLiteral("custom_domains"),
         QJsonObject{{QStringLiteral("enabled"), paid},
                     {QStringLiteral("environments_with_domains_limit"), paid ? 10 : 0}}},
        {QStringLiteral("source_operations"), enabled(true)},
        {QStringLiteral("runtime_operations"), enabled(true)},
        {QStringLiteral("tasks"), enabled(false)},
        {QStringLiteral("outbound_firewall"), enabled(true)},
        {QStringLiteral("metrics"),
         QJsonObject{{QStringLiteral("max_range"), QStringLiteral("30d")}}},
        {QStringLiteral("logs_forwarding"),
         QJsonObject{{QStringLiteral("max_extra_payload_size"), 1024}}},
        {QStringLiteral("guaranteed_resources"),
         QJsonObject{{QStringLiteral("enabled"), false}, {QStringLiteral("instance_limit"), 0}}},
        {QStringLiteral("images"), QJsonObject{}},
        {QStringLiteral("instance_limit"), 1},
        {QStringLiteral("build_resources"),
         QJsonObject{{QStringLiteral("enabled"), true},
                     {QStringLiteral("max_cpu"), 4.0},
                     {QStringLiteral("max_memory"), 8192}}},
        // Every demo plan may configure its backup retention (issue 11: the console reads this).
        {QStringLiteral("data_retention"), enabled(true)},
        {QStringLiteral("autoscaling"), enabled(false)}};
}

} // namespace bc::sandbox
