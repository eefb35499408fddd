#!/bin/sh
# Installs what is missing, then runs everything CI runs, and exits non-zero on
# any failure:
#   1. the normal build (gcc, warnings as errors) and the whole CTest suite:
#      unit, GUI (offscreen and under Xvfb), end-to-end, packaging, static checks;
#   2. the same tests built with clang, AddressSanitizer, UndefinedBehaviorSanitizer
#      and LeakSanitizer;
#   3. a bounded run of every fuzz target (HANDOUT_FUZZ_SECONDS each, default 20).
# Safe to run again: the builds are incremental.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/packaging/install-dependencies.sh" build test
cd "$top"
jobs=$(nproc)
# The compiler cache (cmake/CompilerSettings.cmake) keys on paths relative to
# the tree, so a fresh clone reuses what an earlier build compiled.
export CCACHE_BASEDIR="$top" CCACHE_NOHASHDIR=1
# Ninja's --quiet drops the line per compiled file: a build prints only what
# a compiler says (none of it, with warnings as errors, unless it fails).

echo "== 1/3 build and test (gcc)"
cmake --preset ci -Wno-dev >/dev/null
echo "building (quiet unless something fails)"
cmake --build --preset ci -- --quiet
ctest --preset ci -j "$jobs"

echo "== 2/3 build and test with sanitizers (clang)"
cmake --preset sanitize -Wno-dev >/dev/null
echo "building (quiet unless something fails)"
cmake --build --preset sanitize -- --quiet
# Static checks and packaging run no project code: once is enough (step 1).
ctest --preset sanitize -j "$jobs" -LE "static|packaging"

echo "== 3/3 fuzz every parser for a bounded time"
tests/fuzz/run-fuzzers.sh "${HANDOUT_FUZZ_SECONDS:-20}" "$top/build-sanitize"
