#!/usr/bin/env bash
# Smoke test of a built one-folder app:   packaging/smoke.sh dist/StudioDesk
# Runs the packaged executable on a temporary database: demo, check, list, pdf invoice (read back
# with pdftotext when poppler is installed, else by its header bytes), and --smoke (the main window
# opened offscreen, start-up seconds printed). Every step runs under `timeout` so a hang fails.
set -euo pipefail

dist=${1:?usage: packaging/smoke.sh DIST_DIR}
exe="$dist/StudioDesk"
[ -x "$exe" ] || exe="$dist/studio-desk.exe"  # Windows (Git Bash): the console twin prints
[ -x "$exe" ] || { echo "smoke: no StudioDesk executable in $dist" >&2; exit 1; }
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/smoke.sqlite3"
export STUDIO_DESK_DATA="$work/userdata" QT_QPA_PLATFORM=offscreen
step() { echo "smoke: $*"; }
run() { timeout 60 "$exe" --db "$db" "$@"; }

want=$(sed -n 's/^version = "\(.*\)"/\1/p' "$here/pyproject.toml" | head -n1)
step "bundled metadata says version $want"
grep -qx "Version: $want" "$dist"/_internal/studio_desk*/{METADATA,PKG-INFO} 2>/dev/null \
    || { echo "smoke: the bundle's studio-desk metadata is not version $want" >&2; exit 1; }
for file in fonts/DejaVuSans.ttf fonts/LICENSE-DejaVu.txt texts/en.json icons/studio-desk.svg; do
    [ -f "$dist/_internal/resources/$file" ] || { echo "smoke: resources/$file missing from the bundle" >&2; exit 1; }
done

step "demo";  run demo
step "check"; run check
number=$(run list invoices --json --status paid --limit 1 | grep -o '"number": *"[^"]*"' | head -n1 | cut -d'"' -f4)
[ -n "$number" ] || { echo "smoke: no issued invoice in the demo data" >&2; exit 1; }
step "pdf invoice $number"
run pdf invoice "$number" -o "$work/invoice.pdf"
[ "$(head -c 5 "$work/invoice.pdf")" = "%PDF-" ] || { echo "smoke: $work/invoice.pdf is not a PDF" >&2; exit 1; }
if command -v pdftotext >/dev/null; then
    pdftotext "$work/invoice.pdf" - | grep -q "$number" \
        || { echo "smoke: invoice number $number not found in the PDF's text" >&2; exit 1; }
fi

step "--smoke (main window, offscreen)"
seconds=$(run --smoke 2>"$work/smoke.err") || { cat "$work/smoke.err" >&2; echo "smoke: --smoke failed" >&2; exit 1; }
if grep -v "propagateSizeHints" "$work/smoke.err" | grep -q .; then
    cat "$work/smoke.err" >&2; echo "smoke: --smoke printed errors" >&2; exit 1
fi
echo "smoke: ok ($dist: $(du -sh "$dist" | cut -f1), window shown in ${seconds##*$'\n'} s)"
