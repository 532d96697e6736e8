#!/usr/bin/python3
"""Contract test: the sandbox's answers and the console's request bodies against the official spec.

Starts backup-console-sandbox with the demo seed on a free loopback port, calls every spec
operation the console uses and validates each answer against the spec's response schema. Then
drives the real console (the backup-console CLI) through backups, restores, a delete and a cancel,
reads the bodies it sent from the sandbox's request log and validates them against the spec's
request schemas. Prints "N passed, M failed (checks held / total)"; exits 1 on any failure.

Usage: contract_check.py --sandbox BIN [--cli BIN] [--spec openapi-subset.json]
(BC_SANDBOX_BIN and BC_CLI_BIN are read when the options are absent.)
"""

import argparse
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import time

from specschema import Spec
from sandboxrun import Sandbox

HERE = pathlib.Path(__file__).resolve().parent

ADMIN = "sandbox-admin"
SUPPORT = "sandbox-support"
EU3 = "acmeblogeu3002"  # eu-3.platform.sh, plan development, no retention settings
LEGACY_US = "globexapius003"  # us.platform.sh, legacy region, retention settings
LEGACY_EU = "acmeshopeu0001"
PROJECTS = ["acmeshopeu0001", "acmeblogeu3002", "globexapius003", "globexcrmus204"]


class Checks:
    def __init__(self, verbose):
        self.passed = 0
        self.failed = []
        self.verbose = verbose

    def check(self, ok, what, detail=""):
        if ok:
            self.passed += 1
            if self.verbose:
                print(f"ok    {what}")
        else:
            self.failed.append(what)
            print(f"FAIL  {what}" + (f": {detail}" if detail else ""))
        return ok

    def schema(self, spec, errors, what):
        return self.check(not errors, what, "; ".join(errors[:3]))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sandbox", default=os.environ.get("BC_SANDBOX_BIN"))
    parser.add_argument("--cli", default=os.environ.get("BC_CLI_BIN"))
    parser.add_argument("--spec", default=str(HERE / "openapi-subset.json"))
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if not args.sandbox:
        sys.exit("no sandbox binary: pass --sandbox or set BC_SANDBOX_BIN")
    spec = Spec(args.spec)
    checks = Checks(args.verbose)
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as data, Sandbox(args.sandbox, data, 0.05) as sandbox:
        answers(spec, checks, sandbox)
        if args.cli:
            client_bodies(spec, checks, sandbox, args.cli)
        else:
            checks.check(False, "the console's request bodies", "no --cli / BC_CLI_BIN given")
    total = checks.passed + len(checks.failed)
    print(f"contract: {checks.passed} passed, {len(checks.failed)} failed "
          f"({checks.passed}/{total} checks held) in {time.monotonic() - started:.1f} s")
    return 0 if not checks.failed else 1


def validate(spec, checks, method, template, status, body, what):
    checks.schema(spec, spec.response_errors(template, method, body), f"{what}: {method.upper()} "
                  f"{template} answer matches the spec" + ("" if status < 400 else f" ({status})"))


