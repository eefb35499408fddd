#!/bin/sh
# Installs what is missing, builds Handout Composer, and starts it.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/packaging/install-dependencies.sh" build
cmake -S "$top" -B "$top/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -Wno-dev >/dev/null
cmake --build "$top/build" --target handout-composer handout-cli
app="$top/build/app/gui/handout-composer"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$app" "$@"
fi
# No display server (a fresh server, an SSH session): run on a virtual one so
# the window still starts; a desktop session never takes this path.
exec "$top/packaging/virtual-display.sh" "$app" "$@"
