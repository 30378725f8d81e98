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
# English plurals follow the sources' "(s)" convention ("%n member(s)" → "%n member" / "%n members"); a message
# written otherwise stays unfinished for a person to fill in (tst_component_quality names it).
python3 - qml/i18n/clerkqt_en.ts <<'PY'
import re, sys
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