def answers(spec, checks, sb):
    """Every operation, answered by the sandbox, against the spec's response schemas."""
    api = sb.session(ADMIN)
    status, me = api.get("/users/me")
    validate(spec, checks, "get", "/users/me", status, me, "user")
    status, legacy = api.get("/me")
    validate(spec, checks, "get", "/me", status, legacy, "deprecated user")
    checks.check(all(p.get("endpoint", "").startswith(sb.origin + "/api/projects/")
                     for p in legacy.get("projects", [])),
                 "/me: every project's endpoint is on the sandbox's origin")
    status, platform = api.get("/platform/me")
    checks.check(status == 200 and {p["id"] for p in platform.get("projects", [])} == set(PROJECTS),
                 "accounts API /platform/me lists the user's projects with their endpoints")
    status, token = sb.exchange_json(ADMIN)
    checks.check(status == 200 and token.get("token_type") == "bearer",
                 "token exchange with a JSON body", str(token))

    for project in PROJECTS:
        base = f"/projects/{project}"
        status, body = api.get(base)
        validate(spec, checks, "get", "/projects/{projectId}", status, body, project)
        checks.check(body.get("_links", {}).get("self", {}).get("href") == sb.origin + "/api" + base,
                     f"{project}: self link is absolute on the sandbox's origin")
        status, body = api.get(base + "/capabilities")
        validate(spec, checks, "get", "/projects/{projectId}/capabilities", status, body, project)
        checks.check(isinstance(body.get("data_retention", {}).get("enabled"), bool),
                     f"{project}: capabilities carry data_retention.enabled")
        status, body = api.get(base + "/settings")
        validate(spec, checks, "get", "/projects/{projectId}/settings", status, body, project)
        checks.check("enable_incremental_backups" in body,
                     f"{project}: settings carry enable_incremental_backups")
        status, envs = api.get(base + "/environments")
        validate(spec, checks, "get", "/projects/{projectId}/environments", status, envs, project)
        for env in envs:
            name = env["name"]
            epath = f"{base}/environments/{name}"
            status, body = api.get(epath)
            validate(spec, checks, "get", "/projects/{projectId}/environments/{environmentId}",
                     status, body, f"{project}/{name}")
            status, backups = api.get(epath + "/backups")
            validate(spec, checks, "get",
                     "/projects/{projectId}/environments/{environmentId}/backups", status, backups,
                     f"{project}/{name}")
            if backups:
                checks.check(env.get("last_backup_at") is not None,
                             f"{project}/{name}: last_backup_at is set (it has backups)")
                status, body = api.get(f"{epath}/backups/{backups[0]['id']}")
                validate(spec, checks, "get",
                         "/projects/{projectId}/environments/{environmentId}/backups/{backupId}",
                         status, body, f"{project}/{name}")
            for rel, link in env.get("_links", {}).items():
                if rel.startswith("#"):
                    checks.check(set(link) == {"href", "meta"} and isinstance(link["meta"], dict),
                                 f"{project}/{name}: action link {rel} is {{href, meta}}")
        activities(spec, checks, api, project)
    paused(spec, checks, api)
    actions(spec, checks, api)
    settings_patch(spec, checks, api)
    restore_input(checks, api)


def activities(spec, checks, api, project):
    base = f"/projects/{project}"
    tpl = "/projects/{projectId}/activities"
    queries = {
        "": "all",
        "?type=environment.backup": "type",
        "?type=environment.backup&type=environment.restore": "repeated type",
        "?state=complete&result=failure": "state and result",
        "?state=cancelled": "cancelled",
        "?count=5": "count",
    }
    for query, label in queries.items():
        status, body = api.get(base + "/activities" + query)
        validate(spec, checks, "get", tpl, status, body, f"{project} activities ({label})")
    status, first = api.get(base + "/activities?count=3")
    if first:
        status, page = api.get(base + "/activities?count=3&starts_at=" +
                               first[-1]["created_at"].replace("+", "%2B"))
        validate(spec, checks, "get", tpl, status, page, f"{project} activities (starts_at)")
        checks.check(all(a["created_at"] < first[-1]["created_at"] for a in page),
                     f"{project}: starts_at pages strictly older activities")
        status, one = api.get(f"{base}/activities/{first[0]['id']}")
        validate(spec, checks, "get", tpl + "/{activityId}", status, one, project)
    status, body = api.get(base + "/environments/main/activities?type=environment.backup")
    validate(spec, checks, "get", "/projects/{projectId}/environments/{environmentId}/activities",
             status, body, f"{project}/main activities")
    if body:
        status, one = api.get(f"{base}/environments/main/activities/{body[0]['id']}")
        validate(spec, checks, "get",
                 "/projects/{projectId}/environments/{environmentId}/activities/{activityId}",
                 status, one, f"{project}/main")


