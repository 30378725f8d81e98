#!/usr/bin/env python3
"""No Linux-only (or any OS-only) code outside the named platform files (issue #21, item 6).

    check_platform_code.py <checkout>      scan sdk/ qml/ emulator/ demo-app/ tests/; exit 1 listing file:line
    check_platform_code.py --self-test     prove every rule fires on an offending snippet and spares clean code

Platform code lives only in files whose name says which platform they are for: *_linux.cpp, *_unix.cpp,
*_win.cpp, *_mac.cpp / *_mac.mm, with a *_portable.cpp fallback, chosen by CMake per platform. Everything else
must build and behave the same on Linux, Windows and macOS. Rpaths ($ORIGIN, @loader_path) are chosen per platform
in cmake/ClerkQtRuntimePath.cmake only. ALLOWED below is the short list of exceptions, each for named rules only
and with its reason; an entry that no longer matches anything fails the check too, so the list cannot silently
outlive its reason.

What QStandardPaths means here: it is Qt's portable API, so using it is not platform code — but every call that
resolves a writable/standard location decides where clerk-qt (or a test) touches the user's disk, and that
location differs per OS. Library code may do that only in the reviewed places listed below; a test may only read
the locations to prove they were redirected into its sandbox. QStandardPaths::findExecutable (a PATH lookup that
knows about .exe) is allowed everywhere.

Path separators: Qt takes '/' on every OS, so `dir + "/name"` is portable; what is flagged is a backslash used as a
separator, QDir::separator() mixed into paths (native separators are for display only), and absolute Unix system
paths ("/usr/…", "/tmp/…") that do not exist elsewhere.
"""
import os
import re
import sys
import tempfile

SCANNED_DIRS = ("sdk", "qml", "emulator", "demo-app", "tests")
SOURCE_EXT = (".cpp", ".h", ".hpp", ".cc", ".c", ".mm", ".inc")
PLATFORM_FILE = re.compile(r"_(linux|unix|win|mac|portable)\.(cpp|mm)$")

# (rule, applies to "cpp" or "cmake", regex). Matched against code with comments removed.
RULES = [
    ("os-conditional", "cpp", re.compile(
        r"^\s*#\s*(if|ifdef|ifndef|elif)\b.*\b(Q_OS_\w+|_WIN32|_WIN64|__linux__|__linux|__APPLE__|__MACH__|"
        r"__unix__|__unix|__GLIBC__|__FreeBSD__)\b")),
    ("os-header", "cpp", re.compile(
        r"^\s*#\s*include\s*<(sys/[^>]+|unistd\.h|windows\.h|winsock2?\.h|malloc\.h|signal\.h|csignal|fcntl\.h|"
        r"pwd\.h|dlfcn\.h|sched\.h|pthread\.h|Cocoa/[^>]+|CoreFoundation/[^>]+|Foundation/[^>]+)>")),
    ("proc-fs", "any", re.compile(r"/proc/")),
    ("timerfd", "cpp", re.compile(r"\btimerfd\w*")),
    ("posix-signal", "cpp", re.compile(
        r"(::kill\s*\(|\bSIG(KILL|TERM|INT|HUP|STOP|CONT|USR1|USR2|ALRM|CHLD|PIPE)\b|(?<![\w.>])(::)?signal\s*\(|"
        r"\bsigaction\b|\braise\s*\(\s*SIG)")),
    ("glibc-heap", "cpp", re.compile(r"\b(mallinfo2?|malloc_trim|malloc_stats)\b")),
    ("path-separator", "cpp", re.compile(
        r"(\"\\\\\"|'\\\\'|QDir::separator\s*\(|\"/(usr|etc|tmp|var|opt|home|dev|bin|lib)/)")),
    ("standard-location", "cpp", re.compile(
        r"QStandardPaths::(writableLocation|standardLocations|locate|locateAll|displayName)\b")),
    ("loader-path", "cmake", re.compile(r"(\$ORIGIN|@loader_path|@executable_path|\bLD_LIBRARY_PATH\b|"
                                        r"\bDYLD_LIBRARY_PATH\b)")),
]

