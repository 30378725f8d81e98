#!/usr/bin/env python3
"""Extracts the marked code snippets of a Markdown file, so that tests can compile, load or run them.

    extract_snippets.py [--line-directives] README.md OUTDIR    writes OUTDIR/<name>.<ext> and OUTDIR/manifest.txt
    extract_snippets.py --list README.md                        prints "<name>.<ext>" per snippet, writes nothing

The convention: every fenced block whose info string is `cpp`, `qml` or `cmake` is a snippet and must have
`<!-- snippet: <name> -->` on the line immediately before its opening fence (no blank line in between), with a
name made of [a-z0-9-] that no other snippet of the file uses. The block becomes OUTDIR/<name>.cpp, .qml or
.cmake, byte for byte (with --line-directives, C++ snippets start with a `#line` directive naming the Markdown
file and line, so compiler messages point into the README). Blocks in any other language (sh, text, none …) are
ignored. A missing or malformed marker, a repeated name, a marker before no snippet block or an unclosed fence
is an error reported as file:line; then nothing is written and the exit status is 1.

OUTDIR holds nothing but the snippets and manifest.txt ("<name>.<ext><TAB><line of the opening fence>" per
line). Files are rewritten only when their content changes, so that an edit of one snippet rebuilds only what
depends on it; snippets that disappeared from the Markdown file are deleted.
"""

import os
import re
import sys

EXTENSIONS = {"cpp": "cpp", "qml": "qml", "cmake": "cmake"}
MARKER = re.compile(r"^\s*<!--\s*snippet:\s*(?P<name>\S*)\s*-->\s*$")
NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
MANIFEST = "manifest.txt"


class Snippet:
    def __init__(self, name, lang, line, text):
        self.name, self.lang, self.line, self.text = name, lang, line, text

    @property
    def filename(self):
        return f"{self.name}.{EXTENSIONS[self.lang]}"


def parse(path):
    """Returns (snippets, errors); errors are "path:line: message" strings."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    display = path

    # Pass 1: the fenced blocks (start line, end line, language, indent); lines inside them are code.
    blocks, errors = [], []
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m or (m.group("fence")[0] == "`" and "`" in m.group("info")):
            i += 1
            continue
        fence, info = m.group("fence"), m.group("info").strip()
        closing = re.compile(r"^ {0,3}" + re.escape(fence[0]) + "{" + str(len(fence)) + r",}\s*$")
        end = next((j for j in range(i + 1, len(lines)) if closing.match(lines[j])), None)
        if end is None:
            errors.append((i + 1, f"{display}:{i + 1}: code fence {fence} is never closed"))
            break
        lang = info.split()[0].lower() if info else ""
        blocks.append((i, end, lang, len(m.group("indent"))))
        i = end + 1
    starts = {b[0]: b for b in blocks}
    inside = set()
    for start, end, _, _ in blocks:
        inside.update(range(start, end + 1))

    # Pass 2: every marker (a line of its own, outside code) must sit right above a snippet block.
    for n, line in enumerate(lines):
        if n in inside or not MARKER.match(line):
            continue
        block = starts.get(n + 1)
        if block is None:
            errors.append((n + 1, f"{display}:{n + 1}: snippet marker is not followed by a cpp, qml or cmake "
                                  f"block on the next line"))
        elif block[2] not in EXTENSIONS:
            kind = "```" + block[2] if block[2] else "a plain"
            errors.append((n + 1, f"{display}:{n + 1}: snippet marker is followed by {kind} block; only cpp, "
                                  f"qml and cmake blocks are snippets"))

    # Pass 3: every snippet block needs a marker with a good, unique name.
    snippets, seen = [], {}
    for start, end, lang, indent in blocks:
        if lang not in EXTENSIONS:
            continue
        marker = MARKER.match(lines[start - 1]) if start > 0 and (start - 1) not in inside else None
        if marker is None:
            hint = ""
            if start >= 2 and lines[start - 1].strip() == "" and MARKER.match(lines[start - 2]):
                hint = " (the marker must be on the line immediately before the fence, without a blank line)"
            errors.append((start + 1, f"{display}:{start + 1}: ```{lang} block has no <!-- snippet: <name> --> "
                                      f"marker on the line before it{hint}"))
            continue
        name = marker.group("name")
        if not NAME.match(name):
            errors.append((start, f"{display}:{start}: snippet name '{name}' must be made of [a-z0-9-] "
                                  f"(starting with a letter or digit)"))
        elif name in seen:
            errors.append((start, f"{display}:{start}: snippet name '{name}' is already used at "
                                  f"{display}:{seen[name]}"))
        else:
            seen[name] = start
            body = [l[indent:] if l[:indent].strip() == "" else l.lstrip() for l in lines[start + 1:end]]
            snippets.append(Snippet(name, lang, start + 1, "\n".join(body) + "\n"))
    return snippets, [text for _, text in sorted(errors, key=lambda e: e[0])]


def write_if_changed(path, text):
    try:
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return
    except FileNotFoundError:
        pass
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def main(argv):
    args = argv[1:]
    list_only = "--list" in args
    line_directives = "--line-directives" in args
    args = [a for a in args if a not in ("--list", "--line-directives")]
    if (list_only and len(args) != 1) or (not list_only and len(args) != 2) or any(a.startswith("-") for a in args):
        sys.stderr.write(__doc__)
        return 2
    source = args[0]
    snippets, errors = parse(source)
    if errors:
        for e in errors:
            sys.stderr.write(f"{e}\n")
        sys.stderr.write(f"extract_snippets: {len(errors)} error(s) in {source}; nothing written\n")
        return 1
    if list_only:
        for s in snippets:
            print(s.filename)
        return 0

    outdir = args[1]
    os.makedirs(outdir, exist_ok=True)
    manifest_path = os.path.join(outdir, MANIFEST)
    previous = []
    if os.path.exists(manifest_path):
        with open(manifest_path, encoding="utf-8") as f:
            previous = [l.split("\t")[0] for l in f.read().splitlines() if l.strip()]
    current = set()
    abs_source = os.path.abspath(source)
    for s in snippets:
        text = s.text
        if line_directives and s.lang == "cpp":
            escaped = abs_source.replace("\\", "\\\\").replace('"', '\\"')
            text = f'#line {s.line + 1} "{escaped}"\n' + text
        write_if_changed(os.path.join(outdir, s.filename), text)
        current.add(s.filename)
    for old in previous:
        if old not in current and os.path.basename(old) == old and os.path.exists(os.path.join(outdir, old)):
            os.remove(os.path.join(outdir, old))
    # Always rewritten: it is the build system's stamp of a successful extraction.
    with open(manifest_path, "w", encoding="utf-8") as f:
        for s in snippets:
            f.write(f"{s.filename}\t{s.line}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
