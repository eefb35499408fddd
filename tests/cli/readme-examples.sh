#!/bin/sh
# Runs every handout-cli line of the README's ```sh blocks against the built
# handout-cli, in an empty folder, as a reader would paste it: each must exit
# 0. A line's "# ..." comment is dropped; files the examples write (PDFs)
# must then exist and be PDFs. Usage: readme-examples.sh README.md BIN_DIR
set -u
readme=$1
bindir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
PATH="$bindir:$PATH"
export PATH

lines=$(awk '/^```sh$/ { inside = 1; next } /^```/ { inside = 0 } inside && /^handout-cli / { print }' "$readme")
[ -n "$lines" ] || { echo "no handout-cli line found in $readme" >&2; exit 1; }
count=0
failed=0
# A line may continue on the next with a trailing backslash.
printf '%s\n' "$lines" >"$work/.lines"
while IFS= read -r line; do
    command=$(printf '%s' "$line" | sed 's/[[:space:]]\{2,\}#.*$//')
    count=$((count + 1))
    if ! sh -c "$command" >"$work/.out" 2>&1; then
        echo "FAILED: $command" >&2
        cat "$work/.out" >&2
        failed=$((failed + 1))
    fi
done <"$work/.lines"
for pdf in $(grep -o -- '--out [^ ]*\.pdf' "$work/.lines" | cut -d' ' -f2); do
    if ! head -c 5 "$pdf" 2>/dev/null | grep -q '%PDF-'; then
        echo "FAILED: the README's example did not write the PDF $pdf" >&2
        failed=$((failed + 1))
    fi
done
echo "README examples: $count run, $failed failed"
[ "$failed" -eq 0 ]