# path → (rules it may break, why). Keep it short: a new entry needs a reason a reviewer accepts.
ALLOWED = {
    "sdk/src/urlschemeregistry.cpp": (
        {"path-separator"},
        "writes each OS's scheme registration as data — Windows command lines with backslash paths, .desktop Exec "
        "quoting; the OS is a parameter, so tst_urlscheme runs every OS's branch on Linux"),
    "tests/oauth/tst_urlscheme.cpp": (
        {"path-separator"},
        "hands the registration made-up Unix and Windows executable paths and checks how each OS's format quotes them"),
    "sdk/src/jwtscan.cpp": (
        {"path-separator"},
        "scans JSON strings in token payloads: '\\\\' there is JSON's escape character, never a path separator"),
    "qml/src/cachedimage.cpp": (
        {"standard-location"},
        "the avatar/logo cache: Qt's per-OS cache directory is the one place the QML module writes files"),
    "tests/hygiene/tst_secret_hygiene.cpp": (
        {"standard-location"},
        "resolves the standard locations only to prove they point inside its sandbox before scanning it"),
    "tests/sdk/tst_keychain_unavailable.cpp": (
        {"standard-location"},
        "resolves the standard locations only to scan its redirected home for leaked secrets"),
    "tests/toolchain/tst_runtime_path.cmake": (
        {"loader-path"},
        "states the rpath cmake/ClerkQtRuntimePath.cmake must choose on each platform"),
}


def strip_cpp_comments(text):
    """Blanks // and /* */ comments, keeping string and char literals and the line structure."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c == "/" and i + 1 < n and text[i + 1] == "/":
            while i < n and text[i] != "\n":
                i += 1
        elif c == "/" and i + 1 < n and text[i + 1] == "*":
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append("".join("\n" if ch == "\n" else " " for ch in text[i:end]))
            i = end
        elif c in "\"'":
            if c == '"' and i > 0 and text[i - 1] == "R":  # raw string R"d(...)d"
                m = re.match(r'"([^()\\\s]{0,16})\(', text[i:])
                if m:
                    end = text.find(")" + m.group(1) + '"', i)
                    end = n if end < 0 else end + len(m.group(1)) + 2
                    out.append(text[i:end])
                    i = end
                    continue
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def strip_cmake_comments(text):
    lines = []
    for line in text.split("\n"):
        in_string, cut = False, len(line)
        for k, ch in enumerate(line):
            if ch == '"' and (k == 0 or line[k - 1] != "\\"):
                in_string = not in_string
            elif ch == "#" and not in_string:
                cut = k
                break
        lines.append(line[:cut])
    return "\n".join(lines)


def kind_of(path):
    name = os.path.basename(path)
    if name.endswith(SOURCE_EXT):
        return "cpp"
    if name == "CMakeLists.txt" or name.endswith((".cmake", ".cmake.in")):
        return "cmake"
    return None


def scan_file(rel, text):
    """[(line, rule, excerpt)] for one file's contents."""
    kind = kind_of(rel)
    if kind is None or PLATFORM_FILE.search(rel):
        return []
    code = strip_cpp_comments(text) if kind == "cpp" else strip_cmake_comments(text)
    hits = []
    for number, line in enumerate(code.split("\n"), 1):
        for rule, applies, regex in RULES:
            if applies in (kind, "any") and regex.search(line):
                hits.append((number, rule, line.strip()[:120]))
    return hits


def scan_tree(root, allowed):
    problems, used = [], set()
    for top in SCANNED_DIRS:
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "build")))
            for name in sorted(filenames):
                full = os.path.join(dirpath, name)
                rel = os.path.relpath(full, root).replace(os.sep, "/")
                if kind_of(rel) is None:
                    continue
                with open(full, encoding="utf-8", errors="replace") as f:
                    hits = scan_file(rel, f.read())
                rules_ok = allowed.get(rel, (set(), ""))[0]
                for number, rule, excerpt in hits:
                    if rule in rules_ok:
                        used.add((rel, rule))
                    else:
                        problems.append(f"{rel}:{number}: {rule}: {excerpt}")
    for rel, (rules, _why) in allowed.items():
        for rule in sorted(rules):
            if (rel, rule) not in used:
                problems.append(f"{rel}: allowed for '{rule}' but has none: remove it from ALLOWED")
    return problems


