#!/usr/bin/env python3
"""Validates FAPI JSON responses against Clerk's OpenAPI spec (emulator/spec/), with the real-Clerk exceptions of
emulator/spec/exceptions.yaml applied as schema patches.

usage:
  validate.py [--spec S] [--exceptions E] records FILE_OR_DIR…   emulator responses (CLERK_EMULATOR_RECORD_DIR lines)
  validate.py [--spec S] [--exceptions E] reference DIR           Clerk's recorded responses (…/reference); also
                                                                 checks that every exception is still needed
  validate.py [--spec S] table --emulator BIN [--check README | --write README]
                                                                 the served / not served table of emulator/README.md
Exit status: 0 when everything validates, 1 on any finding, 2 on bad input.
"""
import argparse
import collections
import io
import json
import pathlib
import re
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from openapi import Spec, load_yaml  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[3]
DEFAULT_SPEC = ROOT / "emulator" / "spec" / "fapi-2026-05-12.yml"
DEFAULT_EXCEPTIONS = ROOT / "emulator" / "spec" / "exceptions.yaml"
ERRORS = {"$ref": "#/components/schemas/ClerkErrors"}


class Exceptions:
    def __init__(self, doc):
        doc = doc or {}
        self.recorded = doc.get("recorded") or []
        self.not_in_spec = {e["route"]: e for e in doc.get("not_in_spec") or []}
        self.statuses = doc.get("statuses") or []
        self.scrubbed = {(e["recording"], e["pointer"]) for e in doc.get("scrubbed") or []}

    def status_allowed(self, method, template, status):
        return any(e["status"] == status and e.get("route", "*") in ("*", f"{method} {template}")
                   for e in self.statuses)


def schema_for(spec, exc, rec):
    """(label, schema or None, finding or None) for one recorded response."""
    method, path, status = rec["method"], rec["path"], rec["status"]
    template = spec.find(method, path)
    if template is None:
        route = f"{method} {rec['route']}" if rec.get("route") else None
        if route in exc.not_in_spec:
            target = exc.not_in_spec[route].get("validate_as")
            if status < 400 and target:
                m, t = target.split(" ", 1)
                schema, problem = spec.response_schema(m, t, status)
                return f"{route} (as {target})", schema, problem
            return f"{route} (not in the spec)", ERRORS if status >= 400 else None, None
        if status >= 400:
            # Clerk answers a route it does not have (or a verb it does not take there) with an error envelope;
            # the emulator must too, and that is all the spec can say about it.
            return f"{method} (no spec operation) {status}", ERRORS, None
        return f"{method} {path}", None, f"{method} {path} answered {status} but the spec has no such operation"
    label = f"{method} {template}"
    schema, problem = spec.response_schema(method, template, status)
    if problem and (rec.get("injected") or exc.status_allowed(method, template, status)) and status >= 400:
        # An injected fault's status is the test's choice, not the emulator's: only its envelope is checked.
        return label, ERRORS, None
    return label, schema, problem


def read_records(paths):
    records = []
    for p in paths:
        p = pathlib.Path(p)
        files = sorted(p.glob("*.jsonl")) if p.is_dir() else [p]
        for f in files:
            for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
                if line.strip():
                    rec = json.loads(line)
                    rec["source"] = f"{f.name}:{n}"
                    records.append(rec)
    return records


def validate_records(spec, exc, records, out=sys.stdout, emulator=True):
    """Prints every failure (grouped: same operation, status, pointer and message once, with how often and where
    first); returns the number of responses that failed. For emulator responses (`emulator`) also the counts per
    operation."""
    counts = collections.defaultdict(lambda: [0, 0])  # valid, failed
    failures = collections.OrderedDict()
    for rec in records:
        label, schema, problem = schema_for(spec, exc, rec)
        key = f"{label} → {rec['status']}"
        errs = [("/", problem)] if problem else (spec.errors(schema, rec["body"]) if schema else [])
        errs = [e for e in errs if (rec["source"], e[0]) not in exc.scrubbed]
        for pointer, message in errs:
            group = (label, rec["status"], pointer, re.sub(r"'[a-z]+_[0-9A-Za-z]{20,}'", "'…'", message))
            first = failures.setdefault(group, [0, f"{rec['method']} {rec['path']} [{rec['source']}]"])
            first[0] += 1
        counts[key][1 if errs else 0] += 1
    if emulator:
        print("per operation (valid / failed):", file=out)
        for key in sorted(counts):
            ok, bad = counts[key]
            print(f"  {ok:5d} / {bad:<3d} {key}", file=out)
    failed = sum(c[1] for c in counts.values())
    print(f"{len(records) - failed} of {len(records)} responses valid, {failed} failed", file=out)
    for (label, status, pointer, message), (n, where) in failures.items():
        print(f"FAIL {label} {status} {pointer}: {message} — {n}×, first {where}", file=out)
    return failed


