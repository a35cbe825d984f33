#!/bin/sh
# Renders an HTML brief in Debian's headless Chromium and saves screenshots (desktop and phone).
#
#   Evaluation/scripts/brief_screenshot.sh [PRECIS] [OUT.png] [PHONE.png]
#
# The day is the five bundled Istanbul-talks articles plus three small articles written here,
# one of which carries a planted <script> that must show as text (in a one-article story, so
# its only sentence is in the brief whatever the summarizer picks). Chromium runs with networking
# off (--proxy-server to a dead port), so the page must work offline. Needs `apt-get install
# chromium`. PRECIS defaults to .build/release/precis; OUT to Evaluation/results/brief-screenshot.png
# (a 390-pixel-wide phone view is saved too when PHONE.png is given).
#
# With BRIEF_DAY=FOLDER the page is the brief of that folder instead (default settings, ten
# stories), e.g. issue 18's test day:
#   BRIEF_DAY=/tmp/i18/test-day Evaluation/scripts/brief_screenshot.sh .build/release/precis \
#       Evaluation/results/brief-duc2004-screenshot.png
# and the page is checked for headlines that are file paths or repeat a digest item.
set -eu
PRECIS=${1:-.build/release/precis}
OUT=${2:-Evaluation/results/brief-screenshot.png}
DAY=$(mktemp -d)
PAGE=$(mktemp -d)  # the page goes outside the day: precis never writes among its inputs
trap 'rm -rf "$DAY" "$PAGE"' EXIT
mkdir -p "$DAY/web" "$DAY/wire" "$DAY/local"
cp Evaluation/corpora/istanbul-talks/*.txt "$DAY/web/"
cat > "$DAY/wire/storm-1.txt" <<'TXT'
Storm floods coastal towns

A powerful storm flooded coastal towns overnight, forcing thousands of residents to leave their homes.

Rescue crews used boats to reach families trapped by rising water, officials said on Monday.
TXT
cat > "$DAY/local/storm-2.txt" <<'TXT'
Thousands evacuated as storm floods coast

Thousands of residents left their homes as the storm flooded coastal towns, and rescue crews reached trapped families by boat.

Officials said the water was still rising on Monday and more rain was expected.
TXT
cat > "$DAY/wire/chess.txt" <<'TXT'
Teenager wins national chess title

A sixteen-year-old won the national chess championship on Sunday after a long endgame, and fans held up a sign reading <script>alert('planted')</script> in the hall.
TXT
if [ -n "${BRIEF_DAY:-}" ]; then
    "$PRECIS" brief "$BRIEF_DAY" --format html --quiet -o "$PAGE/brief.html"
    "$PRECIS" brief "$BRIEF_DAY" --format json --quiet -o "$PAGE/brief.json"
    python3 - "$PAGE/brief.json" <<'PY'
import json, sys
brief = json.load(open(sys.argv[1]))
for s in brief["stories"]:
    items = [i["text"] for i in (s.get("digest") or {}).get("items", [])]
    h = s["headline"]
    assert "/" not in h and not h.endswith(".txt"), f"headline is a path: {h}"
    assert h not in items, f"headline repeats a digest item: {h}"
    assert len(h.split()) <= 16, f"headline too long: {h}"
    print(f"{s['rank']:2}. {h}  [{', '.join(s['sources'])}; {s['importance']}]")
PY
else
"$PRECIS" brief "$DAY" --format html --min-size 1 --words 70 --quiet -o "$PAGE/brief.html"
grep -q "&lt;script&gt;alert(&#39;planted&#39;)&lt;/script&gt;" "$PAGE/brief.html" || { echo "planted script not shown as text" >&2; exit 1; }
fi
if grep -q "<script" "$PAGE/brief.html"; then echo "a <script> element reached the page" >&2; exit 1; fi
shot() {
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --proxy-server=127.0.0.1:9 \
        --window-size="$1" --screenshot="$2" "file://$PAGE/brief.html" >/dev/null 2>&1
    test -s "$2"
}
shot 1280,${SHOT_HEIGHT:-1400} "$OUT"
echo "wrote $OUT"
if [ $# -ge 3 ]; then shot 390,1400 "$3"; echo "wrote $3"; fi
