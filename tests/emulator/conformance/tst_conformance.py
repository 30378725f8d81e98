#!/usr/bin/env python3
"""tst_emulator_conformance: every JSON response the emulator wrote during the test run, checked against Clerk's
OpenAPI spec (validate.py). Runs last (a ctest FIXTURES_CLEANUP test), after every test that recorded into --dir.

It first drives its own session against a clerk-emulator started on port 0, recording into the same directory, so
it never validates an empty set even when run alone; then it checks that the validator rejects broken copies of a
real emulator response (removed required field, wrong enum value, wrong type); then it validates the directory.
With CLERKQT_REFERENCE_DIR set it also validates Clerk's recorded responses and checks every exception is needed.

usage: tst_conformance.py --emulator BIN --dir DIR [--min N]
"""
import argparse
import base64
import copy
import hashlib
import hmac
import json
import os
import pathlib
import struct
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import validate  # noqa: E402
from openapi import Spec, load_yaml  # noqa: E402


class Session:
    """A native Clerk client (client token in Authorization, `_is_native=1`) as the SDK is."""

    def __init__(self, base):
        self.base = base
        self.token = None

    def call(self, method, path, form=None, token=None):
        url = f"{self.base}{path}{'&' if '?' in path else '?'}_is_native=1"
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        req = urllib.request.Request(url, data=data, method=method)
        if data is not None:
            req.add_header("Content-Type", "application/x-www-form-urlencoded")
        auth = token if token is not None else self.token
        if auth:
            req.add_header("Authorization", auth)
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                status, headers, body = r.status, r.headers, r.read()
        except urllib.error.HTTPError as e:
            status, headers, body = e.code, e.headers, e.read()
        if headers.get("Authorization") and token is None:
            self.token = headers["Authorization"]
        return status, (json.loads(body) if body else None)