def inflate(text):
    """A recording with its scrub placeholders (reference/README.md "Recorded responses") turned back into values."""
    text = re.sub(r'"%%DATETIME (-?\d+)%%"', lambda m: str(1767225600000 + int(m.group(1)) * 1000), text)
    fillers = {"EMAIL": "user+clerk_test@example.com", "PHONE": "+15555550100", "FIRSTNAME": "Ada",
               "LASTNAME": "Lovelace"}
    return re.sub(r"%%([A-Z]+)%%", lambda m: fillers.get(m.group(1), m.group(1).lower()), text)


def reference_records(ref_dir):
    base = pathlib.Path(ref_dir) / "recorded-fapi-responses"
    records = []
    for f in sorted(base.rglob("*.json")):
        doc = json.loads(inflate(f.read_text(encoding="utf-8")))
        method, path = doc["key"].split(" ")[:2]
        if not isinstance(doc["body"], (dict, list)):
            continue  # HEAD /v1/health: no body, nothing to validate (the emulator records only JSON too)
        records.append({"method": method, "path": path.split("?")[0], "status": 200, "body": doc["body"],
                        "source": str(f.relative_to(base))})
    return records


def check_reference(spec_doc, exc, ref_dir, out=sys.stdout):
    """All recordings valid with every exception applied, and each exception needed by the recording it names."""
    records = reference_records(ref_dir)
    by_source = {r["source"]: r for r in records}
    bad = 0
    unpatched = Spec(spec_doc)
    for title, scrubbed in (("spec alone", []),
                            ("scrubber damage excused", [{"recording": r, "pointer": p} for r, p in exc.scrubbed])):
        log = io.StringIO()
        validate_records(unpatched, Exceptions({"scrubbed": scrubbed}), records, log, emulator=False)
        summary = next(line for line in log.getvalue().splitlines() if "responses valid" in line)
        kinds = sum(1 for line in log.getvalue().splitlines() if line.startswith("FAIL"))
        print(f"real recordings, {title}: {summary} ({kinds} distinct failures)", file=out)
    spec = Spec(spec_doc, exc.recorded)
    for e in spec.patch_errors:
        print(f"FAIL exceptions.yaml: {e}", file=out)
        bad += 1
    print("real recordings with exceptions:", file=out)
    bad += validate_records(spec, exc, records, out, emulator=False)
    for i, e in enumerate(exc.recorded):
        rec = by_source.get(e["recording"])
        schemas = "+".join(e["schema"]) if isinstance(e["schema"], list) else e["schema"]
        where = f"{schemas}{e.get('pointer', '')} {e['kind']} {e.get('property', e.get('value', ''))}".strip()
        if rec is None:
            print(f"FAIL exception {where}: recording {e['recording']} does not exist", file=out)
            bad += 1
            continue
        without = Spec(spec_doc, exc.recorded[:i] + exc.recorded[i + 1:])
        _label, schema, _problem = schema_for(without, exc, rec)
        if schema is None or not without.errors(schema, rec["body"]):
            print(f"FAIL exception {where} is stale: {e['recording']} validates without it", file=out)
            bad += 1
    return bad


def normalise(route):
    return re.sub(r"\{[^}]*\}", "{}", route)


def routes_table(spec_doc, emulator):
    served_lines = subprocess.run([emulator, "--routes"], capture_output=True, text=True, check=True).stdout
    served = [line.strip() for line in served_lines.splitlines() if line.strip()]
    served_norm = {normalise(r) for r in served}
    spec = Spec(spec_doc)
    ops = sorted((t, m) for m, t, _r, _o in spec.operations)
    rows = ["| Method | Spec path | Emulator |", "|---|---|---|"]
    count = 0
    for template, method in ops:
        yes = normalise(f"{method} {template}") in served_norm
        count += yes
        rows.append(f"| {method} | `{template}` | {'served' if yes else '—'} |")
    spec_norm = {normalise(f"{m} {t}") for m, t, _r, _o in spec.operations}
    extra = [r for r in served if normalise(r) not in spec_norm]
    lines = [f"{count} of {len(ops)} spec operations served."] + [""] + rows
    if extra:
        lines += ["", "Served by the emulator but not in the spec (see `emulator/spec/exceptions.yaml`): "
                  + ", ".join(f"`{r}`" for r in extra) + "."]
    return "\n".join(lines) + "\n"


