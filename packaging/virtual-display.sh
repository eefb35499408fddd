#!/bin/sh
# Runs a program on a virtual X display (xvfb-run), for run-app.sh on a
# machine without one (a fresh server, an SSH session). Says how to look at
# the window and how to quit, and leaves no temporary folder behind when
# stopped with Ctrl+C: xvfb-run keeps its X authority file in a folder of its
# own and removes it only when it ends normally.
# Usage: virtual-display.sh PROGRAM [ARGUMENTS...]
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
echo "No display found: starting $(basename "$1") on a virtual display (xvfb-run)." >&2
echo "The window cannot be seen from this terminal; press Ctrl+C to quit." >&2
status=0
TMPDIR=$tmp xvfb-run -a -s "-screen 0 1400x900x24" sh -c '
echo "To look at it, take a screenshot from another terminal:" >&2
echo "  DISPLAY=$DISPLAY XAUTHORITY=$XAUTHORITY import -window root window.png" >&2
exec "$@"' virtual-display "$@" || status=$?
exit "$status"
