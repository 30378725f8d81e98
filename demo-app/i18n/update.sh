#!/usr/bin/env bash
# Brings demo-app/i18n/demo_<lang>.ts up to date with the demo's own strings (lupdate): new strings arrive
# unfinished, removed ones are dropped. Translate the unfinished ones, then rebuild (lrelease compiles them).
# The Clerk components' strings are not here: they come translated with the library (qml/i18n).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
[ -x "$lupdate" ] || lupdate=$(command -v lupdate || true)
[ -n "$lupdate" ] || { echo "update.sh: lupdate not found (Debian: qt6-l10n-tools)" >&2; exit 2; }
cd "$root"
sources=(demo-app/qml/*.qml demo-app/src/*.cpp)
for lang in de fr es ja pt_BR zh_CN; do
    "$lupdate" -silent -locations none -no-obsolete -target-language "$lang" "${sources[@]}" -ts "demo-app/i18n/demo_$lang.ts"
done
"$lupdate" -silent -locations none -no-obsolete -pluralonly -target-language en "${sources[@]}" -ts demo-app/i18n/demo_en.ts