BEGIN, END = "<!-- BEGIN generated spec-operations table -->\n", "<!-- END generated spec-operations table -->"


def table_command(spec_doc, args):
    table = routes_table(spec_doc, args.emulator)
    readme = pathlib.Path(args.check or args.write) if (args.check or args.write) else None
    if readme is None:
        sys.stdout.write(table)
        return 0
    text = readme.read_text(encoding="utf-8")
    if BEGIN not in text or END not in text:
        print(f"{readme}: no {BEGIN.strip()} … {END} markers", file=sys.stderr)
        return 2
    head, rest = text.split(BEGIN, 1)
    current, tail = rest.split(END, 1)
    if args.write:
        readme.write_text(head + BEGIN + table + END + tail, encoding="utf-8")
        return 0
    if current != table:
        print(f"{readme}: the spec-operations table is out of date; regenerate it with\n"
              f"  python3 tests/emulator/conformance/validate.py table --emulator <build>/emulator/clerk-emulator "
              f"--write emulator/README.md", file=sys.stderr)
        return 1
    print(f"{readme}: spec-operations table up to date")
    return 0


def operations_source(spec_doc):
    """The spec's operations as C++ initialisers, for the emulator to tell "Clerk has it, I do not" (501) from
    "Clerk has no such route" (404)."""
    spec = Spec(spec_doc)
    lines = [f"// Generated from emulator/spec/{DEFAULT_SPEC.name} by tests/emulator/conformance/validate.py",
             "// operations --write emulator/src/specoperations.inc; docs_emulator_spec_operations checks it.",
             "// Every operation of Clerk's Frontend API: {method, path template}."]
    lines += [f'{{"{m}", "{t}"}},' for t, m in sorted((t, m) for m, t, _r, _o in spec.operations)]
    return "\n".join(lines) + "\n"


def operations_command(spec_doc, args):
    source = operations_source(spec_doc)
    target = pathlib.Path(args.check or args.write)
    if args.write:
        target.write_text(source, encoding="utf-8")
        return 0
    if target.read_text(encoding="utf-8") != source:
        print(f"{target}: out of date with the spec; regenerate it with\n"
              f"  python3 tests/emulator/conformance/validate.py operations --write {target}", file=sys.stderr)
        return 1
    print(f"{target}: up to date with the spec")
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--spec", default=str(DEFAULT_SPEC))
    ap.add_argument("--exceptions", default=str(DEFAULT_EXCEPTIONS))
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("records")
    r.add_argument("paths", nargs="+")
    r.add_argument("--min", type=int, default=1, help="fail when fewer responses were recorded")
    ref = sub.add_parser("reference")
    ref.add_argument("dir")
    t = sub.add_parser("table")
    t.add_argument("--emulator", required=True)
    g = t.add_mutually_exclusive_group()
    g.add_argument("--check")
    g.add_argument("--write")
    o = sub.add_parser("operations")
    g = o.add_mutually_exclusive_group(required=True)
    g.add_argument("--check")
    g.add_argument("--write")
    args = ap.parse_args(argv)
    spec_doc = load_yaml(args.spec)
    if args.cmd == "table":
        return table_command(spec_doc, args)
    if args.cmd == "operations":
        return operations_command(spec_doc, args)
    exc = Exceptions(load_yaml(args.exceptions))
    if args.cmd == "reference":
        return 1 if check_reference(spec_doc, exc, args.dir) else 0
    spec = Spec(spec_doc, exc.recorded)
    if spec.patch_errors:
        print("\n".join(f"FAIL exceptions.yaml: {e}" for e in spec.patch_errors))
        return 1
    records = read_records(args.paths)
    if len(records) < args.min:
        print(f"FAIL only {len(records)} responses recorded, expected at least {args.min}")
        return 1
    return 1 if validate_records(spec, exc, records) else 0


if __name__ == "__main__":
    sys.exit(main())
