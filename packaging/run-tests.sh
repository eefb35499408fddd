#!/bin/sh
# Installs what is missing, builds everything with warnings as errors, and runs
# the whole test suite under CTest. Exits non-zero on any failure.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/packaging/install-dependencies.sh" build test
build="$top/build-tests"
cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHANDOUT_WERROR=ON -Wno-dev >/dev/null
cmake --build "$build"
cd "$build"
ctest --output-on-failure --timeout 300 -j "$(nproc)"