def paused(spec, checks, api):
    """The demo's paused development environment: no backup until resumed."""
    epath = f"/projects/{EU3}/environments/preview-cart"
    status, env = api.get(epath)
    checks.check(env.get("status") == "paused" and "#backup" not in env.get("_links", {}),
                 "preview-cart is paused and offers no #backup link")
    status, body = api.post(epath + "/backup", {"safe": False})
    checks.check(status == 400 and "paused" in body.get("message", ""),
                 "a backup of a paused environment is refused with the reason", str(body))
    status, body = api.post(epath + "/resume", None)
    validate(spec, checks, "post", "/projects/{projectId}/environments/{environmentId}/resume",
             status, body, "resume")
    api.wait_idle(EU3, "preview-cart")
    status, env = api.get(epath)
    checks.check(env.get("status") == "active" and "#backup" in env.get("_links", {}),
                 "after resume the environment is active with a #backup link")
    status, body = api.post(epath + "/pause", None)
    validate(spec, checks, "post", "/projects/{projectId}/environments/{environmentId}/pause",
             status, body, "pause")
    api.wait_idle(EU3, "preview-cart")
    status, body = api.post(epath + "/deactivate", None)
    validate(spec, checks, "post",
             "/projects/{projectId}/environments/{environmentId}/deactivate", status, body,
             "deactivate")
    api.wait_idle(EU3, "preview-cart")
    status, body = api.delete(epath)
    validate(spec, checks, "delete", "/projects/{projectId}/environments/{environmentId}",
             status, body, "delete environment")
    api.wait_idle(EU3, "preview-cart")
    status, _ = api.get(epath)
    checks.check(status == 404, "the deleted environment is gone")
    status, body = api.delete(f"/projects/{EU3}/environments/develop")
    checks.check(status == 400 and "deactivated" in body.get("message", ""),
                 "an active environment cannot be deleted", str(body))


def accepted(spec, checks, status, body, method, template, what):
    validate(spec, checks, method, template, status, body, what)
    acts = body.get("_embedded", {}).get("activities", []) if isinstance(body, dict) else []
    for activity in acts:
        checks.schema(spec, spec.schema_errors("Activity", activity),
                      f"{what}: the embedded activity matches the spec's Activity")
    return acts[0] if acts else {}


def actions(spec, checks, api):
    """Backup live and consistent, restores, delete and cancel, answered by the sandbox."""
    env = f"/projects/{EU3}/environments"
    tpl = "/projects/{projectId}/environments/{environmentId}"
    status, body = api.post(f"{env}/main/backup", {"safe": False})
    live = accepted(spec, checks, status, body, "post", tpl + "/backup", "live backup")
    api.wait_idle(EU3, "main")
    status, body = api.post(f"{env}/staging/backup", {"safe": True})
    consistent = accepted(spec, checks, status, body, "post", tpl + "/backup", "consistent backup")
    held = api.wait_until(lambda: api.sandbox_state(EU3, "staging").get("site_held"), 10)
    status, during = api.get(f"{env}/staging")
    checks.check(held and during.get("status") == "active" and during.get("is_dirty") is True,
                 "during a consistent backup's pause the environment stays active and dirty",
                 f"held={held} status={during.get('status')} dirty={during.get('is_dirty')}")
    status, running = api.get(consistent.get("_links", {}).get("self", {}).get("href", "")
                              .replace(api.origin + "/api", ""))
    validate(spec, checks, "get", "/projects/{projectId}/activities/{activityId}", status, running,
             "a running activity")
    checks.check(running.get("state") == "in_progress" and "execute" in running.get("timings", {}),
                 "a running activity is in_progress with timings")
    api.wait_idle(EU3, "staging")
    status, done = api.get(f"/projects/{EU3}/activities/{consistent.get('id')}")
    checks.check(done.get("state") == "complete" and done.get("completion_percent") == 100
                 and done.get("result") == "success", "the consistent backup completed")
    status, backups = api.get(f"{env}/main/backups")
    backup = backups[0]["id"]
    checks.check(backup == (api.get(f"/projects/{EU3}/activities/{live.get('id')}")[1]
                            .get("payload", {}).get("backup_name")),
                 "the live backup's activity names the new backup")
    status, body = api.post(f"{env}/main/backups/{backup}/restore", {})
    accepted(spec, checks, status, body, "post", tpl + "/backups/{backupId}/restore",
             "restore in place")
    api.wait_idle(EU3, "main")
    status, body = api.post(f"{env}/main/backups/{backup}/restore",
                            {"environment_name": "develop", "restore_code": False})
    accepted(spec, checks, status, body, "post", tpl + "/backups/{backupId}/restore",
             "restore to another environment")
    api.wait_idle(EU3, "develop")
    status, body = api.post(f"{env}/main/backups/{backup}/restore",
                            {"environment_name": "contract-new", "branch_from": "main",
                             "resources": {"init": "parent"}})
    accepted(spec, checks, status, body, "post", tpl + "/backups/{backupId}/restore",
             "restore to a new environment with branch_from")
    api.wait_idle(EU3, "contract-new")
    status, body = api.delete(f"{env}/main/backups/{backup}")
    accepted(spec, checks, status, body, "delete", tpl + "/backups/{backupId}", "backup delete")
    api.wait_idle(EU3, "main")
    status, body = api.post(f"{env}/feature-login/backup", {"safe": True})
    started = accepted(spec, checks, status, body, "post", tpl + "/backup", "backup to cancel")
    cancel = started.get("_links", {}).get("#cancel", {})
    checks.check(set(cancel) == {"href", "meta"}, "#cancel is {href, meta}", str(cancel))
    status, body = api.post(cancel.get("href", "/api/none").replace("/api", "", 1), None)
    cancelled = accepted(spec, checks, status, body, "post",
                         "/projects/{projectId}/activities/{activityId}/cancel", "cancel")
    checks.check(cancelled.get("state") == "cancelled" and cancelled.get("result") == "failure",
                 "a cancelled activity is cancelled with result failure")


