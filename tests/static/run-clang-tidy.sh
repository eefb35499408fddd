#!/bin/sh
# Runs clang-tidy (the checked-in .clang-tidy) on the given files, one after
# another: CTest runs several of these groups side by side. Prints nothing
# when clean; otherwise the findings. Usage: run-clang-tidy.sh CLANG_TIDY BUILD_DIR FILE...
set -u
tidy=$1
build=$2
shift 2
out=$(mktemp)
trap 'rm -f "$out"' EXIT
status=0
for file in "$@"; do
    # "N warnings generated" and the suppressed-warnings count go to stderr;
    # the findings themselves go to stdout.
    if ! "$tidy" -p "$build" --quiet "$file" >"$out" 2>/dev/null; then
        status=1
        cat "$out"
    fi
done
[ "$status" -eq 0 ] || echo "clang-tidy: findings above (.clang-tidy treats every warning as an error)"
exit $status
