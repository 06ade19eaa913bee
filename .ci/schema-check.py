#!/usr/bin/env python3
"""The shipped JSON Schema, checked by Python's jsonschema (a second validator beside the
Java tests' networknt): every base and every case of the invalid corpus, with the verdict the
corpus asks for, and every document the Java tests wrote to adapters-json/target/schema-documents.

Usage: python3 .ci/schema-check.py   (from the repository root, after mvn verify)
"""
import copy
import json
import pathlib
import sys

import jsonschema

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "adapters-json/src/main/resources/org/civiclab/json/civiclab-v1.schema.json"
CORPUS = ROOT / "adapters-json/src/test/resources/org/civiclab/json/schema/invalid-documents.json"
WRITTEN = ROOT / "adapters-json/target/schema-documents"


def tokens(pointer):
    assert pointer.startswith("/"), pointer
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer[1:].split("/")]


def parent_of(doc, toks):
    at = doc
    for t in toks[:-1]:
        at = at[int(t)] if isinstance(at, list) else at[t]
    return at


def apply(bases, case):
    doc = copy.deepcopy(bases[case["base"]])
    for pointer, value in case.get("set", {}).items():
        if pointer == "":
            doc = copy.deepcopy(value)
            continue
        toks = tokens(pointer)
        parent, last = parent_of(doc, toks), toks[-1]
        if isinstance(parent, list):
            if last == "-":
                parent.append(copy.deepcopy(value))
            else:
                parent[int(last)] = copy.deepcopy(value)
        else:
            parent[last] = copy.deepcopy(value)
    for pointer in case.get("remove", []):
        toks = tokens(pointer)
        parent, last = parent_of(doc, toks), toks[-1]
        del parent[int(last) if isinstance(parent, list) else last]
    return doc


def main():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    corpus = json.loads(CORPUS.read_text(encoding="utf-8"))
    failures = []
    for name, base in corpus["bases"].items():
        if not validator.is_valid(base):
            failures.append("base %s is refused: %s" % (name, next(validator.iter_errors(base)).message))
    for case in corpus["cases"]:
        if validator.is_valid(apply(corpus["bases"], case)):
            failures.append("the schema accepts: " + case["reason"])
    for case in corpus["beyondTheSchema"]:
        if not validator.is_valid(apply(corpus["bases"], case)):
            failures.append("the schema now checks (move it to cases): " + case["reason"])
    written = sorted(WRITTEN.glob("*.json")) if WRITTEN.is_dir() else []
    for path in written:
        doc = json.loads(path.read_text(encoding="utf-8"))
        for error in validator.iter_errors(doc):
            failures.append("%s: %s at %s" % (path.name, error.message, error.json_path))
            break
    if not written:
        failures.append("no written documents in %s (run mvn verify first)" % WRITTEN)
    print("jsonschema, %s: %d bases, %d invalid cases, %d beyond the schema, %d written documents"
          % ("draft 2020-12",
             len(corpus["bases"]), len(corpus["cases"]), len(corpus["beyondTheSchema"]), len(written)))
    for f in failures:
        print("FAIL " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
