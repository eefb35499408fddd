#!/bin/sh
# Runs every fuzz target for a bounded time on its seed corpus.
#   tests/fuzz/run-fuzzers.sh [SECONDS-PER-TARGET] [BUILD-DIR]
# Needs the "sanitize" build (cmake --preset sanitize && cmake --build --preset sanitize).
# A crash or a hang stops with a non-zero exit and leaves the input in
# BUILD-DIR/fuzz-artifacts/<target>/: copy it to tests/data/fuzz/<target>/ with
# the fix, so the replay test keeps it fixed.
set -eu
seconds=${1:-30}
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${2:-$top/build-sanitize}
data="$top/tests/data"
status=0
for target in contentpack handoutfile tscatalog xliffcatalog translationinfo batchfile namesfile sectionlist render; do
    case $target in
        contentpack) seeds="$top/resources/content $data/packs" ;;
        handoutfile|render) seeds="$data/handouts" ;;
        tscatalog) seeds="$top/translations/content" ;;
        xliffcatalog) seeds="$data/xliff" ;;
        translationinfo) seeds="$data/fuzz-seeds/translationinfo" ;;
        batchfile) seeds="$data/fuzz-seeds/batchfile" ;;
        namesfile) seeds="$data/fuzz-seeds/namesfile" ;;
        sectionlist) seeds="$data/fuzz-seeds/sectionlist" ;;
    esac
    corpus="$build/fuzz-corpus/$target"
    artifacts="$build/fuzz-artifacts/$target"
    mkdir -p "$corpus" "$artifacts"
    log="$build/fuzz-$target.log"
    # shellcheck disable=SC2086
    if ! ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS="suppressions=$top/tests/sanitizers/lsan.supp" \
        "$build/tests/fuzz/fuzz-$target" "$corpus" $seeds "$data/fuzz/$target" \
        -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 -max_len=65536 \
        -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1; then
        echo "fuzz-$target: FAILED (see $log and $artifacts)"
        status=1
        continue
    fi
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    size=$(find "$corpus" -type f | wc -l)
    echo "fuzz-$target: ${seconds}s, $execs runs, $rate/s, corpus $size files"
done
exit $status
