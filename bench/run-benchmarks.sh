#!/bin/bash
# Builds Handout Composer in Release into build-bench/ and runs every benchmark
# of docs/performance.md, printing one table per benchmark and a summary
# against the targets. Takes about 10 minutes on 2 cores.
#
#   bench/run-benchmarks.sh              # everything
#   RUNS=30 bench/run-benchmarks.sh      # more runs per process-level measurement (default 20)
#   RUNS=3 PROCESSES=1 bench/run-benchmarks.sh   # a quick smoke run
#
# Needs, besides the build packages (packaging/debian-packages.txt): hyperfine,
# xvfb-run (xvfb), /usr/bin/time (package "time"), bash 5. LibreOffice is
# compared against when `soffice` is installed; it is not a project dependency:
#   apt-get install -y --no-install-recommends libreoffice-writer-nogui
# Run as root to add cold-cache start-up runs (they drop the page cache).
#
# Variants that are compared run in turn, round after round, never one batch
# after the other: the speed of a shared virtual machine drifts by tens of
# percent over minutes, which would skew the ratios.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build="$top/build-bench"
bench="$build/bench"
runs=${RUNS:-20}             # rounds of each process-level measurement
processes=${PROCESSES:-5}    # processes of each in-process benchmark, merged

case "$top" in *[[:space:]]*)
    echo "error: run from a checkout whose path has no spaces" >&2
    exit 1
    ;;
esac
for tool in cmake ninja hyperfine xvfb-run /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "error: $tool is needed" >&2; exit 1; }
done

section() { printf '\n== %s\n\n' "$1"; }

# Median of numbers on stdin, one per line.
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# Tables printed by several runs of a bench program, merged: per row, the
# median of the runs' medians, the lowest min, the highest max and all runs.
merge_tables() {
    awk '/^measurement/ { row = 0; next }
         length($0) > 64 && substr($0, 65) ~ /^ *[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9]+ *$/ {
             split(substr($0, 65), f, " ")
             printf "%04d\t%s\t%s\t%s\t%s\t%s\n", ++row, substr($0, 1, 64), f[1], f[2], f[3], f[4]
         }' |
        sort -t "$(printf '\t')" -k1,1n -k3,3g |
        awk -F '\t' '
            function flush() {
                if (n == 0) return
                m = n % 2 ? med[(n + 1) / 2] : (med[n / 2] + med[n / 2 + 1]) / 2
                printf "%-64s %10.3f %9.3f %9.3f %5d\n", name, m, lo, hi, total
            }
            $1 != key { flush(); key = $1; name = $2; n = 0; lo = $4; hi = $5; total = 0 }
            { med[++n] = $3; if ($4 < lo) lo = $4; if ($5 > hi) hi = $5; total += $6 }
            END { flush() }'
}
table_header() { printf '%-64s %10s %9s %9s %5s\n' measurement "median ms" "min ms" "max ms" runs; }
# The median column of the row of a table that starts with a name.
value() { awk -v n="$2" 'index($0, n) == 1 { print $(NF - 3); exit }' "$1"; }

