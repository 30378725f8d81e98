#!/usr/bin/env bash
# Brings qml/i18n/clerkqt_<lang>.ts up to date with the strings of the Clerk components, and
# demo-app/i18n/demo_<lang>.ts with the demo's own (lupdate): new strings arrive unfinished, removed ones are
# dropped. Translate the unfinished ones (Qt Linguist, or by hand in the XML), then rebuild: lrelease compiles them
# in. tst_component_quality and tst_demo_translations fail while any is missing or unfinished.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# Debian keeps Qt 6's lupdate out of PATH (qt6-l10n-tools: /usr/lib/qt6/bin).
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
[ -x "$lupdate" ] || lupdate=$(command -v lupdate || true)
[ -n "$lupdate" ] || { echo "update-translations: lupdate not found (Debian: qt6-l10n-tools)" >&2; exit 2; }
cd "$root"

# update <ts prefix> <sources…>: <prefix>_<lang>.ts for every shipped language, and <prefix>_en.ts with only the
# plural forms (English is the source language).
update() {
    local prefix=$1 lang
    shift
    for lang in de fr es ja pt_BR zh_CN; do
        "$lupdate" -silent -locations none -no-obsolete -target-language "$lang" "$@" -ts "${prefix}_$lang.ts"
    done
    "$lupdate" -silent -locations none -no-obsolete -pluralonly -target-language en "$@" -ts "${prefix}_en.ts"
    fill_english_plurals "${prefix}_en.ts"
}

# English plurals follow the sources' "(s)" convention ("%n member(s)" → "%n member" / "%n members"); a message
# written otherwise stays unfinished for a person to fill in (tst_component_quality names it).
fill_english_plurals() {
python3 - "$1" <<'PY'
import sys
import xml.etree.ElementTree as ET
path = sys.argv[1]
tree = ET.parse(path)
for message in tree.iter('message'):
    translation = message.find('translation')
    source = message.findtext('source') or ''
    if message.get('numerus') != 'yes' or translation is None or translation.get('type') != 'unfinished':
        continue
    if '(s)' not in source:
        continue
    forms = translation.findall('numerusform')
    if len(forms) != 2:
        continue
    forms[0].text = source.replace('(s)', '')
    forms[1].text = source.replace('(s)', 's')
    del translation.attrib['type']
with open(path, 'wb') as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding='utf-8', xml_declaration=False)
    out.write(b'\n')
PY
}

# The Clerk components (with the error messages and the OAuth page), then the demo's own strings.
update qml/i18n/clerkqt qml/*.qml qml/src/*.cpp sdk/src/oauthlistener.cpp
update demo-app/i18n/demo demo-app/qml/*.qml demo-app/src/*.cpp
