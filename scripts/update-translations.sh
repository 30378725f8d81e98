#!/usr/bin/env bash
# Brings qml/i18n/clerkqt_<lang>.ts up to date with the strings of the Clerk components (lupdate): new strings
# arrive unfinished, removed ones are dropped. Translate the unfinished ones (Qt Linguist, or by hand in the XML),
# then rebuild: lrelease compiles them into the library. tst_translations fails while any is unfinished.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# Debian keeps Qt 6's lupdate out of PATH (qt6-l10n-tools: /usr/lib/qt6/bin).
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
[ -x "$lupdate" ] || lupdate=$(command -v lupdate || true)
[ -n "$lupdate" ] || { echo "update-translations: lupdate not found (Debian: qt6-l10n-tools)" >&2; exit 2; }
cd "$root"
sources=(qml/*.qml qml/src/*.cpp sdk/src/oauthlistener.cpp)
for lang in de fr es ja pt_BR zh_CN; do
    "$lupdate" -silent -locations none -no-obsolete -target-language "$lang" "${sources[@]}" -ts "qml/i18n/clerkqt_$lang.ts"
done
# English is the source language: only its plural forms need a translation.
"$lupdate" -silent -locations none -no-obsolete -pluralonly -target-language en "${sources[@]}" -ts qml/i18n/clerkqt_en.ts