def self_test():
    offending = {
        "os-conditional": "#ifdef Q_OS_LINUX\nint x;\n#endif\n",
        "os-header": "#include <unistd.h>\n",
        "proc-fs": 'QFile f(QStringLiteral("/proc/self/status"));\n',
        "timerfd": "int fd = ::timerfd_create(0, 0);\n",
        "posix-signal": "::kill(pid, SIGKILL);\n",
        "glibc-heap": "auto m = mallinfo2();\n",
        "path-separator": 'QString p = dir + QStringLiteral("\\\\") + name;\n',
        "standard-location": "auto d = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);\n",
    }
    clean = (
        "// SIGKILL and /proc/ in a comment are prose, not code\n"
        "/* #include <unistd.h> */\n"
        'QUrl u(QStringLiteral("http://localhost/v1/client"));\n'
        'QString p = dir + QStringLiteral("/clerk-images");\n'
        "connect(a, &A::changed, b, &B::update); QSignalSpy spy(a, SIGNAL(changed()));\n"
        'QString e = QStandardPaths::findExecutable(QStringLiteral("lupdate"));\n'
        'QRegularExpression re(QStringLiteral("\\\\{\\\\s*"));\n'
    )
    failures = []
    with tempfile.TemporaryDirectory() as root:
        def write(rel, text):
            os.makedirs(os.path.dirname(os.path.join(root, rel)), exist_ok=True)
            with open(os.path.join(root, rel), "w", encoding="utf-8") as f:
                f.write(text)
        for rule, snippet in offending.items():
            write(f"sdk/src/{rule}.cpp", snippet)
        write("qml/CMakeLists.txt", 'set_target_properties(p PROPERTIES INSTALL_RPATH "$ORIGIN/../lib")\n')
        write("tests/x/clean.cpp", clean)
        write("tests/x/CMakeLists.txt", "# $ORIGIN in a comment\nadd_test(NAME t COMMAND t)\n")
        # The naming rule: platform files may hold anything.
        for suffix in ("linux.cpp", "unix.cpp", "win.cpp", "mac.cpp", "mac.mm", "portable.cpp"):
            write(f"sdk/src/watcher_{suffix}", "".join(offending.values()))
        problems = scan_tree(root, {})
        for rule in offending:
            if not any(p.startswith(f"sdk/src/{rule}.cpp:") and f": {rule}:" in p for p in problems):
                failures.append(f"rule {rule} did not fire on its snippet")
        if not any(p.startswith("qml/CMakeLists.txt:1: loader-path") for p in problems):
            failures.append("rule loader-path did not fire on a CMake rpath")
        for p in problems:
            if p.startswith(("tests/x/", "sdk/src/watcher_")):
                failures.append(f"false positive: {p}")
        # An exception covers its rules only, and a stale one is reported.
        allowed = {"sdk/src/timerfd.cpp": ({"timerfd"}, "x"), "sdk/src/gone.cpp": ({"timerfd"}, "x"),
                   "sdk/src/glibc-heap.cpp": ({"timerfd"}, "x")}
        problems = scan_tree(root, allowed)
        if any(p.startswith("sdk/src/timerfd.cpp:") for p in problems):
            failures.append("an allowed file was reported")
        if not any(p.startswith("sdk/src/glibc-heap.cpp:") for p in problems):
            failures.append("an exception for one rule hid another")
        if not any(p.startswith("sdk/src/gone.cpp: allowed") for p in problems):
            failures.append("a stale exception was not reported")
    if failures:
        print("self-test FAILED:\n  " + "\n  ".join(failures))
        return 1
    print(f"self-test: {len(offending) + 1} rules fire on their snippets, clean code and platform files pass")
    return 0


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    if len(argv) != 2:
        print(__doc__)
        return 2
    problems = scan_tree(argv[1], ALLOWED)
    if problems:
        print("Platform code outside the platform files (name them *_linux/_unix/_win/_mac/_portable.cpp, or "
              "use Qt's portable API):\n  " + "\n  ".join(problems))
        return 1
    print("platform code: only in *_linux/_unix/_win/_mac/_portable files and the "
          f"{len(ALLOWED)} listed exceptions")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
