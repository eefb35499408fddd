#!/bin/sh
# packaging/virtual-display.sh, as run-app.sh uses it without a display: it
# says how to look at the window and how to quit, passes the program's exit
# status on, and leaves no temporary folder behind, also when stopped with
# Ctrl+C (issue 13: xvfb-run left its folder in /tmp).
set -u
script="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

mkdir "$work/tmp"
TMPDIR="$work/tmp" "$script" sh -c 'test -n "$DISPLAY" || exit 9; exit 3' 2>"$work/err"
status=$?
[ "$status" -eq 3 ] || fail "the program's exit status 3 came back as $status"
grep -q "Ctrl+C" "$work/err" || fail "no word on how to quit: $(cat "$work/err")"
grep -q "DISPLAY=:[0-9]* XAUTHORITY=.* import -window root" "$work/err" || fail "no way to see the window: $(cat "$work/err")"
[ -z "$(ls -A "$work/tmp")" ] || fail "left behind after a normal end: $(ls -A "$work/tmp")"

# Stopped with Ctrl+C: SIGINT to the whole process group, as a terminal sends
# it. A job started with & ignores SIGINT, and so would all it starts: perl
# restores the default, as a terminal's foreground job has it.
TMPDIR="$work/tmp" setsid perl -e '$SIG{INT} = "DEFAULT"; exec @ARGV or die' "$script" sleep 60 \
    >/dev/null 2>&1 &
leader=$!
tries=0
until find "$work/tmp" -name Xauthority | grep -q .; do
    tries=$((tries + 1))
    [ "$tries" -lt 100 ] || { /bin/kill -s KILL -- "-$leader"; fail "the virtual display never started"; }
    sleep 0.1
done
/bin/kill -s INT -- "-$leader"
wait "$leader"
status=$?
[ "$status" -ne 0 ] || fail "an interrupted run reported success"
sleep 0.5
[ -z "$(ls -A "$work/tmp")" ] || fail "left behind after Ctrl+C: $(ls -A "$work"/tmp/*)"
echo "ok"