def totp(secret_b32, now):
    key = base64.b32decode(secret_b32)
    digest = hmac.new(key, struct.pack(">Q", int(now) // 30), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000)


def drive(base):
    """A scripted tour of the emulator's routes; returns how many requests it made."""
    s = Session(base)
    calls = [("GET", "/v1/environment", None), ("GET", "/v1/health", None), ("GET", "/v1/jwks", None),
             ("GET", "/.well-known/jwks.json", None), ("GET", "/v1/client", None), ("POST", "/v1/client", None)]
    for method, path, form in calls:
        s.call(method, path, form)
    s.call("GET", "/v1/no_such_route")
    s.call("GET", "/v1/client", token="not-a-client-token")
    s.call("POST", "/v1/client/sign_ins", {"identifier": "jane+clerk_test@example.com", "strategy": "password",
                                           "password": "wrong password"})
    status, body = s.call("POST", "/v1/client/sign_ins", {"identifier": "jane+clerk_test@example.com"})
    sign_in = body["response"]["id"]
    s.call("GET", f"/v1/client/sign_ins/{sign_in}")
    email_id = next((f["email_address_id"] for f in body["response"]["supported_first_factors"]
                     if f.get("strategy") == "email_code"), "")
    s.call("POST", f"/v1/client/sign_ins/{sign_in}/prepare_first_factor",
           {"strategy": "email_code", "email_address_id": email_id})
    status, body = s.call("POST", f"/v1/client/sign_ins/{sign_in}/attempt_first_factor",
                          {"strategy": "password", "password": "correct horse battery staple"})
    session = body["response"]["created_session_id"]
    for path, form in ((f"/v1/client/sessions/{session}/tokens", {}),
                       (f"/v1/client/sessions/{session}/touch", {}),
                       (f"/v1/client/sessions/{session}/tokens/no_such_template", {})):
        s.call("POST", path, form)
    s.call("GET", f"/v1/client/sessions/{session}")
    s.call("GET", "/v1/me")
    s.call("GET", "/v1/me/email_addresses")
    s.call("PUT", "/v1/client", {})
    s.call("PATCH", "/v1/me", {"first_name": "Janet"})
    s.call("PATCH", "/v1/me/metadata", {"unsafe_metadata": json.dumps({"theme": "dark"})})
    status, body = s.call("POST", "/v1/me/email_addresses", {"email_address": "janet+clerk_test@example.com"})
    if status == 200:
        new_email = body["response"]["id"]
        s.call("POST", f"/v1/me/email_addresses/{new_email}/prepare_verification", {"strategy": "email_code"})
        s.call("POST", f"/v1/me/email_addresses/{new_email}/attempt_verification", {"code": "000000"})
        s.call("DELETE", f"/v1/me/email_addresses/{new_email}")
    s.call("POST", f"/v1/client/sessions/{session}/end", {})
    # Second factor: bob has TOTP.
    status, body = s.call("POST", "/v1/client/sign_ins", {"identifier": "bob", "strategy": "password",
                                                          "password": "bob-password-123"})
    if status == 200 and body["response"]["status"] == "needs_second_factor":
        sign_in = body["response"]["id"]
        s.call("POST", f"/v1/client/sign_ins/{sign_in}/attempt_second_factor",
               {"strategy": "totp", "code": totp("JBSWY3DPEHPK3PXP", time.time())})
    status, body = s.call("POST", "/v1/client/sign_ups", {"email_address": "newcomer+clerk_test@example.com",
                                                         "password": "a long enough password"})
    if status == 200:
        sign_up = body["response"]["id"]
        s.call("GET", f"/v1/client/sign_ups/{sign_up}")
        s.call("PATCH", f"/v1/client/sign_ups/{sign_up}", {"first_name": "New"})
        s.call("POST", f"/v1/client/sign_ups/{sign_up}/prepare_verification", {"strategy": "email_code"})
        s.call("POST", f"/v1/client/sign_ups/{sign_up}/attempt_verification",
               {"strategy": "email_code", "code": "000000"})
    s.call("DELETE", "/v1/client/sessions")
    s.call("DELETE", "/v1/client")


def start_emulator(binary, record_dir):
    env = dict(os.environ, CLERK_EMULATOR_RECORD_DIR=str(record_dir))
    proc = subprocess.Popen([binary, "--port", "0"], stdout=subprocess.PIPE, text=True, env=env)
    line = proc.stdout.readline().strip()
    if not line.startswith("base_url="):
        proc.kill()
        raise SystemExit(f"FAIL clerk-emulator did not start (first line: {line!r})")
    return proc, line.split("=", 1)[1]


def negative_cases(spec, exc, records):
    """The validator must reject broken copies of a response it accepts; returns the failures."""
    base = next((r for r in records if r.get("route") == "/v1/client/sign_ins" and r["status"] == 200), None)
    if base is None:
        return ["no POST /v1/client/sign_ins 200 response recorded to break"]
    _label, schema, problem = validate.schema_for(spec, exc, base)
    if problem or spec.errors(schema, base["body"]):
        return [f"the unbroken sign-in response does not validate: {problem or spec.errors(schema, base['body'])}"]
    breaks = {
        "removed required field response.status": lambda b: b["response"].pop("status"),
        "removed required field client": lambda b: b.pop("client"),
        "wrong enum value response.status": lambda b: b["response"].update(status="signed_in_maybe"),
        "wrong enum value response.object": lambda b: b["response"].update(object="sign_up_attempt"),
        "wrong type response.id (number)": lambda b: b["response"].update(id=42),
        "wrong type client.sessions (object)": lambda b: b["client"].update(sessions={}),
        "unknown property response.surprise": lambda b: b["response"].update(surprise=True),
    }
    failures = []
    for name, breaker in breaks.items():
        body = copy.deepcopy(base["body"])
        breaker(body)
        errors = spec.errors(schema, body)
        print(f"negative case {name}: {'rejected' if errors else 'ACCEPTED'} {errors[:1]}")
        if not errors:
            failures.append(f"the validator accepted a response with {name}")
    return failures


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--emulator", required=True)
    ap.add_argument("--dir", required=True)
    ap.add_argument("--min", type=int, default=30)
    args = ap.parse_args()
    record_dir = pathlib.Path(args.dir)
    record_dir.mkdir(parents=True, exist_ok=True)

    proc, base = start_emulator(args.emulator, record_dir)
    try:
        drive(base)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    own = sorted(record_dir.glob(f"emulator-{proc.pid}-*.jsonl"))
    if not own:
        print(f"FAIL the emulator (pid {proc.pid}) recorded nothing into {record_dir}")
        return 1

    spec_doc = load_yaml(validate.DEFAULT_SPEC)
    exc = validate.Exceptions(load_yaml(validate.DEFAULT_EXCEPTIONS))
    spec = Spec(spec_doc, exc.recorded)
    failures = [f"exceptions.yaml: {e}" for e in spec.patch_errors]
    failures += negative_cases(spec, exc, validate.read_records(own))
    served = subprocess.run([args.emulator, "--routes"], capture_output=True, text=True, check=True).stdout.split("\n")
    for route in filter(None, served):
        method, pattern = route.split(" ", 1)
        if not any(m == method and validate.normalise(t) == validate.normalise(pattern)
                   for m, t, _r, _o in spec.operations) and route not in exc.not_in_spec:
            failures.append(f"the emulator serves {route}, which is neither in the spec nor in exceptions.yaml "
                            "not_in_spec")

    records = validate.read_records([record_dir])
    files = len(list(record_dir.glob("*.jsonl")))
    print(f"{len(records)} responses recorded by {files} emulator instances in {record_dir}")
    if len(records) < args.min:
        failures.append(f"only {len(records)} responses recorded, expected at least {args.min}")
    if validate.validate_records(spec, exc, records):
        failures.append("emulator responses that break the spec (FAIL lines above)")

    reference = os.environ.get("CLERKQT_REFERENCE_DIR")
    if reference:
        if validate.check_reference(spec_doc, exc, reference):
            failures.append("Clerk's recorded responses vs exceptions.yaml (FAIL lines above)")
    else:
        print("CLERKQT_REFERENCE_DIR not set: the exceptions are not checked against Clerk's recordings")
    for f in failures:
        print(f"FAIL {f}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
