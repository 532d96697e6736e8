#!/usr/bin/python3
"""Regenerates openapi-subset.json from the full official spec.

Usage: /usr/bin/python3 tests/contract/trim-spec.py [/work/shared/api/upsun-openapi.json.gz]

Keeps the operations the console, the contract test and the foreign client use, and every
component schema they reach through $ref, so the vendored file stays small and reviewable.
"""

import gzip
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_SOURCE = pathlib.Path("/work/shared/api/upsun-openapi.json.gz")

OPERATIONS = [
    ("/me", "get"),
    ("/users/me", "get"),
    ("/projects/{projectId}", "get"),
    ("/projects/{projectId}/capabilities", "get"),
    ("/projects/{projectId}/settings", "get"),
    ("/projects/{projectId}/settings", "patch"),
    ("/projects/{projectId}/activities", "get"),
    ("/projects/{projectId}/activities/{activityId}", "get"),
    ("/projects/{projectId}/activities/{activityId}/cancel", "post"),
    ("/projects/{projectId}/environments", "get"),
    ("/projects/{projectId}/environments/{environmentId}", "get"),
    ("/projects/{projectId}/environments/{environmentId}", "delete"),
    ("/projects/{projectId}/environments/{environmentId}/activities", "get"),
    ("/projects/{projectId}/environments/{environmentId}/activities/{activityId}", "get"),
    ("/projects/{projectId}/environments/{environmentId}/activities/{activityId}/cancel", "post"),
    ("/projects/{projectId}/environments/{environmentId}/backup", "post"),
    ("/projects/{projectId}/environments/{environmentId}/backups", "get"),
    ("/projects/{projectId}/environments/{environmentId}/backups/{backupId}", "get"),
    ("/projects/{projectId}/environments/{environmentId}/backups/{backupId}", "delete"),
    ("/projects/{projectId}/environments/{environmentId}/backups/{backupId}/restore", "post"),
    ("/projects/{projectId}/environments/{environmentId}/pause", "post"),
    ("/projects/{projectId}/environments/{environmentId}/resume", "post"),
    ("/projects/{projectId}/environments/{environmentId}/deactivate", "post"),
]


def refs(node, found):
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            found.add(tuple(ref[len("#/components/"):].split("/", 1)))
        for value in node.values():
            refs(value, found)
    elif isinstance(node, list):
        for value in node:
            refs(value, found)


def main():
    source = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE
    with gzip.open(source, "rt", encoding="utf-8") as handle:
        spec = json.load(handle)
    paths = {}
    for path, method in OPERATIONS:
        paths.setdefault(path, {})[method] = spec["paths"][path][method]
    components = {}
    pending = set()
    refs(paths, pending)
    while pending:
        kind, name = pending.pop()
        if name in components.get(kind, {}):
            continue
        node = spec["components"][kind][name]
        components.setdefault(kind, {})[name] = node
        refs(node, pending)
    subset = {
        "openapi": spec["openapi"],
        "info": spec["info"],
        "x-source": "upsun/upsun-sdk-node schema/openapispec-upsun.json (May 2026), trimmed by trim-spec.py",
        "paths": paths,
        "components": {kind: dict(sorted(items.items())) for kind, items in sorted(components.items())},
    }
    out = HERE / "openapi-subset.json"
    out.write_text(json.dumps(subset, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    print(f"{out}: {len(OPERATIONS)} operations, "
          f"{sum(len(v) for v in components.values())} components")


if __name__ == "__main__":
    main()
