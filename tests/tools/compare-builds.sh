#!/usr/bin/env bash
# Byte-for-byte comparison of what two builds of reportlens print, for changes that must change nothing
# for the user (a refactoring): --json of the sample, of every document in shared/real/ and tests/data/,
# of every fuzz seed and of every spec case (the ```report blocks of tests/core/spec/*.md); the charts'
# manifests (charts.json) and the CSV of the documents; a library built from the real documents (--add,
# --list --json, --search, --series) and two comparisons; the command line's own answers (--help in two
# languages, refusals).
#   tests/tools/compare-builds.sh OLD_BINARY NEW_BINARY [SHARED_DIR]
# Prints a line per difference and a count; exits 1 when anything differs. Needs python3 (spec cases).
set -uo pipefail
base=$(realpath "$1"); new=$(realpath "$2")
src=$(cd "$(dirname "$0")/../.." && pwd)
shared=$(realpath "${3:-$src/../shared}")
export QT_QPA_PLATFORM=offscreen
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir -p "$work/spec"
python3 - "$src/tests/core/spec" "$work/spec" <<'PY'
import re, sys, pathlib
out = pathlib.Path(sys.argv[2])
for f in sorted(pathlib.Path(sys.argv[1]).glob('*.md')):
    for n, m in enumerate(re.finditer(r'^```report\n(.*?)^```', f.read_text(encoding='utf-8'), re.S | re.M)):
        (out / f"{f.stem}-{n:03d}.txt").write_text(m.group(1), encoding='utf-8')
PY
fail=0; count=0
differ() { echo "DIFF $1"; fail=$((fail + 1)); }

mapfile -t inputs < <(ls "$src"/resources/*.txt "$shared"/seed/* "$shared"/real/*.{txt,md,docx,pdf,html} 2>/dev/null;
                      find "$src/tests/data" "$src/tests/fuzz" -type f ! -name '*.md' ! -name '*.cpp' ! -name CMakeLists.txt;
                      ls "$work"/spec/*.txt)
for f in "${inputs[@]}"; do
    count=$((count + 1))
    a=$("$base" --json "$f" 2>&1; echo "rc=$?"); b=$("$new" --json "$f" 2>&1; echo "rc=$?")
    [ "$a" == "$b" ] || differ "json: $f"
done

mapfile -t docs < <(ls "$src"/resources/*.txt "$shared"/real/*.{txt,md,docx,pdf,html} 2>/dev/null)
for f in "${docs[@]}"; do
    rm -rf "$work/ca" "$work/cb"
    "$base" --export-charts "$work/ca" "$f" >/dev/null 2>&1; "$new" --export-charts "$work/cb" "$f" >/dev/null 2>&1
    cmp -s "$work/ca/charts.json" "$work/cb/charts.json" || differ "charts: $f"
    "$base" --export-csv "$work/a.csv" "$f" >/dev/null 2>&1; "$new" --export-csv "$work/b.csv" "$f" >/dev/null 2>&1
    cmp -s "$work/a.csv" "$work/b.csv" || differ "csv: $f"
done

library() { # BINARY DIR
    mkdir -p "$2"
    "$1" --library "$2/lib.db" --add "$shared/real" "$shared/seed" "$src/tests/data/library" >"$2/add.txt" 2>&1
    "$1" --library "$2/lib.db" --list --json 2>&1 | sed "s#$2#LIB#g" >"$2/list.json"
    "$1" --library "$2/lib.db" --search 工会 --json >"$2/search.json" 2>&1
    "$1" --library "$2/lib.db" --series 城镇新增就业 --json >"$2/series.json" 2>&1
    "$1" --compare "$src/tests/data/library/national_2023_excerpt.txt" "$shared/real/national_2024_zfgzbg_qqiw.txt" --json \
        >"$2/compare.json" 2>&1
    "$1" --compare "$shared/real/dongguan_2023-2024_tjgb_compiled.docx" "$shared/real/zhoukou_2023_tjgb.pdf" >"$2/compare.txt" 2>&1
}
library "$base" "$work/la"; library "$new" "$work/lb"
for f in add.txt list.json search.json series.json compare.json compare.txt; do
    cmp -s "$work/la/$f" "$work/lb/$f" || differ "library: $f"
done

answers() { # BINARY
    "$1" --help; echo "rc=$?"; "$1" --language zh_CN --help; echo "rc=$?"; "$1" --json /nonexistent.txt; echo "rc=$?"
    "$1" --max-size 0 --json; echo "rc=$?"; "$1" --max-size 10 --json; echo "rc=$?"; "$1" --json a b; echo "rc=$?"
    "$1" --export-charts "$work/cc" --scale 99; echo "rc=$?"; "$1" --bogus; echo "rc=$?"; "$1" --version; echo "rc=$?"
    "$1" --export-csv /proc/nope.csv; echo "rc=$?"; LANG=zh_CN.UTF-8 "$1" --json /nonexistent.txt; echo "rc=$?"
}
[ "$(answers "$base" 2>&1 | sed "s#$base#BIN#g")" == "$(answers "$new" 2>&1 | sed "s#$new#BIN#g")" ] || differ "command line answers"

echo "compared --json of $count inputs, charts and CSV of ${#docs[@]} documents, a library, two comparisons and the command line's answers: $fail differ"
[ "$fail" -eq 0 ]
