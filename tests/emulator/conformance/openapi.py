"""Clerk's FAPI OpenAPI 3.0 spec as JSON Schema: loading, the exceptions file's patches, the OpenAPI → JSON Schema
conversion, and matching a (method, path, status) to the schema the spec declares for it.

Needs Debian's python3-jsonschema and python3-yaml (scripts/deps.sh installs them).
"""
import copy
import json
import re

import jsonschema
import yaml

# Keys whose value is a map of name → schema, a single schema, or a list of schemas. Everything else in a schema
# object is a keyword value (enum, example, default …) and is copied as it is, so a property that happens to be
# called "nullable" or "items" is never mistaken for a keyword.
_SCHEMA_MAPS = ("properties", "patternProperties", "definitions")
_SCHEMA_ONE = ("items", "additionalProperties", "not")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def load_yaml(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def to_json_schema(node):
    """One OpenAPI 3.0 schema object → Draft 4 JSON Schema. `nullable: true` becomes "or null" around the whole
    schema, so it also holds next to allOf/oneOf/$ref (where a `type: [x, "null"]` rewrite would not)."""
    if isinstance(node, list):
        return [to_json_schema(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key == "nullable" or key.startswith("x-") or key in ("discriminator", "xml", "externalDocs", "example"):
            continue
        if key in _SCHEMA_MAPS and isinstance(value, dict):
            out[key] = {name: to_json_schema(s) for name, s in value.items()}
        elif key in _SCHEMA_ONE and isinstance(value, dict):
            out[key] = to_json_schema(value)
        elif key in _SCHEMA_LISTS and isinstance(value, list):
            out[key] = [to_json_schema(s) for s in value]
        else:
            out[key] = copy.deepcopy(value)
    if node.get("nullable") is True:
        if "enum" in out and None not in out["enum"]:
            # An enum lists every accepted value; OpenAPI 3.0.3 says nullable adds null to it.
            out["enum"] = list(out["enum"]) + [None]
        return {"anyOf": [out, {"type": "null"}]}
    return out


def resolve_pointer(doc, pointer):
    """The node at a JSON pointer ("" or "/a/b/0") inside doc; KeyError when it is not there."""
    node = doc
    if pointer in ("", "/"):
        return node
    for raw in pointer.lstrip("/").split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def apply_patch(schemas, patch):
    """Applies one exceptions-file entry to the raw (OpenAPI) component schemas. Returns an error text or None.
    `schema` may list several names: the spec declares some of Clerk's objects twice (Client.SignIn and
    Client.SignIn-2 are one sign-in object), and one real-Clerk fact holds for every copy."""
    names = patch["schema"] if isinstance(patch["schema"], list) else [patch["schema"]]
    errors = [e for e in (_apply_one(schemas, name, patch) for name in names) if e]
    return "; ".join(errors) or None


def _apply_one(schemas, name, patch):
    pointer, kind = patch.get("pointer", ""), patch["kind"]
    if name not in schemas:
        return f"no schema {name!r} in the spec"
    try:
        target = resolve_pointer(schemas[name], pointer)
    except (KeyError, IndexError, ValueError):
        return f"{name}{pointer}: no such place in the schema"
    if kind == "extra_property":
        target.setdefault("properties", {})[patch["property"]] = copy.deepcopy(patch.get("accepts", {}))
    elif kind == "extra_enum_value":
        values = target.get("enum") if "enum" in target else target.get("items", {}).get("enum")
        if values is None:
            return f"{name}{pointer}: no enum there"
        if patch["value"] in values:
            return f"{name}{pointer}: {patch['value']!r} is already in the enum"
        values.append(patch["value"])
    elif kind == "null_allowed":
        target["nullable"] = True
    elif kind == "not_required":
        if patch["property"] not in target.get("required", []):
            return f"{name}{pointer}: {patch['property']!r} is not required there"
        target["required"].remove(patch["property"])
    else:
        return f"unknown exception kind {kind!r}"
    return None


class Spec:
    """The spec with the exceptions' schema patches applied, converted once, with a validator per response."""

    def __init__(self, spec_doc, patches=()):
        self.doc = spec_doc
        raw = copy.deepcopy(spec_doc["components"]["schemas"])
        self.patch_errors = [e for e in (apply_patch(raw, p) for p in patches) if e]
        self.components = {"schemas": {n: to_json_schema(s) for n, s in raw.items()}}
        self.operations = []  # (method, template, regex, operation)
        for template, item in spec_doc["paths"].items():
            regex = re.compile("^" + re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(template)) + "$")
            for method, op in item.items():
                if method in HTTP_METHODS:
                    self.operations.append((method.upper(), template, regex, op))
        # Literal templates win over parameterised ones (/v1/me/email_addresses before …/{email_id}).
        self.operations.sort(key=lambda o: (o[1].count("{"), -len(o[1])))
        self._validators = {}

    def find(self, method, path):
        """The spec template for a request path and method, or None."""
        for m, template, regex, _op in self.operations:
            if m == method and regex.match(path):
                return template
        return None

    def path_known(self, path):
        return any(regex.match(path) for _m, _t, regex, _op in self.operations)

    def response_schema(self, method, template, status):
        """(schema or None, problem or None) for a status of an operation; falls back to `default`."""
        op = self.doc["paths"][template][method.lower()]
        responses = op.get("responses", {})
        response = responses.get(str(status), responses.get("default"))
        if response is None:
            return None, f"status {status} is not listed for {method} {template} (listed: {', '.join(responses)})"
        if "$ref" in response:
            response = resolve_pointer(self.doc, response["$ref"][1:])
        schema = response.get("content", {}).get("application/json", {}).get("schema")
        if schema is None:
            return None, f"the spec declares no JSON body for {method} {template} {status}"
        return schema, None

    def validator(self, schema):
        key = json.dumps(schema, sort_keys=True)
        if key not in self._validators:
            # The converted components sit in the root document, so the spec's own "#/components/schemas/…"
            # references resolve inside it: the same resolution on jsonschema 4.10 (Debian 12) and newer.
            root = {"components": self.components, "allOf": [to_json_schema(schema)]}
            jsonschema.Draft4Validator.check_schema(root)
            self._validators[key] = jsonschema.Draft4Validator(root)
        return self._validators[key]

    def errors(self, schema, body):
        """[(JSON pointer, message)] for body against schema; empty when valid."""
        found = []
        for error in self.validator(schema).iter_errors(body):
            leaf = jsonschema.exceptions.best_match([error])
            pointer = "".join(f"/{p}" for p in leaf.absolute_path)
            found.append((pointer or "/", leaf.message[:300]))
        return sorted(set(found))

    def error_schema(self):
        return {"$ref": "#/components/schemas/ClerkErrors"}
