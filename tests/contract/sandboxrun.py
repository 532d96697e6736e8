"""A backup-console-sandbox process on a free loopback port, and HTTP sessions against it
(stdlib only: urllib)."""

import base64
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Session:
    def __init__(self, origin, api_token):
        self.origin = origin
        self.api_token = api_token
        self.access = None

    def _token(self):
        if self.access is None:
            form = urllib.parse.urlencode({"grant_type": "api_token",
                                           "api_token": self.api_token}).encode()
            request = urllib.request.Request(self.origin + "/oauth2/token", data=form, headers={
                "Authorization": "Basic " + base64.b64encode(b"platform-api-user:").decode(),
                "Content-Type": "application/x-www-form-urlencoded"})
            with urllib.request.urlopen(request, timeout=10) as answer:
                self.access = json.load(answer)["access_token"]
        return self.access

    def call(self, method, path, body=None, authenticated=True):
        url = path if path.startswith("http") else self.origin + path
        data = None if body is None else json.dumps(body).encode()
        headers = {"Accept": "application/json"}
        if data is not None:
            headers["Content-Type"] = "application/json"
        if authenticated:
            headers["Authorization"] = "Bearer " + self._token()
        request = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=15) as answer:
                status, raw = answer.status, answer.read()
        except urllib.error.HTTPError as error:
            status, raw = error.code, error.read()
        try:
            return status, json.loads(raw) if raw else None
        except ValueError:
            return status, raw.decode("utf-8", "replace")

    def get(self, path):
        return self.call("GET", path)

    def post(self, path, body):
        return self.call("POST", path, body)

    def patch(self, path, body):
        return self.call("PATCH", path, body)

    def delete(self, path):
        return self.call("DELETE", path)

    def sandbox_state(self, project, env):
        return self.call("GET", f"/__sandbox/state/{project}/{env}", authenticated=False)[1]

    def requests(self):
        return self.call("GET", "/__sandbox/requests", authenticated=False)[1]["bodies"]

    def clear_requests(self):
        self.call("DELETE", "/__sandbox/requests", authenticated=False)

    @staticmethod
    def wait_until(condition, seconds):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if condition():
                return True
            time.sleep(0.05)
        return False

    def wait_idle(self, project, env, seconds=20):
        """Until no activity of the environment is pending or running."""
        def idle():
            status, running = self.get(f"/projects/{project}/activities?state=pending"
                                       f"&state=in_progress&state=scheduled&state=staged")
            return status == 200 and not any(env in a.get("environments", []) for a in running)
        return self.wait_until(idle, seconds)


class Sandbox:
    def __init__(self, binary, data_dir, time_scale, extra=()):
        self.binary = binary
        self.data_dir = data_dir
        self.time_scale = time_scale
        self.extra = list(extra)
        self.process = None
        self.home = tempfile.mkdtemp(prefix="bc-contract-home-")

    def __enter__(self):
        port = free_port()
        self.process = subprocess.Popen(
            [self.binary, "--listen", f"127.0.0.1:{port}", "--data", self.data_dir, "--seed",
             "demo", "--time-scale", str(self.time_scale), *self.extra],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.process.stdout.readline()
        if "listening on" not in line:
            self.process.kill()
            raise RuntimeError(f"the sandbox did not start: {line!r}")
        self.origin = line.split("listening on", 1)[1].strip()
        return self

    def __exit__(self, *exc):
        self.process.terminate()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.home, ignore_errors=True)

    def session(self, api_token):
        return Session(self.origin, api_token)

    def exchange_json(self, api_token):
        request = urllib.request.Request(
            self.origin + "/oauth2/token",
            data=json.dumps({"grant_type": "api_token", "api_token": api_token}).encode(),
            headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=10) as answer:
                return answer.status, json.load(answer)
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read() or b"{}")