def settings_patch(spec, checks, api):
    tpl = "/projects/{projectId}/settings"
    patch = {"data_retention": {"development": {"max_backups": 4, "default_config": {
        "manual_count": 2, "schedule": [{"interval": "1d", "count": 2}]}}},
        "build_resources": {"cpu": 2.0, "memory": 4096}, "initialize": {}}
    checks.schema(spec, spec.request_errors(tpl, "patch", patch),
                  "the contract test's own settings PATCH is a ProjectSettingsPatch")
    status, body = api.patch(f"/projects/{EU3}/settings", patch)
    validate(spec, checks, "patch", tpl, status, body, "settings")
    status, body = api.get(f"/projects/{EU3}/settings")
    checks.check(body.get("build_resources", {}).get("memory") == 4096
                 and body.get("data_retention", {}).get("development", {}).get("max_backups") == 4,
                 "PATCHed settings fields are kept")
    status, body = api.patch(f"/projects/{EU3}/settings", {"no_such_setting": True})
    checks.check(status == 400, "an unknown settings field gets a 400")


def restore_input(checks, api):
    """EnvironmentRestoreInput: nullable fields accept null, unknown fields get a clear 400."""
    epath = f"/projects/{LEGACY_US}/environments/staging"
    status, backups = api.get(epath + "/backups")
    restorable = [b for b in backups if "#restore" in b["_links"]]
    href = restorable[0]["_links"]["#restore"]["href"].replace("/api", "", 1)
    status, body = api.post(href, {"ticket": "T-1"})
    checks.check(status == 400 and "ticket" in body.get("message", ""),
                 "an unknown restore field (ticket) gets a 400 naming it", str(body))
    status, body = api.post(href, {"environment_name": None, "branch_from": None,
                                   "resources": None, "restore_code": True})
    checks.check(status == 200, "restore input accepts null where the spec says nullable",
                 str(body))
    api.wait_idle(LEGACY_US, "staging")
    status, body = api.post(href, {"resources": {"init": None}})
    checks.check(status == 200, "restore input accepts resources.init null", str(body))
    api.wait_idle(LEGACY_US, "staging")


def cli(cli_bin, sb, token, *arguments):
    env = {k: v for k, v in os.environ.items()
           if k not in ("PLATFORMSH_CLI_TOKEN", "UPSUN_CLI_TOKEN", "PLATFORM_PROJECT",
                        "PLATFORM_BRANCH")}
    home = sb.home
    env.update({"PLATFORMSH_CLI_TOKEN": token, "BACKUP_CONSOLE_API_URL": sb.origin,
                "HOME": home, "XDG_CONFIG_HOME": home + "/config", "XDG_DATA_HOME": home + "/data",
                "QT_QPA_PLATFORM": "offscreen"})
    done = subprocess.run([cli_bin, *arguments], env=env, capture_output=True, text=True,
                          timeout=60, stdin=subprocess.DEVNULL)
    return done.returncode, done.stdout + done.stderr


