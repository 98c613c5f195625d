#!/usr/bin/env python3
"""Writes the facts of Openprovider's Swagger document that the conformance test checks.

Only facts: each operation's id, tag, method and path (without the /v1beta root), its path and
query parameters and the top-level properties of its body, each with its location and JSON type,
and the shape of the `data` of its 200 reply. No descriptions or examples are copied.

A reply shape is the JSON type of a scalar ("string", "integer", "number", "boolean"), followed
by `:` and its `format` where the document gives one ("integer:int32"), a map of an object's
properties to their shapes, or a one-element list holding an array's item shape; "map<S>" is an
object whose `additionalProperties` all have shape S (`sku_values` is "map<boolean:boolean>"),
"object" an object the document leaves free-form, "recursive" an object of a type that encloses
it (a licence's `extensions` are licences), and `null` a reply with no `data`. `$ref`s are
resolved, so each shape is whole.

    python3 scripts/openapi_facts.py ../shared/reference/openprovider-openapi.json \
        > tests/fixtures/openapi-facts.json

`cargo test --test conformance` checks the committed file against the document whenever the
document is present beside the repository.
"""

import json
import sys


def kind(schema, definitions):
    if "$ref" in schema:
        target = definitions[schema["$ref"].rsplit("/", 1)[-1]]
        return target.get("type", "object")
    return schema.get("type", "object")


def reply_shape(schema, definitions, seen=()):
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        if name in seen:
            return "recursive"
        seen = seen + (name,)
        schema = definitions[name]
    kind = schema.get("type", "object")
    if kind == "object":
        if "properties" in schema:
            return {
                name: reply_shape(prop, definitions, seen)
                for name, prop in sorted(schema["properties"].items())
            }
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            inner = reply_shape(extra, definitions, seen)
            if isinstance(inner, str):
                return f"map<{inner}>"
        return "object"
    if kind == "array":
        return [reply_shape(schema.get("items", {}), definitions, seen)]
    if "format" in schema:
        return f"{kind}:{schema['format']}"
    return kind


def reply_data(op, definitions):
    schema = op.get("responses", {}).get("200", {}).get("schema")
    if not schema:
        return None
    whole = reply_shape(schema, definitions)
    if isinstance(whole, dict):
        return whole.get("data")
    return None


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else "../shared/reference/openprovider-openapi.json"
    with open(source, encoding="utf-8") as f:
        document = json.load(f)
    definitions = document.get("definitions", {})
    operations = []
    for path, methods in sorted(document["paths"].items()):
        for method, op in sorted(methods.items()):
            if method == "parameters":
                continue
            parameters = []
            body = []
            for p in op.get("parameters", []):
                if p["in"] == "body":
                    schema = p["schema"]
                    if "$ref" in schema:
                        schema = definitions[schema["$ref"].rsplit("/", 1)[-1]]
                    for name, prop in sorted(schema.get("properties", {}).items()):
                        body.append({"name": name, "type": kind(prop, definitions)})
                else:
                    parameters.append(
                        {"name": p["name"], "in": p["in"], "type": p.get("type", "string")}
                    )
            operations.append(
                {
                    "operation_id": op["operationId"],
                    "tag": (op.get("tags") or [""])[0],
                    "method": method.upper(),
                    "path": path.removeprefix("/v1beta"),
                    "parameters": parameters,
                    "body": body,
                    "reply": reply_data(op, definitions),
                }
            )
    json.dump({"operations": operations}, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
