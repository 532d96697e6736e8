"""The vendored OpenAPI 3.0 spec as JSON Schema validators (python3-jsonschema from Debian).

OpenAPI 3.0 is not JSON Schema: `nullable: true` means "or null", which jsonschema does not
know, so every schema is translated first (type gains "null", an enum gains None). Request
schemas are closed (additionalProperties: false where the spec leaves it open): the sandbox
refuses unknown fields, so a field the spec does not name is a client defect.
"""

import copy
import datetime
import json
import re
import uuid

import jsonschema

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


def _date_time(value):
    if not isinstance(value, str):
        return True
    if not RFC3339.match(value):
        return False
    datetime.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    return True


def _uuid(value):
    if not isinstance(value, str):
        return True
    uuid.UUID(value)
    return True


def _email(value):
    return not isinstance(value, str) or re.match(r"^[^@\s]+@[^@\s]+$", value) is not None


FORMATS = jsonschema.FormatChecker(formats=())
FORMATS.checks("date-time", raises=(ValueError,))(_date_time)
FORMATS.checks("uuid", raises=(ValueError,))(_uuid)
FORMATS.checks("email")(_email)


def _nullable(node):
    if isinstance(node, list):
        return [_nullable(item) for item in node]
    if not isinstance(node, dict):
        return node
    result = {}
    for key, value in node.items():
        if key in ("properties", "patternProperties"):
            result[key] = {name: _nullable(sub) for name, sub in value.items()}
        else:
            result[key] = _nullable(value)
    if result.pop("nullable", False):
        if "type" in result:
            types = result["type"] if isinstance(result["type"], list) else [result["type"]]
            result["type"] = types + ["null"]
        if "enum" in result and None not in result["enum"]:
            result["enum"] = result["enum"] + [None]
    return result


def _closed(node, components):
    """A copy of a request schema whose objects accept only the fields they name."""
    if isinstance(node, dict) and "$ref" in node:
        name = node["$ref"].split("/")[-1]
        return _closed(components[name], components)
    if isinstance(node, list):
        return [_closed(item, components) for item in node]
    if not isinstance(node, dict):
        return node
    result = {key: _closed(value, components) if key not in ("properties",) else
              {name: _closed(sub, components) for name, sub in value.items()}
              for key, value in node.items()}
    if "properties" in result and "additionalProperties" not in result:
        result["additionalProperties"] = False
    return result


def _without_hal(value):
    """The value without its HAL elements (`_links`, `_embedded`): the spec's "HAL Links" section
    says every object may carry them, but its schemas (additionalProperties: false) leave them
    out; they are checked on their own (hal_errors)."""
    if isinstance(value, list):
        return [_without_hal(item) for item in value]
    if isinstance(value, dict):
        return {k: _without_hal(v) for k, v in value.items() if k not in ("_links", "_embedded")}
    return value


def hal_errors(value, path="(top)"):
    """HAL links as the spec describes them: {href} for relations, {href, meta} for actions."""
    errors = []
    if isinstance(value, list):
        for index, item in enumerate(value):
            errors += hal_errors(item, f"{path}/{index}")
    elif isinstance(value, dict):
        for rel, link in value.get("_links", {}).items():
            if not isinstance(link, dict) or not isinstance(link.get("href"), str):
                errors.append(f"{path}/_links/{rel}: no href")
            elif rel.startswith("#") and (set(link) != {"href", "meta"}
                                          or not isinstance(link["meta"], dict)):
                errors.append(f"{path}/_links/{rel}: an action link is {{href, meta}}")
        for key, item in value.items():
            if key != "_links":
                errors += hal_errors(item, f"{path}/{key}")
    return errors


class Spec:
    def __init__(self, path):
        with open(path, encoding="utf-8") as handle:
            raw = json.load(handle)
        self.document = _nullable(raw)
        self.schemas = self.document["components"]["schemas"]
        self.resolver = jsonschema.RefResolver.from_schema(self.document)
        self.templates = []
        for template, item in self.document["paths"].items():
            pattern = "^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$"
            self.templates.append((re.compile(pattern), template, item))

    def _errors(self, schema, value):
        validator = jsonschema.Draft7Validator(schema, resolver=self.resolver,
                                               format_checker=FORMATS)
        return [f"{'/'.join(str(p) for p in error.absolute_path) or '(top)'}: {error.message}"
                for error in sorted(validator.iter_errors(value), key=lambda e: e.path)]

    def operation(self, template, method):
        return self.document["paths"][template][method]

    def response_errors(self, template, method, value, status="default"):
        responses = self.operation(template, method)["responses"]
        chosen = responses.get(status) or responses.get("200") or responses.get("default")
        schema = chosen["content"]["application/json"]["schema"]
        return self._errors(schema, _without_hal(value)) + hal_errors(value)

    def request_errors(self, template, method, value):
        body = self.operation(template, method).get("requestBody")
        if body is None:
            return [] if value in (None, {}) else ["the spec defines no request body here"]
        schema = _closed(body["content"]["application/json"]["schema"], self.schemas)
        return self._errors(schema, value)

    def schema_errors(self, name, value):
        return (self._errors({"$ref": f"#/components/schemas/{name}"}, _without_hal(value))
                + hal_errors(value))

    def match(self, method, path):
        path = path.split("?")[0]
        if path.startswith("/api/"):
            path = path[4:]
        for pattern, template, item in self.templates:
            if method in item and pattern.match(path):
                return template
        return None