def client_bodies(spec, checks, sb, cli_bin):
    """The bodies the real console sends, taken from the sandbox's request log."""
    api = sb.session(ADMIN)
    api.clear_requests()
    runs = [
        (ADMIN, "backup:create -p {eu3} -e main --live --yes", EU3, "main"),
        (ADMIN, "backup:create -p {eu3} -e staging --yes", EU3, "staging"),
    ]
    for token, line, project, env in runs:
        code, out = cli(cli_bin, sb, token, *line.format(eu3=EU3).split())
        checks.check(code == 0, f"console: {line.split()[0]} -e {env}", out.strip()[-300:])
        api.wait_idle(project, env)
    status, backups = api.get(f"/projects/{EU3}/environments/main/backups")
    backup = backups[0]["id"]
    restores = [
        (ADMIN, f"backup:restore {backup} -p {EU3} -e main --yes", "main"),
        (ADMIN, f"backup:restore {backup} -p {EU3} -e main --target develop --no-code "
                f"--no-resources --yes", "develop"),
        (ADMIN, f"backup:restore {backup} -p {EU3} -e main --target cli-new --branch-from main "
                f"--resources-init minimum --yes", "cli-new"),
    ]
    for token, line, env in restores:
        code, out = cli(cli_bin, sb, token, *line.split())
        checks.check(code == 0, f"console: {line}", out.strip()[-300:])
        api.wait_idle(EU3, env)
    status, legacy = api.get(f"/projects/{LEGACY_EU}/environments/main/backups")
    support_backup = [b for b in legacy if "#restore" in b["_links"]][0]["id"]
    line = (f"backup:restore {support_backup} -p {LEGACY_EU} -e main --target staging "
            f"--ticket SUP-1234 --confirm-project {LEGACY_EU} --yes")
    code, out = cli(cli_bin, sb, SUPPORT, *line.split())
    checks.check(code == 0, "console: a support restore with a ticket", out.strip()[-300:])
    api.wait_idle(LEGACY_EU, "staging")
    code, out = cli(cli_bin, sb, ADMIN, *f"backup:delete {backup} -p {EU3} -e main --yes".split())
    checks.check(code == 0, "console: backup:delete", out.strip()[-300:])
    api.wait_idle(EU3, "main")
    status, body = api.post(f"/projects/{EU3}/environments/staging/backup", {"safe": True})
    activity = body["_embedded"]["activities"][0]["id"]
    code, out = cli(cli_bin, sb, ADMIN, *f"activity:cancel {activity} -p {EU3}".split())
    checks.check(code == 0, "console: activity:cancel", out.strip()[-300:])
    api.wait_idle(EU3, "staging")

    # The settings PATCH of retention:set (the editor's encodeRetention), and a restore drill's
    # restore with branch_from (its deactivate and DELETE send no body).
    line = f"retention:set -p {LEGACY_EU} -e staging --manual 2 --schedule 1d:3,1w:1 --yes"
    code, out = cli(cli_bin, sb, ADMIN, *line.split())
    checks.check(code == 0, "console: retention:set", out.strip()[-300:])
    line = f"drill -p {EU3} -e staging --yes"
    code, out = cli(cli_bin, sb, ADMIN, *line.split())
    checks.check(code == 0, "console: drill", out.strip()[-300:])
    api.wait_idle(EU3, "staging")

    sent = api.requests()
    seen = {}
    for entry in sent:
        template = spec.match(entry["method"].lower(), entry["path"])
        if template is None:
            continue
        seen[template] = seen.get(template, 0) + 1
        body = entry["body"]
        checks.schema(spec, spec.request_errors(template, entry["method"].lower(), body),
                      f"console sent {entry['method']} {entry['path']} {json.dumps(body)}")
        if isinstance(body, dict):
            checks.check("ticket" not in body, f"no ticket in the body of {entry['path']}")
    for template, count in [("/projects/{projectId}/environments/{environmentId}/backup", 2),
                            ("/projects/{projectId}/environments/{environmentId}/backups/"
                             "{backupId}/restore", 5),
                            ("/projects/{projectId}/settings", 1)]:
        checks.check(seen.get(template, 0) >= count,
                     f"the request log holds {count} console bodies for {template}",
                     f"saw {seen.get(template, 0)}")


if __name__ == "__main__":
    sys.exit(main())
