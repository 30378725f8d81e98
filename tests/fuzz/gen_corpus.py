#!/usr/bin/env python3
"""Seed corpora for the fuzz targets, generated (not stored) from FAPI responses: Clerk's recorded ones, or the
emulator's (tests/fuzz/emulator_responses.cpp) in a checkout without them.

usage: gen_corpus.py --recorded DIR --out DIR [--key fuzz-signing-key.pem]

Writes <out>/fapi (every recorded body, compact, plus error envelopes), <out>/jwt (every JWT found in the
recordings plus tokens signed with the fuzz key: valid, expired, wrong alg/kid/issuer/azp, v1/v2 org claims, actor)
and <out>/publishable_key (keys and base URLs). Deterministic: same inputs, same files.
"""
import argparse, base64, hashlib, json, os, pathlib, re, subprocess, sys


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def write(dirpath: pathlib.Path, content: bytes):
    dirpath.mkdir(parents=True, exist_ok=True)
    name = hashlib.sha1(content).hexdigest()
    (dirpath / name).write_bytes(content)


def sign(key: str, signing_input: bytes) -> bytes:
    try:
        return subprocess.run(["openssl", "dgst", "-sha256", "-sign", key], input=signing_input,
                              capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return b"\0" * 256


def token(key, header, payload, signature=None):
    h = b64url(json.dumps(header, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    si = f"{h}.{p}".encode()
    sig = signature if signature is not None else sign(key, si)
    return f"{h}.{p}.{b64url(sig)}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--recorded", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--key", default=str(pathlib.Path(__file__).with_name("fuzz-signing-key.pem")))
    a = ap.parse_args()
    out = pathlib.Path(a.out)
    fapi, jwt, pk = out / "fapi", out / "jwt", out / "publishable_key"
    for d in (fapi, jwt, pk):
        d.mkdir(parents=True, exist_ok=True)
        for f in d.iterdir():
            f.unlink()

    jwts = set()
    if not os.path.isdir(a.recorded):
        print(f"gen_corpus.py: no recorded responses in {a.recorded}", file=sys.stderr)
        return 1
    recorded = sorted(pathlib.Path(a.recorded).rglob("*.json"))
    for f in recorded:
        doc = json.loads(f.read_text())
        body = doc.get("body", doc)
        write(fapi, json.dumps(body, separators=(",", ":")).encode())
        jwts.update(re.findall(r'"jwt":\s*"([^"]*)"', f.read_text()))
    # Error envelopes and odd-but-valid shapes.
    for body in [
        {"errors": [{"code": "form_password_incorrect", "message": "Password is incorrect.",
                     "long_message": "Password is incorrect. Try again.", "meta": {"param_name": "password"}}],
         "clerk_trace_id": "t"},
        {"errors": [{"code": "too_many_requests", "message": "Too many requests"}]},
        {"errors": []}, {"response": None, "client": None}, {"response": [], "client": {}},
        {"object": "token", "jwt": "e30.e30.e30"}, [], "x", 1,
        # Timestamps out of qint64 range (a double → qint64 cast of these is undefined behaviour).
        {"response": {"object": "session", "id": "sess_1", "status": "active", "expire_at": 1e300,
                      "abandon_at": -1e300, "last_active_at": 1.7e96, "created_at": 1e19, "updated_at": 0},
         "client": {"object": "client", "id": "client_1", "sessions": [], "created_at": 1e300,
                    "updated_at": -1e300, "last_active_session_id": None}},
    ]:
        write(fapi, json.dumps(body, separators=(",", ":")).encode())

    now = 1700000000
    hdr = {"alg": "RS256", "kid": "fuzz", "typ": "JWT"}
    base = {"azp": "https://app.fuzz.example", "iss": "https://clerk.fuzz.example", "sid": "sess_2fuzz",
            "sub": "user_2fuzz", "iat": now - 10, "nbf": now - 15, "exp": now + 50, "v": 2, "fva": [0, -1]}
    variants = [
        (hdr, base),
        (hdr, dict(base, exp=now - 100)),
        (hdr, dict(base, nbf=now + 100, iat=now + 100)),
        (hdr, dict(base, iss="https://evil.example")),
        (hdr, dict(base, azp="https://evil.example")),
        (dict(hdr, alg="none"), base),
        (dict(hdr, alg="HS256"), base),
        (dict(hdr, kid="other"), base),
        (hdr, dict(base, o={"id": "org_1", "slg": "acme", "rol": "admin", "per": "read,manage", "fpm": "3"},
                   fea="o:invoices")),
        (hdr, dict(base, v=1, org_id="org_1", org_slug="acme", org_role="org:admin",
                   org_permissions=["org:invoices:read"])),
        (hdr, dict(base, act={"sub": "user_admin", "iss": "https://dashboard.clerk.com"})),
        (hdr, dict(base, exp="soon", iat=None)),
        (hdr, dict(base, exp=1.7e96, iat=-1e300, nbf=float("1e308"))),  # out of qint64 range (UB if cast)
    ]
    for h, p in variants:
        jwts.add(token(a.key, h, p))
    jwts.add(token(a.key, hdr, base, signature=b"\1" * 256))
    jwts.update(["", ".", "..", "a.b.c", "e30.e30.", "Bearer e30.e30.e30", "__session=e30.e30.e30; other=1"])
    # Bare payloads for the verifier's payload scan (checked against QJsonDocument): the variants, and the corners
    # where the scan declines or Qt is lenient (escapes, duplicates, whitespace, UTF-8, numbers, nesting).
    for _, p in variants:
        jwts.add(json.dumps(p, separators=(",", ":")))
    plain = json.dumps(base, separators=(",", ":"))
    jwts.update([
        plain[:-1] + ',"exp":1,"exp":2}', plain[:-1] + ',"\\u0065xp":1}', plain[:-1] + ',"iss":"https:\\/\\/x"}',
        " \n\t" + json.dumps(base, separators=(" , ", " : ")) + "\r\n", plain[:-1] + ',"name":"Zo\u00eb"}',
        plain[:-1] + ',"x":1.}', plain[:-1] + ',"x":.5}', plain[:-1] + ',"x":-0,"y":1E+2,"z":9007199254740993}',
        plain[:-1] + ',"x":"a\tb"}', plain[:-1] + ',"x":"\\q"}', "\ufeff" + plain, plain + " x", "{}",
        plain[:-1] + ',"deep":' + "[" * 70 + "]" * 70 + "}", plain[:-1] + ',"exp":1e999}', '{"sub":"\\u0000"}',
    ])
    for t in sorted(jwts):
        write(jwt, t.encode())

    for key in ["pk_test_" + b64url(b"127.0.0.1:4123$"), "pk_live_" + b64url(b"clerk.example.com$"),
                "pk_test_" + base64.b64encode(b"clerk.fuzz.example$").decode(), "pk_test_" + b64url(b"[::1]:80$"),
                "pk_test_", "pk_live_bm9kb2xsYXI", "sk_test_abc", "pk_test_" + b64url(b"host-without-dollar"),
                "http://127.0.0.1:4123", "https://clerk.example.com/v1", "http://example.com", "http://[::1]:8080/v1",
                "http://localhost.", "https://user:pw@clerk.example.com:443/v1/"]:
        write(pk, key.encode())
    print(f"corpus: {len(list(fapi.iterdir()))} fapi, {len(list(jwt.iterdir()))} jwt, "
          f"{len(list(pk.iterdir()))} publishable_key seeds in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