# interleave FILE ROUNDS WARMUP [--prepare COMMAND] NAME COMMAND [NAME COMMAND ...]
# Runs every command once per round, in turn (the order reversed every other
# round), and appends "round name wall-ms peak-RSS-KiB" to FILE for each run
# after the warm-up rounds. Commands are split at spaces.
interleave() {
    local file=$1 rounds=$2 warmup=$3 prepare=""
    shift 3
    if [ "$1" = --prepare ]; then
        prepare=$2
        shift 2
    fi
    local -a names=() commands=()
    while [ $# -gt 0 ]; do
        names+=("$1")
        commands+=("$2")
        shift 2
    done
    local r k i n=${#names[@]} start end
    for ((r = 0; r < warmup + rounds; r++)); do
        for ((k = 0; k < n; k++)); do
            i=$(( r % 2 ? n - 1 - k : k ))
            [ -z "$prepare" ] || sh -c "$prepare"
            start=$EPOCHREALTIME
            # shellcheck disable=SC2086
            if ! /usr/bin/time -f %M -o "$work/rss" ${commands[i]} >"$work/last.log" 2>&1; then
                echo "error: '${commands[i]}' failed:" >&2
                cat "$work/last.log" >&2
                exit 1
            fi
            end=$EPOCHREALTIME
            if ((r >= warmup)); then
                echo "$r ${names[i]} $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) * 1000 }')" \
                    "$(tail -n 1 "$work/rss")" >>"$file"
            fi
        done
    done
}

# report FILE NAME... : per name, the median and min wall time and the median peak RSS.
report() {
    local file=$1
    shift
    printf '%-36s %10s %9s %14s %5s\n' variant "median ms" "min ms" "peak RSS MiB" runs
    local name
    for name in "$@"; do
        awk -v n="$name" '$2 == n { print $3 }' "$file" | median >"$work/m"
        printf '%-36s %10.1f %9.1f %14.1f %5d\n' "$name" "$(cat "$work/m")" \
            "$(awk -v n="$name" '$2 == n { print $3 }' "$file" | sort -g | head -n 1)" \
            "$(awk -v n="$name" '$2 == n { print $4 / 1024 }' "$file" | median)" \
            "$(awk -v n="$name" '$2 == n' "$file" | wc -l)"
    done
}
# paired FILE A B : the median over rounds of A's wall time over B's.
paired() {
    awk -v a="$2" -v b="$3" '$2 == a { x[$1] = $3 } $2 == b { y[$1] = $3 }
        END { for (r in x) if (r in y) print x[r] / y[r] }' "$1" | median | awk '{ printf "%.2f", $1 }'
}
# median_of FILE NAME COLUMN : the median of one column (3: ms, 4: KiB) of a name's runs.
median_of() { awk -v n="$2" -v c="$3" '$2 == n { print $c }' "$1" | median; }

# ---------------------------------------------------------------------------
# Start-up, run under xvfb-run by the main part below.
if [ "${1:-}" = "--startup" ]; then
    work=$2
    export QT_QPA_PLATFORM=xcb
    composer="$build/app/gui/handout-composer"
    probe="env QT_PLUGIN_PATH=$bench/plugins QT_QPA_GENERIC_PLUGINS=bench-startup-probe"
    # Every command must stop by itself at its first paint; check that first.
    for command in "env $bench/bench-bare-window $work/in/in-recovery.txt" "$probe $composer --preset in-recovery"; do
        # shellcheck disable=SC2086
        if ! timeout 30 $command 2>&1 | grep -q first-paint; then
            echo "error: '$command' did not stop at its first paint" >&2
            exit 1
        fi
    done
    interleave "$work/startup-warm.txt" $((runs * 2)) 3 \
        bare-window "$probe $bench/bench-bare-window $work/in/in-recovery.txt" \
        composer-preset "$probe $composer --preset in-recovery" \
        bare-window-full "$probe $bench/bench-bare-window $work/in/article-x1.txt" \
        composer-empty "$probe $composer" \
        bare-window-own-quit "env $bench/bench-bare-window $work/in/in-recovery.txt"
    if [ -w /proc/sys/vm/drop_caches ]; then
        interleave "$work/startup-cold.txt" 10 1 --prepare 'sync; echo 3 > /proc/sys/vm/drop_caches' \
            bare-window "$probe $bench/bench-bare-window $work/in/in-recovery.txt" \
            composer-preset "$probe $composer --preset in-recovery"
    fi
    exit 0
fi

section "Machine"
commit=$(git -C "$top" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git -C "$top" status --porcelain -- app resources CMakeLists.txt cmake 2>/dev/null)" ]; then
    commit="$commit + uncommitted changes"
fi
echo "date:     $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "commit:   $commit"
echo "cpu:      $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo), $(nproc) cores"
echo "memory:   $(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
# shellcheck disable=SC1091
echo "system:   $(. /etc/os-release && echo "$PRETTY_NAME"), Linux $(uname -r)"
echo "compiler: $(c++ --version | head -n 1)"
echo "qt:       $(dpkg-query -W -f='${Version}' libqt6core6 2>/dev/null || echo unknown)"
if command -v soffice >/dev/null; then echo "office:   $(soffice --version 2>/dev/null | head -n 1)"; fi

section "Build (Release, $build)"
cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DHANDOUT_BUILD_TESTS=OFF -Wno-dev >/dev/null
cmake --build "$build" | tail -n 1

# A hermetic environment: fresh settings and data folders, fixed locale.
work=$(mktemp -d /tmp/handout-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data"
export XDG_CACHE_HOME="$work/home/cache" XDG_RUNTIME_DIR="$work/runtime"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE='' TZ=UTC QT_LOGGING_RULES='qt.qpa.*=false'
unset QT_QPA_PLATFORM QT_PLUGIN_PATH QT_QPA_GENERIC_PLUGINS
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$work/out"
chmod 700 "$XDG_RUNTIME_DIR"
"$bench/bench-export" inputs --dir "$work/in" --scales 1,5,10

section "1. Composer: in-process, $processes processes merged (bench-composer)"
for scale in 1 5; do
    [ "$scale" = 1 ] && n=30 || n=10
    for ((p = 0; p < processes; p++)); do
        "$bench/bench-composer" --runs "$n" --scale "$scale" >"$work/composer-$scale-$p.txt"
    done
    sed -n '1,/^$/p' "$work/composer-$scale-0.txt"
    table_header
    cat "$work"/composer-"$scale"-*.txt | merge_tables | tee "$work/composer-$scale.txt"
    tail -n 1 "$work/composer-$scale-0.txt"
    echo
done
assembly_ms=$(value "$work/composer-1.txt" "(a) HandoutDocument::resetToSections(all), layout attached")
build_ms=$(value "$work/composer-1.txt" "(a) HandoutAssembler::build, then lay out")
toggle_ms=$(value "$work/composer-1.txt" "(b) toggle: off, then on again, layout attached")
preset_ms=$(value "$work/composer-1.txt" "(c) applySelection(in-recovery), full article, layout")

section "2. Export, in-process: app and floor in turn, 10 pairs per process after 2 warm-up pairs, $processes processes merged"
for scale in 1 5 10; do
    for ((p = 0; p < processes; p++)); do
        "$bench/bench-export" compare --pack "$work/in/article-x$scale.md" --html "$work/in/article-x$scale.html" \
            --out "$work/out/x$scale" --repeat 10 >"$work/export-$scale-$p.txt"
    done
    head -n 2 "$work/export-$scale-0.txt"
    table_header
    cat "$work"/export-"$scale"-*.txt | merge_tables | tee "$work/export-$scale.txt"
    echo
done
pair1=$(value "$work/export-1.txt" "ratio app / floor")
pair5=$(value "$work/export-5.txt" "ratio app / floor")
pair10=$(value "$work/export-10.txt" "ratio app / floor")
if command -v pdfinfo >/dev/null; then
    for f in x1.app x1.floor x5.app x5.floor x10.app x10.floor; do
        echo "$f.pdf: $(pdfinfo "$work/out/$f.pdf" | awk '/^Pages/ { print $2 }') pages"
    done
fi

section "2b. Export time against length: the three lengths in turn, 4 rounds per process after 2, $processes processes"
for ((p = 0; p < processes; p++)); do
    lengths=()
    for scale in 1 5 10; do
        lengths+=(--pack "$work/in/article-x$scale.md" --html "$work/in/article-x$scale.html")
    done
    "$bench/bench-export" scaling "${lengths[@]}" --out "$work/out/scaling" --repeat 4 >"$work/scaling-$p.txt"
done
table_header
cat "$work"/scaling-*.txt | merge_tables | tee "$work/scaling.txt"
grow5=$(value "$work/scaling.txt" "ratio app article-x5 /")
grow10=$(value "$work/scaling.txt" "ratio app article-x10 /")
floor_grow5=$(value "$work/scaling.txt" "ratio floor article-x5 /")
floor_grow10=$(value "$work/scaling.txt" "ratio floor article-x10 /")

section "3. Export, whole processes in turn: $runs rounds after 2 warm-up rounds"
export_commands=()
for scale in 1 5; do
    export_commands+=("app-x$scale" "$bench/bench-export app --pack $work/in/article-x$scale.md --out $work/out/p-app.pdf")
    export_commands+=("floor-x$scale"
        "$bench/bench-export floor --html $work/in/article-x$scale.html --out $work/out/p-floor.pdf")
done
have_lo=no
if command -v soffice >/dev/null; then
    have_lo=yes
    for scale in 1 5; do
        export_commands+=("libreoffice-x$scale" "soffice -env:UserInstallation=file://$work/lo-profile --headless \
--convert-to pdf --outdir $work/out/lo $work/in/article-x$scale.html")
    done
fi
interleave "$work/export-processes.txt" "$runs" 2 "${export_commands[@]}"
variants=(app-x1 floor-x1 app-x5 floor-x5)
[ "$have_lo" = no ] || variants+=(libreoffice-x1 libreoffice-x5)
report "$work/export-processes.txt" "${variants[@]}"
p_time1=$(paired "$work/export-processes.txt" app-x1 floor-x1)
p_time5=$(paired "$work/export-processes.txt" app-x5 floor-x5)
mem=$(median_of "$work/export-processes.txt" app-x1 4)
mem_floor=$(median_of "$work/export-processes.txt" floor-x1 4)
mem5=$(median_of "$work/export-processes.txt" app-x5 4)
mem_floor5=$(median_of "$work/export-processes.txt" floor-x5 4)
echo
echo "paired ratios app / floor: time $p_time1 (article), $p_time5 (x5)"
if [ "$have_lo" = yes ]; then
    lo_time1=$(paired "$work/export-processes.txt" libreoffice-x1 app-x1)
    lo_time5=$(paired "$work/export-processes.txt" libreoffice-x5 app-x5)
    echo "paired ratios LibreOffice / app: time $lo_time1 (article), $lo_time5 (x5)"
fi

batch_runs=$(( runs < 10 ? runs : 10 ))
section "4. Batch: 50 handouts, one --batch run against 50 handout-cli runs ($batch_runs runs, hyperfine)"
cli="$build/app/cli/handout-cli"
presets=(in-recovery considering-treatment family-caregivers how-it-works)
: >"$work/batch.txt"
: >"$work/separate.sh"
for ((i = 1; i <= 50; i++)); do
    args="--preset ${presets[$(( i % 4 ))]} --patient \"Patient $i\" --out $work/out/batch-$i.pdf"
    echo "$args" >>"$work/batch.txt"
    echo "$cli export $args" >>"$work/separate.sh"
done
hyperfine -N --style basic --warmup 1 --runs "$batch_runs" --export-csv "$work/batch.csv" \
    -n batch "$cli export --batch $work/batch.txt" -n separate "sh $work/separate.sh" \
    >"$work/batch.log" 2>&1 || { cat "$work/batch.log"; exit 1; }
csv_median() { awk -F, -v n="$2" '$1 == n { printf "%.1f", $4 * 1000 }' "$1"; }
batch=$(csv_median "$work/batch.csv" batch)
separate=$(csv_median "$work/batch.csv" separate)
printf '%-44s %10s %12s\n' variant "median ms" "per handout"
printf '%-44s %10s %12s\n' "handout-cli export --batch (50 lines)" "$batch" "$(ratio "$batch" 50)"
printf '%-44s %10s %12s\n' "50 x handout-cli export" "$separate" "$(ratio "$separate" 50)"
interleave "$work/batch-rss.txt" 3 0 batch "$cli export --batch $work/batch.txt"
echo "peak RSS of the --batch run: $(median_of "$work/batch-rss.txt" batch 4 | awk '{ printf "%.1f", $1 / 1024 }') MiB"

section "5. Start-up to the first painted window, under xvfb-run: $((runs * 2)) rounds after 3 warm-up rounds"
xvfb-run -a -s "-screen 0 1920x1080x24" "$0" --startup "$work"
report "$work/startup-warm.txt" bare-window composer-preset bare-window-full composer-empty bare-window-own-quit
startup_ratio=$(paired "$work/startup-warm.txt" composer-preset bare-window)
echo
echo "paired ratio composer-preset / bare-window: $startup_ratio"
if [ -f "$work/startup-cold.txt" ]; then
    echo
    echo "Cold page cache (dropped before every run), 10 rounds after 1 warm-up round:"
    report "$work/startup-cold.txt" bare-window composer-preset
    cold_ratio=$(paired "$work/startup-cold.txt" composer-preset bare-window)
    echo
    echo "paired ratio composer-preset / bare-window, cold: $cold_ratio"
fi

section "Summary against the targets"
meets() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { ok = op == "<=" ? v <= t : v >= t; print ok ? "yes" : "NO" }'; }
row() { printf '%-56s %10s %8s %5s\n' "$1" "$2" "$3 $4" "$(meets "$2" "$3" "$4")"; }
info() { printf '%-56s %10s %8s %5s\n' "$1" "$2" - -; }
printf '%-56s %10s %8s %5s\n' measure value target met
row "(a) full assembly: resetToSections, layout attached, ms" "$assembly_ms" "<=" 50
row "(a) full assembly: build, then lay out, ms" "$build_ms" "<=" 50
info "(b) toggle off and on, layout attached, ms" "$toggle_ms"
info "(c) preset on the full article, layout attached, ms" "$preset_ms"
row "start-up: composer / bare window (paired)" "$startup_ratio" "<=" 1.5
[ -z "${cold_ratio:-}" ] || row "start-up, cold cache: composer / bare window" "$cold_ratio" "<=" 1.5
row "export time in-process: app / floor, article (paired)" "$pair1" "<=" 1.5
row "export time in-process: app / floor, x5 (paired)" "$pair5" "<=" 1.5
info "export time in-process: app / floor, x10 (paired)" "$pair10"
row "export time, process: app / floor, article (paired)" "$p_time1" "<=" 1.5
row "export time, process: app / floor, x5 (paired)" "$p_time5" "<=" 1.5
row "export peak memory: app / floor, article" "$(ratio "$mem" "$mem_floor")" "<=" 1.5
row "export peak memory: app / floor, x5" "$(ratio "$mem5" "$mem_floor5")" "<=" 1.5
if [ "$have_lo" = yes ]; then
    row "export time, process: LibreOffice / app, article" "$lo_time1" ">=" 10
    info "export time, process: LibreOffice / app, x5" "$lo_time5"
    info "export peak memory: LibreOffice / app, article" \
        "$(ratio "$(median_of "$work/export-processes.txt" libreoffice-x1 4)" "$mem")"
fi
row "export growth, x5 / article (linear: 5; paired)" "$grow5" "<=" 5.5
info "  the floor's, x5 / article" "$floor_grow5"
row "export growth, x10 / article (linear: 10; paired)" "$grow10" "<=" 11
info "  the floor's, x10 / article" "$floor_grow10"
info "export growth, whole process, x5 / article (paired)" "$(paired "$work/export-processes.txt" app-x5 app-x1)"
row "batch: 50 runs / one --batch run" "$(ratio "$separate" "$batch")" ">=" 1
