#!/usr/bin/env python3
"""Writes the shapes of the `data` of every operation's 200 reply in Openprovider's Swagger
document, for the stand-in to answer with every documented property present.

Only facts: property names, JSON types and nesting, keyed by method and path (without the
/v1beta root). No descriptions or examples are copied. An object is a map of its properties, an
array a one-element list of its item's shape, a scalar its JSON type; "object" is a free-form
object the document leaves open.

    python3 scripts/mock_reply_shapes.py ../shared/reference/openprovider-openapi.json \
        > mock/src/shapes.json
"""

import json
import sys


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else "../shared/reference/openprovider-openapi.json"
    with open(source, encoding="utf-8") as f:
        document = json.load(f)
    definitions = document.get("definitions", {})

    def resolve(schema):
        while "$ref" in schema:
            schema = definitions[schema["$ref"].rsplit("/", 1)[-1]]
        return schema

    def shape(schema, depth):
        schema = resolve(schema)
        kind = schema.get("type", "object")
        if depth > 12:
            return "object"
        if kind == "object":
            if "properties" in schema:
                return {k: shape(v, depth + 1) for k, v in sorted(schema["properties"].items())}
            return "object"
        if kind == "array":
            return [shape(schema.get("items", {}), depth + 1)]
        return kind

    shapes = {}
    for path, methods in sorted(document["paths"].items()):
        for method, op in sorted(methods.items()):
            if method == "parameters":
                continue
            reply = op.get("responses", {}).get("200", {}).get("schema")
            data = "object"
            if reply:
                whole = shape(reply, 0)
                if isinstance(whole, dict):
                    data = whole.get("data", "object")
            shapes[f"{method.upper()} {path.removeprefix('/v1beta')}"] = data
    json.dump(shapes, sys.stdout, sort_keys=True, separators=(",", ":"))
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
