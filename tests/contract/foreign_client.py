#!/usr/bin/python3
"""A client that is not ours, against the sandbox: it knows only the entry URLs (the API base and
the token endpoint) and otherwise follows the `_links` the API gives, as the official clients do.
Absolute hrefs are used as they are; relative ones are resolved against the URL they came from.
Standard library only (urllib).

Flows (issue 11, point 5): list projects, list backups, take a backup through the `#backup`
link, wait for its activity by its `self` link, restore it to a new branch, list activities by
type. Prints each step; exits 1 when one fails.

Usage: foreign_client.py [--sandbox BIN]   (default: $BC_SANDBOX_BIN)
"""

import argparse
import base64
import json
import os
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

from sandboxrun import Sandbox

API_TOKEN = "sandbox-admin"


class ForeignClient:
    def __init__(self, api_base):
        self.api_base = api_base.rstrip("/")
        self.token = None

    def login(self):
        form = urllib.parse.urlencode({"grant_type": "api_token", "api_token": API_TOKEN})
        request = urllib.request.Request(
            self.api_base + "/oauth2/token", data=form.encode(),
            headers={"Authorization": "Basic " + base64.b64encode(b"platform-cli:").decode()})
        with urllib.request.urlopen(request, timeout=10) as answer:
            self.token = json.load(answer)["access_token"]

    def call(self, method, url, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(url, data=data, method=method, headers={
            "Authorization": "Bearer " + self.token, "Content-Type": "application/json",
            "Accept": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as answer:
            return json.load(answer)

    @staticmethod
    def follow(origin_url, obj, rel):
        """The URL of link `rel` of `obj`, which was fetched from `origin_url`."""
        return urllib.parse.urljoin(origin_url, obj["_links"][rel]["href"])

    def wait(self, activity):
        """Polls the activity's own self link until its state says it is over."""
        url = activity["_links"]["self"]["href"]
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            activity = self.call("GET", url)
            if activity["state"] in ("complete", "cancelled"):
                return activity
            time.sleep(0.1)
        raise TimeoutError(f"activity {activity['id']} still {activity['state']}")


def run(client, step):
    client.login()
    step(True, "token exchange at the entry URL")
    me = client.call("GET", client.api_base + "/users/me")
    step("id" in me, f"/users/me: {me.get('username')}")
    legacy = client.call("GET", client.api_base + "/me")
    projects = legacy.get("projects", [])
    step(len(projects) >= 1, f"/me lists {len(projects)} projects")
    stub = next(p for p in projects if p["id"] == "acmeblogeu3002")
    project = client.call("GET", stub["endpoint"])
    step(project["id"] == stub["id"], f"project {project['id']} fetched at its endpoint")
    project_url = project["_links"]["self"]["href"]
    envs_url = client.follow(project_url, project, "environments")
    environments = client.call("GET", envs_url)
    main = next(e for e in environments if e["name"] == "main")
    main_url = main["_links"]["self"]["href"]
    step(True, f"{len(environments)} environments; main's self link {main_url}")
    backups_url = client.follow(main_url, main, "backups")
    before = client.call("GET", backups_url)
    step(isinstance(before, list), f"{len(before)} backups of main")

    accepted = client.call("POST", client.follow(main_url, main, "#backup"), {"safe": False})
    activity = accepted["_embedded"]["activities"][0]
    step(activity["type"] == "environment.backup", f"backup started: activity {activity['id']}")
    done = client.wait(activity)
    step(done["state"] == "complete" and done["result"] == "success",
         f"backup activity {done['state']}/{done['result']} (followed by its self link)")
    name = done["payload"]["backup_name"]
    after = client.call("GET", backups_url)
    backup = next((b for b in after if b["id"] == name), None)
    step(backup is not None and len(after) >= len(before), f"the new backup {name} is listed")

    backup_url = backup["_links"]["self"]["href"]
    accepted = client.call("POST", client.follow(backup_url, backup, "#restore"),
                           {"environment_name": "foreign-branch", "branch_from": "main"})
    restore = client.wait(accepted["_embedded"]["activities"][0])
    step(restore["state"] == "complete" and restore["result"] == "success",
         f"restore to a new branch {restore['state']}/{restore['result']}")
    names = [e["name"] for e in client.call("GET", envs_url)]
    step("foreign-branch" in names, "the new branch foreign-branch exists")

    activities_url = client.follow(project_url, project, "activities")
    restores = client.call("GET", activities_url + "?type=environment.restore")
    step(bool(restores) and all(a["type"] == "environment.restore" for a in restores)
         and restores[0]["id"] == restore["id"],
         f"{len(restores)} activities of type environment.restore, newest first")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sandbox", default=os.environ.get("BC_SANDBOX_BIN"))
    args = parser.parse_args()
    if not args.sandbox:
        sys.exit("no sandbox binary: pass --sandbox or set BC_SANDBOX_BIN")
    results = []

    def step(ok, text):
        results.append(bool(ok))
        print(("ok    " if ok else "FAIL  ") + text)
        if not ok:
            raise AssertionError(text)

    with tempfile.TemporaryDirectory() as data, Sandbox(args.sandbox, data, 0.05) as sandbox:
        try:
            run(ForeignClient(sandbox.origin), step)
        except (AssertionError, urllib.error.URLError, KeyError, StopIteration,
                TimeoutError) as error:
            if not isinstance(error, AssertionError):
                print(f"FAIL  {type(error).__name__}: {error}")
                results.append(False)
    held = sum(results)
    print(f"foreign client: {held} passed, {len(results) - held} failed")
    return 0 if results and all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
